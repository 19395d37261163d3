//! Iteration: `Iterator`, `IntoIterator`, ranges as iterators, `rev` and `step_by`.

use crate::ops::{Range, RangeInclusive};

pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

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
        let mut iter = self;
        let mut n = 0;
        while let Some(_) = iter.next() {
            n += 1;
        }
        n
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
