// A `const` inside a function cannot read the function's locals.
fn main() {
    let limit = 10;
    const DOUBLE: i32 = limit * 2; //~ ERROR E0435
    println!("{}", DOUBLE);
}
