// `<` on an enum without `PartialOrd`.
enum Level {
    Low,
    High,
}

fn main() {
    if Level::Low < Level::High { //~ ERROR E0369
        println!("ordered");
    }
}
