// A struct literal missing two fields.
struct Rect {
    x: i32,
    y: i32,
    w: i32,
}

fn main() {
    let r = Rect { x: 0 }; //~ ERROR E0063
}
