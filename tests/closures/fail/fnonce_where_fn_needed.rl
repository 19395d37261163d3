fn run_twice<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn main() {
    let data = String::from("payload");
    let consume = move || { //~ ERROR E0525
        let owned = data;
        owned.len()
    };
    println!("{}", run_twice(consume));
}
