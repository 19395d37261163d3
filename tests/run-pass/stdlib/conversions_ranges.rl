// From/TryFrom/TryInto between numbers, bool and char (errors' Debug and Display),
// FromStr for bool, ranges (Debug, contains, is_empty, RangeBounds, Bound), and
// drain / replace_range / split_off with any range form.
use std::convert::TryFrom;
use std::ops::{Bound, RangeBounds};

fn show<R: RangeBounds<usize> + std::fmt::Debug>(r: R) {
    println!("{:?} {:?} {:?} {}", r, r.start_bound(), r.end_bound(), r.contains(&3));
}

fn checked(values: &[i64]) {
    for &v in values {
        println!("{} -> u8 {:?} i8 {:?} u32 {:?} i32 {:?} usize {:?}", v, u8::try_from(v).ok(), i8::try_from(v).ok(),
                 u32::try_from(v).ok(), i32::try_from(v).ok(), usize::try_from(v).ok());
    }
}

fn main() {
    let e = u8::try_from(300i32).unwrap_err();
    println!("{:?} / {} / [{:>50}]", e, e, e);
    let c = char::try_from(0xD800u32).unwrap_err();
    println!("{:?} / {} / [{:>45}]", c, c, c);
    println!("{:?} {:?}", char::try_from(0x41u32), u8::try_from('é'));
    let f = u8::try_from('ɐ').unwrap_err();
    println!("{:?} / {} {:?}", f, f, u16::try_from('ɐ'));
    let b = "yes".parse::<bool>().unwrap_err();
    println!("{:?} / {} / {:?} {:?}", b, b, "true".parse::<bool>(), "false".parse::<bool>());
    let x: Result<u64, _> = 5u32.try_into();
    println!("{:?}", x);
    let y: Result<u8, _> = (-1i32).try_into();
    println!("{:?}", y);
    let z: i16 = 300u16.try_into().unwrap_or(i16::MAX);
    println!("{}", z);
    checked(&[-129, -128, -1, 0, 127, 128, 255, 256, 4294967295, 4294967296, i64::MAX, i64::MIN]);
    println!("{:?} {:?}", u64::try_from(usize::MAX), i64::try_from(u64::MAX));
    println!("{:?} {:?}", isize::try_from(-5i8), u16::try_from(70000u64));
    let w: i64 = i64::from(-3i32) + i64::from(true) + i64::from(200u8);
    println!("{} {} {} {}", w, f64::from(1.5f32), f64::from(7u32), f32::from(false));
    println!("{} {} {} {}", u32::from('a'), char::from(65u8), u64::from('€'), usize::from(9u16));
    let small: u16 = 7u8.into();
    let wide: f64 = 3i32.into();
    println!("{} {}", small, wide);

    println!("{:?} {:?} {:?} {:?} {:?} {:?}", 1..3, 2..=4, 5.., ..6, ..=7, ..);
    let r = 2..=5;
    println!("{} {} {} {}", r.start(), r.end(), r.contains(&5), r.is_empty());
    println!("{} {} {}", (1..4).contains(&4), (3..1).is_empty(), (1..=9).contains(&9));
    println!("{:?} {:?}", (1..=3).into_inner(), (0.5f64..2.0).contains(&1.0));
    let mut it = 1..=2;
    it.next();
    it.next();
    println!("{:?} {}", it, it.is_empty());
    show(1..3);
    show(..=3);
    show(..);
    show((Bound::Excluded(1), Bound::Included(4)));
    let bound: Bound<i32> = Bound::Unbounded;
    println!("{:?} {:?}", bound, Bound::Included(3).map(|x| x * 2));

    let mut v = vec![1, 2, 3, 4, 5, 6];
    let d: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", d, v);
    let d2: Vec<i32> = v.drain(2..).rev().collect();
    println!("{:?} {:?}", d2, v);
    let drained = v.drain(..);
    println!("{:?}", drained);
    drop(drained);
    println!("{:?}", v);
    let mut s = String::from("hello world");
    s.replace_range(1..3, "EE");
    println!("{}", s);
    s.replace_range(..=1, "");
    println!("{}", s);
    let dr: String = s.drain(..2).collect();
    println!("{} {}", dr, s);
    let tail = s.split_off(3);
    println!("{} {}", s, tail);
    let mut u = String::from("añb");
    let mid: Vec<char> = u.drain(1..3).collect();
    println!("{:?} {}", mid, u);
}
