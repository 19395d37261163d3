// A reference to a by-value parameter cannot be returned.
fn first(v: Vec<i32>) -> &'static i32 {
    &v[0] //~ ERROR E0515
}

fn main() {
    println!("{}", first(vec![1]));
}
