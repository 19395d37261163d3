// A function declared without a parameter list.
fn helper { //~ ERROR missing parameters for function definition
}

fn main() {}
