// `Option` takes one type argument.
fn main() {
    let v: Option<i32, i32> = None; //~ ERROR E0107
}
