// The value of `break` gives the loop its type.
fn main() {
    let mut i = 0;
    let x: i32 = loop {
        i += 1;
        if i == 3 {
            break true; //~ ERROR E0308
        }
    };
}
