// Adding two values of a struct without an `Add` impl.
struct Money {
    cents: i64,
}

fn main() {
    let a = Money { cents: 1 };
    let b = Money { cents: 2 };
    let c = a + b; //~ ERROR E0369
}
