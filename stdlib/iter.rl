//! Iteration: `Iterator` and its adapters, `IntoIterator`, `FromIterator`, `Sum` and
//! `Product`, ranges as iterators.
//!
//! Adapters are lazy structs generic over the iterator and the closure they wrap, so
//! every chain is monomorphized into straight-line code (no allocation, no dynamic
//! dispatch); `collect`, `sum` and `product` go through `FromIterator` / `Sum` /
//! `Product` impls for the target type.

use crate::cmp::Ordering;
use crate::ops::{Range, RangeFrom, RangeInclusive};

pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut remaining = n;
        while remaining > 0 {
            match self.next() {
                Some(_) => {}
                None => return None,
            }
            remaining -= 1;
        }
        self.next()
    }

    fn count(self) -> usize
    where
        Self: Sized,
    {
        self.fold(0, |n, _| n + 1)
    }

    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut iter = self;
        let mut last = None;
        while let Some(x) = iter.next() {
            last = Some(x);
        }
        last
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev { iter: self }
    }

    #[track_caller]
    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step_minus_one: step - 1, first_take: true }
    }

    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> B,
    {
        Map { iter: self, f: f }
    }

    fn filter<P>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        Filter { iter: self, predicate: predicate }
    }

    fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>,
    {
        FilterMap { iter: self, f: f }
    }

    fn flat_map<U, F>(self, f: F) -> FlatMap<Self, U, F>
    where
        Self: Sized,
        U: IntoIterator,
        F: FnMut(Self::Item) -> U,
    {
        FlatMap { iter: self, f: f, front: None, back: None }
    }

    fn flatten(self) -> Flatten<Self>
    where
        Self: Sized,
        Self::Item: IntoIterator,
    {
        Flatten { iter: self, front: None, back: None }
    }

    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate { iter: self, count: 0 }
    }

    fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator,
    {
        Zip { a: self, b: other.into_iter() }
    }

    fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator<Item = Self::Item>,
    {
        Chain { a: Some(self), b: Some(other.into_iter()) }
    }

    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take { iter: self, n: n }
    }

    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized,
    {
        Skip { iter: self, n: n }
    }

    fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }

    fn skip_while<P>(self, predicate: P) -> SkipWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        SkipWhile { iter: self, predicate: predicate, done: false }
    }

    fn map_while<B, P>(self, predicate: P) -> MapWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> Option<B>,
    {
        MapWhile { iter: self, predicate: predicate }
    }

    fn inspect<F>(self, f: F) -> Inspect<Self, F>
    where
        Self: Sized,
        F: FnMut(&Self::Item),
    {
        Inspect { iter: self, f: f }
    }

    fn scan<St, B, F>(self, initial_state: St, f: F) -> Scan<Self, St, F>
    where
        Self: Sized,
        F: FnMut(&mut St, Self::Item) -> Option<B>,
    {
        Scan { iter: self, state: initial_state, f: f }
    }

    fn peekable(self) -> Peekable<Self>
    where
        Self: Sized,
    {
        Peekable { iter: self, peeked: None }
    }

    fn cloned<'a, T>(self) -> Cloned<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
        T: 'a + Clone,
    {
        Cloned { iter: self }
    }

    fn copied<'a, T>(self) -> Copied<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
        T: 'a + Copy,
    {
        Copied { iter: self }
    }

    fn fold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut iter = self;
        let mut f = f;
        let mut acc = init;
        while let Some(x) = iter.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(Self::Item, Self::Item) -> Self::Item,
    {
        let mut iter = self;
        let mut f = f;
        let mut acc = match iter.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = iter.next() {
            acc = f(acc, x);
        }
        Some(acc)
    }

    fn for_each<F>(self, f: F)
    where
        Self: Sized,
        F: FnMut(Self::Item),
    {
        let mut f = f;
        self.fold((), move |(), x| f(x));
    }

    fn sum<S>(self) -> S
    where
        Self: Sized,
        S: Sum<Self::Item>,
    {
        Sum::sum(self)
    }

    fn product<P>(self) -> P
    where
        Self: Sized,
        P: Product<Self::Item>,
    {
        Product::product(self)
    }

    fn collect<B>(self) -> B
    where
        Self: Sized,
        B: FromIterator<Self::Item>,
    {
        FromIterator::from_iter(self)
    }

    fn any<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn all<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn find<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F>(&mut self, f: F) -> Option<B>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if let Some(y) = f(x) {
                return Some(y);
            }
        }
        None
    }

    fn position<P>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> bool,
    {
        let mut predicate = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Folds until the closure returns a stopping value (`None`, `Err`, `Break`), which is
    /// returned as is.
    fn try_fold<B, F, R>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> R,
        R: crate::ops::Try<Output = B>,
    {
        let mut f = f;
        let mut acc = init;
        while let Some(x) = self.next() {
            match crate::ops::Try::branch_value(f(acc, x)) {
                Ok(next) => acc = next,
                Err(stop) => return stop,
            }
        }
        crate::ops::Try::from_output(acc)
    }

    fn try_for_each<F, R>(&mut self, f: F) -> R
    where
        Self: Sized,
        F: FnMut(Self::Item) -> R,
        R: crate::ops::Try<Output = ()>,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            match crate::ops::Try::branch_value(f(x)) {
                Ok(()) => {}
                Err(stop) => return stop,
            }
        }
        crate::ops::Try::from_output(())
    }

    /// Splits the items into those for which `f` is true and those for which it is false.
    fn partition<B, F>(self, f: F) -> (B, B)
    where
        Self: Sized,
        B: Default + Extend<Self::Item>,
        F: FnMut(&Self::Item) -> bool,
    {
        let mut f = f;
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        let mut iter = self;
        while let Some(x) = iter.next() {
            if f(&x) {
                left.extend(once(x));
            } else {
                right.extend(once(x));
            }
        }
        (left, right)
    }

    /// Splits an iterator of pairs into two collections.
    fn unzip<A, B, FromA, FromB>(self) -> (FromA, FromB)
    where
        FromA: Default + Extend<A>,
        FromB: Default + Extend<B>,
        Self: Sized + Iterator<Item = (A, B)>,
    {
        let mut a: FromA = Default::default();
        let mut b: FromB = Default::default();
        let mut iter = self;
        while let Some((x, y)) = iter.next() {
            a.extend(once(x));
            b.extend(once(y));
        }
        (a, b)
    }

    /// An iterator that yields `None` forever once the inner one has.
    fn fuse(self) -> Fuse<Self>
    where
        Self: Sized,
    {
        Fuse { iter: Some(self) }
    }

    /// Repeats the iterator endlessly (from clones of the original).
    fn cycle(self) -> Cycle<Self>
    where
        Self: Sized + Clone,
    {
        Cycle { orig: self.clone(), iter: self }
    }

    /// The index (from the front) of the last item matching `predicate`, searching from the back.
    fn rposition<P>(&mut self, predicate: P) -> Option<usize>
    where
        P: FnMut(Self::Item) -> bool,
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let mut predicate = predicate;
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }

    /// Lexicographic comparison with the items of another iterator.
    fn cmp<I>(self, other: I) -> Ordering
    where
        I: IntoIterator<Item = Self::Item>,
        Self::Item: Ord,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(x), Some(y)) => match x.cmp(&y) {
                    Ordering::Equal => {}
                    non_eq => return non_eq,
                },
            }
        }
    }

    fn partial_cmp<I>(self, other: I) -> Option<Ordering>
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Some(Ordering::Equal),
                (None, Some(_)) => return Some(Ordering::Less),
                (Some(_), None) => return Some(Ordering::Greater),
                (Some(x), Some(y)) => match x.partial_cmp(&y) {
                    Some(Ordering::Equal) => {}
                    non_eq => return non_eq,
                },
            }
        }
    }

    fn eq<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialEq<I::Item>,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if x != y {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn ne<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialEq<I::Item>,
        Self: Sized,
    {
        !self.eq(other)
    }

    fn lt<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        self.partial_cmp(other) == Some(Ordering::Less)
    }

    fn le<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }

    fn gt<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        self.partial_cmp(other) == Some(Ordering::Greater)
    }

    fn ge<I>(self, other: I) -> bool
    where
        I: IntoIterator,
        Self::Item: PartialOrd<I::Item>,
        Self: Sized,
    {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }

    fn is_sorted(self) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd,
    {
        let mut iter = self;
        let mut last = match iter.next() {
            Some(x) => x,
            None => return true,
        };
        while let Some(x) = iter.next() {
            if !(last <= x) {
                return false;
            }
            last = x;
        }
        true
    }

    fn is_sorted_by_key<F, K>(self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> K,
        K: PartialOrd,
    {
        self.map(f).is_sorted()
    }

    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.max_by(|a, b| Ord::cmp(a, b))
    }

    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.min_by(|a, b| Ord::cmp(a, b))
    }

    /// The last of the greatest elements, as Rust's `max_by`.
    fn max_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut iter = self;
        let mut compare = compare;
        let mut best = match iter.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = iter.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }

    /// The first of the least elements, as Rust's `min_by`.
    fn min_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering,
    {
        let mut iter = self;
        let mut compare = compare;
        let mut best = match iter.next() {
            Some(x) => x,
            None => return None,
        };
        while let Some(x) = iter.next() {
            match compare(&best, &x) {
                Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }

    fn max_by_key<B, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        B: Ord,
        F: FnMut(&Self::Item) -> B,
    {
        let mut iter = self;
        let mut f = f;
        let mut best = match iter.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = iter.next() {
            let key = f(&x);
            match Ord::cmp(&best_key, &key) {
                Ordering::Greater => {}
                _ => {
                    best = x;
                    best_key = key;
                }
            }
        }
        Some(best)
    }

    fn min_by_key<B, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        B: Ord,
        F: FnMut(&Self::Item) -> B,
    {
        let mut iter = self;
        let mut f = f;
        let mut best = match iter.next() {
            Some(x) => x,
            None => return None,
        };
        let mut best_key = f(&best);
        while let Some(x) = iter.next() {
            let key = f(&x);
            match Ord::cmp(&best_key, &key) {
                Ordering::Greater => {
                    best = x;
                    best_key = key;
                }
                _ => {}
            }
        }
        Some(best)
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut remaining = n;
        while remaining > 0 {
            match self.next_back() {
                Some(_) => {}
                None => return None,
            }
            remaining -= 1;
        }
        self.next_back()
    }

    fn rfold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut iter = self;
        let mut f = f;
        let mut acc = init;
        while let Some(x) = iter.next_back() {
            acc = f(acc, x);
        }
        acc
    }

    fn rfind<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

/// An iterator that knows its exact length: `size_hint` is `(n, Some(n))`.
pub trait ExactSizeIterator: Iterator {
    #[track_caller]
    fn len(&self) -> usize {
        let (lower, upper) = self.size_hint();
        if upper != Some(lower) {
            panic!("assertion `left == right` failed\n  left: {:?}\n right: {:?}", upper, Some(lower));
        }
        lower
    }
}

/// Adding the items of an iterator to a collection (what `partition` and `unzip` fill).
pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}

// The maps and sets also keep an inherent `extend` (collections/), which direct calls reach first.
impl<K: crate::hash::Hash + Eq, V> Extend<(K, V)> for crate::collections::HashMap<K, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<T: crate::hash::Hash + Eq> Extend<T> for crate::collections::HashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl Extend<()> for () {
    fn extend<T: IntoIterator<Item = ()>>(&mut self, iter: T) {
        for _ in iter {}
    }
}

impl<A, B, ExtendA: Extend<A>, ExtendB: Extend<B>> Extend<(A, B)> for (ExtendA, ExtendB) {
    fn extend<T: IntoIterator<Item = (A, B)>>(&mut self, iter: T) {
        for (a, b) in iter {
            self.0.extend(once(a));
            self.1.extend(once(b));
        }
    }
}

/// Building a collection from an iterator: what `Iterator::collect` calls.
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    fn into_iter(self) -> I {
        self
    }
}

/// Types with successor and predecessor operations (what ranges iterate over).
pub trait Step: Clone + PartialOrd {
    /// The number of successor steps from `start` to `end` as a size hint (`(0, Some(0))`
    /// when `end < start`, `(usize::MAX, None)` when it overflows `usize`).
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);
    fn forward(start: Self, count: usize) -> Self;
    fn backward(start: Self, count: usize) -> Self;
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let next = Step::forward(self.start.clone(), 1);
            Some(crate::mem::replace(&mut self.start, next))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.start < self.end { Step::steps_between(&self.start, &self.end) } else { (0, Some(0)) }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward(self.end.clone(), 1);
            Some(self.end.clone())
        } else {
            None
        }
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let next = Step::forward(self.start.clone(), 1);
            Some(crate::mem::replace(&mut self.start, next))
        } else {
            self.exhausted = true;
            Some(self.start.clone())
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        let (lower, upper) = Step::steps_between(&self.start, &self.end);
        let upper = match upper {
            Some(n) => n.checked_add(1),
            None => None,
        };
        (lower.saturating_add(1), upper)
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let next = Step::backward(self.end.clone(), 1);
            Some(crate::mem::replace(&mut self.end, next))
        } else {
            self.exhausted = true;
            Some(self.end.clone())
        }
    }
}

pub struct Rev<I> {
    iter: I,
}

impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next_back()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> ExactSizeIterator for Rev<I> {}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

pub struct StepBy<I> {
    iter: I,
    step_minus_one: usize,
    first_take: bool,
}

impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.first_take {
            self.first_take = false;
            self.iter.next()
        } else {
            self.iter.nth(self.step_minus_one)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lower, upper) = self.iter.size_hint();
        let step = self.step_minus_one + 1;
        if self.first_take {
            let first = move |n: usize| if n == 0 { 0 } else { 1 + (n - 1) / step };
            (first(lower), upper.map(first))
        } else {
            let other = move |n: usize| n / step;
            (other(lower), upper.map(other))
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for StepBy<I> {
    // From the back, skip to the last item the front would reach (Rust's `next_back_index`).
    fn next_back(&mut self) -> Option<I::Item> {
        let rem = self.iter.len() % (self.step_minus_one + 1);
        let skip = if self.first_take {
            if rem == 0 { self.step_minus_one } else { rem - 1 }
        } else {
            rem
        };
        self.iter.nth_back(skip)
    }
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        let next = Step::forward(self.start.clone(), 1);
        Some(crate::mem::replace(&mut self.start, next))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

// As in Rust, only ranges whose length always fits in a 32-bit `usize` are exact.
impl ExactSizeIterator for Range<u8> {}
impl ExactSizeIterator for Range<u16> {}
impl ExactSizeIterator for Range<u32> {}
impl ExactSizeIterator for Range<usize> {}
impl ExactSizeIterator for Range<i8> {}
impl ExactSizeIterator for Range<i16> {}
impl ExactSizeIterator for Range<i32> {}
impl ExactSizeIterator for Range<isize> {}
impl ExactSizeIterator for RangeInclusive<u8> {}
impl ExactSizeIterator for RangeInclusive<u16> {}
impl ExactSizeIterator for RangeInclusive<i8> {}
impl ExactSizeIterator for RangeInclusive<i16> {}

pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    // Internal iteration: one loop in the inner iterator's fold instead of a `next` per item.
    fn fold<Acc, G>(self, init: Acc, g: G) -> Acc
    where
        G: FnMut(Acc, B) -> Acc,
    {
        let Map { iter, f } = self;
        let mut f = f;
        let mut g = g;
        iter.fold(init, move |acc, x| g(acc, f(x)))
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {}

pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.iter.size_hint().1)
    }

    // Internal iteration: a flat loop (a `next` per item nests the predicate's search loop).
    fn fold<Acc, G>(self, init: Acc, g: G) -> Acc
    where
        G: FnMut(Acc, I::Item) -> Acc,
    {
        let Filter { iter, predicate } = self;
        let mut predicate = predicate;
        let mut g = g;
        iter.fold(init, move |acc, x| if predicate(&x) { g(acc, x) } else { acc })
    }

    // Branch-free, as Rust's: counts `predicate(x) as usize`, which vectorizes.
    fn count(self) -> usize {
        let Filter { iter, predicate } = self;
        let mut predicate = predicate;
        iter.map(move |x| predicate(&x) as usize).sum()
    }
}

impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.iter.size_hint().1)
    }
}

impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> Option<B>> DoubleEndedIterator for FilterMap<I, F> {
    fn next_back(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next_back() {
            if let Some(y) = (self.f)(x) {
                return Some(y);
            }
        }
        None
    }
}

/// The iterator of `flat_map`: the inner iterator being drained from the front, and the
/// one from the back once `next_back` has started on the other end (as Rust's).
pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
    back: Option<U::IntoIter>,
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(x) => self.front = Some((self.f)(x).into_iter()),
                None => return take_from(&mut self.back),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_size_hint(&self.iter, &self.front, &self.back)
    }
}

impl<I: DoubleEndedIterator, U: IntoIterator, F: FnMut(I::Item) -> U> DoubleEndedIterator for FlatMap<I, U, F>
where
    U::IntoIter: DoubleEndedIterator,
{
    fn next_back(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.back {
                if let Some(x) = inner.next_back() {
                    return Some(x);
                }
                self.back = None;
            }
            match self.iter.next_back() {
                Some(x) => self.back = Some((self.f)(x).into_iter()),
                None => return take_from_back(&mut self.front),
            }
        }
    }
}

/// The next item of the other end's inner iterator, once the outer one is used up.
fn take_from<J: Iterator>(inner: &mut Option<J>) -> Option<J::Item> {
    let item = match inner {
        Some(it) => it.next(),
        None => None,
    };
    if item.is_none() {
        *inner = None;
    }
    item
}

fn take_from_back<J: DoubleEndedIterator>(inner: &mut Option<J>) -> Option<J::Item> {
    let item = match inner {
        Some(it) => it.next_back(),
        None => None,
    };
    if item.is_none() {
        *inner = None;
    }
    item
}

/// The size hint of a flattening adapter: the inner iterators' at both ends, exact only
/// once the outer iterator is known to be empty.
fn flatten_size_hint<I: Iterator, J: Iterator>(outer: &I, front: &Option<J>, back: &Option<J>) -> (usize, Option<usize>) {
    let (front_lower, front_upper) = match front {
        Some(inner) => inner.size_hint(),
        None => (0, Some(0)),
    };
    let (back_lower, back_upper) = match back {
        Some(inner) => inner.size_hint(),
        None => (0, Some(0)),
    };
    let lower = front_lower.saturating_add(back_lower);
    match (outer.size_hint(), front_upper, back_upper) {
        ((0, Some(0)), Some(a), Some(b)) => (lower, a.checked_add(b)),
        _ => (lower, None),
    }
}

pub struct Flatten<I: Iterator>
where
    I::Item: IntoIterator,
{
    iter: I,
    front: Option< <I::Item as IntoIterator>::IntoIter>,
    back: Option< <I::Item as IntoIterator>::IntoIter>,
}

impl<I: Iterator> Iterator for Flatten<I>
where
    I::Item: IntoIterator,
{
    type Item = <I::Item as IntoIterator>::Item;

    fn next(&mut self) -> Option< <I::Item as IntoIterator>::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
                self.front = None;
            }
            match self.iter.next() {
                Some(x) => self.front = Some(x.into_iter()),
                None => return take_from(&mut self.back),
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        flatten_size_hint(&self.iter, &self.front, &self.back)
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Flatten<I>
where
    I::Item: IntoIterator,
    <I::Item as IntoIterator>::IntoIter: DoubleEndedIterator,
{
    fn next_back(&mut self) -> Option< <I::Item as IntoIterator>::Item> {
        loop {
            if let Some(inner) = &mut self.back {
                if let Some(x) = inner.next_back() {
                    return Some(x);
                }
                self.back = None;
            }
            match self.iter.next_back() {
                Some(x) => self.back = Some(x.into_iter()),
                None => return take_from_back(&mut self.front),
            }
        }
    }
}

pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);

    fn next(&mut self) -> Option<(usize, I::Item)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)> {
        let x = match self.iter.next_back() {
            Some(x) => x,
            None => return None,
        };
        let len = self.iter.len();
        Some((self.count + len, x))
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}

pub struct Zip<A, B> {
    a: A,
    b: B,
}

impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);

    fn next(&mut self) -> Option<(A::Item, B::Item)> {
        let x = match self.a.next() {
            Some(x) => x,
            None => return None,
        };
        match self.b.next() {
            Some(y) => Some((x, y)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a_lower, a_upper) = self.a.size_hint();
        let (b_lower, b_upper) = self.b.size_hint();
        let lower = if a_lower < b_lower { a_lower } else { b_lower };
        let upper = match (a_upper, b_upper) {
            (Some(x), Some(y)) => Some(if x < y { x } else { y }),
            (Some(x), None) => Some(x),
            (None, Some(y)) => Some(y),
            (None, None) => None,
        };
        (lower, upper)
    }
}

impl<A, B> DoubleEndedIterator for Zip<A, B>
where
    A: DoubleEndedIterator + ExactSizeIterator,
    B: DoubleEndedIterator + ExactSizeIterator,
{
    fn next_back(&mut self) -> Option<(A::Item, B::Item)> {
        // Trim the longer side first so both ends line up, as Rust does.
        let a_len = self.a.len();
        let b_len = self.b.len();
        let mut i = a_len;
        while i > b_len {
            self.a.next_back();
            i -= 1;
        }
        let mut j = b_len;
        while j > a_len {
            self.b.next_back();
            j -= 1;
        }
        match (self.a.next_back(), self.b.next_back()) {
            (Some(x), Some(y)) => Some((x, y)),
            _ => None,
        }
    }
}

impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}

pub struct Chain<A, B> {
    a: Option<A>,
    b: Option<B>,
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        if let Some(a) = &mut self.a {
            match a.next() {
                Some(x) => return Some(x),
                None => self.a = None,
            }
        }
        match &mut self.b {
            Some(b) => b.next(),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a_lower, a_upper) = match &self.a {
            Some(a) => a.size_hint(),
            None => (0, Some(0)),
        };
        let (b_lower, b_upper) = match &self.b {
            Some(b) => b.size_hint(),
            None => (0, Some(0)),
        };
        let upper = match (a_upper, b_upper) {
            (Some(x), Some(y)) => x.checked_add(y),
            _ => None,
        };
        (a_lower.saturating_add(b_lower), upper)
    }
}

impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item> {
        if let Some(b) = &mut self.b {
            match b.next_back() {
                Some(x) => return Some(x),
                None => self.b = None,
            }
        }
        match &mut self.a {
            Some(a) => a.next_back(),
            None => None,
        }
    }
}

pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            self.iter.next()
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.n == 0 {
            return (0, Some(0));
        }
        let (lower, upper) = self.iter.size_hint();
        let lower = if lower < self.n { lower } else { self.n };
        let upper = match upper {
            Some(x) if x < self.n => Some(x),
            _ => Some(self.n),
        };
        (lower, upper)
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.n == 0 {
            return None;
        }
        let len = self.iter.len();
        // Skip the items past the first `n` from the back, then take one.
        let n = self.n;
        self.n -= 1;
        if len > n { self.iter.nth_back(len - n) } else { self.iter.next_back() }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}

pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.n > 0 {
            let n = self.n;
            self.n = 0;
            self.iter.nth(n)
        } else {
            self.iter.next()
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lower, upper) = self.iter.size_hint();
        (lower.saturating_sub(self.n), upper.map(|x| x.saturating_sub(self.n)))
    }
}

impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        if self.len() > 0 { self.iter.next_back() } else { None }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {}

pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.done {
            return None;
        }
        match self.iter.next() {
            Some(x) => {
                if (self.predicate)(&x) {
                    Some(x)
                } else {
                    self.done = true;
                    None
                }
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.done { (0, Some(0)) } else { (0, self.iter.size_hint().1) }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        while let Some(x) = self.iter.next() {
            if self.done || !(self.predicate)(&x) {
                self.done = true;
                return Some(x);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.iter.size_hint().1)
    }
}

pub struct MapWhile<I, P> {
    iter: I,
    predicate: P,
}

impl<B, I: Iterator, P: FnMut(I::Item) -> Option<B>> Iterator for MapWhile<I, P> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => (self.predicate)(x),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.iter.size_hint().1)
    }
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            Some(x) => {
                (self.f)(&x);
                Some(x)
            }
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: DoubleEndedIterator, F: FnMut(&I::Item)> DoubleEndedIterator for Inspect<I, F> {
    fn next_back(&mut self) -> Option<I::Item> {
        match self.iter.next_back() {
            Some(x) => {
                (self.f)(&x);
                Some(x)
            }
            None => None,
        }
    }
}

impl<I: ExactSizeIterator, F: FnMut(&I::Item)> ExactSizeIterator for Inspect<I, F> {}

pub struct Scan<I, St, F> {
    iter: I,
    state: St,
    f: F,
}

impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => (self.f)(&mut self.state, x),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.iter.size_hint().1)
    }
}

pub struct Peekable<I: Iterator> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(x)) => Some(x),
            _ => None,
        }
    }

    pub fn peek_mut(&mut self) -> Option<&mut I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &mut self.peeked {
            Some(Some(x)) => Some(x),
            _ => None,
        }
    }

    pub fn next_if_eq<T: ?Sized>(&mut self, expected: &T) -> Option<I::Item>
    where
        I::Item: PartialEq<T>,
    {
        self.next_if(|next| *next == *expected)
    }

    pub fn next_if<F: FnOnce(&I::Item) -> bool>(&mut self, func: F) -> Option<I::Item> {
        let next = match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        };
        match next {
            Some(x) => {
                if func(&x) {
                    Some(x)
                } else {
                    self.peeked = Some(Some(x));
                    None
                }
            }
            None => {
                self.peeked = Some(None);
                None
            }
        }
    }
}

impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let peek_len = match &self.peeked {
            Some(None) => return (0, Some(0)),
            Some(Some(_)) => 1,
            None => 0,
        };
        let (lower, upper) = self.iter.size_hint();
        let upper = match upper {
            Some(x) => x.checked_add(peek_len),
            None => None,
        };
        (lower.saturating_add(peek_len), upper)
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Peekable<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        match &mut self.peeked {
            Some(None) => None,
            // The peeked item is the front one: it comes last from the back.
            Some(Some(_)) => match self.iter.next_back() {
                Some(x) => Some(x),
                None => match crate::mem::replace(&mut self.peeked, Some(None)) {
                    Some(v) => v,
                    None => None,
                },
            },
            None => self.iter.next_back(),
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Peekable<I> {}

pub struct Cloned<I> {
    iter: I,
}

impl<'a, T: 'a + Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a, T: 'a + Clone, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Cloned<I> {}

impl<'a, T: 'a + Clone, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

pub struct Copied<I> {
    iter: I,
}

impl<'a, T: 'a + Copy, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a, T: 'a + Copy, I: ExactSizeIterator<Item = &'a T>> ExactSizeIterator for Copied<I> {}

impl<'a, T: 'a + Copy, I: DoubleEndedIterator<Item = &'a T>> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

/// An iterator over one value (`std::iter::once`).
pub struct Once<T> {
    value: Option<T>,
}

pub fn once<T>(value: T) -> Once<T> {
    Once { value: Some(value) }
}

impl<T> Iterator for Once<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.value.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.value.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for Once<T> {
    fn next_back(&mut self) -> Option<T> {
        self.value.take()
    }
}

impl<T> ExactSizeIterator for Once<T> {}

/// An iterator repeating a value forever (`std::iter::repeat`).
pub struct Repeat<T> {
    value: T,
}

pub fn repeat<T: Clone>(value: T) -> Repeat<T> {
    Repeat { value: value }
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        Some(self.value.clone())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

impl<T: Clone> DoubleEndedIterator for Repeat<T> {
    fn next_back(&mut self) -> Option<T> {
        Some(self.value.clone())
    }
}

/// An iterator that yields nothing (`std::iter::empty`).
pub struct Empty<T> {
    none: Option<T>,
}

pub fn empty<T>() -> Empty<T> {
    Empty { none: None }
}

impl<T> Iterator for Empty<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(0))
    }
}

impl<T> DoubleEndedIterator for Empty<T> {
    fn next_back(&mut self) -> Option<T> {
        None
    }
}

impl<T> ExactSizeIterator for Empty<T> {}

/// An iterator calling a closure for each item (`std::iter::from_fn`).
pub struct FromFn<F> {
    f: F,
}

pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn { f: f }
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}

/// An iterator where each item is computed from the previous one (`std::iter::successors`).
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ: succ }
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let item = match self.next.take() {
            Some(x) => x,
            None => return None,
        };
        self.next = (self.succ)(&item);
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.next.is_some() { (1, None) } else { (0, Some(0)) }
    }
}

/// An iterator repeating the values of a closure forever (`std::iter::repeat_with`).
pub struct RepeatWith<F> {
    f: F,
}

pub fn repeat_with<T, F: FnMut() -> T>(f: F) -> RepeatWith<F> {
    RepeatWith { f: f }
}

impl<T, F: FnMut() -> T> Iterator for RepeatWith<F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        Some((self.f)())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

/// `std::iter::zip(a, b)`: `a.into_iter().zip(b)`.
pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> {
    Zip { a: a.into_iter(), b: b.into_iter() }
}

/// The iterator of `Iterator::fuse`.
pub struct Fuse<I> {
    iter: Option<I>,
}

impl<I: Iterator> Iterator for Fuse<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let item = match &mut self.iter {
            Some(iter) => iter.next(),
            None => return None,
        };
        if item.is_none() {
            self.iter = None;
        }
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.iter {
            Some(iter) => iter.size_hint(),
            None => (0, Some(0)),
        }
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Fuse<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let item = match &mut self.iter {
            Some(iter) => iter.next_back(),
            None => return None,
        };
        if item.is_none() {
            self.iter = None;
        }
        item
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Fuse<I> {}

/// The iterator of `Iterator::cycle`: restarts from a clone of the original when exhausted.
pub struct Cycle<I> {
    orig: I,
    iter: I,
}

impl<I: Clone + Iterator> Iterator for Cycle<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        match self.iter.next() {
            None => {
                self.iter = self.orig.clone();
                self.iter.next()
            }
            y => y,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.orig.size_hint() {
            (0, Some(0)) => (0, Some(0)),
            (0, _) => (0, None),
            _ => (usize::MAX, None),
        }
    }
}

/// Summing an iterator's elements (`Iterator::sum`).
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// Multiplying an iterator's elements (`Iterator::product`).
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// `Sum` and `Product` for the primitive numbers, by value and by reference (the same
// overflow checks as `+` and `*`).  Float sums start at -0.0, as Rust's.

impl Sum for i8 {
    fn sum<I: Iterator<Item = i8>>(iter: I) -> i8 {
        let init: i8 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a i8> for i8 {
    fn sum<I: Iterator<Item = &'a i8>>(iter: I) -> i8 {
        let init: i8 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for i8 {
    fn product<I: Iterator<Item = i8>>(iter: I) -> i8 {
        let init: i8 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a i8> for i8 {
    fn product<I: Iterator<Item = &'a i8>>(iter: I) -> i8 {
        let init: i8 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for i16 {
    fn sum<I: Iterator<Item = i16>>(iter: I) -> i16 {
        let init: i16 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a i16> for i16 {
    fn sum<I: Iterator<Item = &'a i16>>(iter: I) -> i16 {
        let init: i16 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for i16 {
    fn product<I: Iterator<Item = i16>>(iter: I) -> i16 {
        let init: i16 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a i16> for i16 {
    fn product<I: Iterator<Item = &'a i16>>(iter: I) -> i16 {
        let init: i16 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for i32 {
    fn sum<I: Iterator<Item = i32>>(iter: I) -> i32 {
        let init: i32 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a i32> for i32 {
    fn sum<I: Iterator<Item = &'a i32>>(iter: I) -> i32 {
        let init: i32 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for i32 {
    fn product<I: Iterator<Item = i32>>(iter: I) -> i32 {
        let init: i32 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a i32> for i32 {
    fn product<I: Iterator<Item = &'a i32>>(iter: I) -> i32 {
        let init: i32 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for i64 {
    fn sum<I: Iterator<Item = i64>>(iter: I) -> i64 {
        let init: i64 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a i64> for i64 {
    fn sum<I: Iterator<Item = &'a i64>>(iter: I) -> i64 {
        let init: i64 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for i64 {
    fn product<I: Iterator<Item = i64>>(iter: I) -> i64 {
        let init: i64 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a i64> for i64 {
    fn product<I: Iterator<Item = &'a i64>>(iter: I) -> i64 {
        let init: i64 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for isize {
    fn sum<I: Iterator<Item = isize>>(iter: I) -> isize {
        let init: isize = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a isize> for isize {
    fn sum<I: Iterator<Item = &'a isize>>(iter: I) -> isize {
        let init: isize = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for isize {
    fn product<I: Iterator<Item = isize>>(iter: I) -> isize {
        let init: isize = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a isize> for isize {
    fn product<I: Iterator<Item = &'a isize>>(iter: I) -> isize {
        let init: isize = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for u8 {
    fn sum<I: Iterator<Item = u8>>(iter: I) -> u8 {
        let init: u8 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a u8> for u8 {
    fn sum<I: Iterator<Item = &'a u8>>(iter: I) -> u8 {
        let init: u8 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for u8 {
    fn product<I: Iterator<Item = u8>>(iter: I) -> u8 {
        let init: u8 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a u8> for u8 {
    fn product<I: Iterator<Item = &'a u8>>(iter: I) -> u8 {
        let init: u8 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for u16 {
    fn sum<I: Iterator<Item = u16>>(iter: I) -> u16 {
        let init: u16 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a u16> for u16 {
    fn sum<I: Iterator<Item = &'a u16>>(iter: I) -> u16 {
        let init: u16 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for u16 {
    fn product<I: Iterator<Item = u16>>(iter: I) -> u16 {
        let init: u16 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a u16> for u16 {
    fn product<I: Iterator<Item = &'a u16>>(iter: I) -> u16 {
        let init: u16 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for u32 {
    fn sum<I: Iterator<Item = u32>>(iter: I) -> u32 {
        let init: u32 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a u32> for u32 {
    fn sum<I: Iterator<Item = &'a u32>>(iter: I) -> u32 {
        let init: u32 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for u32 {
    fn product<I: Iterator<Item = u32>>(iter: I) -> u32 {
        let init: u32 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a u32> for u32 {
    fn product<I: Iterator<Item = &'a u32>>(iter: I) -> u32 {
        let init: u32 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for u64 {
    fn sum<I: Iterator<Item = u64>>(iter: I) -> u64 {
        let init: u64 = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a u64> for u64 {
    fn sum<I: Iterator<Item = &'a u64>>(iter: I) -> u64 {
        let init: u64 = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for u64 {
    fn product<I: Iterator<Item = u64>>(iter: I) -> u64 {
        let init: u64 = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a u64> for u64 {
    fn product<I: Iterator<Item = &'a u64>>(iter: I) -> u64 {
        let init: u64 = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for usize {
    fn sum<I: Iterator<Item = usize>>(iter: I) -> usize {
        let init: usize = 0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a usize> for usize {
    fn sum<I: Iterator<Item = &'a usize>>(iter: I) -> usize {
        let init: usize = 0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for usize {
    fn product<I: Iterator<Item = usize>>(iter: I) -> usize {
        let init: usize = 1;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a usize> for usize {
    fn product<I: Iterator<Item = &'a usize>>(iter: I) -> usize {
        let init: usize = 1;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for f32 {
    fn sum<I: Iterator<Item = f32>>(iter: I) -> f32 {
        let init: f32 = -0.0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a f32> for f32 {
    fn sum<I: Iterator<Item = &'a f32>>(iter: I) -> f32 {
        let init: f32 = -0.0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for f32 {
    fn product<I: Iterator<Item = f32>>(iter: I) -> f32 {
        let init: f32 = 1.0;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a f32> for f32 {
    fn product<I: Iterator<Item = &'a f32>>(iter: I) -> f32 {
        let init: f32 = 1.0;
        iter.fold(init, |acc, x| acc * *x)
    }
}

impl Sum for f64 {
    fn sum<I: Iterator<Item = f64>>(iter: I) -> f64 {
        let init: f64 = -0.0;
        iter.fold(init, |acc, x| acc + x)
    }
}

impl<'a> Sum<&'a f64> for f64 {
    fn sum<I: Iterator<Item = &'a f64>>(iter: I) -> f64 {
        let init: f64 = -0.0;
        iter.fold(init, |acc, x| acc + *x)
    }
}

impl Product for f64 {
    fn product<I: Iterator<Item = f64>>(iter: I) -> f64 {
        let init: f64 = 1.0;
        iter.fold(init, |acc, x| acc * x)
    }
}

impl<'a> Product<&'a f64> for f64 {
    fn product<I: Iterator<Item = &'a f64>>(iter: I) -> f64 {
        let init: f64 = 1.0;
        iter.fold(init, |acc, x| acc * *x)
    }
}
