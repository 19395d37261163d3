// An `if` used as a value needs an `else`.
fn main() {
    let c = true;
    let x: i32 = if c { 1 }; //~ ERROR E0317
}
