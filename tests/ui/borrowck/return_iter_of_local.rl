// A value borrowing a local (an iterator over it) cannot be returned.
fn evens() -> std::slice::Iter<'static, i32> {
    let v = vec![2, 4];
    v.iter() //~ ERROR E0515
}

fn main() {
    println!("{}", evens().count());
}
