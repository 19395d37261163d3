// `mod name;` loads name.rl beside this file; that file loads its own submodule from a folder.
// (Each helper also has a `.rs` symlink so rustc, which looks for `.rs`, finds the same file.)
mod helper;

use helper::inventory::{self, Item};

fn main() {
    println!("{}", helper::greeting());
    println!("helper::VERSION = {}", helper::VERSION);
    let items = [
        Item { name: "bolt", count: 12, price_cents: 15 },
        Item { name: "nut", count: 40, price_cents: 5 },
        Item { name: "gear", count: 3, price_cents: 499 },
    ];
    for i in 0..items.len() {
        println!("{:<5} x{:>3} = {:>6} cents", items[i].name, items[i].count, inventory::value(&items[i]));
    }
    println!("total = {} cents", inventory::total(&items));
    println!("private counter via helper: {}", helper::twice_secret());
    let restocked = inventory::restock(Item { name: "spring", count: 2, price_cents: 75 }, 8);
    println!("restocked {} to {} (value {} cents)", restocked.name, restocked.count, inventory::value(&restocked));
    for i in 0..items.len() {
        println!("{} is {}", items[i].name, helper::inventory::classify(&items[i]));
    }
}
