fn main() {
    let a: i32 = 1;
    let b: f64 = 2.0;
    let c = a + b; //~ ERROR E0277 cannot add `f64` to `i32`
    println!("{}", c);
}
