//! The Rustlet standard library (crate `std`).
//!
//! Ordinary Rustlet code over a few compiler intrinsics (`intrinsics.rl`).  The module
//! layout follows Rust's so that programs reach items by their usual paths
//! (`std::cmp::max`, `std::mem::swap`, the prelude).

pub mod intrinsics;
pub mod marker;
pub mod clone;
pub mod cmp;
pub mod option;
pub mod result;
pub mod ops;
pub mod iter;
pub mod num;
pub mod mem;
pub mod fmt;
pub mod hash;
pub mod tuple;
pub mod array;
pub mod default;
pub mod f64;
pub mod f32;
pub mod char;
pub mod slice;
pub mod str;
pub mod process;
pub mod convert;
pub mod boxed;
pub mod vec;
pub mod string;
pub mod collections;
pub mod borrow;
mod cow;
pub mod env;
pub mod io;

/// Names every module sees without a `use` (Rust's 2021 prelude, as far as it exists here).
pub mod prelude {
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::default::Default;
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
    pub use crate::marker::{Copy, Sized};
    pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
    pub use crate::convert::{AsMut, AsRef, From, Into, TryFrom, TryInto};
    pub use crate::iter::FromIterator;
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
    pub use crate::boxed::Box;
    pub use crate::vec::Vec;
    pub use crate::string::{String, ToString};
    pub use crate::cow::ToOwned;
    pub use crate::mem::drop;
}
