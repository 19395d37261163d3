// Slices of arrays: &[T] and &mut [T], range slicing, len, passing to functions.
fn total(xs: &[i64]) -> i64 {
    let mut t = 0;
    for i in 0..xs.len() {
        t += xs[i];
    }
    t
}

fn max_index(xs: &[i32]) -> usize {
    let mut best = 0;
    for i in 1..xs.len() {
        if xs[i] > xs[best] {
            best = i;
        }
    }
    best
}

fn fill(xs: &mut [u8], v: u8) {
    for i in 0..xs.len() {
        xs[i] = v;
    }
}

fn reverse(xs: &mut [i32]) {
    let mut lo = 0;
    let mut hi = xs.len();
    while lo + 1 < hi {
        hi -= 1;
        let t = xs[lo];
        xs[lo] = xs[hi];
        xs[hi] = t;
        lo += 1;
    }
}

fn insertion_sort(xs: &mut [i32]) {
    for i in 1..xs.len() {
        let mut j = i;
        while j > 0 && xs[j - 1] > xs[j] {
            let t = xs[j];
            xs[j] = xs[j - 1];
            xs[j - 1] = t;
            j -= 1;
        }
    }
}

fn main() {
    let data = [10i64, 20, 30, 40, 50, 60];
    println!("total all = {}", total(&data));
    println!("total [1..4] = {}", total(&data[1..4]));
    println!("total [..2] = {}", total(&data[..2]));
    println!("total [3..] = {}", total(&data[3..]));
    println!("total [..] = {}", total(&data[..]));
    println!("total [2..=4] = {}", total(&data[2..=4]));
    println!("empty total = {}", total(&data[3..3]));

    let s = &data[1..5];
    println!("s = {:?}, len {}, s[0] = {}, s[3] = {}", s, s.len(), s[0], s[3]);
    let inner = &s[1..3];
    println!("inner = {:?}", inner);

    let nums = [3, 9, -2, 14, 7, 14, 0];
    println!("max index = {}", max_index(&nums));
    println!("max index of tail = {}", max_index(&nums[4..]));

    let mut buf = [0u8; 10];
    fill(&mut buf[2..6], 7);
    fill(&mut buf[8..], 255);
    println!("buf = {:?}", buf);

    let mut arr = [1, 2, 3, 4, 5, 6, 7, 8];
    reverse(&mut arr);
    println!("reversed = {:?}", arr);
    reverse(&mut arr[..4]);
    println!("front reversed back = {:?}", arr);

    let mut unsorted = [5, -3, 8, 0, 2, 2, -10, 99, 4];
    insertion_sort(&mut unsorted);
    println!("sorted = {:?}", unsorted);

    let whole: &[i32] = &unsorted;
    println!("slice of whole has {} items, first {} last {}", whole.len(), whole[0], whole[whole.len() - 1]);

    let m = &mut arr[2..5];
    m[0] += 100;
    m[2] = -m[2];
    println!("after slice mutation = {:?}", arr);
}
