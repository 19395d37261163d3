//@ check-pass
// `'a: 'b` bounds on lifetime parameters and in where clauses are facts the body may
// assume; callers satisfy them.
fn shorten<'a: 'b, 'b>(x: &'a str, _y: &'b str) -> &'b str {
    x
}

fn shorten_where<'a, 'b>(x: &'a str, _y: &'b str) -> &'b str
where
    'a: 'b,
{
    x
}

fn chain<'a, 'b, 'c>(x: &'a i32) -> &'c i32
where
    'a: 'b,
    'b: 'c,
{
    x
}

struct Holder<'a, 'b: 'a> {
    short: &'a str,
    long: &'b str,
}

impl<'a, 'b: 'a> Holder<'a, 'b> {
    fn pick(&self, long: bool) -> &'a str {
        if long { self.long } else { self.short }
    }
}

fn main() {
    let long = String::from("long");
    let out;
    {
        let short = String::from("s");
        out = shorten(&long, &short).len();
        println!("{}", shorten_where(&long, &short));
        let h = Holder { short: &short, long: &long };
        println!("{} {}", h.pick(true), h.pick(false));
    }
    let n = 3;
    println!("{} {}", out, chain(&n));
}
