// A struct pattern naming a field the struct lacks.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("a"), age: 3 };
    let User { name, email, .. } = u; //~ ERROR E0026
}
