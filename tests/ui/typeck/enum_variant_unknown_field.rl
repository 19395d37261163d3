// A struct variant built with a field it does not have.
enum Event {
    Click { x: i32, y: i32 },
}

fn main() {
    let e = Event::Click { x: 1, z: 2 }; //~ ERROR E0559
}
