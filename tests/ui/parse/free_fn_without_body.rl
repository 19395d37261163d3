// A free function must have a body.
fn helper() -> i32; //~ ERROR free function without a body

fn main() {
    println!("{}", helper());
}
