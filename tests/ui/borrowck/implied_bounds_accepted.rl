//@ check-pass
// Implied bounds: a reference type in the signature is well-formed only when what it
// points to outlives it (`&'b &'a T` gives `'a: 'b`), so the body may assume that.
trait Get<T: ?Sized> {
    fn get(&self) -> &T;
}

impl<'a, T: ?Sized> Get<T> for &'a T {
    fn get(&self) -> &T {
        &**self
    }
}

struct View<'a> {
    data: &'a [i32],
}

impl<'a> View<'a> {
    fn first(&self) -> &i32 {
        &self.data[0]
    }
}

// An ADT's fields give it inferred outlives predicates: here `'b: 'a`.
struct Nested<'a, 'b> {
    r: &'a &'b i32,
}

fn inner<'a, 'b>(n: Nested<'a, 'b>) -> &'a i32 {
    *n.r
}

fn deref_twice<'a, 'b>(x: &'b &'a str) -> &'b str {
    *x
}

fn main() {
    let v = vec![1, 2, 3];
    let view = View { data: &v };
    let x = 7;
    let r = &x;
    let s = "text";
    println!("{} {} {} {}", view.first(), (&r).get(), inner(Nested { r: &r }), deref_twice(&s));
}
