// Two input references: the elided output lifetime is ambiguous.
fn longer(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() {
        a
    } else {
        b
    }
}

fn main() {
    println!("{}", longer("ab", "c"));
}
