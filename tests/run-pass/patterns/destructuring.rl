// Tuple, struct, enum and nested destructuring in let, function parameters and match.
struct Point {
    x: i32,
    y: i32,
}

struct Segment {
    from: Point,
    to: Point,
}

enum Token {
    Number(i64),
    Op(char),
    Pair(i64, i64),
    Named { name: &'static str, value: i64 },
}

fn length_squared(Segment { from: Point { x: x1, y: y1 }, to: Point { x: x2, y: y2 } }: Segment) -> i32 {
    (x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)
}

fn swap((a, b): (i32, i32)) -> (i32, i32) {
    (b, a)
}

fn token_value(t: &Token) -> i64 {
    match t {
        Token::Number(n) => *n,
        Token::Op('+') => 1,
        Token::Op('-') => -1,
        Token::Op(_) => 0,
        Token::Pair(a, b) => a * b,
        Token::Named { name: "answer", value } => *value * 100,
        Token::Named { value, .. } => *value,
    }
}

fn main() {
    let (a, (b, c), (d, (e, f))) = (1, (2.5, 'z'), (10, (20, 30)));
    println!("a={} b={} c={} d={} e={} f={}", a, b, c, d, e, f);

    let seg = Segment { from: Point { x: 1, y: 2 }, to: Point { x: 4, y: 6 } };
    println!("length squared = {}", length_squared(seg));
    println!("swap = {:?}", swap((3, 9)));

    let p = Point { x: -3, y: 8 };
    let Point { x: px, y: py } = p;
    println!("px={} py={}", px, py);
    match p {
        Point { x: 0, y } => println!("on the y axis at {}", y),
        Point { x, y: 0 } => println!("on the x axis at {}", x),
        Point { x, y } => println!("at ({}, {})", x, y),
    }

    let tokens = [
        Token::Number(42),
        Token::Op('+'),
        Token::Op('*'),
        Token::Pair(6, 7),
        Token::Named { name: "answer", value: 4 },
        Token::Named { name: "other", value: 4 },
        Token::Op('-'),
    ];
    let mut total = 0;
    for i in 0..tokens.len() {
        let v = token_value(&tokens[i]);
        total += v;
        println!("token {} value {}", i, v);
    }
    println!("total = {}", total);

    let nested = ((1, 2), Point { x: 5, y: 6 }, Token::Pair(9, 10));
    let ((n1, _), Point { y: ny, .. }, Token::Pair(_, last)) = nested else {
        return;
    };
    println!("n1={} ny={} last={}", n1, ny, last);

    let segments = [
        Segment { from: Point { x: 0, y: 0 }, to: Point { x: 0, y: 5 } },
        Segment { from: Point { x: 1, y: 1 }, to: Point { x: 4, y: 1 } },
        Segment { from: Point { x: 2, y: 3 }, to: Point { x: 2, y: 3 } },
        Segment { from: Point { x: 0, y: 0 }, to: Point { x: 3, y: 4 } },
    ];
    for i in 0..segments.len() {
        let kind = match &segments[i] {
            Segment { from: Point { x: x1, y: y1 }, to: Point { x: x2, y: y2 } } if x1 == x2 && y1 == y2 => "point",
            Segment { from: Point { x: x1, .. }, to: Point { x: x2, .. } } if x1 == x2 => "vertical",
            Segment { from: Point { y: y1, .. }, to: Point { y: y2, .. } } if y1 == y2 => "horizontal",
            _ => "sloped",
        };
        println!("segment {} is {}", i, kind);
    }

    let (first, .., final_one) = (1, 2, 3, 4, 5);
    println!("first {} final {}", first, final_one);
}
