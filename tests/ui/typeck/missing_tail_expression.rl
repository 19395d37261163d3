// A trailing `;` turns the tail into a statement: the body is `()`.
fn double(x: i32) -> i32 { //~ ERROR E0308
    x * 2;
}

fn main() {
    println!("{}", double(2));
}
