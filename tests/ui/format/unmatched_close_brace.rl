// A lone `}` must be written `}}`.
fn main() {
    println!("a } b"); //~ ERROR invalid format string: unmatched `}` found
}
