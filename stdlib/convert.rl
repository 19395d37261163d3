//! Conversions between types: `From` and its reciprocal `Into`, the fallible `TryFrom` /
//! `TryInto`, and the reference conversions `AsRef` / `AsMut`.

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

/// A cheap reference-to-reference conversion (`Box<T>` → `&T`, `String` → `&str`, …).
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

/// A cheap mutable reference-to-reference conversion.
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

// `as_ref` through a reference converts what it points to (as Rust's blanket impls).
impl<'a, T: ?Sized + AsRef<U>, U: ?Sized> AsRef<U> for &'a T {
    fn as_ref(&self) -> &U {
        (**self).as_ref()
    }
}

impl<'a, T: ?Sized + AsRef<U>, U: ?Sized> AsRef<U> for &'a mut T {
    fn as_ref(&self) -> &U {
        (**self).as_ref()
    }
}

impl<'a, T: ?Sized + AsMut<U>, U: ?Sized> AsMut<U> for &'a mut T {
    fn as_mut(&mut self) -> &mut U {
        (**self).as_mut()
    }
}

/// A conversion that can fail (`u8::try_from(300i32)` is an error).  The numeric impls are
/// in num.rl, the char ones in char.rl.
pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

/// The reciprocal of `TryFrom`.
pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U: TryFrom<T>> TryInto<U> for T {
    type Error = U::Error;

    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

/// The error of a conversion that cannot fail: a type with no values.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Infallible {}

impl crate::fmt::Debug for Infallible {
    fn fmt(&self, _f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match *self {}
    }
}

impl crate::fmt::Display for Infallible {
    fn fmt(&self, _f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match *self {}
    }
}
