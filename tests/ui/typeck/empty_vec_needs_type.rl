// An empty vector whose element type nothing determines.
fn main() {
    let v = Vec::new(); //~ ERROR E0282
}
