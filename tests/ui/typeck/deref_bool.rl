// A `bool` cannot be dereferenced.
fn main() {
    let flag = true;
    if *flag { //~ ERROR E0614
        println!("on");
    }
}
