// Moving one field out leaves the struct partially moved.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("bo"), age: 3 };
    let n = p.name;
    let q = p; //~ ERROR E0382
    println!("{} {}", n, q.age);
}
