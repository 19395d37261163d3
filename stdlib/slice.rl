//! Slices `[T]`: inherent methods and the borrowing iterator.

use crate::intrinsics;

impl<T> [T] {
    pub fn len(&self) -> usize {
        intrinsics::slice_len(self)
    }

    pub fn is_empty(&self) -> bool {
        intrinsics::slice_len(self) == 0
    }

    pub fn first(&self) -> Option<&T> {
        if self.is_empty() {
            None
        } else {
            Some(&self[0])
        }
    }

    pub fn last(&self) -> Option<&T> {
        let len = self.len();
        if len == 0 {
            None
        } else {
            Some(&self[len - 1])
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() {
            Some(&self[index])
        } else {
            None
        }
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        intrinsics::slice_swap(self, a, b)
    }

    pub fn reverse(&mut self) {
        let len = self.len();
        let mut i = 0;
        while i < len / 2 {
            intrinsics::slice_swap(self, i, len - 1 - i);
            i += 1;
        }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, index: 0 }
    }
}

/// The iterator of `slice.iter()` and `for x in &slice`.
pub struct Iter<'a, T> {
    slice: &'a [T],
    index: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.index < self.slice.len() {
            let item = &self.slice[self.index];
            self.index += 1;
            Some(item)
        } else {
            None
        }
    }
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        Iter { slice: self, index: 0 }
    }
}
