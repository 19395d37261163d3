fn main() {
    let x: i32;
    let flag = 3 > 2;
    if flag {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
    let y: i32;
    let z = y + 1; //~ ERROR E0381
    println!("{}", z);
}
