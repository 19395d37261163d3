// Two call arguments with no comma between them.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let s = add(1 2); //~ ERROR expected one of
    println!("{}", s);
}
