//! `Borrow`: looking up `HashMap<String, V>` with a `&str` (a key type borrowed as
//! another type that hashes and compares the same).

pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}

impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T {
        self
    }
}

impl Borrow<str> for crate::string::String {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl<T> Borrow<[T]> for crate::vec::Vec<T> {
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T {
        &**self
    }
}

pub use crate::cow::{Cow, ToOwned};
