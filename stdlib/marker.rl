//! Marker traits the compiler knows about (selection has built-in rules for them).

/// Types with a size known at compile time: everything except `str` and `[T]`.
pub trait Sized {}

/// Types whose values are duplicated by a plain copy.
pub trait Copy: Clone {}
