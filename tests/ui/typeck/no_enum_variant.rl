// A variant the enum does not have.
enum Direction {
    North,
    South,
}

fn main() {
    let d = Direction::East; //~ ERROR E0599
}
