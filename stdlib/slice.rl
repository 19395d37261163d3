//! Slices `[T]`: inherent methods, comparisons, sorting and the borrowing iterators.
//!
//! Sorting: `sort`/`sort_by`/`sort_by_key` are a stable merge sort (insertion sort
//! of runs of 16, then bottom-up merging through a buffer of `len` elements, so
//! O(n log n) comparisons and moves); `sort_unstable*` is an in-place heapsort
//! (O(n log n), no allocation).  Elements are moved with raw copies: comparisons
//! never panic half-way with a duplicated element because a panic aborts.

use crate::cmp::Ordering;
use crate::intrinsics;

impl<T> [T] {
    pub fn len(&self) -> usize {
        intrinsics::slice_len(self)
    }

    pub fn is_empty(&self) -> bool {
        intrinsics::slice_len(self) == 0
    }

    pub fn first(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(intrinsics::slice_index(self, 0)) }
    }

    pub fn last(&self) -> Option<&T> {
        let len = self.len();
        if len == 0 { None } else { Some(intrinsics::slice_index(self, len - 1)) }
    }

    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.is_empty() { None } else { Some(intrinsics::slice_index_mut(self, 0)) }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let len = self.len();
        if len == 0 { None } else { Some(intrinsics::slice_index_mut(self, len - 1)) }
    }

    /// The element at an index, or the sub-slice of a range, if in bounds.
    pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output> {
        index.get(self)
    }

    pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output> {
        index.get_mut(self)
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
            if *intrinsics::slice_index(self, i) == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        needle.len() <= self.len() && intrinsics::slice_range(self, 0, needle.len()) == needle
    }

    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let (len, n) = (self.len(), needle.len());
        n <= len && intrinsics::slice_range(self, len - n, len) == needle
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let len = self.len();
        IterMut { slice: self, front: 0, back: len }
    }

    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            intrinsics::panic_str("window size must be non-zero");
        }
        Windows { slice: self, size: size, index: 0 }
    }

    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        if chunk_size == 0 {
            intrinsics::panic_str("chunk size must be non-zero");
        }
        Chunks { slice: self, size: chunk_size, index: 0 }
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            intrinsics::panic_str("mid > len");
        }
        (intrinsics::slice_range(self, 0, mid), intrinsics::slice_range(self, mid, self.len()))
    }

    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            intrinsics::panic_str("mid > len");
        }
        let ptr = intrinsics::slice_as_ptr(self);
        (intrinsics::slice_from_raw_parts_mut(ptr, mid),
         intrinsics::slice_from_raw_parts_mut(intrinsics::ptr_offset(ptr, mid), len - mid))
    }

    pub fn split_first(&self) -> Option<(&T, &[T])> {
        let len = self.len();
        if len == 0 { None } else { Some((intrinsics::slice_index(self, 0), intrinsics::slice_range(self, 1, len))) }
    }

    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let len = self.len();
        if len == 0 {
            None
        } else {
            Some((intrinsics::slice_index(self, len - 1), intrinsics::slice_range(self, 0, len - 1)))
        }
    }

    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if self.is_empty() {
            return None;
        }
        let (first, rest) = self.split_at_mut(1);
        Some((intrinsics::slice_index_mut(first, 0), rest))
    }

    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        let (rest, last) = self.split_at_mut(len - 1);
        Some((intrinsics::slice_index_mut(last, 0), rest))
    }

    /// Rotates in place so that element `mid` comes first (three reversals).
    pub fn rotate_left(&mut self, mid: usize) {
        let len = self.len();
        if mid > len {
            intrinsics::panic_str("assertion failed: mid <= self.len()");
        }
        intrinsics::slice_range_mut(self, 0, mid).reverse();
        intrinsics::slice_range_mut(self, mid, len).reverse();
        self.reverse();
    }

    /// Rotates in place so that the last `k` elements come first.
    pub fn rotate_right(&mut self, k: usize) {
        let len = self.len();
        if k > len {
            intrinsics::panic_str("assertion failed: k <= self.len()");
        }
        self.rotate_left(len - k);
    }

    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy,
    {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        intrinsics::copy_nonoverlapping(intrinsics::slice_as_ptr(src), intrinsics::slice_as_ptr(self), src.len());
    }

    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        let mut i = 0;
        while i < src.len() {
            *intrinsics::slice_index_mut(self, i) = intrinsics::slice_index(src, i).clone();
            i += 1;
        }
    }

    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        if chunk_size == 0 {
            intrinsics::panic_str("chunk size must be non-zero");
        }
        let len = self.len();
        let fst_len = len - len % chunk_size;
        ChunksExact {
            slice: intrinsics::slice_range(self, 0, fst_len),
            rem: intrinsics::slice_range(self, fst_len, len),
            size: chunk_size,
        }
    }

    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        if chunk_size == 0 {
            intrinsics::panic_str("chunk size must be non-zero");
        }
        ChunksMut { slice: self, size: chunk_size }
    }

    /// An iterator over the sub-slices separated by elements matching `pred`.
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Split<'_, T, F> {
        Split { slice: self, pred: pred, finished: false }
    }

    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize> {
        let mut f = f;
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if !f(intrinsics::slice_index(self, mid)).is_gt() {
                base = mid;
            }
            size -= half;
        }
        match f(intrinsics::slice_index(self, base)) {
            Ordering::Equal => Ok(base),
            Ordering::Less => Err(base + 1),
            Ordering::Greater => Err(base),
        }
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, f: F) -> Result<usize, usize> {
        let mut f = f;
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// The index of the first element of a partitioned slice for which `pred` is false.
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize {
        let mut pred = pred;
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(intrinsics::slice_index(self, mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        let mut i = 1;
        while i < self.len() {
            if !(*intrinsics::slice_index(self, i - 1) <= *intrinsics::slice_index(self, i)) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn repeat(&self, n: usize) -> crate::vec::Vec<T>
    where
        T: Copy,
    {
        let mut v = crate::vec::Vec::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            v.extend_from_slice(self);
            i += 1;
        }
        v
    }

    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let mut i = 0;
        while i < self.len() {
            *intrinsics::slice_index_mut(self, i) = value.clone();
            i += 1;
        }
    }

    pub fn to_vec(&self) -> crate::vec::Vec<T>
    where
        T: Clone,
    {
        let mut v = crate::vec::Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    /// Binary search of a sorted slice: `Ok(index)` of a match, or `Err(insertion point)`.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if !intrinsics::slice_index(self, mid).cmp(x).is_gt() {
                base = mid;
            }
            size -= half;
        }
        match intrinsics::slice_index(self, base).cmp(x) {
            Ordering::Equal => Ok(base),
            Ordering::Less => Err(base + 1),
            Ordering::Greater => Err(base),
        }
    }

    pub fn sort(&mut self)
    where
        T: Ord,
    {
        let mut less = ByOrd;
        merge_sort(self, &mut less);
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        let mut less = ByCompare { compare: compare };
        merge_sort(self, &mut less);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        let mut less: ByKey<K, F> = ByKey { key: key, no_key: None };
        merge_sort(self, &mut less);
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        let mut less = ByCompare { compare: compare };
        heap_sort(self, &mut less);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, key: F) {
        let mut less: ByKey<K, F> = ByKey { key: key, no_key: None };
        heap_sort(self, &mut less);
    }

    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        let mut less = ByOrd;
        heap_sort(self, &mut less);
    }
}

impl<T> crate::convert::AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> crate::convert::AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T: PartialEq> PartialEq for [T] {
    fn eq(&self, other: &[T]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if *intrinsics::slice_index(self, i) != *intrinsics::slice_index(other, i) {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: Eq> Eq for [T] {}

impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match intrinsics::slice_index(self, i).partial_cmp(intrinsics::slice_index(other, i)) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().partial_cmp(&other.len())
    }
}

impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match intrinsics::slice_index(self, i).cmp(intrinsics::slice_index(other, i)) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}

// ── checked indexing: `get` / `get_mut` ──

/// What `slice.get(i)` and `str.get(range)` take: a position or a range, checked.
pub trait SliceIndex<T: ?Sized> {
    type Output: ?Sized;
    fn get(self, slice: &T) -> Option<&Self::Output>;
    fn get_mut(self, slice: &mut T) -> Option<&mut Self::Output>;
}

/// The in-bounds check shared by every range form: `start <= end <= len`.
fn range_ok(start: usize, end: usize, len: usize) -> bool {
    start <= end && end <= len
}

impl<T> SliceIndex<[T]> for usize {
    type Output = T;
    fn get(self, slice: &[T]) -> Option<&T> {
        if self < slice.len() { Some(intrinsics::slice_index(slice, self)) } else { None }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut T> {
        if self < slice.len() { Some(intrinsics::slice_index_mut(slice, self)) } else { None }
    }
}

impl<T> SliceIndex<[T]> for crate::ops::Range<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        if range_ok(self.start, self.end, slice.len()) { Some(intrinsics::slice_range(slice, self.start, self.end)) } else { None }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        if range_ok(self.start, self.end, slice.len()) {
            Some(intrinsics::slice_range_mut(slice, self.start, self.end))
        } else {
            None
        }
    }
}

impl<T> SliceIndex<[T]> for crate::ops::RangeFrom<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        (self.start..slice.len()).get(slice)
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        let len = slice.len();
        (self.start..len).get_mut(slice)
    }
}

impl<T> SliceIndex<[T]> for crate::ops::RangeTo<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        (0..self.end).get(slice)
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        (0..self.end).get_mut(slice)
    }
}

impl<T> SliceIndex<[T]> for crate::ops::RangeInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        if self.end == usize::MAX { None } else { (self.start..self.end + 1).get(slice) }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        if self.end == usize::MAX { None } else { (self.start..self.end + 1).get_mut(slice) }
    }
}

impl<T> SliceIndex<[T]> for crate::ops::RangeToInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        if self.end == usize::MAX { None } else { (0..self.end + 1).get(slice) }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        if self.end == usize::MAX { None } else { (0..self.end + 1).get_mut(slice) }
    }
}

impl<T> SliceIndex<[T]> for crate::ops::RangeFull {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        Some(slice)
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        Some(slice)
    }
}

// For `str` a range is also checked to fall on char boundaries.
impl SliceIndex<str> for crate::ops::Range<usize> {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        if range_ok(self.start, self.end, s.len()) && s.is_char_boundary(self.start) && s.is_char_boundary(self.end) {
            Some(intrinsics::str_range(s, self.start, self.end))
        } else {
            None
        }
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        if range_ok(self.start, self.end, s.len()) && s.is_char_boundary(self.start) && s.is_char_boundary(self.end) {
            let bytes = intrinsics::str_as_bytes(s);
            let all = intrinsics::slice_from_raw_parts_mut(intrinsics::slice_as_ptr(bytes), bytes.len());
            Some(intrinsics::str_from_utf8_unchecked_mut(intrinsics::slice_range_mut(all, self.start, self.end)))
        } else {
            None
        }
    }
}

impl SliceIndex<str> for crate::ops::RangeFrom<usize> {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        (self.start..s.len()).get(s)
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        let len = s.len();
        (self.start..len).get_mut(s)
    }
}

impl SliceIndex<str> for crate::ops::RangeTo<usize> {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        (0..self.end).get(s)
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        (0..self.end).get_mut(s)
    }
}

impl SliceIndex<str> for crate::ops::RangeInclusive<usize> {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        if self.end == usize::MAX { None } else { (self.start..self.end + 1).get(s) }
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        if self.end == usize::MAX { None } else { (self.start..self.end + 1).get_mut(s) }
    }
}

impl SliceIndex<str> for crate::ops::RangeToInclusive<usize> {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        if self.end == usize::MAX { None } else { (0..self.end + 1).get(s) }
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        if self.end == usize::MAX { None } else { (0..self.end + 1).get_mut(s) }
    }
}

impl SliceIndex<str> for crate::ops::RangeFull {
    type Output = str;
    fn get(self, s: &str) -> Option<&str> {
        Some(s)
    }
    fn get_mut(self, s: &mut str) -> Option<&mut str> {
        Some(s)
    }
}

// ── ASCII operations on byte slices ──

impl [u8] {
    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if *intrinsics::slice_index(self, i) >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if intrinsics::slice_index(self, i).to_ascii_lowercase() != intrinsics::slice_index(other, i).to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn make_ascii_uppercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            let b = intrinsics::slice_index_mut(self, i);
            *b = b.to_ascii_uppercase();
            i += 1;
        }
    }

    pub fn make_ascii_lowercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            let b = intrinsics::slice_index_mut(self, i);
            *b = b.to_ascii_lowercase();
            i += 1;
        }
    }

    pub fn to_ascii_uppercase(&self) -> crate::vec::Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_uppercase();
        v
    }

    pub fn to_ascii_lowercase(&self) -> crate::vec::Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_lowercase();
        v
    }
}

// ── joining slices of strings ──

impl [crate::string::String] {
    pub fn join(&self, sep: &str) -> crate::string::String {
        let mut out = crate::string::String::new();
        let mut i = 0;
        while i < self.len() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(intrinsics::slice_index(self, i).as_str());
            i += 1;
        }
        out
    }

    pub fn concat(&self) -> crate::string::String {
        self.join("")
    }
}

impl<'a> [&'a str] {
    pub fn join(&self, sep: &str) -> crate::string::String {
        let mut out = crate::string::String::new();
        let mut i = 0;
        while i < self.len() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(*intrinsics::slice_index(self, i));
            i += 1;
        }
        out
    }

    pub fn concat(&self) -> crate::string::String {
        self.join("")
    }
}

impl<T: Clone> [crate::vec::Vec<T>] {
    /// The elements of all the vectors, in order.
    pub fn concat(&self) -> crate::vec::Vec<T> {
        let mut out = crate::vec::Vec::new();
        for v in self {
            out.extend_from_slice(v.as_slice());
        }
        out
    }

    /// The elements of all the vectors with a copy of `sep` between consecutive ones.
    pub fn join(&self, sep: &T) -> crate::vec::Vec<T> {
        let mut out = crate::vec::Vec::new();
        let mut first = true;
        for v in self {
            if !first {
                out.push(sep.clone());
            }
            first = false;
            out.extend_from_slice(v.as_slice());
        }
        out
    }
}

#[track_caller]
fn len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    panic!("copy_from_slice: source slice length ({}) does not match destination slice length ({})", src_len, dst_len)
}

// ── sorting ──

/// The comparison a sort uses: `less(a, b)` is true when `a` must come before `b`.
pub trait SortLess<T> {
    fn less(&mut self, a: &T, b: &T) -> bool;
}

/// `T: Ord` order.
pub struct ByOrd;

impl<T: Ord> SortLess<T> for ByOrd {
    fn less(&mut self, a: &T, b: &T) -> bool {
        a.cmp(b).is_lt()
    }
}

/// `sort_by(compare)` order.
pub struct ByCompare<F> {
    compare: F,
}

impl<T, F: FnMut(&T, &T) -> Ordering> SortLess<T> for ByCompare<F> {
    fn less(&mut self, a: &T, b: &T) -> bool {
        (self.compare)(a, b).is_lt()
    }
}

/// `sort_by_key(key)` order.  (`no_key` names `K` in the type: mono finds an impl's
/// parameters from its self type, not through `F`'s output.)
pub struct ByKey<K, F> {
    key: F,
    no_key: Option<K>,
}

impl<T, K: Ord, F: FnMut(&T) -> K> SortLess<T> for ByKey<K, F> {
    fn less(&mut self, a: &T, b: &T) -> bool {
        (self.key)(a).cmp(&(self.key)(b)).is_lt()
    }
}

const RUN: usize = 16;

fn elem<'a, T>(base: *mut T, i: usize) -> &'a T {
    &*intrinsics::ptr_offset(base, i)
}

/// Stable insertion sort of `base[0..len]`.
fn insertion_sort<T, L: SortLess<T>>(base: *mut T, len: usize, less: &mut L) {
    let mut i = 1;
    while i < len {
        let current = intrinsics::ptr_read(intrinsics::ptr_offset(base, i));
        let mut j = i;
        while j > 0 && less.less(&current, elem(base, j - 1)) {
            intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(base, j - 1), intrinsics::ptr_offset(base, j), 1);
            j -= 1;
        }
        intrinsics::ptr_write(intrinsics::ptr_offset(base, j), current);
        i += 1;
    }
}

/// Merge the sorted runs `src[lo..mid]` and `src[mid..hi]` into `dst[lo..hi]` (ties from the left).
fn merge<T, L: SortLess<T>>(src: *mut T, dst: *mut T, lo: usize, mid: usize, hi: usize, less: &mut L) {
    let (mut i, mut j, mut k) = (lo, mid, lo);
    while i < mid && j < hi {
        if less.less(elem(src, j), elem(src, i)) {
            intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(src, j), intrinsics::ptr_offset(dst, k), 1);
            j += 1;
        } else {
            intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(src, i), intrinsics::ptr_offset(dst, k), 1);
            i += 1;
        }
        k += 1;
    }
    intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(src, i), intrinsics::ptr_offset(dst, k), mid - i);
    k += mid - i;
    intrinsics::copy_nonoverlapping(intrinsics::ptr_offset(src, j), intrinsics::ptr_offset(dst, k), hi - j);
}

pub fn merge_sort<T, L: SortLess<T>>(v: &mut [T], less: &mut L) {
    let len = v.len();
    let base = intrinsics::slice_as_ptr(v);
    let mut start = 0;
    while start < len {
        let end = if start + RUN < len { start + RUN } else { len };
        insertion_sort(intrinsics::ptr_offset(base, start), end - start, less);
        start = end;
    }
    if len <= RUN {
        return;
    }
    let size = intrinsics::size_of::<T>();
    let align = intrinsics::align_of::<T>();
    let buf: *mut T = intrinsics::alloc(len * size, align);
    let mut in_buf = false;
    let mut width = RUN;
    while width < len {
        let (src, dst) = if in_buf { (buf, base) } else { (base, buf) };
        let mut lo = 0;
        while lo < len {
            let mid = if lo + width < len { lo + width } else { len };
            let hi = if mid + width < len { mid + width } else { len };
            merge(src, dst, lo, mid, hi, less);
            lo = hi;
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        intrinsics::copy_nonoverlapping(buf, base, len);
    }
    intrinsics::dealloc(buf, len * size, align);
}

fn sift_down<T, L: SortLess<T>>(v: &mut [T], mut node: usize, end: usize, less: &mut L) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less.less(intrinsics::slice_index(v, child), intrinsics::slice_index(v, child + 1)) {
            child += 1;
        }
        if !less.less(intrinsics::slice_index(v, node), intrinsics::slice_index(v, child)) {
            return;
        }
        intrinsics::slice_swap(v, node, child);
        node = child;
    }
}

pub fn heap_sort<T, L: SortLess<T>>(v: &mut [T], less: &mut L) {
    let len = v.len();
    let mut i = len / 2;
    while i > 0 {
        i -= 1;
        sift_down(v, i, len, less);
    }
    let mut end = len;
    while end > 1 {
        end -= 1;
        intrinsics::slice_swap(v, 0, end);
        sift_down(v, 0, end, less);
    }
}

// ── iterators ──

/// The iterator of `slice.iter()` and `for x in &slice`.
pub struct Iter<'a, T> {
    slice: &'a [T],
    front: usize,
    back: usize,
}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &'a [T] {
        intrinsics::slice_range(self.slice, self.front, self.back)
    }
}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            let item = intrinsics::slice_index(self.slice, self.front);
            self.front += 1;
            Some(item)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.back -= 1;
            Some(intrinsics::slice_index(self.slice, self.back))
        } else {
            None
        }
    }
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }
}

/// The iterator of `slice.iter_mut()` and `for x in &mut slice`.
pub struct IterMut<'a, T> {
    slice: &'a mut [T],
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            let ptr = intrinsics::ptr_offset(intrinsics::slice_as_ptr(self.slice), self.front);
            self.front += 1;
            Some(intrinsics::slice_index_mut(intrinsics::slice_from_raw_parts_mut(ptr, 1), 0))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for IterMut<'a, T> {}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.back -= 1;
            let ptr = intrinsics::ptr_offset(intrinsics::slice_as_ptr(self.slice), self.back);
            Some(intrinsics::slice_index_mut(intrinsics::slice_from_raw_parts_mut(ptr, 1), 0))
        } else {
            None
        }
    }
}

impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        let len = self.len();
        IterMut { slice: self, front: 0, back: len }
    }
}

/// The iterator of `slice.windows(n)`: overlapping sub-slices of length n.
pub struct Windows<'a, T> {
    slice: &'a [T],
    size: usize,
    index: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.index + self.size <= self.slice.len() {
            let window = intrinsics::slice_range(self.slice, self.index, self.index + self.size);
            self.index += 1;
            Some(window)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.slice.len() - self.index;
        let n = if self.size > len { 0 } else { len - self.size + 1 };
        (n, Some(n))
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for Windows<'a, T> {}

/// The iterator of `slice.chunks(n)`: consecutive sub-slices of length n (the last may be shorter).
pub struct Chunks<'a, T> {
    slice: &'a [T],
    size: usize,
    index: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.slice.len();
        if self.index < len {
            let end = if len - self.index > self.size { self.index + self.size } else { len };
            let chunk = intrinsics::slice_range(self.slice, self.index, end);
            self.index = end;
            Some(chunk)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.slice.len() - self.index;
        let n = if len == 0 { 0 } else { (len - 1) / self.size + 1 };
        (n, Some(n))
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for Chunks<'a, T> {}

/// The iterator of `slice.chunks_exact(n)`: sub-slices of exactly n elements; the
/// elements left over are `remainder()`.
pub struct ChunksExact<'a, T> {
    slice: &'a [T],
    rem: &'a [T],
    size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.slice.len();
        if len < self.size {
            None
        } else {
            let chunk = intrinsics::slice_range(self.slice, 0, self.size);
            self.slice = intrinsics::slice_range(self.slice, self.size, len);
            Some(chunk)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.slice.len() / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.slice.len();
        if len < self.size {
            None
        } else {
            let chunk = intrinsics::slice_range(self.slice, len - self.size, len);
            self.slice = intrinsics::slice_range(self.slice, 0, len - self.size);
            Some(chunk)
        }
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for ChunksExact<'a, T> {}

/// The iterator of `slice.chunks_mut(n)`.
pub struct ChunksMut<'a, T> {
    slice: &'a mut [T],
    size: usize,
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        let len = self.slice.len();
        if len == 0 {
            return None;
        }
        let n = if len > self.size { self.size } else { len };
        // Split the remaining slice by raw parts: the chunk and the rest never overlap.
        let ptr = intrinsics::slice_as_ptr(self.slice);
        self.slice = intrinsics::slice_from_raw_parts_mut(intrinsics::ptr_offset(ptr, n), len - n);
        Some(intrinsics::slice_from_raw_parts_mut(ptr, n))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.slice.len();
        let n = if len == 0 { 0 } else { (len - 1) / self.size + 1 };
        (n, Some(n))
    }
}

impl<'a, T> crate::iter::ExactSizeIterator for ChunksMut<'a, T> {}

/// The iterator of `slice.split(pred)`: the sub-slices between elements matching `pred`.
pub struct Split<'a, T, F> {
    slice: &'a [T],
    pred: F,
    finished: bool,
}

impl<'a, T, F: FnMut(&T) -> bool> Iterator for Split<'a, T, F> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let len = self.slice.len();
        let mut i = 0;
        while i < len {
            if (self.pred)(intrinsics::slice_index(self.slice, i)) {
                let head = intrinsics::slice_range(self.slice, 0, i);
                self.slice = intrinsics::slice_range(self.slice, i + 1, len);
                return Some(head);
            }
            i += 1;
        }
        self.finished = true;
        Some(self.slice)
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for [T] {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut list = f.debug_list();
        for x in self {
            list.entry(x);
        }
        list.finish()
    }
}
