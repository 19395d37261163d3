// A parameter name used twice.
fn add(a: i32, a: i32) -> i32 { //~ ERROR E0415
    a + a
}

fn main() {
    println!("{}", add(1, 2));
}
