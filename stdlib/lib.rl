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
pub mod default;
pub mod f64;
pub mod f32;
pub mod char;
pub mod slice;
pub mod str;
pub mod process;

/// Names every module sees without a `use` (Rust's 2021 prelude, as far as it exists here).
pub mod prelude {
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::default::Default;
    pub use crate::iter::{DoubleEndedIterator, IntoIterator, Iterator};
    pub use crate::marker::{Copy, Sized};
    pub use crate::ops::Drop;
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
}
