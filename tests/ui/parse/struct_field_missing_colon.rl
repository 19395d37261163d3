// A struct field without `:` between name and type.
struct Point {
    x i32, //~ ERROR expected `:`, found `i32`
    y: i32,
}

fn main() {}
