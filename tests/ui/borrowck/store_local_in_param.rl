// Pushing a reference to a local into a vector owned by the caller.
fn remember<'a>(seen: &mut Vec<&'a i32>) {
    let local = 5;
    seen.push(&local); //~ ERROR E0597
}

fn main() {
    let mut seen = Vec::new();
    remember(&mut seen);
    println!("{}", seen.len());
}
