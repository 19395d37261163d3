// Insert 1,000,000 keys into a HashMap<u64, u64>, look each one up, look up as many
// absent keys, remove half, and print checksums (the same program is valid Rust).
use std::collections::HashMap;

fn main() {
    const N: u64 = 1_000_000;
    let mut map: HashMap<u64, u64> = HashMap::new();
    let mut key: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut i = 0;
    while i < N {
        key = key.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        map.insert(key, i);
        i += 1;
    }
    let mut found: u64 = 0;
    let mut sum: u64 = 0;
    key = 0x9E37_79B9_7F4A_7C15;
    i = 0;
    while i < N {
        key = key.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        if let Some(v) = map.get(&key) {
            found += 1;
            sum = sum.wrapping_add(*v);
        }
        if map.contains_key(&(key ^ 1)) {
            found += 1_000_000;
        }
        i += 1;
    }
    key = 0x9E37_79B9_7F4A_7C15;
    i = 0;
    while i < N {
        key = key.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        if i % 2 == 0 {
            map.remove(&key);
        }
        i += 1;
    }
    println!("{} {} {} {}", map.len(), found, sum, map.get(&1).is_none());
}
