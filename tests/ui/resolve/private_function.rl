// A function that is not `pub` cannot be called from outside its module.
mod bank {
    fn secret() -> i32 {
        42
    }
    pub fn open() -> i32 {
        secret()
    }
}

fn main() {
    println!("{}", bank::open());
    println!("{}", bank::secret()); //~ ERROR E0603
}
