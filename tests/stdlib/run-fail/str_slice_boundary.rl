fn main() {
    let s = String::from("héllo");
    let end = s.len() - 4;
    println!("{}", &s[0..end]);
}
