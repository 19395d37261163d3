// An integer literal compared with a `char`.
fn main() {
    let c = 'x';
    println!("{}", 5 < c); //~ ERROR E0277
    //~^ ERROR E0308
}
