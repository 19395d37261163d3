// `return;` in a function that returns a value.
fn pick(flag: bool) -> i32 {
    if flag {
        return; //~ ERROR E0069
    }
    1
}

fn main() {
    println!("{}", pick(true));
}
