//@ check-pass
// Mutable borrows of two different fields coexist.
struct Pair {
    left: Vec<i32>,
    right: Vec<i32>,
}

fn main() {
    let mut p = Pair { left: vec![1], right: vec![2] };
    let a = &mut p.left;
    let b = &mut p.right;
    a.push(3);
    b.push(4);
    println!("{:?} {:?}", p.left, p.right);
}
