// A type name that was never declared (rustc 1.95 says E0425 here, not E0412).
fn area(s: Shape) -> i32 { //~ ERROR E0425
    0
}

fn main() {}
