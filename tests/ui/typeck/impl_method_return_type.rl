// The impl's return type differs from the trait's.
trait Size {
    fn size(&self) -> usize;
}

struct Page;

impl Size for Page {
    fn size(&self) -> u32 { //~ ERROR E0053
        4096
    }
}

fn main() {}
