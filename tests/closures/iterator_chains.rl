// Iterator adapters with closures: lazy, monomorphized chains.
#[derive(Debug)]
struct Item {
    name: &'static str,
    price: u32,
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let big: Vec<&i32> = v.iter().filter(|x| **x > 3).collect();
    println!("{:?}", big);
    println!("{}", v.iter().fold(0, |acc, x| acc + x));
    println!("{} {:?} {:?}", v.iter().count(), v.iter().max(), v.iter().min());
    println!("{:?} {:?}", v.iter().position(|&x| x == 5), v.iter().find(|&&x| x > 4));
    println!("{} {}", v.iter().any(|&x| x == 9), v.iter().all(|&x| x > 0));
    let pairs: Vec<(usize, char)> = "abc".chars().enumerate().collect();
    println!("{:?}", pairs);
    let zipped: Vec<(i32, char)> = v.iter().copied().zip("xyz".chars()).collect();
    println!("{:?}", zipped);
    let chained: Vec<i32> = (1..3).chain(7..9).rev().collect();
    println!("{:?}", chained);
    let s: Vec<u32> = (1..20).step_by(4).skip(1).take(3).collect();
    println!("{:?}", s);
    let tw: Vec<i32> = v.iter().cloned().take_while(|&x| x < 5).collect();
    let sw: Vec<i32> = v.iter().cloned().skip_while(|&x| x < 5).collect();
    println!("{:?} {:?}", tw, sw);
    let words = vec!["1", "x", "3"];
    let nums: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    let flat: Vec<u32> = (1..4).flat_map(|n| 0..n).collect();
    println!("{:?}", flat);
    let total: u32 = evens(10).sum();
    let prod: u64 = (1..=10u64).product();
    println!("{} {}", total, prod);
    let items = vec![Item { name: "pen", price: 3 }, Item { name: "book", price: 12 }, Item { name: "cup", price: 7 }];
    let dearest = items.iter().max_by_key(|i| i.price).unwrap();
    let cheapest = items.iter().min_by(|a, b| a.price.cmp(&b.price)).unwrap();
    println!("{} {}", dearest.name, cheapest.name);
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            print!("{}<{} ", x, next);
        }
    }
    println!();
    let text: String = vec!['h', 'i'].into_iter().collect();
    println!("{} {:?}", text, items.iter().map(|i| i.price).last());
    let mut counter = 0;
    (0..5).for_each(|i| counter += i);
    println!("{}", counter);
}
