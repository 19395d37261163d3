// The `else` of a `let ... else` must not fall through.
fn main() {
    let v: Option<i32> = None;
    let Some(x) = v else { //~ ERROR E0308
        println!("nothing");
    };
    println!("{}", x);
}
