// Tuples: construction, indexing, destructuring, nesting, mutation, Debug printing.
fn swap_pair(p: (i32, &str)) -> (&str, i32) {
    (p.1, p.0)
}

fn min_max(a: [i32; 6]) -> (i32, i32) {
    let mut lo = a[0];
    let mut hi = a[0];
    for i in 1..a.len() {
        if a[i] < lo { lo = a[i]; }
        if a[i] > hi { hi = a[i]; }
    }
    (lo, hi)
}

fn main() {
    let t = (1, 2.5, 'c', true, "text");
    println!("t.0={} t.1={} t.2={} t.3={} t.4={}", t.0, t.1, t.2, t.3, t.4);
    println!("{:?}", t);

    let mut m = (0u8, -1i64);
    m.0 += 200;
    m.1 *= 42;
    println!("mutated: {:?}", m);

    let nested = ((1, 2), (3, (4, 5)));
    println!("nested.1.1.0 = {}", (nested.1).1.0);
    println!("{:?}", nested);
    let ((a, b), (c, (d, e))) = nested;
    println!("sum = {}", a + b + c + d + e);

    let s = swap_pair((9, "nine"));
    println!("{:?}", s);

    let (lo, hi) = min_max([4, -2, 17, 0, 8, -9]);
    println!("lo={} hi={}", lo, hi);

    let single = (5,);
    println!("single-element: {:?}", single);
    let unit = ();
    println!("unit: {:?}", unit);

    let (x, _, z) = (10, 20, 30);
    println!("x={} z={}", x, z);

    let mut pair = (1, 2);
    pair = (pair.1, pair.0 + pair.1);
    pair = (pair.1, pair.0 + pair.1);
    pair = (pair.1, pair.0 + pair.1);
    println!("after three steps: {:?}", pair);

    let eq = (1, 'a', true) == (1, 'a', true);
    let lt = (1, 2, 3) < (1, 2, 4);
    let gt = (2, 0) > (1, 100);
    println!("eq={} lt={} gt={}", eq, lt, gt);
    println!("{:#?}", (1, "two", (3.0, '4')));
}
