// A function with one type parameter given two.
fn first<T: Copy>(v: &[T]) -> T {
    v[0]
}

fn main() {
    let v = [1, 2];
    println!("{}", first::<i32, i32>(&v)); //~ ERROR E0107
}
