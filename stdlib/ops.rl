//! Operator traits, ranges, indexing, `Drop` and `Deref`.

use crate::intrinsics;

#[derive(Clone, PartialEq, Eq)]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

/// `start..=end`; `exhausted` is set once the last element has been yielded.
#[derive(Clone, PartialEq, Eq)]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub end: Idx,
    pub exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start: start, end: end, exhausted: false }
    }

    pub fn start(&self) -> &Idx {
        &self.start
    }

    pub fn end(&self) -> &Idx {
        &self.end
    }

    pub fn into_inner(self) -> (Idx, Idx) {
        (self.start, self.end)
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RangeFull;

// Ranges print as written (`1..3`, `2..=4`, `..`), each bound with the caller's format spec.

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for Range<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&self.start, f)?;
        f.write_str("..")?;
        crate::fmt::Debug::fmt(&self.end, f)
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&self.start, f)?;
        f.write_str("..=")?;
        crate::fmt::Debug::fmt(&self.end, f)?;
        if self.exhausted {
            f.write_str(" (exhausted)")?;
        }
        Ok(())
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&self.start, f)?;
        f.write_str("..")
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..")?;
        crate::fmt::Debug::fmt(&self.end, f)
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeToInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..=")?;
        crate::fmt::Debug::fmt(&self.end, f)
    }
}

impl crate::fmt::Debug for RangeFull {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..")
    }
}

/// One end of a range.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

impl<T> Bound<T> {
    pub fn as_ref(&self) -> Bound<&T> {
        match self {
            Bound::Included(x) => Bound::Included(x),
            Bound::Excluded(x) => Bound::Excluded(x),
            Bound::Unbounded => Bound::Unbounded,
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Bound<U> {
        match self {
            Bound::Included(x) => Bound::Included(f(x)),
            Bound::Excluded(x) => Bound::Excluded(f(x)),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
}

impl<T: Clone> Bound<&T> {
    pub fn cloned(self) -> Bound<T> {
        match self {
            Bound::Included(x) => Bound::Included(x.clone()),
            Bound::Excluded(x) => Bound::Excluded(x.clone()),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
}

/// What every range form has in common: its two bounds (what `drain(range)` takes).
pub trait RangeBounds<T: ?Sized> {
    fn start_bound(&self) -> Bound<&T>;
    fn end_bound(&self) -> Bound<&T>;

    fn contains<U>(&self, item: &U) -> bool
    where
        T: PartialOrd<U>,
        U: ?Sized + PartialOrd<T>,
    {
        let after_start = match self.start_bound() {
            Bound::Included(start) => start.le(item),
            Bound::Excluded(start) => start.lt(item),
            Bound::Unbounded => true,
        };
        after_start
            && match self.end_bound() {
                Bound::Included(end) => item.le(end),
                Bound::Excluded(end) => item.lt(end),
                Bound::Unbounded => true,
            }
    }
}

impl<T> RangeBounds<T> for Range<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        // An exhausted iterator's range is empty.
        if self.exhausted { Bound::Excluded(&self.end) } else { Bound::Included(&self.end) }
    }
}

impl<T> RangeBounds<T> for RangeFrom<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for RangeTo<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeToInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Included(&self.end)
    }
}

impl<T: ?Sized> RangeBounds<T> for RangeFull {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {
    fn start_bound(&self) -> Bound<&T> {
        self.0.as_ref()
    }
    fn end_bound(&self) -> Bound<&T> {
        self.1.as_ref()
    }
}

impl<Idx: PartialOrd<Idx>> Range<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>,
    {
        RangeBounds::contains(self, item)
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>,
    {
        RangeBounds::contains(self, item)
    }

    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}

impl<Idx: PartialOrd<Idx>> RangeFrom<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>,
    {
        RangeBounds::contains(self, item)
    }
}

impl<Idx: PartialOrd<Idx>> RangeTo<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>,
    {
        RangeBounds::contains(self, item)
    }
}

impl<Idx: PartialOrd<Idx>> RangeToInclusive<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>,
    {
        RangeBounds::contains(self, item)
    }
}

/// The `start..end` that `range` selects in a sequence of `len` elements, panicking as
/// Rust's `slice::range` does when it is out of order or out of bounds.
#[track_caller]
pub fn resolve_range<R: RangeBounds<usize>>(range: &R, len: usize) -> Range<usize> {
    let start = match range.start_bound() {
        Bound::Included(s) => *s,
        Bound::Excluded(s) => {
            if *s == usize::MAX {
                panic!("attempted to index slice from after maximum usize");
            }
            *s + 1
        }
        Bound::Unbounded => 0,
    };
    let end = match range.end_bound() {
        Bound::Included(e) => {
            if *e == usize::MAX {
                panic!("attempted to index slice up to maximum usize");
            }
            *e + 1
        }
        Bound::Excluded(e) => *e,
        Bound::Unbounded => len,
    };
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    start..end
}

/// The closure traits.  `Fn(A, B) -> R` is sugar for `Fn<(A, B), Output = R>`.  Closures,
/// function items and function pointers implement them without an impl (the compiler
/// selects them built-in); a call `f(a, b)` of such a value calls the closure body or
/// function directly.
pub trait FnOnce<Args> {
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}

pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}

pub trait Drop {
    fn drop(&mut self);
}

pub trait Deref {
    type Target;
    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

pub trait Index<Idx> {
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}

pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}

pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}

pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}

pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}

pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}

pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}

pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}

pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}

pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}

pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}

pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}

pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}

pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}

pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}

pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}

pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}

pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}

pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}

impl<T> Index<Range<usize>> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: Range<usize>) -> &[T] {
        intrinsics::slice_range(self, index.start, index.end)
    }
}

impl<T> IndexMut<Range<usize>> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: Range<usize>) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, index.start, index.end)
    }
}

impl Index<Range<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: Range<usize>) -> &str {
        intrinsics::str_range(self, index.start, index.end)
    }
}

impl<T> Index<RangeInclusive<usize>> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeInclusive<usize>) -> &[T] {
        intrinsics::slice_range(self, index.start, index.end + 1)
    }
}

impl<T> IndexMut<RangeInclusive<usize>> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: RangeInclusive<usize>) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, index.start, index.end + 1)
    }
}

impl Index<RangeInclusive<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeInclusive<usize>) -> &str {
        intrinsics::str_range(self, index.start, index.end + 1)
    }
}

impl<T> Index<RangeFrom<usize>> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeFrom<usize>) -> &[T] {
        intrinsics::slice_range(self, index.start, intrinsics::slice_len(self))
    }
}

impl<T> IndexMut<RangeFrom<usize>> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: RangeFrom<usize>) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, index.start, len)
    }
}

impl Index<RangeFrom<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeFrom<usize>) -> &str {
        intrinsics::str_range(self, index.start, intrinsics::str_len(self))
    }
}

impl<T> Index<RangeTo<usize>> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeTo<usize>) -> &[T] {
        intrinsics::slice_range(self, 0, index.end)
    }
}

impl<T> IndexMut<RangeTo<usize>> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: RangeTo<usize>) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, 0, index.end)
    }
}

impl Index<RangeTo<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeTo<usize>) -> &str {
        intrinsics::str_range(self, 0, index.end)
    }
}

impl<T> Index<RangeToInclusive<usize>> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeToInclusive<usize>) -> &[T] {
        intrinsics::slice_range(self, 0, index.end + 1)
    }
}

impl<T> IndexMut<RangeToInclusive<usize>> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: RangeToInclusive<usize>) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, 0, index.end + 1)
    }
}

impl Index<RangeToInclusive<usize>> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeToInclusive<usize>) -> &str {
        intrinsics::str_range(self, 0, index.end + 1)
    }
}

impl<T> Index<RangeFull> for [T] {
    type Output = [T];
    #[track_caller]
    fn index(&self, index: RangeFull) -> &[T] {
        intrinsics::slice_range(self, 0, intrinsics::slice_len(self))
    }
}

impl<T> IndexMut<RangeFull> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: RangeFull) -> &mut [T] {
        let len = intrinsics::slice_len(self);
        intrinsics::slice_range_mut(self, 0, len)
    }
}

impl Index<RangeFull> for str {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeFull) -> &str {
        intrinsics::str_range(self, 0, intrinsics::str_len(self))
    }
}

/// Whether an operation should exit early (`Break`) or go on (`Continue`), as
/// `try_fold` / `try_for_each` closures may return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlFlow<B, C = ()> {
    Continue(C),
    Break(B),
}

impl<B, C> ControlFlow<B, C> {
    pub fn is_break(&self) -> bool {
        match self {
            ControlFlow::Break(_) => true,
            ControlFlow::Continue(_) => false,
        }
    }

    pub fn is_continue(&self) -> bool {
        !self.is_break()
    }

    pub fn break_value(self) -> Option<B> {
        match self {
            ControlFlow::Break(b) => Some(b),
            ControlFlow::Continue(_) => None,
        }
    }

    pub fn continue_value(self) -> Option<C> {
        match self {
            ControlFlow::Continue(c) => Some(c),
            ControlFlow::Break(_) => None,
        }
    }
}

/// The types `try_fold` accepts from its closure (Rust's unstable `Try`, reduced to what
/// the library needs): a value to go on with, or the whole value to return early.
pub trait Try: Sized {
    type Output;
    fn from_output(output: Self::Output) -> Self;
    /// `Ok(output)` to continue, `Err(self)` to stop and return `self`.
    fn branch_value(self) -> Result<Self::Output, Self>;
}

impl<T> Try for Option<T> {
    type Output = T;
    fn from_output(output: T) -> Option<T> {
        Some(output)
    }
    fn branch_value(self) -> Result<T, Option<T>> {
        match self {
            Some(x) => Ok(x),
            None => Err(None),
        }
    }
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    fn from_output(output: T) -> Result<T, E> {
        Ok(output)
    }
    fn branch_value(self) -> Result<T, Result<T, E>> {
        match self {
            Ok(x) => Ok(x),
            Err(e) => Err(Err(e)),
        }
    }
}

impl<B, C> Try for ControlFlow<B, C> {
    type Output = C;
    fn from_output(output: C) -> ControlFlow<B, C> {
        ControlFlow::Continue(output)
    }
    fn branch_value(self) -> Result<C, ControlFlow<B, C>> {
        match self {
            ControlFlow::Continue(c) => Ok(c),
            ControlFlow::Break(b) => Err(ControlFlow::Break(b)),
        }
    }
}
