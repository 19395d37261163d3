// `let` is not an expression.
fn main() {
    let x = (let y = 1); //~ ERROR expected expression, found `let` statement
}
