// A struct is not a primitive and cannot be cast.
struct Meters {
    m: i32,
}

fn main() {
    let d = Meters { m: 3 };
    let n = d as i32; //~ ERROR E0605
}
