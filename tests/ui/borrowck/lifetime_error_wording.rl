// The wording of "lifetime may not live long enough" follows what required the
// outlives relation (returning, assigning, passing an argument) and what the body is.
fn to_static<'a>(x: &'a i32) -> &'static i32 {
    x //~ ERROR lifetime may not live long enough
}

struct Holder<'a> {
    r: &'a i32,
}

fn store<'a, 'b>(h: &mut Holder<'a>, r: &'b i32) {
    h.r = r; //~ ERROR lifetime may not live long enough
}

impl<'a> Holder<'a> {
    fn other<'b>(&'b self, x: &'b i32) -> &'a i32 {
        if *self.r > 0 { self.r } else { x } //~ ERROR lifetime may not live long enough
    }

    fn make<'b>(x: &'b i32) -> Holder<'a> {
        Holder { r: x } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let n = 1;
    let mut h = Holder { r: &n };
    store(&mut h, &n);
    println!("{} {} {}", to_static(&n), h.other(&n), Holder::make(&n).r);
}
