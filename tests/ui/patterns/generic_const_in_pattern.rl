// Which impl's constant a type parameter names is known only per instance: a pattern
// cannot use it.
trait Shape {
    const SIDES: u32;
}

fn is_shape<S: Shape>(n: u32) -> bool {
    match n {
        S::SIDES => true, //~ ERROR E0158
        _ => false,
    }
}

fn main() {}
