// A struct pattern whose field patterns leave a hole.
struct Flags {
    on: bool,
    level: u8,
}

fn main() {
    let f = Flags { on: true, level: 1 };
    match f { //~ ERROR E0004
        Flags { on: true, .. } => println!("on"),
        Flags { on: false, level: 0 } => println!("off"),
    }
}
