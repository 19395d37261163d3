// Blocks and if/else as expressions; the unit value.
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n < 10 {
        "small"
    } else {
        "large"
    }
}

fn unit_returning(n: i32) {
    if n > 0 {
        println!("positive {}", n);
    }
}

fn main() {
    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("y = {}", y);

    let z = {
        let mut acc = 1;
        for i in 1..=5 {
            acc *= i;
        }
        acc
    };
    println!("5! = {}", z);

    let samples = [-5, 0, 7, 42];
    for i in 0..samples.len() {
        println!("{} is {}", samples[i], classify(samples[i]));
    }

    let parity = if y % 2 == 0 { "even" } else { "odd" };
    println!("y is {}", parity);

    let nested = {
        let inner = {
            let q = 10;
            q + 1
        };
        inner * 2
    };
    println!("nested = {}", nested);

    let u = unit_returning(3);
    println!("unit: {:?}", u);
    let u2 = {};
    println!("empty block: {:?}", u2);

    let max = if y > z { y } else { z };
    println!("max(y, z) = {}", max);

    let block_in_condition = if { let t = y - 20; t > 0 } { "y > 20" } else { "y <= 20" };
    println!("{}", block_in_condition);
}
