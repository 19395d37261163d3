//! Conversions between types: `From` and its reciprocal `Into`.

/// Value-to-value conversion; `?` converts the error of a `Result` with it.
pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

/// The reciprocal of `From`: implemented for every `T` whose target implements `From<T>`.
pub trait Into<T>: Sized {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

/// Every type converts into itself (what lets `?` pass an error through unchanged).
impl<T> From<T> for T {
    fn from(value: T) -> T {
        value
    }
}
