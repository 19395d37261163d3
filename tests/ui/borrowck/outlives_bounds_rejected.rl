// A bound in the wrong direction, or none, is no fact: returning the shorter-lived
// reference is an error; a caller must satisfy the callee's `'a: 'b`.
fn wrong_way<'a: 'b, 'b>(_x: &'a str, y: &'b str) -> &'a str {
    y //~ ERROR lifetime may not live long enough
}

fn missing_link<'a, 'b, 'c>(x: &'a i32) -> &'c i32
where
    'a: 'b,
{
    x //~ ERROR lifetime may not live long enough
}

// `&mut` is invariant: 'a is exactly 'x and 'b exactly 'y, so the call needs 'x: 'y
fn needs<'a: 'b, 'b>(x: &mut &'a i32, _y: &mut &'b i32) -> i32 {
    **x
}

fn caller<'x, 'y>(x: &mut &'x i32, y: &mut &'y i32) -> i32 {
    needs(x, y) //~ ERROR lifetime may not live long enough
}

fn main() {
    let (a, b) = (1, 2);
    let (mut ra, mut rb) = (&a, &b);
    println!("{} {} {}", wrong_way("a", "b"), missing_link(&a), caller(&mut ra, &mut rb));
}
