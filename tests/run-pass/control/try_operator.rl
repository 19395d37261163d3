// The `?` operator on Result (with From conversion of the error) and Option, in fns and closures.
#[derive(Debug)]
enum E { Bad(i32) }
#[derive(Debug)]
struct Wrapped(E);
impl From<E> for Wrapped {
    fn from(e: E) -> Wrapped { Wrapped(e) }
}
fn parse(x: i32) -> Result<i32, E> {
    if x < 0 { Err(E::Bad(x)) } else { Ok(x * 2) }
}
fn twice(x: i32) -> Result<i32, E> {
    let a = parse(x)?;
    let b = parse(a - 5)?;
    Ok(a + b)
}
fn wrapped(x: i32) -> Result<i32, Wrapped> {
    Ok(parse(x)? + 1)
}
fn first_even(v: &[i32]) -> Option<i32> {
    let f = v.first()?;
    if *f % 2 == 0 { Some(*f) } else { None }
}
fn strings(s: Option<String>) -> Option<usize> {
    let s = s?;
    Some(s.len())
}
fn main() {
    println!("{:?} {:?} {:?}", twice(4), twice(1), twice(-3));
    println!("{:?} {:?}", wrapped(3), wrapped(-1));
    println!("{:?} {:?} {:?}", first_even(&[2, 3]), first_even(&[3]), first_even(&[]));
    println!("{:?} {:?}", strings(Some(String::from("abc"))), strings(None));
    let c = |x: i32| -> Result<i32, E> { let y = parse(x)?; Ok(y + 100) };
    println!("{:?} {:?}", c(1), c(-1));
}
