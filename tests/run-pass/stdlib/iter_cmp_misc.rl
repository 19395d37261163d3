// Ordering/Reverse/cmp helpers, mem::{replace, take, swap, size_of}, and iterator
// adapters in combination (step_by from the back, scan, flat_map, unzip, chain().rev()).
use std::cmp::{Ordering, Reverse};
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct P { a: i32, b: String }
fn main() {
    let o = 1.cmp(&2);
    println!("{:?} {:?} {:?}", o.reverse(), o.then(Ordering::Greater), Ordering::Equal.then_with(|| 3.cmp(&1)));
    println!("{} {} {}", o.is_lt(), o.is_ge(), o.is_ne());
    let mut v = vec![3, 1, 2];
    v.sort_by_key(|&x| Reverse(x));
    println!("{:?}", v);
    println!("{:?} {:?}", std::cmp::max_by_key(-3, 2, |x: &i32| x.abs()), std::cmp::min_by(1, 2, |a: &i32, b: &i32| b.cmp(a)));
    println!("{}", 5.clamp(1, 3));
    println!("{:?}", "b".to_string().max("a".to_string()));
    println!("{:?}", Reverse(3) < Reverse(4));
    let mut x = 5;
    let old = std::mem::replace(&mut x, 7);
    let t = std::mem::take(&mut v);
    println!("{} {} {:?} {:?}", old, x, t, v);
    println!("{} {}", std::mem::size_of::<u64>(), std::mem::size_of::<(u8, u32)>());
    let mut a = 1; let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let ps = vec![P { a: 1, b: "x".into() }, P { a: 1, b: "a".into() }];
    println!("{:?}", ps.iter().max());
    println!("{:?}", ps.iter().min_by(|p, q| p.b.cmp(&q.b)).map(|p| &p.b));
    let fs = [2.5f64, -1.0, 7.0];
    println!("{:?}", fs.iter().copied().max_by(|a, b| a.total_cmp(b)));
    println!("{:?}", fs.iter().copied().reduce(f64::min));
    println!("{:?}", (1..=4).map(|x| x as f64).sum::<f64>());
    println!("{:?}", (1..=4).product::<u64>());
    println!("{:?}", ["a", "b"].iter().map(|s| s.len()).sum::<usize>());
    println!("{:?}", vec![(1, 'a'), (2, 'b')].into_iter().unzip::<i32, char, Vec<i32>, String>());
    println!("{:?}", (0..5).filter(|x| x % 2 == 0).map(|x| x * x).collect::<std::collections::HashSet<_>>().len());
    println!("{:?}", (0..3).flat_map(|x| (0..x).map(move |y| (x, y))).collect::<Vec<_>>());
    println!("{:?}", vec![vec![1, 2], vec![3, 4]].iter().flatten().sum::<i32>());
    println!("{:?}", (1..4).chain(7..9).rev().collect::<Vec<_>>());
    println!("{:?}", "abc".chars().zip(1..).collect::<Vec<_>>());
    println!("{:?}", (1..=3).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect::<Vec<_>>());
    println!("{:?}", vec![1, 2, 3].iter().map(|x| x * 2).rev().skip_while(|&x| x > 4).collect::<Vec<_>>());
    println!("{:?}", (1..10).step_by(3).rev().collect::<Vec<_>>());
    println!("{:?} {:?}", (0..10).step_by(3).rev().collect::<Vec<_>>(), (0..11).step_by(5).rev().collect::<Vec<_>>());
    let mut sb = (0..10).step_by(3);
    sb.next();
    println!("{:?} {:?}", sb.size_hint(), sb.rev().collect::<Vec<_>>());
    println!("{:?}", [1, 5, 2].iter().max_by_key(|&&x| x));
    let mut it = [1, 2, 3].into_iter();
    println!("{:?}", it.next());
    println!("{:?}", (1..=3).map(|x| Some(x)).collect::<Option<Vec<_>>>());
    println!("{}", (1..=3).map(|i| i.to_string()).collect::<Vec<_>>().concat());
    let words = ["hi", "yo"];
    let s: String = words.iter().copied().collect();
    println!("{}", s);
    println!("{:?}", (0..20).skip(2).step_by(5).take(2).collect::<Vec<_>>());
    println!("{:?}", std::iter::repeat("ab").take(2).collect::<String>());
    println!("{:?}", "a b".split(' ').map(String::from).collect::<Vec<String>>());
    let mut counts = std::collections::HashMap::new();
    for w in ["a", "b", "a"] { *counts.entry(w).or_insert(0) += 1; }
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort();
    println!("{:?}", cv);
    println!("{:?}", (1..=5).rev().find_map(|x| if x % 2 == 0 { Some(x * 10) } else { None }));
    println!("{:?}", [3, 1, 2].iter().is_sorted());
    println!("{:?}", (1..4).last());
    println!("{:?}", (0..10).nth(3));
    println!("{:?}", ["x"; 3].join("/"));
}
