//@ run-pass
// Impl methods that match their trait: generic methods, `Self::Item`, associated types.
trait Container {
    type Item;
    fn first(&self) -> Option<Self::Item>;
    fn map_all<F: Fn(i32) -> i32>(&self, f: F) -> Vec<i32>;
}

struct Numbers(Vec<i32>);

impl Container for Numbers {
    type Item = i32;

    fn first(&self) -> Option<i32> {
        self.0.first().copied()
    }

    fn map_all<G: Fn(i32) -> i32>(&self, g: G) -> Vec<i32> {
        self.0.iter().map(|x| g(*x)).collect()
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0)
    }
}

fn main() {
    let n = Numbers(vec![3, 4]);
    println!("{:?} {:?}", n.first(), n.map_all(|x| x * 10));
    let v: Vec<u32> = Countdown(3).collect();
    println!("{:?}", v);
}
