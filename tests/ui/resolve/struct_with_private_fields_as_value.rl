// `String` names a type, not a value.
fn main() {
    let s = String; //~ ERROR E0423
}
