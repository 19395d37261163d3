// A method that no bound of the generic parameter provides.
fn total<T>(x: T) -> T {
    x.double() //~ ERROR E0599
}

fn main() {
    println!("{}", total(2));
}
