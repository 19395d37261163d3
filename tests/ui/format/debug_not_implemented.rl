// `{:?}` needs `Debug`.
struct Secret {
    key: u64,
}

fn main() {
    let s = Secret { key: 1 };
    println!("{:?}", s); //~ ERROR E0277
}
