// A struct holding a reference cannot outlive the referent.
struct View<'a> {
    part: &'a str,
}

fn main() {
    let view;
    {
        let text = String::from("hello world");
        view = View { part: &text[0..5] }; //~ ERROR E0597
    }
    println!("{}", view.part);
}
