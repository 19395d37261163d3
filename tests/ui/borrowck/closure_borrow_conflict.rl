// A closure that mutably captures `v` keeps it borrowed while it is alive.
fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    println!("{}", v.len()); //~ ERROR E0502
    add(2);
}
