//! `Vec<T>`: a growable array that owns its elements.
//!
//! Representation: `{ptr, cap, len}` (this field order is the ABI codegen relies on:
//! `String` is a `Vec<u8>`, and `format!`'s runtime buffer becomes one without a
//! copy).  `ptr` is null until the first allocation; elements `0..len` are
//! initialized, `len..cap` are not.  Capacity doubles (at least 4 elements) so `push`
//! is amortized O(1).  Zero-sized elements never allocate: their capacity is
//! `usize::MAX`.
//!
//! The slice methods (`iter`, `sort`, `contains`, `windows`, …) live on `[T]` and
//! apply through `Deref<Target = [T]>`, as in Rust.

use crate::intrinsics;
use crate::ops::{Deref, DerefMut, Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo,
                 RangeToInclusive};

pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: intrinsics::null_mut(), cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.reserve_exact(capacity);
        v
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Make room for `additional` more elements (growing by doubling).
    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len >= additional {
            return;
        }
        let needed = self.len + additional;
        let mut new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        if new_cap < needed {
            new_cap = needed;
        }
        self.grow_to(new_cap);
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.grow_to(self.len + additional);
        }
    }

    fn grow_to(&mut self, new_cap: usize) {
        let size = intrinsics::size_of::<T>();
        if size == 0 {
            self.cap = usize::MAX;
            return;
        }
        let align = intrinsics::align_of::<T>();
        self.ptr = intrinsics::realloc(self.ptr, self.cap * size, align, new_cap * size);
        self.cap = new_cap;
    }

    pub fn shrink_to_fit(&mut self) {
        let size = intrinsics::size_of::<T>();
        if size != 0 && self.cap > self.len {
            self.ptr = intrinsics::realloc(self.ptr, self.cap * size, intrinsics::align_of::<T>(), self.len * size);
            self.cap = self.len;
        }
    }

    /// The elements in a `Box<[T]>` (the buffer is shrunk to the length first).
    pub fn into_boxed_slice(self) -> Box<[T]> {
        let mut v = self;
        v.shrink_to_fit();
        if intrinsics::is_null(v.ptr) {
            // An empty vector has no buffer; the box needs a dangling, aligned pointer.
            v.ptr = intrinsics::alloc(0, intrinsics::align_of::<T>());
        }
        let slice: &mut [T] = intrinsics::slice_from_raw_parts_mut(v.ptr, v.len);
        let ptr = intrinsics::ref_as_ptr(slice);
        intrinsics::forget(v);
        Box::from_raw_in_std(ptr)
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.reserve(1);
        }
        intrinsics::ptr_write(intrinsics::ptr_offset(self.ptr, self.len), value);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(intrinsics::ptr_read(intrinsics::ptr_offset(self.ptr, self.len)))
        }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        if index > self.len {
            insert_assert_failed(index, self.len);
        }
        if self.len == self.cap {
            self.reserve(1);
        }
        let at = intrinsics::ptr_offset(self.ptr, index);
        intrinsics::copy(at, intrinsics::ptr_offset(self.ptr, index + 1), self.len - index);
        intrinsics::ptr_write(at, element);
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            remove_assert_failed(index, self.len);
        }
        let at = intrinsics::ptr_offset(self.ptr, index);
        let value = intrinsics::ptr_read(at);
        intrinsics::copy(intrinsics::ptr_offset(self.ptr, index + 1), at, self.len - index - 1);
        self.len -= 1;
        value
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            swap_remove_assert_failed(index, self.len);
        }
        let at = intrinsics::ptr_offset(self.ptr, index);
        let value = intrinsics::ptr_read(at);
        self.len -= 1;
        intrinsics::copy(intrinsics::ptr_offset(self.ptr, self.len), at, 1);
        value
    }

    /// Drop the elements from `len` on, first to last (none if `len` ≥ the current length).
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let old_len = self.len;
        self.len = len;  // set first: the tail is no longer the vector's
        let mut i = len;
        while i < old_len {
            intrinsics::drop_in_place(intrinsics::ptr_offset(self.ptr, i));
            i += 1;
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn as_slice(&self) -> &[T] {
        intrinsics::slice_from_raw_parts(self.ptr, self.len)
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        intrinsics::slice_from_raw_parts_mut(self.ptr, self.len)
    }

    /// Keep the elements for which `keep` returns true, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            let at = intrinsics::ptr_offset(self.ptr, i);
            if keep(intrinsics::slice_index(intrinsics::slice_from_raw_parts(at, 1), 0)) {
                if kept != i {
                    intrinsics::copy_nonoverlapping(at, intrinsics::ptr_offset(self.ptr, kept), 1);
                }
                kept += 1;
            } else {
                intrinsics::drop_in_place(at);
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Keep the elements for which `keep` returns true, which may also change them.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            let at = intrinsics::ptr_offset(self.ptr, i);
            if keep(intrinsics::slice_index_mut(intrinsics::slice_from_raw_parts_mut(at, 1), 0)) {
                if kept != i {
                    intrinsics::copy_nonoverlapping(at, intrinsics::ptr_offset(self.ptr, kept), 1);
                }
                kept += 1;
            } else {
                intrinsics::drop_in_place(at);
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Remove consecutive elements for which `same_bucket(current, last_kept)` is true.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        if self.len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            let current = intrinsics::ptr_offset(self.ptr, i);
            let last = intrinsics::ptr_offset(self.ptr, kept - 1);
            if same_bucket(&mut *current, &mut *last) {
                intrinsics::drop_in_place(current);
            } else {
                if kept != i {
                    intrinsics::copy_nonoverlapping(current, intrinsics::ptr_offset(self.ptr, kept), 1);
                }
                kept += 1;
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Grow with clones of `value` or shrink to `new_len` elements.
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len + 1 < new_len {
            self.push(value.clone());
        }
        self.push(value);
    }

    /// Grow with values of `f` or shrink to `new_len` elements.
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len < new_len {
            self.push(f());
        }
    }

    /// Append clones of the elements of `range`.
    #[track_caller]
    pub fn extend_from_within<R: crate::ops::RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        let range = crate::ops::resolve_range(&src, self.len);
        self.reserve(range.end - range.start);
        let mut i = range.start;
        while i < range.end {
            let x = intrinsics::slice_index(self.as_slice(), i).clone();
            self.push(x);
            i += 1;
        }
    }

    /// Replace the elements of `range` with the items of `replace_with`, returning the
    /// removed ones (eagerly: the replacement is done when `splice` returns).
    #[track_caller]
    pub fn splice<R: crate::ops::RangeBounds<usize>, I: IntoIterator<Item = T>>(&mut self, range: R,
                                                                               replace_with: I) -> Drain<T> {
        let range = crate::ops::resolve_range(&range, self.len);
        let mut tail = self.split_off(range.end);
        let removed = self.split_off(range.start);
        let mut items = replace_with.into_iter();
        while let Some(x) = items.next() {
            self.push(x);
        }
        self.append(&mut tail);
        Drain { iter: removed.into_iter() }
    }

    /// Remove consecutive repeated elements (keeping the first of each run).
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        if self.len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            let current = intrinsics::ptr_offset(self.ptr, i);
            let last = intrinsics::ptr_offset(self.ptr, kept - 1);
            if *intrinsics::slice_index(intrinsics::slice_from_raw_parts(current, 1), 0)
                == *intrinsics::slice_index(intrinsics::slice_from_raw_parts(last, 1), 0)
            {
                intrinsics::drop_in_place(current);
            } else {
                if kept != i {
                    intrinsics::copy_nonoverlapping(current, intrinsics::ptr_offset(self.ptr, kept), 1);
                }
                kept += 1;
            }
            i += 1;
        }
        self.len = kept;
    }

    pub fn append(&mut self, other: &mut Vec<T>) {
        self.reserve(other.len);
        intrinsics::copy_nonoverlapping(other.ptr, intrinsics::ptr_offset(self.ptr, self.len), other.len);
        self.len += other.len;
        other.len = 0;
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            split_off_assert_failed(at, self.len);
        }
        let count = self.len - at;
        let mut other = Vec::with_capacity(count);
        intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(self.ptr, at), other.ptr, count);
        other.len = count;
        self.len = at;
        other
    }

    /// Remove the elements of `range` and return them in order (eagerly: the elements are
    /// gone from the vector even if the `Drain` is not used up).
    #[track_caller]
    pub fn drain<R: crate::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<T> {
        let range = crate::ops::resolve_range(&range, self.len);
        let mut tail = self.split_off(range.end);
        let removed = self.split_off(range.start);
        self.append(&mut tail);
        Drain { iter: removed.into_iter() }
    }

    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        for x in other {
            self.push(x.clone());
        }
    }


    /// Remove consecutive elements with the same key (keeping the first of each run).
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        if self.len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < self.len {
            let current = intrinsics::ptr_offset(self.ptr, i);
            let last = intrinsics::ptr_offset(self.ptr, kept - 1);
            if key(&mut *current) == key(&mut *last) {
                intrinsics::drop_in_place(current);
            } else {
                if kept != i {
                    intrinsics::copy_nonoverlapping(current, intrinsics::ptr_offset(self.ptr, kept), 1);
                }
                kept += 1;
            }
            i += 1;
        }
        self.len = kept;
    }

    pub fn iter(&self) -> crate::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    pub fn iter_mut(&mut self) -> crate::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }
}

#[track_caller]
fn insert_assert_failed(index: usize, len: usize) -> ! {
    panic!("insertion index (is {}) should be <= len (is {})", index, len)
}

#[track_caller]
fn remove_assert_failed(index: usize, len: usize) -> ! {
    panic!("removal index (is {}) should be < len (is {})", index, len)
}

#[track_caller]
fn swap_remove_assert_failed(index: usize, len: usize) -> ! {
    panic!("swap_remove index (is {}) should be < len (is {})", index, len)
}

#[track_caller]
fn split_off_assert_failed(at: usize, len: usize) -> ! {
    panic!("`at` split index (is {}) should be <= len (is {})", at, len)
}

/// `vec![elem; n]`: `n` clones of `elem` (the last one is `elem` itself).
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    if n == 0 {
        return v;
    }
    let mut i = 1;
    while i < n {
        v.push(elem.clone());
        i += 1;
    }
    v.push(elem);
    v
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.len {
            intrinsics::drop_in_place(intrinsics::ptr_offset(self.ptr, i));
            i += 1;
        }
        let size = intrinsics::size_of::<T>();
        if self.cap != 0 && size != 0 {
            intrinsics::dealloc(self.ptr, self.cap * size, intrinsics::align_of::<T>());
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        intrinsics::slice_from_raw_parts(self.ptr, self.len)
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        intrinsics::slice_from_raw_parts_mut(self.ptr, self.len)
    }
}

impl<'a, T: Clone> crate::convert::From<&'a [T]> for Vec<T> {
    fn from(s: &'a [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<'a, T: Clone> crate::convert::From<&'a mut [T]> for Vec<T> {
    fn from(s: &'a mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<'a, T: Clone> crate::convert::From<&'a Vec<T>> for Vec<T> {
    fn from(v: &'a Vec<T>) -> Vec<T> {
        v.clone()
    }
}

impl<'a> crate::convert::From<&'a str> for Vec<u8> {
    fn from(s: &'a str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}

impl crate::convert::From<crate::string::String> for Vec<u8> {
    fn from(s: crate::string::String) -> Vec<u8> {
        s.into_bytes()
    }
}

impl<T> crate::convert::AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> crate::convert::AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> crate::convert::AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> {
        self
    }
}

impl<T> crate::convert::AsMut<Vec<T>> for Vec<T> {
    fn as_mut(&mut self) -> &mut Vec<T> {
        self
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        for x in self.as_slice() {
            v.push(x.clone());
        }
        v
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<crate::cmp::Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> crate::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

// ── indexing ──

impl<T> Index<usize> for Vec<T> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        intrinsics::slice_index(intrinsics::slice_from_raw_parts(self.ptr, self.len), index)
    }
}

impl<T> IndexMut<usize> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        intrinsics::slice_index_mut(intrinsics::slice_from_raw_parts_mut(self.ptr, self.len), index)
    }
}

impl<T> Index<Range<usize>> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: Range<usize>) -> &[T] {
        intrinsics::slice_range(self.as_slice(), index.start, index.end)
    }
}

impl<T> IndexMut<Range<usize>> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: Range<usize>) -> &mut [T] {
        intrinsics::slice_range_mut(self.as_mut_slice(), index.start, index.end)
    }
}

impl<T> Index<RangeInclusive<usize>> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeInclusive<usize>) -> &[T] {
        &self.as_slice()[index]
    }
}

impl<T> IndexMut<RangeInclusive<usize>> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: RangeInclusive<usize>) -> &mut [T] {
        &mut self.as_mut_slice()[index]
    }
}

impl<T> Index<RangeFrom<usize>> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeFrom<usize>) -> &[T] {
        intrinsics::slice_range(self.as_slice(), index.start, self.len)
    }
}

impl<T> IndexMut<RangeFrom<usize>> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: RangeFrom<usize>) -> &mut [T] {
        let len = self.len;
        intrinsics::slice_range_mut(self.as_mut_slice(), index.start, len)
    }
}

impl<T> Index<RangeTo<usize>> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeTo<usize>) -> &[T] {
        intrinsics::slice_range(self.as_slice(), 0, index.end)
    }
}

impl<T> IndexMut<RangeTo<usize>> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: RangeTo<usize>) -> &mut [T] {
        intrinsics::slice_range_mut(self.as_mut_slice(), 0, index.end)
    }
}

impl<T> Index<RangeToInclusive<usize>> for Vec<T> {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeToInclusive<usize>) -> &[T] {
        &self.as_slice()[index]
    }
}

impl<T> Index<RangeFull> for Vec<T> {
    type Output = [T];
    fn index(&self, index: RangeFull) -> &[T] {
        self.as_slice()
    }
}

impl<T> IndexMut<RangeFull> for Vec<T> {
    fn index_mut(&mut self, index: RangeFull) -> &mut [T] {
        self.as_mut_slice()
    }
}

// ── iteration ──

/// The owning iterator of `vec.into_iter()` / `for x in vec`: moves the elements out
/// front to back (or back to front); the rest are dropped with the buffer.
pub struct IntoIter<T> {
    ptr: *mut T,
    cap: usize,
    start: usize,
    end: usize,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            None
        } else {
            let value = intrinsics::ptr_read(intrinsics::ptr_offset(self.ptr, self.start));
            self.start += 1;
            Some(value)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<T> crate::iter::ExactSizeIterator for IntoIter<T> {}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            None
        } else {
            self.end -= 1;
            Some(intrinsics::ptr_read(intrinsics::ptr_offset(self.ptr, self.end)))
        }
    }
}

impl<T> IntoIter<T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        intrinsics::slice_from_raw_parts(intrinsics::ptr_offset(self.ptr, self.start), self.end - self.start)
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

/// The iterator of `vec.drain(range)`: the removed elements.
pub struct Drain<T> {
    iter: IntoIter<T>,
}

impl<T> Drain<T> {
    pub fn as_slice(&self) -> &[T] {
        self.iter.as_slice()
    }
}

impl<T> Iterator for Drain<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> DoubleEndedIterator for Drain<T> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> crate::iter::ExactSizeIterator for Drain<T> {}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Drain<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        while self.start < self.end {
            intrinsics::drop_in_place(intrinsics::ptr_offset(self.ptr, self.start));
            self.start += 1;
        }
        let size = intrinsics::size_of::<T>();
        if self.cap != 0 && size != 0 {
            intrinsics::dealloc(self.ptr, self.cap * size, intrinsics::align_of::<T>());
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        let iter = IntoIter { ptr: self.ptr, cap: self.cap, start: 0, end: self.len };
        intrinsics::forget(self);
        iter
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;

    fn into_iter(self) -> crate::slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;

    fn into_iter(self) -> crate::slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for Vec<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        crate::hash::Hash::hash(self.as_slice(), state)
    }
}

impl<T> crate::iter::Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
        while let Some(x) = iter.next() {
            self.push(x);
        }
    }
}

impl<'a, T: Copy + 'a> crate::iter::Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
        while let Some(x) = iter.next() {
            self.push(*x);
        }
    }
}

impl<T> crate::iter::FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut iter = iter.into_iter();
        let mut v = Vec::with_capacity(iter.size_hint().0);
        while let Some(x) = iter.next() {
            v.push(x);
        }
        v
    }
}
