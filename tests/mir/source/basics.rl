fn classify(n: i32) -> i32 {
    match n {
        0 => 10,
        1 | 2 => 20,
        3..=9 => 30,
        _ => 40,
    }
}

fn sum_to(limit: u32) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < limit {
        i += 1;
        total += i;
    }
    total
}

fn main() {
    let a = [1, 2, 3];
    let idx = 2;
    println!("{} {} {}", classify(a[idx]), sum_to(4), -a[0] % 2);
}
