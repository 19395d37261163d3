// Dropping a `Box<[T]>` drops each element in order and frees the buffer (also
// `Box<str>`, and `Box<[T; N]>` unsized to `Box<[T]>`); valgrind-checked in the test.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop D({})", self.0);
    }
}

fn make(n: i32) -> Box<[D]> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(D(i * 10));
    }
    v.into_boxed_slice()
}

fn main() {
    {
        let b: Box<[D]> = vec![D(1), D(2)].into_boxed_slice();
        println!("len {}", b.len());
    }
    println!("after first");
    let empty: Box<[D]> = make(0);
    println!("empty len {}", empty.len());
    drop(empty);
    let m = make(3);
    println!("m[1] = {}", m[1].0);
    drop(m);
    let strings: Box<[String]> = vec![String::from("alpha"), String::from("beta")].into_boxed_slice();
    println!("{} {}", strings[0], strings[1]);
    let s: Box<str> = String::from("hello boxed str").into_boxed_str();
    println!("{}", s);
    let nested: Box<[Vec<D>]> = vec![vec![D(100), D(101)], vec![], vec![D(200)]].into_boxed_slice();
    println!("nested {}", nested.len());
    let arr: Box<[i32]> = Box::new([1, 2, 3]);
    println!("arr {:?} sum {}", arr, arr.iter().sum::<i32>());
    let darr: Box<[D]> = Box::new([D(7), D(8)]);
    println!("darr {}", darr.len());
    let tuples: Box<[(D, String)]> = vec![(D(50), String::from("x"))].into_boxed_slice();
    println!("tuples {}", tuples[0].1);
    println!("end of main");
}
