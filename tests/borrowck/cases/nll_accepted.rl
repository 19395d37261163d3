// Non-lexical lifetimes: every borrow here ends before the conflicting access.
fn first_or_push(v: &mut Vec<i32>) -> &i32 {
    if v.is_empty() {
        v.push(0);
    }
    &v[0]
}

fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    println!("{}", first);
    v.push(3);
    v.push(v.len() as i32);
    let mut p = (1, 2);
    let a = &mut p.0;
    let b = &mut p.1;
    *a += *b;
    let n = first_or_push(&mut v);
    println!("{} {:?}", n, p);
    let mut total = 0;
    for x in v.iter_mut() {
        *x += 1;
        total += *x;
    }
    v.push(total);
    println!("{:?}", v);
}
