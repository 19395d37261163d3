// A field cannot be moved out of a value whose type implements `Drop`.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn main() {
    let g = Guard { name: String::from("g") };
    let n = g.name; //~ ERROR E0509
    println!("{}", n);
}
