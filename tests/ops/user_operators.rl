use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Not, Sub, SubAssign, BitOr, Shl, MulAssign};
use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V { x: f64, y: f64 }

impl Add for V { type Output = V; fn add(self, o: V) -> V { V { x: self.x + o.x, y: self.y + o.y } } }
impl<'a> Add<&'a V> for &'a V { type Output = V; fn add(self, o: &V) -> V { V { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V { type Output = V; fn sub(self, o: V) -> V { V { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V { x: self.x * k, y: self.y * k } } }
impl Mul<V> for f64 { type Output = V; fn mul(self, v: V) -> V { v * self } }
impl Neg for V { type Output = V; fn neg(self) -> V { V { x: -self.x, y: -self.y } } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.x += o.x; self.y += o.y; } }
impl SubAssign<f64> for V { fn sub_assign(&mut self, k: f64) { self.x -= k; self.y -= k; } }
impl MulAssign<f64> for V { fn mul_assign(&mut self, k: f64) { self.x *= k; self.y *= k; } }
impl PartialOrd for V {
    fn partial_cmp(&self, o: &V) -> Option<Ordering> { (self.x * self.x + self.y * self.y).partial_cmp(&(o.x * o.x + o.y * o.y)) }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Flags(u8);
impl BitOr for Flags { type Output = Flags; fn bitor(self, o: Flags) -> Flags { Flags(self.0 | o.0) } }
impl Not for Flags { type Output = Flags; fn not(self) -> Flags { Flags(!self.0) } }
impl Shl<u32> for Flags { type Output = Flags; fn shl(self, n: u32) -> Flags { Flags(self.0 << n) } }

struct Grid { w: usize, cells: Vec<i32> }
impl Index<(usize, usize)> for Grid { type Output = i32; fn index(&self, (r, c): (usize, usize)) -> &i32 { &self.cells[r * self.w + c] } }
impl IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 { &mut self.cells[r * self.w + c] } }

fn total<T: Add<Output = T> + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for &x in xs { acc = acc + x; }
    acc
}
fn total2<T: AddAssign + Default + Copy>(xs: &[T]) -> T {
    let mut acc = T::default();
    for x in xs { acc += *x; }
    acc
}

fn main() {
    let a = V { x: 1.0, y: 2.0 };
    let b = V { x: 0.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{:?}", &a + &b);
    println!("{:?}", a - b);
    println!("{:?} {:?}", a * 2.0, 3.0 * a);
    println!("{:?}", -a);
    let mut c = a; c += b; c -= 0.5; c *= 2.0;
    println!("{:?}", c);
    println!("{} {} {} {}", a < b, a > b, a <= a, a >= b);
    println!("{:?}", a.partial_cmp(&b));
    println!("{} {}", a == b, a != b);
    let f = Flags(1) | Flags(4);
    println!("{:?} {:?} {:?}", f, !f, f << 2);
    let mut g = Grid { w: 3, cells: vec![0; 9] };
    g[(1, 2)] = 7;
    g[(0, 0)] += 3;
    println!("{} {} {:?}", g[(1, 2)], g[(0, 0)], g.cells);
    println!("{:?}", total(&[a, b, c]));
    println!("{} {}", total(&[1, 2, 3]), total2(&[1.5, 2.5]));
    println!("{}", total2(&[1u64, 2, 3]));
    let mut m: HashMap<[u8; 2], i32> = HashMap::new();
    m.insert([1, 2], 5);
    println!("{:?}", m.get(&[1, 2]));
    let mut hm: HashMap<(i32, i32, i32, i32, i32), &str> = HashMap::new();
    hm.insert((1, 2, 3, 4, 5), "five");
    println!("{:?}", hm.get(&(1, 2, 3, 4, 5)));
    let arrs = vec![[3, 1], [1, 2], [1, 1]];
    let mut sorted = arrs.clone();
    sorted.sort();
    println!("{:?} {:?}", sorted, arrs.iter().max());
    let d: (i32, String, bool) = Default::default();
    println!("{:?}", d);
}
