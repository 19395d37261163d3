// `Drop::drop` called through the trait path.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn main() {
    let mut g = Guard;
    Drop::drop(&mut g); //~ ERROR E0040
}
