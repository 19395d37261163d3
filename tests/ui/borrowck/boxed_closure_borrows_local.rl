// A boxed closure returned from the function cannot borrow a local.
fn make_adder() -> Box<dyn Fn(i32) -> i32> {
    let step = 3;
    Box::new(|x| x + step) //~ ERROR E0373
}

fn main() {
    println!("{}", make_adder()(1));
}
