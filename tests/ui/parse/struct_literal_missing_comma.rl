// Two struct-literal fields with no comma between them; rustc recovers and
// then also reports the field it never saw.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1 y: 2 }; //~ ERROR expected one of
    //~^ ERROR E0063
    println!("{}", p.x + p.y);
}
