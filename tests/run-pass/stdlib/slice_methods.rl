// Slice methods: split_first/last, rotate, copy/clone_from_slice, chunks_exact,
// chunks_mut, split, binary_search_by(_key), partition_point, concat/join, ASCII.
fn main() {
    let v = vec!["run", "fast", "now"];
    if let Some((name, args)) = v.split_first() {
        println!("{} {:?}", name, args);
    }
    if let Some((last, init)) = v.split_last() {
        println!("{} {:?}", last, init);
    }
    let empty: [i32; 0] = [];
    println!("{:?} {:?}", empty.split_first(), empty.split_last());
    let mut a = [1, 2, 3, 4, 5];
    if let Some((first, rest)) = a.split_first_mut() {
        *first = 10;
        rest[0] = 20;
    }
    if let Some((last, _)) = a.split_last_mut() {
        *last = 50;
    }
    println!("{:?}", a);
    a.rotate_left(2);
    println!("{:?}", a);
    a.rotate_right(1);
    println!("{:?}", a);
    let mut b = [0; 3];
    b.copy_from_slice(&a[1..4]);
    println!("{:?}", b);
    let mut names = vec![String::new(), String::new()];
    names.clone_from_slice(&[String::from("x"), String::from("y")]);
    println!("{:?}", names);
    let data = [1, 2, 3, 4, 5, 6, 7];
    let chunks = data.chunks_exact(3);
    println!("{:?}", chunks.remainder());
    for c in chunks {
        print!("{:?} ", c);
    }
    println!();
    println!("{:?}", data.chunks_exact(2).rev().collect::<Vec<_>>());
    let mut m = [1, 2, 3, 4, 5];
    for (i, c) in m.chunks_mut(2).enumerate() {
        for x in c.iter_mut() {
            *x *= 10 + i as i32;
        }
    }
    println!("{:?}", m);
    let parts: Vec<&[i32]> = [1, 0, 2, 3, 0, 0, 4].split(|x| *x == 0).collect();
    println!("{:?}", parts);
    let sorted = [(1, 'a'), (3, 'b'), (5, 'c'), (7, 'd')];
    println!("{:?} {:?}", sorted.binary_search_by(|p| p.0.cmp(&5)), sorted.binary_search_by_key(&4, |p| p.0));
    println!("{}", [1, 2, 3, 10, 20].partition_point(|&x| x < 5));
    println!("{} {}", [1, 2, 2, 9].is_sorted(), [2, 1].is_sorted());
    let nested = vec![vec![1, 2], vec![3], vec![]];
    println!("{:?} {:?}", nested.concat(), nested.join(&0));
    println!("{:?}", [1, 2].repeat(3));
    let mut bytes = b"Hello".to_vec();
    bytes.make_ascii_uppercase();
    println!("{:?} {:?}", bytes, b"MiXeD".to_ascii_lowercase());
    println!("{} {}", b"abc".eq_ignore_ascii_case(b"ABC"), "héllo".as_bytes().is_ascii());
    let mut s = String::from("Grüße, Jürgen");
    s.make_ascii_uppercase();
    println!("{} {}", s, "abc".is_ascii());
    s.make_ascii_lowercase();
    println!("{}", s);
}
