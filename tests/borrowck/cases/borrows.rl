// Loan conflicts (non-lexical lifetimes): each function has one error.
struct Point {
    x: i32,
    y: i32,
}

fn shared_then_mut() {
    let mut a = [1, 2, 3];
    let r = &a;
    let m = &mut a; //~ ERROR E0502
    m[0] = 4;
    println!("{}", r[0]);
}

fn two_mut() {
    let mut n = 1;
    let p = &mut n;
    let q = &mut n; //~ ERROR E0499
    *q += 1;
    *p += 1;
}

fn use_while_mut() {
    let mut n = 1;
    let p = &mut n;
    let k = n + 1; //~ ERROR E0503
    *p += k;
}

fn assign_borrowed() {
    let mut pt = Point { x: 1, y: 2 };
    let rx = &pt.x;
    pt.y = 5;
    pt.x = 3; //~ ERROR E0506
    println!("{} {}", rx, pt.y);
}

fn move_borrowed() {
    let s = String::from("s");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}

fn dies_while_borrowed() {
    let r;
    {
        let n = 5;
        r = &n; //~ ERROR E0597
    }
    println!("{}", r);
}

fn main() {
    shared_then_mut();
    two_mut();
    use_while_mut();
    assign_borrowed();
    move_borrowed();
    dies_while_borrowed();
}
