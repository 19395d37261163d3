// `mod name;` needs `name.rl` beside the file.
mod missing_helpers; //~ ERROR E0583

fn main() {}
