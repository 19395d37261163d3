// Parsing is not a cast.
fn main() {
    let s = "42";
    let n = s as i32; //~ ERROR E0606
}
