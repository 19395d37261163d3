// A bare `return` in a function that returns `i32`.
fn first(x: i32) -> i32 {
    if x > 0 {
        return; //~ ERROR E0069
    }
    x
}

fn main() {
    println!("{}", first(1));
}
