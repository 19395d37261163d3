// Operator bounds in generic code: the primitives' operator impls are real impls.
use std::ops::{Add, AddAssign, BitXorAssign, Mul, MulAssign, Neg, Not, Rem, Shl, Shr, Sub, SubAssign};

fn sum<T: Add<Output = T> + Copy>(a: T, b: T) -> T { a + b }
fn acc<T: AddAssign + Copy>(x: &mut T, y: T) { *x += y; }
fn neg<T: Neg<Output = T>>(a: T) -> T { -a }
fn not<T: Not<Output = T>>(a: T) -> T { !a }
fn prod<T: Mul<Output = T> + Copy>(a: T, b: T) -> T { a * b }
fn rem<T: Rem<Output = T>>(a: T, b: T) -> T { a % b }
fn flip<T: BitXorAssign>(a: &mut T, b: T) { *a ^= b; }
fn shifts<T: Shl<u32, Output = T> + Shr<usize, Output = T> + Copy>(a: T) -> (T, T) { (a << 3, a >> 1usize) }
fn diff<'a, T>(a: &'a T, b: &'a T) -> T where &'a T: Sub<&'a T, Output = T> { a - b }
fn scale<T: MulAssign + SubAssign + Copy>(xs: &mut [T], k: T, d: T) {
    for x in xs.iter_mut() {
        *x *= k;
        *x -= d;
    }
}
fn dot<T: Mul<Output = T> + Add<Output = T> + Default + Copy>(a: &[T], b: &[T]) -> T {
    let mut total = T::default();
    for i in 0..a.len() {
        total = total + a[i] * b[i];
    }
    total
}

fn main() {
    println!("{} {} {}", sum(1, 2), sum(1.5, 2.25), sum(250u8, 5));
    let mut v: u64 = 3;
    acc(&mut v, 4);
    let mut f = 0.5f32;
    acc(&mut f, 0.25);
    println!("{} {}", v, f);
    println!("{} {} {}", neg(5i32), neg(-2.5f64), neg(i64::MAX));
    println!("{} {} {}", not(true), not(0u8), not(-1i16));
    println!("{} {} {}", prod(3u8, 4), rem(17, 5), rem(7.5, 2.0));
    let mut b = true;
    flip(&mut b, true);
    let mut bits = 0b1010u16;
    flip(&mut bits, 0b0110);
    println!("{} {}", b, bits);
    println!("{:?} {:?}", shifts(1u64), shifts(-16i8));
    println!("{} {}", diff(&10i16, &3), diff(&2.5, &0.5));
    let mut xs = [1, 2, 3];
    scale(&mut xs, 10, 1);
    println!("{:?}", xs);
    println!("{} {}", dot(&[1, 2, 3], &[4, 5, 6]), dot(&[0.5, 1.5], &[2.0, 2.0]));
}
