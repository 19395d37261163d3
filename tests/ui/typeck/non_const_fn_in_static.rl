// A `static` initializer calling a plain `fn`.
fn limit() -> usize {
    64
}

static LIMIT: usize = limit(); //~ ERROR E0015

fn main() {
    println!("{}", LIMIT);
}
