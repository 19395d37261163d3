// An array length must be a constant.
fn main() {
    let n = 3;
    let a = [0; n]; //~ ERROR E0435
}
