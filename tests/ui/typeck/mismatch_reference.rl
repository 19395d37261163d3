// A value where a reference is expected.
fn length(s: &String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    println!("{}", length(s)); //~ ERROR E0308
}
