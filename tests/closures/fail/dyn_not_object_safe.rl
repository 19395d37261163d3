trait Duplicate {
    fn duplicate(&self) -> Self;
}

fn show(d: &dyn Duplicate) {} //~ ERROR E0038

fn main() {}
