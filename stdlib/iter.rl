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
        FlatMap { iter: self, f: f, front: None }
    }

    fn flatten(self) -> Flatten<Self>
    where
        Self: Sized,
        Self::Item: IntoIterator,
    {
        Flatten { iter: self, front: None }
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
}

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
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        let next = Step::forward(self.start.clone(), 1);
        Some(crate::mem::replace(&mut self.start, next))
    }
}

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
}

pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
}

impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;

    fn next(&mut self) -> Option<U::Item> {
        loop {
            if let Some(inner) = &mut self.front {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(x) => self.front = Some((self.f)(x).into_iter()),
                None => return None,
            }
        }
    }
}

pub struct Flatten<I: Iterator>
where
    I::Item: IntoIterator,
{
    iter: I,
    front: Option< <I::Item as IntoIterator>::IntoIter>,
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
            }
            match self.iter.next() {
                Some(x) => self.front = Some(x.into_iter()),
                None => return None,
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
}

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
}

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
}

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
}

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
}

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
}

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
}

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
}

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
