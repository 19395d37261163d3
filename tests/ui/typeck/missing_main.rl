// A binary crate needs `fn main`.
fn helper() -> i32 {
    1
}
//~? ERROR E0601
