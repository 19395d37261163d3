// Comparison, Clone, Default and Hash of tuples (arity 0-12) and arrays.
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let t = (String::from("a"), 3);
    let u = t.clone();
    println!("{:?} {}", u, t == u);
    println!("{:?}", (1, "a").partial_cmp(&(1, "b")));
    println!("{:?}", (1, 2.0).partial_cmp(&(1, f64::NAN)));
    println!("{} {} {}", (1, 2.0) < (1, 3.0), (2, 0) > (1, 100), (1, 'a', true) == (1, 'a', true));
    println!("{:?}", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).cmp(&(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13)));
    println!("{}", (String::from("x"), vec![1, 2]) < (String::from("x"), vec![1, 3]));
    println!("{:?} {:?}", ().cmp(&()), () == ());
    let d: (i32, String, bool, char, f64) = Default::default();
    println!("{:?}", d);
    let one: (u8,) = Default::default();
    println!("{:?}", one);
    let mut pairs = vec![(2, "b"), (1, "z"), (2, "a"), (1, "a")];
    pairs.sort();
    println!("{:?}", pairs);
    println!("{:?}", largest(&[(1, 9), (3, 0), (3, 1)]));
    let mut seen = HashSet::new();
    for t in [(1, 2, 3, 4, 5), (1, 2, 3, 4, 5), (5, 4, 3, 2, 1)].iter() {
        seen.insert(*t);
    }
    println!("{}", seen.len());

    let a = [String::from("x"), String::from("y")];
    let b = a.clone();
    println!("{:?} {}", b, a == b);
    println!("{:?}", [1, 2, 3].cmp(&[1, 2, 4]));
    println!("{:?}", [1.0, 2.0].partial_cmp(&[1.0, f64::NAN]));
    println!("{} {}", [[1, 2], [3, 4]] == [[1, 2], [3, 4]], ["a", "b"] < ["a", "c"]);
    let arrs = vec![[3, 1], [1, 2], [1, 1]];
    let mut sorted = arrs.clone();
    sorted.sort();
    println!("{:?} {:?}", sorted, arrs.iter().max());
    let mut m: HashMap<[u8; 2], i32> = HashMap::new();
    m.insert([1, 2], 5);
    *m.entry([1, 2]).or_insert(0) += 1;
    println!("{:?} {:?}", m.get(&[1, 2]), m.get(&[2, 1]));
    let nested = [(1, String::from("p")), (2, String::from("q"))];
    let copy = nested.clone();
    println!("{:?} {:?}", copy, nested.cmp(&copy) == Ordering::Equal);
}
