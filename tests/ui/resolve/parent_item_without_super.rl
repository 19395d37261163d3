// Items of the parent module are not in scope inside a child module.
fn helper() -> i32 {
    7
}

mod inner {
    pub fn call() -> i32 {
        helper() //~ ERROR E0425
    }
}

fn main() {
    println!("{}", inner::call());
}
