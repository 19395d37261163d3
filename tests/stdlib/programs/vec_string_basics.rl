fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..10 {
        v.push(i * 3 % 7);
    }
    println!("{} {}", v.len(), v[3]);
    v.sort();

    for x in &v {
        print!("{} ", x);
    }
    println!();
    let mut s = String::from("hello");
    s.push_str(" world");
    s.push('!');
    println!("{} {}", s.as_str(), s.len());
    let w = vec![1, 2, 3];
    println!("{}", w[0] + w[1] + w[2]);
    let t = format!("{}-{}", 1, "x");
    println!("{}", t.as_str());
    let parts = "a,b,c".split(',');
    println!("{}", parts.count());
}
