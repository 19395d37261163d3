// A tuple-struct pattern with more fields than the struct.
struct Point(i32, i32);

fn main() {
    let p = Point(1, 2);
    let Point(x, y, z) = p; //~ ERROR E0023
}
