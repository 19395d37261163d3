//! The trait impls of arrays `[T; N]`.
//!
//! Rust writes them with const generics (`impl<T: PartialEq, const N: usize> PartialEq for
//! [T; N]`), which Rustlet does not have.  Instead trait selection treats arrays as built-in
//! implementors (`[T; N]: PartialEq` when `T: PartialEq`, likewise `Eq`, `PartialOrd`,
//! `Ord`, `Clone`, `Hash`; `Copy` structurally), and mono sends the required methods of
//! `<[T; N] as Trait>` to the functions below, instantiated with `T` and `A = [T; N]`
//! (rustlet/mono/resolve.py, ARRAY_SHIMS).  They view the array as a slice — its length is
//! `size_of::<A>() / size_of::<T>()` — and reuse the slice impls; the provided methods
//! (`ne`, `lt`, `max`, …) are the traits' defaults over these.
//!
//! Limitation: for a zero-sized element type the length cannot be recovered this way and
//! is taken as 0 (comparisons of `[(); N]` are still right, as every element is equal;
//! `Hash` writes the length 0).

use crate::cmp::{Ordering, PartialEq, PartialOrd, Ord};
use crate::hash::{Hash, Hasher};
use crate::intrinsics;

/// The array behind `array` (of type `A = [T; N]`) as a slice.
fn as_slice<'a, T, A>(array: &'a A) -> &'a [T] {
    let elem = intrinsics::size_of::<T>();
    let len = if elem == 0 { 0 } else { intrinsics::size_of::<A>() / elem };
    intrinsics::slice_from_raw_parts(intrinsics::ref_as_ptr(array) as *mut T, len)
}

pub fn eq<T: PartialEq, A>(a: &A, b: &A) -> bool {
    PartialEq::eq(as_slice::<T, A>(a), as_slice::<T, A>(b))
}

pub fn partial_cmp<T: PartialOrd, A>(a: &A, b: &A) -> Option<Ordering> {
    PartialOrd::partial_cmp(as_slice::<T, A>(a), as_slice::<T, A>(b))
}

pub fn cmp<T: Ord, A>(a: &A, b: &A) -> Ordering {
    Ord::cmp(as_slice::<T, A>(a), as_slice::<T, A>(b))
}

pub fn hash<T: Hash, A, H: Hasher>(array: &A, state: &mut H) {
    Hash::hash(as_slice::<T, A>(array), state)
}

/// A bitwise copy of the array whose every element is then overwritten (without a drop)
/// by the clone of the original's.
pub fn clone<T: Clone, A>(array: &A) -> A {
    let src = as_slice::<T, A>(array);
    let mut out: A = intrinsics::ptr_read(intrinsics::ref_as_ptr(array));
    let dst = intrinsics::ref_as_ptr(&mut out) as *mut T;
    let mut i = 0;
    while i < src.len() {
        intrinsics::ptr_write(intrinsics::ptr_offset(dst, i), src[i].clone());
        i += 1;
    }
    out
}

/// `for x in array` with `array: A = [T; N]` by value: typeck calls this, since `impl
/// IntoIterator for [T; N]` needs const generics.  The elements move into a `Vec` (the
/// array is then forgotten, so none is dropped twice) whose iterator the loop consumes.
pub fn into_iter<T, A>(array: A) -> crate::vec::IntoIter<T> {
    let len = as_slice::<T, A>(&array).len();
    let src = intrinsics::ref_as_ptr(&array) as *mut T;
    let mut elems: crate::vec::Vec<T> = crate::vec::Vec::with_capacity(len);
    let mut i = 0;
    while i < len {
        elems.push(intrinsics::ptr_read(intrinsics::ptr_offset(src, i)));
        i += 1;
    }
    intrinsics::forget(array);
    crate::iter::IntoIterator::into_iter(elems)
}
