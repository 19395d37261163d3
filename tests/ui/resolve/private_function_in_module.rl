// A private function called from outside its module.
mod math {
    fn secret() -> i32 {
        42
    }

    pub fn public() -> i32 {
        secret()
    }
}

fn main() {
    println!("{}", math::public() + math::secret()); //~ ERROR E0603
}
