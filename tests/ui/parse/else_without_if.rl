// An `else` with no `if` before it.
fn main() {
    let x = 3;
    else { //~ ERROR expected expression, found keyword `else`
        println!("{}", x);
    }
}
