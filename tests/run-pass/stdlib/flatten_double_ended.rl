// flatten / flat_map from both ends (DoubleEndedIterator with front and back inner iterators).
fn main() {
    let v = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    println!("{:?}", v.iter().flatten().rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().flat_map(|x| x.iter().map(|y| y * 10)).rev().collect::<Vec<_>>());
    let mut it = v.iter().flatten();
    println!("{:?} {:?} {:?}", it.next(), it.next_back(), it.size_hint());
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next(), it.next_back());
    println!("{:?} {:?}", it.next(), it.size_hint());
    let mut fm = (1..4).flat_map(|x| 0..x);
    println!("{:?} {:?}", fm.next_back(), fm.collect::<Vec<_>>());
    println!("{:?}", "ab cd".split(' ').flat_map(|w| w.chars().rev()).collect::<String>());
    println!("{:?}", vec![Some(1), None, Some(3)].into_iter().flatten().rev().collect::<Vec<_>>());
}
