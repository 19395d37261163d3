// A `let` binding cannot shadow a tuple struct.
struct Meters(i32);

fn main() {
    let Meters = 3; //~ ERROR E0530
    println!("{}", Meters);
}
