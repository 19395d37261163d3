// A struct literal with a misspelled field.
struct Window {
    width: u32,
    height: u32,
}

fn main() {
    let w = Window { width: 1, hieght: 2 }; //~ ERROR E0560
}
