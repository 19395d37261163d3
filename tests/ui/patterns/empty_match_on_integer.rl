// An empty match is only exhaustive for an empty type.
fn main() {
    let n = 3;
    match n {} //~ ERROR E0004
}
