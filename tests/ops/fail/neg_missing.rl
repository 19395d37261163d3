struct Meters(f64);

fn main() {
    let m = Meters(1.0);
    let n = -m; //~ ERROR E0600 cannot apply unary operator `-` to type `Meters`
}
