// Extend, partition/unzip, size_hint and ExactSizeIterator, double-ended adapters.
use std::collections::{HashMap, HashSet};

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    println!("{:?}", v.iter().size_hint());
    for (i, &c) in v.iter().enumerate().rev() {
        print!("{}:{} ", i, c);
    }
    println!();
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 3);
    println!("{:?} {:?}", small, big);
    let (even, odd): (HashSet<i32>, HashSet<i32>) = v.iter().copied().partition(|x| x % 2 == 0);
    println!("{} {}", even.len(), odd.len());
    let (idx, chars): (Vec<usize>, Vec<char>) = "abc".chars().enumerate().unzip();
    println!("{:?} {:?}", idx, chars);
    let (evens, odds): (String, String) = "a1b2c3".chars().partition(|c| c.is_alphabetic());
    println!("{} {}", evens, odds);
    println!("{} {} {}", v.iter().len(), (0..10).len(), v.iter().map(|x| x * 2).rev().len());
    println!("{} {}", (0u8..=255).len(), "héllo".bytes().len());
    let mut w: Vec<i32> = Vec::new();
    w.extend(&v);
    w.extend(v.iter().map(|x| x + 10));
    w.extend(vec![100]);
    println!("{:?}", w);
    let mut s = String::new();
    s.extend(['a', 'b'].iter());
    s.extend(vec!["cd", "ef"]);
    s.extend(vec![String::from("g")]);
    s.extend("hi".chars());
    println!("{}", s);
    let mut m: HashMap<&str, i32> = HashMap::new();
    Extend::extend(&mut m, vec![("a", 1), ("b", 2)]);
    println!("{}", m.len());
    println!("{:?}", v.iter().zip(w.iter().skip(3)).rev().collect::<Vec<_>>());
    println!("{:?}", (1..=4).size_hint());
    println!("{:?} {:?}", (5..1).size_hint(), ('a'..'e').size_hint());
    println!("{:?}", v.iter().rposition(|&x| x < 3));
    println!("{:?}", v.iter().skip(2).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().take(2).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(2).size_hint());
    println!("{:?}", v.iter().filter(|x| **x > 2).size_hint());
    println!("{:?}", v.iter().chain(w.iter()).size_hint());
    println!("{:?}", v.iter().take(3).size_hint());
    println!("{:?}", v.iter().peekable().size_hint());
    println!("{:?}", "héllo".chars().size_hint());
    println!("{:?}", v.windows(2).size_hint());
    println!("{:?}", v.chunks(2).len());
    println!("{:?}", (0..).size_hint());
    println!("{:?}", v.iter().flat_map(|&x| 0..x).size_hint());
    let mut it = v.iter();
    it.next();
    println!("{} {:?}", it.len(), it.next_back());
    println!("{}", v.iter().eq([1, 2, 3, 4, 5].iter()));
    println!("{} {}", v.iter().lt([1, 2, 4].iter()), [1, 2].iter().cmp([1, 2, 0].iter()) == std::cmp::Ordering::Less);
    println!("{:?}", [1.0, 2.0].iter().partial_cmp([1.0, f64::NAN].iter()));
    println!("{} {}", v.iter().is_sorted(), [3, 1].iter().is_sorted());
    let f: Vec<u32> = std::iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect();
    println!("{:?}", f);
    let mut n = 0;
    let g: Vec<i32> = std::iter::from_fn(|| {
        n += 1;
        if n < 4 { Some(n) } else { None }
    })
    .collect();
    println!("{:?}", g);
    let c: Vec<i32> = [1, 2, 3].iter().cycle().take(7).cloned().collect();
    println!("{:?}", c);
    let e: Vec<i32> = std::iter::empty().collect();
    println!("{:?} {:?}", e, std::iter::once(5).rev().collect::<Vec<_>>());
    let mut counter = 0;
    let r: Vec<i32> = std::iter::repeat_with(|| {
        counter += 2;
        counter
    })
    .take(3)
    .collect();
    println!("{:?}", r);
    let z: Vec<(i32, char)> = std::iter::zip(vec![1, 2], "xyz".chars()).collect();
    println!("{:?}", z);
    println!("{:?} {:?}", v.iter().rfind(|x| **x % 2 == 0), v.iter().rev().nth_back(1));
    println!("{}", v.iter().rfold(0, |acc, x| acc * 10 + x));
    let mut fused = v.iter().filter(|x| **x > 3).fuse();
    println!("{:?} {:?} {:?} {:?}", fused.next(), fused.next(), fused.next(), fused.next());
    let mut pk = v.iter().peekable();
    pk.peek();
    println!("{:?} {:?}", pk.next_back(), pk.collect::<Vec<_>>());
    let mut mv = vec![1, 2, 3];
    for (i, x) in mv.iter_mut().enumerate().rev() {
        *x += i as i32;
    }
    println!("{:?}", mv);
    let owned: Vec<(usize, String)> = vec![String::from("p"), String::from("q")].into_iter().enumerate().rev().collect();
    println!("{:?}", owned);
}
