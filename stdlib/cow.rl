//! `ToOwned` (owned versions of borrowed data: `str` → `String`, `[T]` → `Vec<T>`)
//! and the clone-on-write smart pointer `Cow`.
//!
//! These are Rust's `std::borrow::{ToOwned, Cow}`; they live in their own file because
//! `borrow.rl` belongs to the `Borrow` trait's owner, and `std::borrow` re-exports them.

use crate::borrow::Borrow;
use crate::string::String;
use crate::vec::Vec;

/// Making owned data from a borrow (`to_owned` on `&str` gives a `String`).
pub trait ToOwned {
    type Owned: Borrow<Self>;

    fn to_owned(&self) -> Self::Owned;
}

impl<T: Clone> ToOwned for T {
    type Owned = T;

    fn to_owned(&self) -> T {
        self.clone()
    }
}

impl ToOwned for str {
    type Owned = String;

    fn to_owned(&self) -> String {
        String::from(self)
    }
}

impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;

    fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }
}

/// Either a borrow or owned data, cloned into owned data on the first mutation.
pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}

impl<'a, B: ?Sized + ToOwned> Cow<'a, B> {
    /// The owned data, cloning a borrow.
    pub fn into_owned(self) -> <B as ToOwned>::Owned {
        match self {
            Cow::Borrowed(borrowed) => borrowed.to_owned(),
            Cow::Owned(owned) => owned,
        }
    }

    /// A mutable reference to the owned data, cloning a borrow first.
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned {
        if let Cow::Borrowed(borrowed) = *self {
            *self = Cow::Owned(borrowed.to_owned());
        }
        match self {
            Cow::Borrowed(_) => unreachable!(),
            Cow::Owned(owned) => owned,
        }
    }
}

impl<'a, B: ?Sized + ToOwned> crate::ops::Deref for Cow<'a, B> {
    type Target = B;

    fn deref(&self) -> &B {
        match self {
            Cow::Borrowed(borrowed) => *borrowed,
            Cow::Owned(owned) => owned.borrow(),
        }
    }
}

impl<'a, B: ?Sized + ToOwned> Clone for Cow<'a, B> {
    fn clone(&self) -> Cow<'a, B> {
        match self {
            Cow::Borrowed(borrowed) => Cow::Borrowed(*borrowed),
            Cow::Owned(owned) => {
                let b: &B = owned.borrow();
                Cow::Owned(b.to_owned())
            }
        }
    }
}

impl<'a, B: ?Sized + ToOwned> crate::convert::AsRef<B> for Cow<'a, B> {
    fn as_ref(&self) -> &B {
        crate::ops::Deref::deref(self)
    }
}

impl<'a, B: ?Sized + ToOwned + crate::fmt::Display> crate::fmt::Display for Cow<'a, B> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(crate::ops::Deref::deref(self), f)
    }
}

impl<'a, B: ?Sized + ToOwned + crate::fmt::Debug> crate::fmt::Debug for Cow<'a, B> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(crate::ops::Deref::deref(self), f)
    }
}

impl<'a, 'b, B: ?Sized + ToOwned + PartialEq> PartialEq<Cow<'b, B>> for Cow<'a, B> {
    fn eq(&self, other: &Cow<'b, B>) -> bool {
        *crate::ops::Deref::deref(self) == *crate::ops::Deref::deref(other)
    }
}

impl<'a, B: ?Sized + ToOwned + Eq> Eq for Cow<'a, B> {}

impl<'a, 'b> PartialEq<&'b str> for Cow<'a, str> {
    fn eq(&self, other: & &'b str) -> bool {
        crate::ops::Deref::deref(self) == *other
    }
}

impl<'a> PartialEq<str> for Cow<'a, str> {
    fn eq(&self, other: &str) -> bool {
        crate::ops::Deref::deref(self) == other
    }
}

impl<'a> PartialEq<String> for Cow<'a, str> {
    fn eq(&self, other: &String) -> bool {
        crate::ops::Deref::deref(self) == other.as_str()
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Cow::Borrowed(s)
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Cow::Owned(v)
    }
}

impl<'a> crate::ops::Add<&'a str> for Cow<'a, str> {
    type Output = Cow<'a, str>;

    fn add(self, rhs: &'a str) -> Cow<'a, str> {
        let mut s = self;
        s.to_mut().push_str(rhs);
        s
    }
}
