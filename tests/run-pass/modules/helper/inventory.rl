// not-a-test
// Submodule of helper.rl, loaded from helper/inventory.rl by `pub mod inventory;`.
pub struct Item {
    pub name: &'static str,
    pub count: u32,
    pub price_cents: u32,
}

pub fn value(item: &Item) -> u32 {
    item.count * item.price_cents
}

pub fn total(items: &[Item]) -> u32 {
    let mut sum = 0;
    for i in 0..items.len() {
        sum += value(&items[i]);
    }
    sum
}

pub fn restock(item: Item, extra: u32) -> Item {
    Item { count: item.count + extra, ..item }
}

pub fn classify(item: &Item) -> &'static str {
    match value(item) {
        0..=199 => "cheap stock",
        200..=999 => "ordinary stock",
        _ => "valuable stock",
    }
}
