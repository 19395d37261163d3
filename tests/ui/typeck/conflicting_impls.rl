// The same trait implemented twice for one type.
trait Label {
    fn label(&self) -> &'static str;
}

struct Item;

impl Label for Item {
    fn label(&self) -> &'static str {
        "a"
    }
}

impl Label for Item { //~ ERROR E0119
    fn label(&self) -> &'static str {
        "b"
    }
}

fn main() {
    println!("{}", Item.label());
}
