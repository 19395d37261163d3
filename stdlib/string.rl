//! `String`: an owned, growable UTF-8 string.
//!
//! A `String` is exactly a `Vec<u8>` holding valid UTF-8 (`{ptr, cap, len}`: codegen's
//! `format!` builds one from the runtime's buffer).  Every `str` method applies
//! through `Deref<Target = str>`.

use crate::intrinsics;
use crate::ops::{Add, AddAssign, Deref, DerefMut, Index, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo,
                 RangeToInclusive};
use crate::vec::Vec;

pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vec.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional)
    }

    pub fn as_str(&self) -> &str {
        intrinsics::str_from_utf8_unchecked(self.vec.as_slice())
    }

    pub fn as_mut_str(&mut self) -> &mut str {
        intrinsics::str_from_utf8_unchecked_mut(self.vec.as_mut_slice())
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    /// The bytes, mutably (the caller keeps them UTF-8).
    pub fn as_mut_vec(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    pub fn push_str(&mut self, s: &str) {
        let bytes = intrinsics::str_as_bytes(s);
        self.vec.reserve(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            self.vec.push(bytes[i]);
            i += 1;
        }
    }

    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 0x80 {
            self.vec.push(code as u8);
        } else if code < 0x800 {
            self.vec.push((0xC0 | (code >> 6)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else if code < 0x10000 {
            self.vec.push((0xE0 | (code >> 12)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        } else {
            self.vec.push((0xF0 | (code >> 18)) as u8);
            self.vec.push((0x80 | ((code >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (code & 0x3F)) as u8);
        }
    }

    pub fn pop(&mut self) -> Option<char> {
        let c = match self.as_str().chars().next_back() {
            Some(c) => c,
            None => return None,
        };
        let new_len = self.len() - c.len_utf8();
        self.vec.truncate(new_len);
        Some(c)
    }

    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len < self.len() {
            if !self.as_str().is_char_boundary(new_len) {
                intrinsics::panic_str("assertion failed: self.is_char_boundary(new_len)");
            }
            self.vec.truncate(new_len);
        }
    }

    pub fn clear(&mut self) {
        self.vec.clear();
    }

    #[track_caller]
    pub fn insert(&mut self, idx: usize, c: char) {
        if !self.as_str().is_char_boundary(idx) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(idx)");
        }
        let mut encoded = String::new();
        encoded.push(c);
        self.insert_bytes(idx, encoded.as_bytes());
    }

    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        if !self.as_str().is_char_boundary(idx) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(idx)");
        }
        self.insert_bytes(idx, intrinsics::str_as_bytes(string));
    }

    fn insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            self.vec.insert(idx + i, bytes[i]);
            i += 1;
        }
    }

    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let c = match self.as_str()[idx..].chars().next() {
            Some(c) => c,
            None => intrinsics::panic_str("cannot remove a char from the end of a string"),
        };
        let mut n = c.len_utf8();
        while n > 0 {
            self.vec.remove(idx);
            n -= 1;
        }
        c
    }



    /// Splits the string in two at byte `at`, keeping `[0, at)`.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        if !self.as_str().is_char_boundary(at) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(at)");
        }
        String { vec: self.vec.split_off(at) }
    }

    /// Removes the byte range `range` and returns its chars (eagerly removed).
    #[track_caller]
    pub fn drain<R: crate::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain {
        let range = crate::ops::resolve_range(&range, self.len());
        if !self.as_str().is_char_boundary(range.start) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(start)");
        }
        if !self.as_str().is_char_boundary(range.end) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(end)");
        }
        let removed: Vec<u8> = self.vec.drain(range).collect();
        Drain { removed: String { vec: removed }, front: 0 }
    }

    /// Replaces the byte range `range` with `replace_with`.
    #[track_caller]
    pub fn replace_range<R: crate::ops::RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let range = crate::ops::resolve_range(&range, self.len());
        if !self.as_str().is_char_boundary(range.start) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(n)");
        }
        if !self.as_str().is_char_boundary(range.end) {
            intrinsics::panic_str("assertion failed: self.is_char_boundary(n)");
        }
        let mut tail = self.vec.split_off(range.end);
        self.vec.truncate(range.start);
        self.vec.extend_from_slice(intrinsics::str_as_bytes(replace_with));
        self.vec.append(&mut tail);
    }

    /// Keep the chars for which `keep` returns true.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut keep: F) {
        let mut kept = String::with_capacity(self.len());
        for c in self.as_str().chars() {
            if keep(c) {
                kept.push(c);
            }
        }
        *self = kept;
    }

    /// The bytes as a `String` if they are UTF-8, else the error with the bytes given back.
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match crate::str::validate_utf8(vec.as_slice(), 0) {
            Ok(()) => Ok(String { vec: vec }),
            Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
        }
    }

    /// The bytes as a string, each invalid sequence replaced by U+FFFD (borrowed when
    /// they are all valid).
    pub fn from_utf8_lossy(v: &[u8]) -> crate::cow::Cow<'_, str> {
        let mut start = 0;
        let mut out = String::new();
        loop {
            match crate::str::validate_utf8(v, start) {
                Ok(()) => {
                    if start == 0 {
                        return crate::cow::Cow::Borrowed(intrinsics::str_from_utf8_unchecked(v));
                    }
                    out.push_str(intrinsics::str_from_utf8_unchecked(&v[start..]));
                    return crate::cow::Cow::Owned(out);
                }
                Err(e) => {
                    let valid_end = e.valid_up_to();
                    out.push_str(intrinsics::str_from_utf8_unchecked(&v[start..valid_end]));
                    out.push('\u{FFFD}');
                    start = match e.error_len() {
                        Some(n) => valid_end + n,
                        None => v.len(),
                    };
                }
            }
        }
    }

    /// The string in a `Box<str>` (the buffer is shrunk to the length first).
    pub fn into_boxed_str(self) -> Box<str> {
        let bytes: Box<[u8]> = self.vec.into_boxed_slice();
        let ptr = intrinsics::ref_as_ptr(intrinsics::str_from_utf8_unchecked(&*bytes));
        intrinsics::forget(bytes);
        Box::from_raw_in_std(ptr)
    }

    /// Bytes known to be UTF-8 (from the runtime or a `str`).
    pub fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }
}

/// The iterator of `String::drain`: the chars of the removed range.
pub struct Drain {
    removed: String,
    front: usize,
}

impl Drain {
    pub fn as_str(&self) -> &str {
        intrinsics::str_range(self.removed.as_str(), self.front, self.removed.len())
    }
}

impl Iterator for Drain {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self.as_str().chars().next();
        if let Some(c) = c {
            self.front += c.len_utf8();
        }
        c
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.as_str().chars().size_hint()
    }
}

impl DoubleEndedIterator for Drain {
    fn next_back(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back();
        if let Some(c) = c {
            let len = self.removed.len() - c.len_utf8();
            self.removed.truncate(len);
        }
        c
    }
}

impl crate::fmt::Debug for Drain {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_tuple("Drain").field(&self.as_str()).finish()
    }
}

/// The error of `String::from_utf8`: the bytes that were not UTF-8, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: crate::str::Utf8Error,
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn utf8_error(&self) -> crate::str::Utf8Error {
        self.error
    }
}

impl crate::fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&self.error, f)
    }
}

impl Deref for String {
    type Target = str;

    fn deref(&self) -> &str {
        intrinsics::str_from_utf8_unchecked(self.vec.as_slice())
    }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        intrinsics::str_from_utf8_unchecked_mut(self.vec.as_mut_slice())
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl<'a> crate::convert::From<&'a str> for String {
    fn from(s: &'a str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl crate::convert::From<char> for String {
    fn from(c: char) -> String {
        let mut out = String::new();
        out.push(c);
        out
    }
}

impl<'a> crate::convert::From<&'a String> for String {
    fn from(s: &'a String) -> String {
        s.clone()
    }
}

impl crate::convert::AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl crate::convert::AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl crate::convert::AsMut<str> for String {
    fn as_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        intrinsics::str_eq(self.as_str(), other.as_str())
    }
}

impl Eq for String {}

impl<'a> PartialEq<&'a str> for String {
    fn eq(&self, other: & &'a str) -> bool {
        intrinsics::str_eq(self.as_str(), *other)
    }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        intrinsics::str_eq(self.as_str(), other)
    }
}

impl<'a> PartialEq<String> for &'a str {
    fn eq(&self, other: &String) -> bool {
        intrinsics::str_eq(*self, other.as_str())
    }
}

impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool {
        intrinsics::str_eq(self, other.as_str())
    }
}

impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<crate::cmp::Ordering> {
        Some(self.as_str().cmp(other.as_str()))
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> crate::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl<'a> Add<&'a str> for String {
    type Output = String;

    fn add(self, other: &'a str) -> String {
        let mut s = self;
        s.push_str(other);
        s
    }
}

impl<'a> AddAssign<&'a str> for String {
    fn add_assign(&mut self, other: &'a str) {
        self.push_str(other);
    }
}

impl Index<Range<usize>> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, index: Range<usize>) -> &str {
        intrinsics::str_range(self.as_str(), index.start, index.end)
    }
}

impl Index<RangeInclusive<usize>> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeInclusive<usize>) -> &str {
        &self.as_str()[index]
    }
}

impl Index<RangeFrom<usize>> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeFrom<usize>) -> &str {
        intrinsics::str_range(self.as_str(), index.start, self.len())
    }
}

impl Index<RangeTo<usize>> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeTo<usize>) -> &str {
        intrinsics::str_range(self.as_str(), 0, index.end)
    }
}

impl Index<RangeToInclusive<usize>> for String {
    type Output = str;
    #[track_caller]
    fn index(&self, index: RangeToInclusive<usize>) -> &str {
        &self.as_str()[index]
    }
}

impl Index<RangeFull> for String {
    type Output = str;
    fn index(&self, index: RangeFull) -> &str {
        self.as_str()
    }
}

/// `value.to_string()` for every `Display` type, through `format!("{}", value)`.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: crate::fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}

impl crate::fmt::Display for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(self.as_str(), f)
    }
}

impl crate::fmt::Debug for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl crate::fmt::Write for String {
    fn write_str(&mut self, s: &str) -> crate::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl crate::hash::Hash for String {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        crate::hash::Hash::hash(self.as_str(), state)
    }
}

impl crate::iter::Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        for c in iter {
            self.push(c);
        }
    }
}

impl<'a> crate::iter::Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        for c in iter {
            self.push(*c);
        }
    }
}

impl<'a> crate::iter::Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

impl crate::iter::Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s.as_str());
        }
    }
}

impl crate::iter::FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(c);
        }
        s
    }
}

impl<'a> crate::iter::FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut s = String::new();
        for piece in iter {
            s.push_str(piece);
        }
        s
    }
}

impl crate::iter::FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut s = String::new();
        for piece in iter {
            s.push_str(piece.as_str());
        }
        s
    }
}

impl<'a> crate::iter::FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(*c);
        }
        s
    }
}
