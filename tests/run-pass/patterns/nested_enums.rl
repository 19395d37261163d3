// Nested enum patterns, exhaustive matching on combinations, and an expression evaluator.
enum Maybe {
    Nothing,
    Just(i64),
}

enum Expr {
    Lit(i64),
    Neg(Maybe),
    Add(Maybe, Maybe),
    Div { num: Maybe, den: Maybe },
}

enum Light {
    Red,
    Yellow,
    Green,
}

enum Event {
    Timer,
    Emergency,
}

fn next(light: Light, event: Event) -> Light {
    match (light, event) {
        (_, Event::Emergency) => Light::Red,
        (Light::Red, Event::Timer) => Light::Green,
        (Light::Green, Event::Timer) => Light::Yellow,
        (Light::Yellow, Event::Timer) => Light::Red,
    }
}

fn light_name(l: &Light) -> &'static str {
    match l {
        Light::Red => "red",
        Light::Yellow => "yellow",
        Light::Green => "green",
    }
}

fn eval(e: &Expr) -> Maybe {
    match e {
        Expr::Lit(n) => Maybe::Just(*n),
        Expr::Neg(Maybe::Just(n)) => Maybe::Just(-n),
        Expr::Neg(Maybe::Nothing) => Maybe::Nothing,
        Expr::Add(Maybe::Just(a), Maybe::Just(b)) => Maybe::Just(a + b),
        Expr::Add(Maybe::Just(x), Maybe::Nothing) | Expr::Add(Maybe::Nothing, Maybe::Just(x)) => Maybe::Just(*x),
        Expr::Add(Maybe::Nothing, Maybe::Nothing) => Maybe::Nothing,
        Expr::Div { den: Maybe::Just(0), .. } => Maybe::Nothing,
        Expr::Div { num: Maybe::Just(n), den: Maybe::Just(d) } => Maybe::Just(n / d),
        Expr::Div { .. } => Maybe::Nothing,
    }
}

fn show(m: Maybe) {
    match m {
        Maybe::Just(v @ i64::MIN..=-1) => println!("negative {}", v),
        Maybe::Just(0) => println!("zero"),
        Maybe::Just(v) => println!("positive {}", v),
        Maybe::Nothing => println!("nothing"),
    }
}

fn main() {
    let exprs = [
        Expr::Lit(5),
        Expr::Neg(Maybe::Just(8)),
        Expr::Neg(Maybe::Nothing),
        Expr::Add(Maybe::Just(2), Maybe::Just(-9)),
        Expr::Add(Maybe::Nothing, Maybe::Just(4)),
        Expr::Add(Maybe::Just(6), Maybe::Nothing),
        Expr::Add(Maybe::Nothing, Maybe::Nothing),
        Expr::Div { num: Maybe::Just(7), den: Maybe::Just(0) },
        Expr::Div { num: Maybe::Just(-7), den: Maybe::Just(2) },
        Expr::Div { num: Maybe::Nothing, den: Maybe::Just(2) },
        Expr::Lit(0),
    ];
    for i in 0..exprs.len() {
        print!("expr {}: ", i);
        show(eval(&exprs[i]));
    }

    let events = [Event::Timer, Event::Timer, Event::Emergency, Event::Timer, Event::Timer, Event::Timer];
    let mut light = Light::Red;
    println!("start {}", light_name(&light));
    for i in 0..events.len() {
        let e = match events[i] {
            Event::Timer => Event::Timer,
            Event::Emergency => Event::Emergency,
        };
        light = next(light, e);
        println!("after event {} -> {}", i, light_name(&light));
    }
}
