// A match arm without `=>`.
fn main() {
    let x = 1;
    match x {
        1 { println!("one") } //~ ERROR expected one of
        _ => {}
    }
}
