// Two functions with the same name.
fn helper() -> i32 {
    1
}

fn helper() -> i32 { //~ ERROR E0428
    2
}

fn main() {
    println!("{}", helper());
}
