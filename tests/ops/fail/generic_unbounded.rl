fn sum<T>(a: T, b: T) -> T {
    a + b //~ ERROR E0369 cannot add `T` to `T`
}

fn main() {
    println!("{}", sum(1, 2));
}
