// A tuple struct constructed with too many fields.
struct Rgb(u8, u8, u8);

fn main() {
    let c = Rgb(1, 2, 3, 4); //~ ERROR E0061
}
