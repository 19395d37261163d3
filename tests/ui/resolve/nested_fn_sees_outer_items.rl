//@ run-pass
// A nested `fn` sees items (not locals) of the enclosing blocks, wherever declared.
fn main() {
    fn twice(x: i32) -> i32 {
        helper(x) * 2
    }
    const BASE: i32 = 3;
    fn helper(x: i32) -> i32 {
        x + BASE
    }
    println!("{}", twice(1));
}
