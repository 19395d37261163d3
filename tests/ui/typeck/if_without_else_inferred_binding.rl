// An `if` without `else` used for a value.
fn pick(flag: bool) -> i32 {
    let v = if flag { 1 }; //~ ERROR E0317
    v
}

fn main() {
    println!("{}", pick(true));
}
