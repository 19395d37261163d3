fn main() {
    let r: Result<i32, String> = Err(String::from("boom"));
    println!("before");
    r.unwrap();
}
