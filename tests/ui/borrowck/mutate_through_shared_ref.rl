// A `&Vec` cannot be used to push.
fn add_one(v: &Vec<i32>) {
    v.push(1); //~ ERROR E0596
}

fn main() {
    let mut v = vec![];
    add_one(&v);
    println!("{:?}", v);
}
