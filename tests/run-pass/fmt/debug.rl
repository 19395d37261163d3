// {:?} and {:#?} on scalars, tuples, arrays, slices, nested aggregates, strings and chars.
fn main() {
    let t = (1, -2i8, 3u64, 'c', "s", true, 2.5, ());
    println!("{:?}", t);
    println!("{:#?}", (1, "a"));
    println!("{:#?}", ((1, 2), [3, 4]));
    let arr = [[1, 2, 3], [4, 5, 6]];
    println!("{:?}", arr);
    println!("{:#?}", arr);
    let empty: [u8; 0] = [];
    println!("{:?} {:#?}", empty, empty);
    let s: &[i32] = &[10, 20, 30, 40];
    println!("{:?}", s);
    println!("{:?}", &s[1..3]);
    println!("{:#?}", &s[..1]);
    let words = ["tab\there", "quote\"", "back\\slash", "nl\n", "uni\u{e9}", "nul\0"];
    println!("{:?}", words);
    println!("{:?}", ['\'', '"', '\u{7f}', 'é', '\r']);
    println!("{:?}", "\u{1b}[0m");
    println!("{:?} {:?}", i32::MIN, u8::MAX);
    println!("{:?} {:?} {:?}", 1.0f32, -0.0f64, 1e100);
    println!("{:?}", (1.5,));
    println!("{:#?}", (1.5,));
    println!("{:?}", ((), ((),)));
    println!("{:5?}|{:<5?}|{:^9?}", 1, 2, "ab");
    println!("{:08.3?}", 2.5);
    println!("{:#?}", [(1, 'x'), (2, 'y')]);
    let none: Option<i32> = 5i32.checked_div(0);
    println!("{:?} {:?}", none, 5i32.checked_div(2));
    println!("{:#?}", 7u8.checked_add(1));
}
