// A private struct named from outside its module.
mod inventory {
    struct Item {
        pub id: u32,
    }

    pub fn count() -> usize {
        0
    }
}

fn main() {
    let _n = inventory::count();
    let i: inventory::Item; //~ ERROR E0603
}
