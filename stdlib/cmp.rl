//! Comparison traits, `Ordering`, `min` / `max` (and their `_by` / `_by_key` forms) and
//! `Reverse`.  The impls for primitives are in num.rl, for tuples in tuple.rl (both
//! generated), for arrays in array.rl, for slices and `str` in slice.rl / str.rl.

/// The result of comparing two values.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn is_eq(self) -> bool {
        match self {
            Ordering::Equal => true,
            _ => false,
        }
    }

    pub fn is_lt(self) -> bool {
        match self {
            Ordering::Less => true,
            _ => false,
        }
    }

    pub fn is_gt(self) -> bool {
        match self {
            Ordering::Greater => true,
            _ => false,
        }
    }

    pub fn is_ne(self) -> bool {
        !self.is_eq()
    }

    pub fn is_le(self) -> bool {
        !self.is_gt()
    }

    pub fn is_ge(self) -> bool {
        !self.is_lt()
    }

    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    /// `self`, or `other` when `self` is `Equal` (lexicographic chaining).
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }

    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
}

pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;

    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq {}

pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            _ => false,
        }
    }

    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }

    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            _ => false,
        }
    }

    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

// `&A == &B` compares the referents.
impl<'a, 'b, A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&'b B> for &'a A {
    fn eq(&self, other: & &'b B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl<'a, 'b, A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&'b B> for &'a A {
    fn partial_cmp(&self, other: & &'b B) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
}

pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;

    /// The larger; `other` if they are equal.
    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        match self.cmp(&other) {
            Ordering::Greater => self,
            _ => other,
        }
    }

    /// The smaller; `self` if they are equal.
    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        match self.cmp(&other) {
            Ordering::Greater => other,
            _ => self,
        }
    }

    #[track_caller]
    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        assert!(min <= max);
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}

impl<'a, A: ?Sized + Eq> Eq for &'a A {}

// `max()` of an iterator over references orders the referents.
impl<'a, A: ?Sized + Ord> Ord for &'a A {
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

/// The larger of two values; the second if they are equal (as Rust's `max`).
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v1,
        _ => v2,
    }
}

/// The smaller of two values; the first if they are equal (as Rust's `min`).
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    match v1.cmp(&v2) {
        Ordering::Greater => v2,
        _ => v1,
    }
}

/// The smaller of two values by `compare`; the first if they are equal.
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Ordering::Greater => v2,
        _ => v1,
    }
}

/// The larger of two values by `compare`; the second if they are equal.
pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Ordering::Greater => v1,
        _ => v2,
    }
}

pub fn min_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    match k1.cmp(&k2) {
        Ordering::Greater => v2,
        _ => v1,
    }
}

pub fn max_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    match k1.cmp(&k2) {
        Ordering::Greater => v1,
        _ => v2,
    }
}

/// Reverses the order of the wrapped value (`sort_by_key(|x| Reverse(x.score))`).
#[derive(PartialEq, Eq, Debug, Copy, Clone, Default, Hash)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }

    fn lt(&self, other: &Reverse<T>) -> bool {
        other.0 < self.0
    }

    fn le(&self, other: &Reverse<T>) -> bool {
        other.0 <= self.0
    }

    fn gt(&self, other: &Reverse<T>) -> bool {
        other.0 > self.0
    }

    fn ge(&self, other: &Reverse<T>) -> bool {
        other.0 >= self.0
    }
}

impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}
