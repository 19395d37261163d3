// Match arms must all have the same type.
fn main() {
    let n = 2;
    let s = match n {
        1 => "one",
        2 => 2, //~ ERROR E0308
        _ => "many",
    };
}
