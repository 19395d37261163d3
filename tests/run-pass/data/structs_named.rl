// Named-field structs: construction, field access and mutation, nesting, passing by value and by reference.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    bottom_right: Point,
    label: &'static str,
}

struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
}

fn width(r: &Rect) -> i32 {
    r.bottom_right.x - r.top_left.x
}

fn height(r: &Rect) -> i32 {
    r.bottom_right.y - r.top_left.y
}

fn translate(r: &mut Rect, dx: i32, dy: i32) {
    r.top_left.x += dx;
    r.top_left.y += dy;
    r.bottom_right.x += dx;
    r.bottom_right.y += dy;
}

fn make_point(x: i32, y: i32) -> Point {
    Point { x, y }
}

fn manhattan(a: Point, b: Point) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn deposit(acc: &mut Account, amount: i64) -> bool {
    if acc.frozen {
        return false;
    }
    acc.balance += amount;
    true
}

fn print_rect(r: &Rect) {
    println!(
        "{}: ({}, {}) -> ({}, {}), {}x{}",
        r.label, r.top_left.x, r.top_left.y, r.bottom_right.x, r.bottom_right.y, width(r), height(r)
    );
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("p = ({}, {})", p.x, p.y);
    let mut q = make_point(10, 20);
    q.x -= 5;
    q.y *= 2;
    println!("q = ({}, {})", q.x, q.y);
    println!("manhattan = {}", manhattan(p, q));

    let mut r = Rect { top_left: Point { x: 0, y: 0 }, bottom_right: Point { x: 4, y: 3 }, label: "box" };
    print_rect(&r);
    translate(&mut r, 2, -1);
    print_rect(&r);
    r.bottom_right.x = 100;
    r.label = "wide box";
    print_rect(&r);

    let mut accounts = [
        Account { id: 1, balance: 100, frozen: false },
        Account { id: 2, balance: -5, frozen: true },
        Account { id: 3, balance: 0, frozen: false },
    ];
    for i in 0..accounts.len() {
        let ok = deposit(&mut accounts[i], 50);
        println!("deposit into {}: ok={} balance={}", accounts[i].id, ok, accounts[i].balance);
    }
    accounts[1].frozen = false;
    let ok = deposit(&mut accounts[1], 5);
    println!("after unfreezing 2: ok={} balance={}", ok, accounts[1].balance);

    let Point { x, y } = make_point(7, 8);
    println!("destructured x={} y={}", x, y);
    let Point { x: px, .. } = make_point(-1, -2);
    println!("partial destructure px={}", px);

    let pr = &r;
    println!("through reference: {} {}", pr.top_left.x, pr.label);
    let field_ref = &mut r.top_left;
    field_ref.y = 42;
    println!("after field borrow: {}", r.top_left.y);
}
