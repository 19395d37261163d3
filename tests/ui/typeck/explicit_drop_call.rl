// `Drop::drop` cannot be called directly.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropped");
    }
}

fn main() {
    let mut g = Guard;
    g.drop(); //~ ERROR E0040
}
