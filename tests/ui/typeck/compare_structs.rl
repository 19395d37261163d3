// `==` on a struct without `PartialEq`.
struct Id {
    n: u32,
}

fn main() {
    let a = Id { n: 1 };
    let b = Id { n: 1 };
    if a == b { //~ ERROR E0369
        println!("same");
    }
}
