// The body of an `if` must be a block.
fn main() {
    let x = 3;
    if x == 3 return; //~ ERROR expected `{`, found keyword `return`
}
