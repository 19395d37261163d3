#[derive(Debug)]
struct Tag {
    id: u32,
}

fn main() {
    let a = Tag { id: 1 };
    let b = Tag { id: 1 };
    if a == b { //~ ERROR E0369 binary operation `==` cannot be applied to type `Tag`
        println!("same");
    }
}
