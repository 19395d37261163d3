use std::collections::HashMap;
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.sort_by(|a, b| b.cmp(a));
    v.retain(|x| *x != 8);
    println!("{:?}", v);
    let mut ws = vec![String::from("apple"), String::from("bob"), String::from("kiwi")];
    ws.sort_by_key(|s| s.len());
    println!("{}", ws.join(","));
    let mut m: HashMap<String, usize> = HashMap::new();
    m.insert(String::from("kiwi"), 4);
    println!("{}", m["kiwi"]);
    let n: i32 = "42".parse().unwrap();
    println!("{}", n + 1);
    let s = String::from("héllo");
    println!("{} {:?} {}", s, s, s.to_uppercase());
}
