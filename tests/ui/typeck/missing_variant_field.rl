// A struct variant built without one of its fields.
enum Shape {
    Rect { w: u32, h: u32 },
}

fn main() {
    let s = Shape::Rect { w: 1 }; //~ ERROR E0063
}
