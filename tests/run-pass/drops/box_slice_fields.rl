// `Box<[T]>` inside other values: struct fields, enums, nested boxes, vectors.
struct D(&'static str, u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}{}", self.0, self.1);
    }
}

struct Holder {
    name: String,
    items: Box<[D]>,
    tail: D,
}

fn boxed(tag: &'static str, n: u32) -> Box<[D]> {
    (0..n).map(|i| D(tag, i)).collect::<Vec<D>>().into_boxed_slice()
}

fn sum_len(parts: &[Box<[D]>]) -> usize {
    parts.iter().map(|p| p.len()).sum()
}

fn main() {
    let h = Holder { name: String::from("h"), items: boxed("h", 2), tail: D("tail", 0) };
    println!("holder {} {} {}", h.name, h.items.len(), h.tail.1);
    drop(h);
    let o: Option<Box<[D]>> = Some(boxed("o", 2));
    if let Some(ref items) = o {
        println!("option {}", items[1].1);
    }
    let none: Option<Box<[D]>> = None;
    println!("none {}", none.is_none());
    let outer: Box<[Box<[D]>]> = vec![boxed("a", 2), boxed("b", 0), boxed("c", 1)].into_boxed_slice();
    println!("outer {}", sum_len(&outer));
    let mut v: Vec<Box<[D]>> = Vec::new();
    v.push(boxed("v", 1));
    v.push(Box::new([D("w", 9)]));
    println!("vec {}", v.len());
    let replaced = std::mem::replace(&mut v[0], boxed("r", 1));
    println!("replaced {}", replaced[0].0);
    drop(replaced);
    let words: Box<[Box<str>]> = vec![String::from("x").into_boxed_str(), "yz".into()].into_boxed_slice();
    println!("{}{}", words[0], words[1]);
    let zst: Box<[()]> = vec![(), (), ()].into_boxed_slice();
    println!("zst {}", zst.len());
    println!("end");
}
