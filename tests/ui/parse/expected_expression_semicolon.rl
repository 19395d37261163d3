// A binary operator with no right operand.
fn main() {
    let x = 1 + ; //~ ERROR expected expression, found `;`
    println!("{}", x);
}
