// A private struct cannot be named from outside its module.
mod shapes {
    struct Circle {
        pub r: i32,
    }
    pub fn unit() -> i32 {
        let c = Circle { r: 1 };
        c.r
    }
}

fn main() {
    let c = shapes::Circle { r: 2 }; //~ ERROR E0603
    println!("{}", shapes::unit());
}
