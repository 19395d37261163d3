use std::collections::HashMap;
use std::collections::HashSet;
fn main() {
    let mut m: HashMap<u64, u64> = HashMap::new();
    let mut i = 0;
    while i < 1000 {
        m.insert(i, i * i);
        i += 1;
    }
    println!("{} {:?} {:?}", m.len(), m.get(&7), m.get(&5000));
    let mut words: HashMap<String, i32> = HashMap::new();
    for w in "a b c a b a".split(' ') {
        *words.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut keys: Vec<String> = Vec::new();
    for k in words.keys() { keys.push(k.clone()); }
    keys.sort();
    for k in keys { println!("{} {}", k.as_str(), words[&k]); }
    println!("{:?}", words.get("a"));
    m.remove(&7);
    println!("{} {}", m.len(), m.contains_key(&7));
    let mut s = HashSet::new();
    s.insert(3); s.insert(4); s.insert(3);
    println!("{}", s.len());
}
