// An unqualified variant name in a pattern is a fresh binding (deny-by-default lint E0170).
enum Light {
    Red,
    Green,
}

fn main() {
    let l = Light::Green;
    match l {
        Red => println!("stop"), //~ ERROR E0170
        Green => println!("go"), //~ ERROR E0170
    }
}
