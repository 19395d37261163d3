// `self` only exists in methods.
fn length() -> i32 {
    self.len //~ ERROR E0424
}

fn main() {
    println!("{}", length());
}
