// A variable that was never declared.
fn main() {
    let total = 1;
    println!("{}", totl); //~ ERROR E0425
    println!("{}", total);
}
