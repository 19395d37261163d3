// `let` needs an irrefutable pattern.
fn main() {
    let v: Option<i32> = Some(2);
    let Some(x) = v; //~ ERROR E0005
    println!("{}", x);
}
