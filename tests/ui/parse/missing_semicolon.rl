// A statement without its `;` before the next `let`.
fn main() {
    let x = 5 //~ ERROR expected `;`, found keyword `let`
    let y = 6;
    println!("{}", x + y);
}
