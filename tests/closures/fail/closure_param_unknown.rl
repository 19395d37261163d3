fn main() {
    let show = |x| println!("{:?}", x); //~ ERROR E0282
    println!("ready");
}
