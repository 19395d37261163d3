//! Results of fallible operations.

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(value) => Some(value),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(value) => value,
            Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(value) => value,
            Err(e) => panic!("{}: {:?}", msg, e),
        }
    }

    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(value) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", value),
            Err(e) => e,
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(value) => value,
            Err(_) => default,
        }
    }

    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(value) => f(value),
            Err(_) => false,
        }
    }

    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(value) => Ok(op(value)),
            Err(e) => Err(e),
        }
    }

    pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(value) => Ok(value),
            Err(e) => Err(op(e)),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(value) => f(value),
            Err(_) => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Ok(value) => f(value),
            Err(e) => default(e),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(value) => op(value),
            Err(e) => Err(e),
        }
    }

    pub fn and<U>(self, res: Result<U, E>) -> Result<U, E> {
        match self {
            Ok(_) => res,
            Err(e) => Err(e),
        }
    }

    pub fn or<F2>(self, res: Result<T, F2>) -> Result<T, F2> {
        match self {
            Ok(value) => Ok(value),
            Err(_) => res,
        }
    }

    pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(value) => Ok(value),
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(value) => value,
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Ok(value) => value,
            Err(_) => T::default(),
        }
    }

    pub fn inspect_err<F: FnOnce(&E)>(self, f: F) -> Result<T, E> {
        if let Err(e) = &self {
            f(e);
        }
        self
    }

    pub fn as_mut(&mut self) -> Result<&mut T, &mut E> {
        match self {
            Ok(value) => Ok(value),
            Err(e) => Err(e),
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(value) => Ok(value),
            Err(e) => Err(e),
        }
    }

    /// `Result<String, E>` → `Result<&str, &E>`, …
    pub fn as_deref(&self) -> Result<&T::Target, &E>
    where
        T: crate::ops::Deref,
    {
        match self {
            Ok(value) => Ok(crate::ops::Deref::deref(value)),
            Err(e) => Err(e),
        }
    }

    pub fn as_deref_mut(&mut self) -> Result<&mut T::Target, &mut E>
    where
        T: crate::ops::DerefMut,
    {
        match self {
            Ok(value) => Ok(crate::ops::DerefMut::deref_mut(value)),
            Err(e) => Err(e),
        }
    }

    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(value) => panic!("{}: {:?}", msg, value),
            Err(e) => e,
        }
    }

    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Result<T, E> {
        if let Ok(value) = &self {
            f(value);
        }
        self
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.as_ref().ok() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { inner: self.as_mut().ok() }
    }
}

impl<T: Copy, E> Result<&T, E> {
    pub fn copied(self) -> Result<T, E> {
        match self {
            Ok(value) => Ok(*value),
            Err(e) => Err(e),
        }
    }
}

impl<T: Clone, E> Result<&T, E> {
    pub fn cloned(self) -> Result<T, E> {
        match self {
            Ok(value) => Ok(value.clone()),
            Err(e) => Err(e),
        }
    }
}

impl<T, E> Result<Option<T>, E> {
    pub fn transpose(self) -> Option<Result<T, E>> {
        match self {
            Ok(Some(value)) => Some(Ok(value)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// The iterator of `Result::iter`: the `Ok` value, if any.
pub struct Iter<'a, T> {
    inner: Option<&'a T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.take()
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for Iter<'a, T> {}

/// The iterator of `Result::iter_mut`.
pub struct IterMut<'a, T> {
    inner: Option<&'a mut T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        self.inner.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        self.inner.take()
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for IterMut<'a, T> {}

/// `for x in result`: the `Ok` value, if any.
pub struct IntoIter<T> {
    inner: Option<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.take()
    }
}

impl<T> crate::iter::ExactSizeIterator for IntoIter<T> {}

impl<T, E> IntoIterator for Result<T, E> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.ok() }
    }
}

impl<'a, T, E> IntoIterator for &'a Result<T, E> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, E> IntoIterator for &'a mut Result<T, E> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

/// Summing an iterator of results: the sum of the `Ok` values, or the first error.
impl<T, E, U: crate::iter::Sum<T>> crate::iter::Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error: Option<E> = None;
        let total: U = crate::iter::Sum::sum(ResultShunt { iter: iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    }
}

/// Multiplying an iterator of results: the product of the `Ok` values, or the first error.
impl<T, E, U: crate::iter::Product<T>> crate::iter::Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error: Option<E> = None;
        let total: U = crate::iter::Product::product(ResultShunt { iter: iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    }
}

/// `iter.collect::<Result<V, E>>()`: the items collected into `V` until the first error,
/// which is the result instead.
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        let mut error: Option<E> = None;
        let collected: V = FromIterator::from_iter(ResultShunt { iter: iter.into_iter(), error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(collected),
        }
    }
}

/// The `Ok` values of an iterator of results, stopping at (and keeping) the first error.
struct ResultShunt<'a, I, E> {
    iter: I,
    error: &'a mut Option<E>,
}

impl<'a, A, E, I: Iterator<Item = Result<A, E>>> Iterator for ResultShunt<'a, I, E> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        match self.iter.next() {
            Some(Ok(value)) => Some(value),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}
