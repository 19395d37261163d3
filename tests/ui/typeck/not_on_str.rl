// `!` on a string slice.
fn main() {
    let s = "yes";
    let t = !s; //~ ERROR E0600
}
