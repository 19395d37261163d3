// Every function of the program has internal linkage; only the runtime's entry
// point `__rustlet_main` is exported.

// CHECK-NOT: define {{(?!internal )}}{{.*}}@_ZN
// CHECK: define internal {{.*}}@_ZN4main4main17h{{[0-9a-f]+}}E(
// CHECK-NOT: define {{(?!internal )}}{{.*}}@_ZN
// CHECK: define internal {{.*}}@_ZN4main6helper17h{{[0-9a-f]+}}E(
// CHECK-NOT: define {{(?!internal )}}{{.*}}@_ZN
// CHECK: define internal {{.*}}@_ZN4main5inner4deep17h{{[0-9a-f]+}}E(
// CHECK-NOT: define {{(?!internal )}}{{.*}}@_ZN
// CHECK: define void @__rustlet_main()
// CHECK-NOT: define {{(?!internal )}}{{.*}}@_ZN
mod inner {
    pub fn deep(x: u8) -> u8 {
        x / 2
    }
}

fn helper(x: u8) -> u8 {
    inner::deep(x) + 1
}

fn main() {
    println!("{}", helper(9));
}
