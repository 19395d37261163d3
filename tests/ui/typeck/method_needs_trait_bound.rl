// A method of a trait the type parameter is not bounded by.
fn describe<T>(value: T) -> String {
    value.to_string() //~ ERROR E0599
}

fn main() {
    println!("{}", describe(1));
}
