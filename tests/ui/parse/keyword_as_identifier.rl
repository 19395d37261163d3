// `fn` is a keyword, not a variable name.
fn main() {
    let fn = 3; //~ ERROR expected identifier, found keyword `fn`
}
