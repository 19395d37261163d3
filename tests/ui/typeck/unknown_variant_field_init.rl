// A struct-variant literal naming a field the variant does not have.
enum Shape {
    Rect { w: i32, h: i32 },
}

fn main() {
    let s = Shape::Rect { w: 1, h: 2, d: 3 }; //~ ERROR E0559
}
