// A `String` compared with a struct it has no `PartialEq` impl for.
struct Name(String);

fn main() {
    let s = String::from("a");
    let n = Name(String::from("a"));
    println!("{}", s == n); //~ ERROR E0277
}
