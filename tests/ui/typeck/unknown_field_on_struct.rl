// A field the struct does not have.
struct Config {
    depth: u32,
}

fn main() {
    let c = Config { depth: 1 };
    println!("{}", c.width); //~ ERROR E0609
}
