// `format!` checks its string the same way.
fn main() {
    let s = format!("{} and {}", 1); //~ ERROR 2 positional arguments in format string, but there is 1 argument
    println!("{}", s);
}
