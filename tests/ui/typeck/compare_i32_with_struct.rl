// A concrete integer compared with a struct: rustc expects an `i32` on the right.
struct Id(i32);

fn main() {
    let n: i32 = 3;
    println!("{}", n == Id(3)); //~ ERROR E0308
}
