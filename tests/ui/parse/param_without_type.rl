// A function parameter needs a type.
fn double(x) -> i32 { //~ ERROR expected one of `:`, `@`, or `|`, found `)`
    x * 2
}

fn main() {
    println!("{}", double(2));
}
