// Enums with unit, tuple and struct variants, matched to produce output.
enum Shape {
    Circle(f64),
    Rectangle { width: f64, height: f64 },
    Triangle(f64, f64, f64),
    Empty,
}

enum Command {
    Move { dx: i32, dy: i32 },
    Turn(bool),
    Say(&'static str),
    Stop,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rectangle { width, height } => width * height,
        Shape::Triangle(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Empty => 0.0,
    }
}

fn name(s: &Shape) -> &'static str {
    match s {
        Shape::Circle(_) => "circle",
        Shape::Rectangle { .. } => "rectangle",
        Shape::Triangle(..) => "triangle",
        Shape::Empty => "empty",
    }
}

fn main() {
    let shapes = [
        Shape::Circle(2.0),
        Shape::Rectangle { width: 3.0, height: 4.5 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Empty,
        Shape::Rectangle { height: 1.0, width: 0.5 },
    ];
    let mut total = 0.0;
    for i in 0..shapes.len() {
        let a = area(&shapes[i]);
        total += a;
        println!("{} area {}", name(&shapes[i]), a);
    }
    println!("total area {}", total);

    let program = [
        Command::Say("start"),
        Command::Move { dx: 3, dy: 0 },
        Command::Turn(true),
        Command::Move { dx: 0, dy: -2 },
        Command::Turn(false),
        Command::Say("almost"),
        Command::Move { dx: -1, dy: 5 },
        Command::Stop,
        Command::Say("never printed"),
    ];
    let mut x = 0;
    let mut y = 0;
    let mut heading = 0;
    let mut pc = 0;
    while pc < program.len() {
        match &program[pc] {
            Command::Move { dx, dy } => {
                x += dx;
                y += dy;
                println!("move to ({}, {})", x, y);
            }
            Command::Turn(right) => {
                heading = if *right { (heading + 90) % 360 } else { (heading + 270) % 360 };
                println!("heading {}", heading);
            }
            Command::Say(text) => println!("say: {}", text),
            Command::Stop => {
                println!("stop at ({}, {}) heading {}", x, y, heading);
                break;
            }
        }
        pc += 1;
    }
    println!("executed {} of {} commands", pc + 1, program.len());
}
