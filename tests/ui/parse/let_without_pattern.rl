// `let` directly followed by `=`.
fn main() {
    let = 5; //~ ERROR expected pattern, found `=`
}
