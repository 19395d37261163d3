// rustc's legacy mangling of the less simple paths: an inherent method of a generic
// type carries the impl's own parameters (`main::Stack<T>::sum_with`, the hash tells
// the instances apart), a closure is `{{closure}}` under its function, an impl outside
// the modules of its type and trait is `<impl Trait for Type>` under its module, and
// drop glue is `core::ptr::drop_in_place<Type>`.

// CHECK-DAG: define internal {{.*}}@"_ZN4main14Stack$LT$T$GT$8sum_with17h{{[0-9a-f]+}}E"(
// CHECK-DAG: define internal {{.*}}@"_ZN4main14Stack$LT$T$GT$8sum_with28_$u7b$$u7b$closure$u7d$$u7d$17h{{[0-9a-f]+}}E"(
// CHECK-DAG: define internal {{.*}}@"_ZN4main7helpers45_$LT$impl$u20$main..Total$u20$for$u20$u16$GT$5total17h{{[0-9a-f]+}}E"(
// CHECK-DAG: define internal {{.*}}@"_ZN4core3ptr{{[0-9]+}}drop_in_place$LT$main..Stack$LT$u8$GT$$GT$17h{{[0-9a-f]+}}E"(
trait Total {
    fn total(&self) -> u32;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy + Into<u32>> Stack<T> {
    fn sum_with(&self, bias: u32) -> u32 {
        self.items.iter().map(|x| (*x).into() + bias).sum()
    }
}

mod helpers {
    impl crate::Total for u16 {
        fn total(&self) -> u32 {
            *self as u32
        }
    }
}

fn main() {
    let s = Stack { items: vec![4u8, 5] };
    println!("{} {}", s.sum_with(1), 7u16.total());
}
