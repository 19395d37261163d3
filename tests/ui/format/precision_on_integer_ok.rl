//@ run-pass
// Width, fill, alignment, sign, alternate forms and inline names all check.
fn main() {
    let n = 255;
    let w = 6;
    let name = "ab";
    println!("[{:>6}] [{:<6}] [{:^6}] [{:06}] [{:+}]", n, n, n, n, n);
    println!("[{:#x}] [{:#b}] [{:o}] [{:X}] [{:e}]", n, 5, 8, n, 1500.0);
    println!("[{:>w$}] [{:*^8}] [{name}] [{0} {0}] [{:.2}]", n, name, 3.14159);
}
