//! Explicit duplication of values.
//!
//! The impls for primitives are in num.rl, for tuples in tuple.rl, for arrays in array.rl
//! (mono calls `std::array::clone`).  Fn pointers, fn items, raw pointers and closures
//! whose captures are all copied bitwise are cloned by `copy_clone` (mono's choice for
//! `<T as Clone>::clone` without an impl; selection's built-in rule accepted them).

use crate::intrinsics;

pub trait Clone: Sized {
    fn clone(&self) -> Self;
}

/// Shared references are copied (`&str`, `&T` in generic code that clones).
impl<'a, T: ?Sized> Clone for &'a T {
    fn clone(&self) -> &'a T {
        *self
    }
}

/// The clone of a `Copy` value the library has no impl for: a bitwise copy.
pub fn copy_clone<T>(value: &T) -> T {
    intrinsics::ptr_read(intrinsics::ref_as_ptr(value))
}
