// Writing through `&i32`.
fn reset(n: &i32) {
    *n = 0; //~ ERROR E0594
}

fn main() {
    let mut n = 3;
    reset(&n);
    println!("{}", n);
}
