// A `const` item needs its type written out.
const LIMIT = 10; //~ ERROR missing type for `const` item

fn main() {
    println!("{}", LIMIT);
}
