// Box<[T]> and Box<str> from Vec/String/slices/&str (drop, clone, Debug, len),
// Box::from, and writing into a String with fmt::Write.
use std::fmt::Write;

fn main() {
    let names: Box<[String]> = vec![String::from("ann"), String::from("bo")].into_boxed_slice();
    println!("{:?} {} {}", names, names.len(), names[1]);
    let copy = names.clone();
    drop(names);
    println!("{:?}", copy);
    let empty: Box<[i32]> = Vec::new().into_boxed_slice();
    println!("{:?} {}", empty, empty.is_empty());
    let from_slice: Box<[u8]> = Box::from(&b"xyz"[..]);
    println!("{:?}", from_slice);
    let st: Box<str> = "hi".into();
    let st2 = st.clone();
    println!("{} {} {}", st, st2.len(), st2.to_uppercase());
    let owned: Box<str> = String::from("owned").into_boxed_str();
    println!("{:?}", owned);
    let from_vec: Box<[i32]> = Box::from(vec![4, 5]);
    let total: i32 = from_vec.iter().sum();
    println!("{}", total);
    let bx: Box<i32> = Box::from(3);
    println!("{}", bx);
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    writeln!(s, "!").unwrap();
    print!("{}", s);
}
