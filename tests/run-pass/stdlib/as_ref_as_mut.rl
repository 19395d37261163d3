// AsRef / AsMut (Box, String, str, Vec, slices, through references) and Borrow for Box.
use std::borrow::Borrow;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn total_len<S: AsRef<str>>(items: &[S]) -> usize {
    items.iter().map(|s| s.as_ref().len()).sum()
}

fn sum_all<T: AsRef<[i32]>>(v: T) -> i32 {
    v.as_ref().iter().sum()
}

fn zero_first<T: AsMut<[i32]>>(mut v: T) -> T {
    v.as_mut()[0] = 0;
    v
}

fn byte_len<B: AsRef<[u8]>>(b: B) -> usize {
    b.as_ref().len()
}

fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
    let best: &Box<dyn Shape> = &shapes[1];
    let s: &dyn Shape = best.as_ref();
    println!("{}", s.area());
    let f: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 3);
    println!("{}", apply(f.as_ref(), 7));
    let mut b = Box::new(5);
    *b.as_mut() += 1;
    let r: &i32 = b.as_ref();
    println!("{}", r);
    let bb: &i32 = b.borrow();
    println!("{}", bb);
    println!("{}", total_len(&["ab", "cde"]));
    println!("{}", total_len(&[String::from("xyz")]));
    println!("{}", sum_all(vec![1, 2, 3]));
    println!("{}", sum_all(&vec![4, 5]));
    println!("{}", sum_all(&[6, 7][..]));
    println!("{:?}", zero_first(vec![9, 8]));
    println!("{} {}", byte_len("héllo"), byte_len(String::from("ab")));
    let mut st = String::from("abc");
    let m: &mut str = st.as_mut();
    m.make_ascii_uppercase();
    println!("{}", st);
    let o: Option<String> = Some(String::from("opt"));
    println!("{:?}", o.as_ref().map(|s| s.len()));
}
