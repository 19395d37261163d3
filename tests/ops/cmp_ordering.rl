use std::cmp::{max, max_by, max_by_key, min, min_by, min_by_key, Ordering, Reverse};
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct P { a: i32, b: i32 }
fn main() {
    let o = 1.cmp(&2);
    println!("{:?} {:?} {:?}", o, o.reverse(), o.then(Ordering::Greater));
    println!("{:?}", Ordering::Equal.then_with(|| 3.cmp(&1)));
    println!("{} {} {} {} {} {}", o.is_lt(), o.is_le(), o.is_gt(), o.is_ge(), o.is_eq(), o.is_ne());
    let p = P { a: 1, b: 2 };
    let q = P { a: 1, b: 3 };
    println!("{:?} {:?} {:?}", p.max(q), p.min(q), P { a: 5, b: 0 }.clamp(p, q));
    println!("{} {}", max("a", "b"), min(String::from("x"), String::from("y")));
    println!("{}", min_by(-3, 2, |a: &i32, b: &i32| a.abs().cmp(&b.abs())));
    println!("{}", max_by(-3, 2, |a: &i32, b: &i32| a.abs().cmp(&b.abs())));
    println!("{}", min_by_key(-3, 3, |a: &i32| a.abs()));
    println!("{}", max_by_key(-3, 3, |a: &i32| a.abs()));
    let mut v = vec![3, 1, 4, 1, 5];
    v.sort_by_key(|x| Reverse(*x));
    println!("{:?}", v);
    println!("{:?}", Reverse(1) < Reverse(2));
    println!("{:?} {:?}", 1.0f64.partial_cmp(&f64::NAN), 2.0f64.partial_cmp(&1.0));
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), f64::NAN.total_cmp(&f64::INFINITY));
    let mut fs = vec![2.5, -1.0, f64::NAN, 0.0, -0.0];
    fs.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", fs);
    println!("{}", 1.5f32.to_bits());
    println!("{}", f64::from_bits(4611686018427387904));
    println!("{:?}", "abc".cmp("abd"));
    println!("{:?}", [1.0, 2.0].partial_cmp(&[1.0, f64::NAN]));
    println!("{:?}", (1, 'a').max((1, 'b')));
    println!("{}", 7.clamp(1, 5));
}
