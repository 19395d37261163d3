// Display / Debug impls through Formatter: pad with width, fill, alignment and precision.
use std::fmt;
struct P { x: i32, y: i32 }
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("(");
        fmt::Display::fmt(&self.x, f);
        f.write_str(", ");
        fmt::Display::fmt(&self.y, f);
        f.write_str(")")
    }
}
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).field("y", &self.y).finish()
    }
}
struct N(&'static str);
impl fmt::Debug for N {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("N").field(&self.0).field(&(1, 'c')).finish()
    }
}
impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}
fn main() {
    let p = P { x: 1, y: -2 };
    println!("{} [{:5}] {:?}", p, p, p);
    println!("{:#?}", p);
    println!("{:?} {:#?}", N("hi"), N("a"));
    println!("[{:>6}] [{:-^7}] [{:.1}]", N("ab"), N("cd"), N("xyz"));
    let arr = [1, 2];
    println!("{:?}", (arr, Some(3)));
}
