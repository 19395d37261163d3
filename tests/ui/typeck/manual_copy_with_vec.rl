// `Copy` implemented by hand for a struct holding a `Vec`.
struct Bag {
    items: Vec<u32>,
}

impl Clone for Bag {
    fn clone(&self) -> Bag {
        Bag { items: self.items.clone() }
    }
}

impl Copy for Bag {} //~ ERROR E0204

fn main() {}
