//! String slices `str`: UTF-8 decoding, searching, splitting, trimming, case
//! conversion and parsing (`FromStr`).
//!
//! Searching works on bytes: a pattern (`char`, `&str`, `&String`, `&[char]`, or a
//! closure `FnMut(char) -> bool`) is asked for its next match at or after a byte
//! offset.  UTF-8 is self-synchronizing, so a byte-wise match of an encoded needle
//! always starts and ends on char boundaries.  Searching for a string is the naive
//! O(n·m) scan, which is what short needles want.  An empty needle matches at every
//! char boundary, as in Rust (`"ab".split("")` is `["", "a", "b", ""]`).

use crate::cmp::Ordering;
use crate::intrinsics;
use crate::string::String;
use crate::vec::Vec;

impl str {
    pub fn len(&self) -> usize {
        intrinsics::str_len(self)
    }

    pub fn is_empty(&self) -> bool {
        intrinsics::str_len(self) == 0
    }

    pub fn as_bytes(&self) -> &[u8] {
        intrinsics::str_as_bytes(self)
    }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        let bytes = intrinsics::str_as_bytes(self);
        if index >= bytes.len() {
            return index == bytes.len();
        }
        (bytes[index] & 0xC0) != 0x80
    }

    pub fn chars(&self) -> Chars<'_> {
        Chars { bytes: intrinsics::str_as_bytes(self), front: 0, back: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { chars: self.chars() }
    }

    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { iter: intrinsics::str_as_bytes(self).iter() }
    }

    pub fn to_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            let mut mapped = ['\0'; 3];
            let n = intrinsics::char_to_upper(c, &mut mapped) as usize;
            let mut i = 0;
            while i < n {
                out.push(mapped[i]);
                i += 1;
            }
        }
        out
    }

    pub fn to_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c == '\u{3A3}' {
                out.push(map_uppercase_sigma(self, i));
                continue;
            }
            let mut mapped = ['\0'; 3];
            let n = intrinsics::char_to_lower(c, &mut mapped) as usize;
            let mut i = 0;
            while i < n {
                out.push(mapped[i]);
                i += 1;
            }
        }
        out
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    pub fn make_ascii_uppercase(&mut self) {
        // ASCII case changes keep the bytes valid UTF-8.
        let bytes = intrinsics::str_as_bytes(self);
        intrinsics::slice_from_raw_parts_mut(intrinsics::slice_as_ptr(bytes), bytes.len()).make_ascii_uppercase();
    }

    pub fn make_ascii_lowercase(&mut self) {
        let bytes = intrinsics::str_as_bytes(self);
        intrinsics::slice_from_raw_parts_mut(intrinsics::slice_as_ptr(bytes), bytes.len()).make_ascii_lowercase();
    }

    pub fn is_ascii(&self) -> bool {
        intrinsics::str_as_bytes(self).is_ascii()
    }

    pub fn repeat(&self, n: usize) -> String {
        let mut out = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            out.push_str(self);
            i += 1;
        }
        out
    }

    // ── trimming ──

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut chars = self.char_indices();
        loop {
            match chars.next() {
                Some((i, c)) => {
                    if !c.is_whitespace() {
                        return intrinsics::str_range(self, i, self.len());
                    }
                }
                None => return intrinsics::str_range(self, self.len(), self.len()),
            }
        }
    }

    pub fn trim_end(&self) -> &str {
        let mut chars = self.chars();
        loop {
            let end = chars.back;
            match chars.next_back() {
                Some(c) => {
                    if !c.is_whitespace() {
                        return intrinsics::str_range(self, 0, end);
                    }
                }
                None => return intrinsics::str_range(self, 0, 0),
            }
        }
    }

    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        let mut end = self.len();
        loop {
            match pat.prefix_len(intrinsics::str_range(self, start, end)) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        loop {
            match pat.suffix_len(intrinsics::str_range(self, start, end)) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        intrinsics::str_range(self, start, end)
    }

    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        loop {
            match pat.prefix_len(intrinsics::str_range(self, start, self.len())) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        intrinsics::str_range(self, start, self.len())
    }

    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut end = self.len();
        loop {
            match pat.suffix_len(intrinsics::str_range(self, 0, end)) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        intrinsics::str_range(self, 0, end)
    }

    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let mut prefix = prefix;
        match prefix.prefix_len(self) {
            Some(n) => Some(intrinsics::str_range(self, n, self.len())),
            None => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let mut suffix = suffix;
        match suffix.suffix_len(self) {
            Some(n) => Some(intrinsics::str_range(self, 0, self.len() - n)),
            None => None,
        }
    }

    // ── searching ──

    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.next_match(self, 0).is_some()
    }

    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.prefix_len(self).is_some()
    }

    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.suffix_len(self).is_some()
    }

    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        match pat.next_match(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        match pat.next_match_back(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches { inner: MatchIndices { haystack: self, pat: pat, from: 0, end: self.len(), done: false } }
    }

    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> {
        RMatches { inner: MatchIndices { haystack: self, pat: pat, from: 0, end: self.len(), done: false } }
    }

    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { haystack: self, pat: pat, from: 0, end: self.len(), done: false }
    }

    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices { inner: MatchIndices { haystack: self, pat: pat, from: 0, end: self.len(), done: false } }
    }

    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        let mut out = String::with_capacity(self.len());
        let mut pieces = self.split(from);
        let mut first = true;
        while let Some(piece) = pieces.next() {
            if !first {
                out.push_str(to);
            }
            out.push_str(piece);
            first = false;
        }
        out
    }

    pub fn replacen<P: Pattern>(&self, from: P, to: &str, count: usize) -> String {
        let mut out = String::with_capacity(self.len());
        let mut pieces = self.splitn(count + 1, from);
        let mut first = true;
        while let Some(piece) = pieces.next() {
            if !first {
                out.push_str(to);
            }
            out.push_str(piece);
            first = false;
        }
        out
    }

    // ── splitting ──

    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::new(self, pat, true)
    }

    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { inner: Split::new(self, pat, true) }
    }

    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator { inner: Split::new(self, pat, false) }
    }

    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P> {
        RSplitTerminator { inner: Split::new(self, pat, false) }
    }

    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { inner: Split::new(self, pat, true), count: n }
    }

    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { inner: Split::new(self, pat, true), count: n }
    }

    /// Like `split`, but each piece keeps the match that ends it.
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P> {
        SplitInclusive { inner: Split::new(self, pat, false) }
    }

    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut delimiter = delimiter;
        match delimiter.next_match_back(self, 0) {
            Some((start, end)) => Some((intrinsics::str_range(self, 0, start),
                                        intrinsics::str_range(self, end, self.len()))),
            None => None,
        }
    }

    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut delimiter = delimiter;
        match delimiter.next_match(self, 0) {
            Some((start, end)) => Some((intrinsics::str_range(self, 0, start),
                                        intrinsics::str_range(self, end, self.len()))),
            None => None,
        }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { inner: Split::new(self, is_whitespace as fn(char) -> bool, true) }
    }

    pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_> {
        SplitAsciiWhitespace { inner: Split::new(self, is_ascii_whitespace as fn(char) -> bool, true) }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines { inner: SplitInclusive { inner: Split::new(self, '\n', false) } }
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (intrinsics::str_range(self, 0, mid), intrinsics::str_range(self, mid, self.len()))
    }

    /// The sub-string of a range, if in bounds and on char boundaries.
    pub fn get<I: crate::slice::SliceIndex<str>>(&self, i: I) -> Option<&I::Output> {
        i.get(self)
    }

    pub fn get_mut<I: crate::slice::SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output> {
        i.get_mut(self)
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let (a, b) = (intrinsics::str_as_bytes(self), intrinsics::str_as_bytes(other));
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl crate::convert::AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl crate::convert::AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        intrinsics::str_eq(self, other)
    }
}

impl Eq for str {}

impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for str {
    fn cmp(&self, other: &str) -> Ordering {
        let c = intrinsics::str_cmp(self, other);
        if c < 0 {
            Ordering::Less
        } else if c == 0 {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }
}

impl Default for &str {
    fn default() -> &'static str {
        ""
    }
}

// ── UTF-8 ──

/// Decode the char whose encoding starts at byte `i` (the bytes are valid UTF-8);
/// returns it and its length.
fn decode_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i] as u32;
    if b0 < 0x80 {
        (intrinsics::char_from_u32_unchecked(b0), 1)
    } else if b0 < 0xE0 {
        let code = ((b0 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        (intrinsics::char_from_u32_unchecked(code), 2)
    } else if b0 < 0xF0 {
        let code = ((b0 & 0x0F) << 12) | ((bytes[i + 1] as u32 & 0x3F) << 6) | (bytes[i + 2] as u32 & 0x3F);
        (intrinsics::char_from_u32_unchecked(code), 3)
    } else {
        let code = ((b0 & 0x07) << 18) | ((bytes[i + 1] as u32 & 0x3F) << 12) | ((bytes[i + 2] as u32 & 0x3F) << 6)
            | (bytes[i + 3] as u32 & 0x3F);
        (intrinsics::char_from_u32_unchecked(code), 4)
    }
}

// ── the final sigma of `to_lowercase` ──

/// Σ lowercases to ς at the end of a word (Unicode's Final_Sigma condition: a cased
/// letter before it and none after it, skipping case-ignorable chars) and to σ elsewhere.
fn map_uppercase_sigma(from: &str, i: usize) -> char {
    let before = intrinsics::str_range(from, 0, i);
    let after = intrinsics::str_range(from, i + 2, from.len());
    if case_ignorable_then_cased(before.chars().rev()) && !case_ignorable_then_cased(after.chars()) {
        '\u{3C2}'
    } else {
        '\u{3C3}'
    }
}

fn case_ignorable_then_cased<I: Iterator<Item = char>>(iter: I) -> bool {
    let mut iter = iter;
    while let Some(c) = iter.next() {
        if !is_case_ignorable(c) {
            return c.is_lowercase() || c.is_uppercase() || is_titlecase(c);
        }
    }
    false
}

/// The titlecase letters (general category Lt), which are cased but neither upper nor lower.
fn is_titlecase(c: char) -> bool {
    let c = c as u32;
    c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 || (c >= 0x1F88 && c <= 0x1F8F) || (c >= 0x1F98 && c <= 0x1F9F)
        || (c >= 0x1FA8 && c <= 0x1FAF) || c == 0x1FBC || c == 0x1FCC || c == 0x1FFC
}

/// Unicode's Case_Ignorable property for the Latin, Greek and Cyrillic blocks and the
/// general punctuation, combining-mark and format ranges (the scripts that have a Σ
/// next to them in practice).
fn is_case_ignorable(c: char) -> bool {
    let c = c as u32;
    c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 || c == 0xA8 || c == 0xAD || c == 0xAF
        || c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) || c == 0x374 || c == 0x375
        || c == 0x37A || c == 0x384 || c == 0x385 || c == 0x387 || (c >= 0x483 && c <= 0x489)
        || (c >= 0x1DC0 && c <= 0x1DFF) || c == 0x1FBD || (c >= 0x1FBF && c <= 0x1FC1) || (c >= 0x1FCD && c <= 0x1FCF)
        || (c >= 0x1FDD && c <= 0x1FDF) || (c >= 0x1FED && c <= 0x1FEF) || c == 0x1FFD || c == 0x1FFE
        || (c >= 0x200B && c <= 0x200F) || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x20D0 && c <= 0x20F0)
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0xFEFF || c == 0xFF07
        || c == 0xFF0E || c == 0xFF1A || c == 0xFF3E || c == 0xFF40
}

// ── UTF-8 validation ──

/// Why a byte slice is not UTF-8: the valid prefix's length, and the length of the
/// invalid sequence after it (`None` when the input ends in the middle of a char).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl crate::fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

/// Checks that `v` is UTF-8 and views it as a `str`.
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match validate_utf8(v, 0) {
        Ok(()) => Ok(intrinsics::str_from_utf8_unchecked(v)),
        Err(e) => Err(e),
    }
}

/// Checks that `v` is UTF-8 and views it as a mutable `str`.
pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match validate_utf8(v, 0) {
        Ok(()) => Ok(intrinsics::str_from_utf8_unchecked_mut(v)),
        Err(e) => Err(e),
    }
}

/// Rust's validation from byte `start`: an error reports the first bad sequence the way
/// `core::str::from_utf8` does (the second byte of a multi-byte char is checked against
/// the exact range its first byte allows, which rejects overlong forms and surrogates).
pub fn validate_utf8(v: &[u8], start: usize) -> Result<(), Utf8Error> {
    let len = v.len();
    let mut i = start;
    while i < len {
        let first = v[i];
        if first < 0x80 {
            i += 1;
            continue;
        }
        let width = if first >= 0xC2 && first <= 0xDF {
            2
        } else if first >= 0xE0 && first <= 0xEF {
            3
        } else if first >= 0xF0 && first <= 0xF4 {
            4
        } else {
            0
        };
        let bad = |error_len: Option<u8>| Utf8Error { valid_up_to: i, error_len: error_len };
        if width == 0 {
            return Err(bad(Some(1)));
        }
        if i + 1 >= len {
            return Err(bad(None));
        }
        let second = v[i + 1];
        let second_ok = match first {
            0xE0 => second >= 0xA0 && second <= 0xBF,
            0xED => second >= 0x80 && second <= 0x9F,
            0xF0 => second >= 0x90 && second <= 0xBF,
            0xF4 => second >= 0x80 && second <= 0x8F,
            _ => second >= 0x80 && second <= 0xBF,
        };
        if !second_ok {
            return Err(bad(Some(1)));
        }
        let mut k = 2;
        while k < width {
            if i + k >= len {
                return Err(bad(None));
            }
            if (v[i + k] & 0xC0) != 0x80 {
                return Err(bad(Some(k as u8)));
            }
            k += 1;
        }
        i += width;
    }
    Ok(())
}

/// The start of the char that ends at byte `end` (exclusive).
fn char_start_before(bytes: &[u8], end: usize) -> usize {
    let mut i = end - 1;
    while (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// The iterator of `s.chars()`.
pub struct Chars<'a> {
    bytes: &'a [u8],
    front: usize,
    back: usize,
}

impl<'a> Chars<'a> {
    /// The part of the string not yet iterated.
    pub fn as_str(&self) -> &'a str {
        intrinsics::str_from_utf8_unchecked(intrinsics::slice_range(self.bytes, self.front, self.back))
    }
}

impl<'a> Clone for Chars<'a> {
    fn clone(&self) -> Chars<'a> {
        Chars { bytes: self.bytes, front: self.front, back: self.back }
    }
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, len) = decode_at(self.bytes, self.front);
        self.front += len;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        ((len + 3) / 4, Some(len))
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let start = char_start_before(self.bytes, self.back);
        let (c, _) = decode_at(self.bytes, start);
        self.back = start;
        Some(c)
    }
}

/// The iterator of `s.char_indices()`: (byte offset, char).
pub struct CharIndices<'a> {
    chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let index = self.chars.front;
        match self.chars.next() {
            Some(c) => Some((index, c)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chars.size_hint()
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.chars.next_back() {
            Some(c) => Some((self.chars.back, c)),
            None => None,
        }
    }
}

/// The iterator of `s.bytes()`.
pub struct Bytes<'a> {
    iter: crate::slice::Iter<'a, u8>,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        match self.iter.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a> crate::iter::ExactSizeIterator for Bytes<'a> {}

impl<'a> DoubleEndedIterator for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8> {
        match self.iter.next_back() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

// ── patterns ──

/// What `split`, `contains`, `find`, `replace`, `trim_matches`… search for.
pub trait Pattern {
    /// The first match starting at or after byte `from`, as (start, end) byte offsets.
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
    /// The last match starting at or after byte `from` (and ending by the end of `haystack`).
    fn next_match_back(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
    /// The length of a match at the very start of `haystack`.
    fn prefix_len(&mut self, haystack: &str) -> Option<usize>;
    /// The length of a match at the very end of `haystack`.
    fn suffix_len(&mut self, haystack: &str) -> Option<usize>;
}

/// The first occurrence of `needle` in `haystack` at or after `from` (empty: `from` itself).
fn find_bytes(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (n, m) = (haystack.len(), needle.len());
    if m > n {
        return None;
    }
    let mut i = from;
    while i + m <= n {
        let mut j = 0;
        while j < m && haystack[i + j] == needle[j] {
            j += 1;
        }
        if j == m {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn str_next_match(haystack: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    if from > haystack.len() {
        return None;
    }
    match find_bytes(intrinsics::str_as_bytes(haystack), intrinsics::str_as_bytes(needle), from) {
        Some(start) => Some((start, start + needle.len())),
        None => None,
    }
}

fn str_next_match_back(haystack: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    let (h, n) = (intrinsics::str_as_bytes(haystack), intrinsics::str_as_bytes(needle));
    if n.len() > h.len() || h.len() - n.len() < from {
        return None;
    }
    let mut i = h.len() - n.len();
    loop {
        if intrinsics::slice_range(h, i, i + n.len()) == n {
            return Some((i, i + n.len()));
        }
        if i == from {
            return None;
        }
        i -= 1;
    }
}

fn str_prefix_len(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (intrinsics::str_as_bytes(haystack), intrinsics::str_as_bytes(needle));
    if n.len() <= h.len() && intrinsics::slice_range(h, 0, n.len()) == n { Some(n.len()) } else { None }
}

fn str_suffix_len(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (intrinsics::str_as_bytes(haystack), intrinsics::str_as_bytes(needle));
    if n.len() <= h.len() && intrinsics::slice_range(h, h.len() - n.len(), h.len()) == n {
        Some(n.len())
    } else {
        None
    }
}

impl<'b> Pattern for &'b str {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_next_match(haystack, *self, from)
    }
    fn next_match_back(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_next_match_back(haystack, *self, from)
    }
    fn prefix_len(&mut self, haystack: &str) -> Option<usize> {
        str_prefix_len(haystack, *self)
    }
    fn suffix_len(&mut self, haystack: &str) -> Option<usize> {
        str_suffix_len(haystack, *self)
    }
}

impl<'b> Pattern for &'b String {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_next_match(haystack, self.as_str(), from)
    }
    fn next_match_back(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_next_match_back(haystack, self.as_str(), from)
    }
    fn prefix_len(&mut self, haystack: &str) -> Option<usize> {
        str_prefix_len(haystack, self.as_str())
    }
    fn suffix_len(&mut self, haystack: &str) -> Option<usize> {
        str_suffix_len(haystack, self.as_str())
    }
}

/// A pattern matching one char at a time by a predicate.
pub trait CharPredicate {
    fn matches_char(&mut self, c: char) -> bool;
}

impl CharPredicate for char {
    fn matches_char(&mut self, c: char) -> bool {
        *self == c
    }
}

impl<'b> CharPredicate for &'b [char] {
    fn matches_char(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

// Arrays of chars (Rust's `[char; N]` and `&[char; N]` patterns; no const generics here,
// so the lengths people write).
impl CharPredicate for [char; 1] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 1] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 2] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 2] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 3] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 3] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 4] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 4] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 5] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 5] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 6] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 6] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 7] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 7] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl CharPredicate for [char; 8] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<'b> CharPredicate for &'b [char; 8] {
    fn matches_char(&mut self, c: char) -> bool {
        self.iter().any(|x| *x == c)
    }
}

impl<F: FnMut(char) -> bool> CharPredicate for F {
    fn matches_char(&mut self, c: char) -> bool {
        self(c)
    }
}

/// Patterns whose matches are the same searched from either end (single chars, not
/// strings: `"aaa".matches("aa")` differs from the back), which is what makes `split`,
/// `matches`, … double-ended (Rust's `DoubleEndedSearcher`).
pub trait DoubleEndedPattern: Pattern {}

impl<P: CharPredicate> DoubleEndedPattern for P {}

impl<P: CharPredicate> Pattern for P {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = intrinsics::str_as_bytes(haystack);
        let mut i = from;
        while i < bytes.len() {
            let (c, len) = decode_at(bytes, i);
            if self.matches_char(c) {
                return Some((i, i + len));
            }
            i += len;
        }
        None
    }
    fn next_match_back(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = intrinsics::str_as_bytes(haystack);
        let mut end = bytes.len();
        while end > from {
            let start = char_start_before(bytes, end);
            if self.matches_char(decode_at(bytes, start).0) {
                return Some((start, end));
            }
            end = start;
        }
        None
    }
    fn prefix_len(&mut self, haystack: &str) -> Option<usize> {
        match haystack.chars().next() {
            Some(c) => if self.matches_char(c) { Some(c.len_utf8()) } else { None },
            None => None,
        }
    }
    fn suffix_len(&mut self, haystack: &str) -> Option<usize> {
        match haystack.chars().next_back() {
            Some(c) => if self.matches_char(c) { Some(c.len_utf8()) } else { None },
            None => None,
        }
    }
}

/// The splitting engine of `split`, `rsplit`, `splitn`, `split_terminator`, … (Rust's
/// `SplitInternal`): the pieces of `haystack[start..end]` between matches, taken from
/// either end.  `search` is where the next forward search starts (past an empty match it
/// is one char further on, `len + 1` once the string is used up) and `search_back` where the
/// next backward search ends (`None` once an empty match at 0 was taken).
pub struct Split<'a, P> {
    haystack: &'a str,
    pat: P,
    start: usize,
    end: usize,
    search: usize,
    search_back: Option<usize>,
    allow_trailing_empty: bool,
    finished: bool,
}

impl<'a, P: Pattern> Split<'a, P> {
    fn new(haystack: &'a str, pat: P, allow_trailing_empty: bool) -> Split<'a, P> {
        Split { haystack: haystack, pat: pat, start: 0, end: haystack.len(), search: 0,
                search_back: Some(haystack.len()), allow_trailing_empty: allow_trailing_empty, finished: false }
    }

    /// The rest, `haystack[start..end]`, as the last piece (unless it is an empty trailing one).
    fn get_end(&mut self) -> Option<&'a str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.end > self.start {
                return Some(intrinsics::str_range(self.haystack, self.start, self.end));
            }
        }
        None
    }

    fn search_forward(&mut self) -> Option<(usize, usize)> {
        if self.search > self.end {
            return None;
        }
        let found = self.pat.next_match(intrinsics::str_range(self.haystack, 0, self.end), self.search);
        if let Some((a, b)) = found {
            self.search = if a == b {
                // An empty match: the next one is after the following char.
                if b < self.end { b + decode_at(intrinsics::str_as_bytes(self.haystack), b).1 } else { self.end + 1 }
            } else {
                b
            };
        }
        found
    }

    fn search_backward(&mut self) -> Option<(usize, usize)> {
        let bound = match self.search_back {
            Some(bound) => bound,
            None => return None,
        };
        if self.search > bound {
            return None;
        }
        let found = self.pat.next_match_back(intrinsics::str_range(self.haystack, 0, bound), self.search);
        if let Some((a, b)) = found {
            self.search_back = if a == b {
                // An empty match: the next one ends before the preceding char.
                if a > 0 { Some(char_start_before(intrinsics::str_as_bytes(self.haystack), a)) } else { None }
            } else {
                Some(a)
            };
        }
        found
    }

    fn next_back_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.next_back_inclusive() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.search_backward() {
            Some((_, b)) => {
                let piece = intrinsics::str_range(self.haystack, b, self.end);
                self.end = b;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(intrinsics::str_range(self.haystack, self.start, self.end))
            }
        }
    }

    fn next_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.search_forward() {
            Some((_, b)) => {
                let piece = intrinsics::str_range(self.haystack, self.start, b);
                self.start = b;
                Some(piece)
            }
            None => self.get_end(),
        }
    }
}

impl<'a, P: Pattern> Split<'a, P> {
    fn next_front(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.search_forward() {
            Some((a, b)) => {
                let piece = intrinsics::str_range(self.haystack, self.start, a);
                self.start = b;
                Some(piece)
            }
            None => self.get_end(),
        }
    }
}

impl<'a, P: Pattern> Split<'a, P> {
    fn next_back_piece(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            // The first piece from the back is dropped when it is an empty trailing one.
            self.allow_trailing_empty = true;
            match self.next_back_piece() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.search_backward() {
            Some((a, b)) => {
                let piece = intrinsics::str_range(self.haystack, b, self.end);
                self.end = a;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(intrinsics::str_range(self.haystack, self.start, self.end))
            }
        }
    }
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.next_front()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.next_back_piece()
    }
}

/// The iterator of `s.rsplit(pat)`.
pub struct RSplit<'a, P> {
    inner: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.inner.next_back_piece()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for RSplit<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.inner.next_front()
    }
}

/// The iterator of `s.split_terminator(pat)`: no empty piece after a final match.
pub struct SplitTerminator<'a, P> {
    inner: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.inner.next_front()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for SplitTerminator<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.inner.next_back_piece()
    }
}

/// The iterator of `s.rsplit_terminator(pat)`.
pub struct RSplitTerminator<'a, P> {
    inner: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for RSplitTerminator<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.inner.next_back_piece()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for RSplitTerminator<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.inner.next_front()
    }
}

/// The iterator of `s.splitn(n, pat)`: at most `n` pieces, the last one the whole rest.
pub struct SplitN<'a, P> {
    inner: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.get_end()
            }
            _ => {
                self.count -= 1;
                self.inner.next_front()
            }
        }
    }
}

/// The iterator of `s.rsplitn(n, pat)`: at most `n` pieces from the back.
pub struct RSplitN<'a, P> {
    inner: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.get_end()
            }
            _ => {
                self.count -= 1;
                self.inner.next_back_piece()
            }
        }
    }
}

/// The iterator of `s.split_inclusive(pat)`.
pub struct SplitInclusive<'a, P> {
    inner: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for SplitInclusive<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.inner.next_inclusive()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for SplitInclusive<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.inner.next_back_inclusive()
    }
}

/// The iterator of `s.match_indices(pat)`: each match and its byte offset, searching
/// `haystack[from..end]` from either end.
pub struct MatchIndices<'a, P> {
    haystack: &'a str,
    pat: P,
    from: usize,
    end: usize,
    done: bool,
}

impl<'a, P: Pattern> MatchIndices<'a, P> {
    fn next_front(&mut self) -> Option<(usize, &'a str)> {
        if self.done || self.from > self.end {
            return None;
        }
        match self.pat.next_match(intrinsics::str_range(self.haystack, 0, self.end), self.from) {
            Some((a, b)) => {
                self.from = if a < b {
                    b
                } else if b < self.end {
                    b + decode_at(intrinsics::str_as_bytes(self.haystack), b).1
                } else {
                    self.done = true;
                    b
                };
                Some((a, intrinsics::str_range(self.haystack, a, b)))
            }
            None => None,
        }
    }
}

impl<'a, P: Pattern> MatchIndices<'a, P> {
    fn next_back_match(&mut self) -> Option<(usize, &'a str)> {
        if self.done || self.from > self.end {
            return None;
        }
        match self.pat.next_match_back(intrinsics::str_range(self.haystack, 0, self.end), self.from) {
            Some((a, b)) => {
                if a < b {
                    self.end = a;
                } else if a > 0 {
                    self.end = char_start_before(intrinsics::str_as_bytes(self.haystack), a);
                } else {
                    self.done = true;
                }
                Some((a, intrinsics::str_range(self.haystack, a, b)))
            }
            None => None,
        }
    }
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.next_front()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for MatchIndices<'a, P> {
    fn next_back(&mut self) -> Option<(usize, &'a str)> {
        self.next_back_match()
    }
}

/// The iterator of `s.rmatch_indices(pat)`.
pub struct RMatchIndices<'a, P> {
    inner: MatchIndices<'a, P>,
}

impl<'a, P: Pattern> Iterator for RMatchIndices<'a, P> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.inner.next_back_match()
    }
}

/// The iterator of `s.matches(pat)`.
pub struct Matches<'a, P> {
    inner: MatchIndices<'a, P>,
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.inner.next_front() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for Matches<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        match self.inner.next_back_match() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

/// The iterator of `s.rmatches(pat)`.
pub struct RMatches<'a, P> {
    inner: MatchIndices<'a, P>,
}

impl<'a, P: Pattern> Iterator for RMatches<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.inner.next_back_match() {
            Some((_, m)) => Some(m),
            None => None,
        }
    }
}

// The whitespace patterns are fn pointers, not unit structs with their own
// `CharPredicate` impl: mono would pick the `FnMut` blanket impl for such a struct.
fn is_whitespace(c: char) -> bool {
    c.is_whitespace()
}

fn is_ascii_whitespace(c: char) -> bool {
    c.is_ascii_whitespace()
}

/// The iterator of `s.split_whitespace()`: the non-empty runs between whitespace.
pub struct SplitWhitespace<'a> {
    inner: Split<'a, fn(char) -> bool>,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while let Some(piece) = self.inner.next() {
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        while let Some(piece) = self.inner.next_back() {
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

/// The iterator of `s.split_ascii_whitespace()`.
pub struct SplitAsciiWhitespace<'a> {
    inner: Split<'a, fn(char) -> bool>,
}

impl<'a> Iterator for SplitAsciiWhitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while let Some(piece) = self.inner.next() {
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

impl<'a> DoubleEndedIterator for SplitAsciiWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        while let Some(piece) = self.inner.next_back() {
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        None
    }
}

/// The iterator of `s.lines()`: the pieces ending in `\n`, without it and without a `\r`
/// before it (a lone `\r` at the very end stays, as in Rust).
pub struct Lines<'a> {
    inner: SplitInclusive<'a, char>,
}

fn strip_line_ending(line: &str) -> &str {
    let bytes = intrinsics::str_as_bytes(line);
    let n = bytes.len();
    if n > 0 && bytes[n - 1] == b'\n' {
        if n > 1 && bytes[n - 2] == b'\r' {
            intrinsics::str_range(line, 0, n - 2)
        } else {
            intrinsics::str_range(line, 0, n - 1)
        }
    } else {
        line
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.inner.next() {
            Some(line) => Some(strip_line_ending(line)),
            None => None,
        }
    }
}

impl<'a> DoubleEndedIterator for Lines<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        match self.inner.next_back() {
            Some(line) => Some(strip_line_ending(line)),
            None => None,
        }
    }
}

// ── parsing ──

/// Parsing a value from a string: `s.parse::<T>()`.
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// The error of `str::parse` for integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

/// Why an integer did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl crate::fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

/// Parse an optionally signed integer in base `radix` as Rust's `from_str_radix` does,
/// checking each digit before the overflow it would cause: (negative, magnitude), where
/// the magnitude is at most `pos_max` (`neg_max` when negative).
#[track_caller]
pub fn parse_integer(s: &str, radix: u32, signed: bool, pos_max: u64, neg_max: u64) -> Result<(bool, u64), ParseIntError> {
    if radix < 2 || radix > 36 {
        panic!("from_ascii_radix: radix must lie in the range `[2, 36]` - found {}", radix);
    }
    let bytes = intrinsics::str_as_bytes(s);
    if bytes.len() == 0 {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let mut i = 0;
    let mut negative = false;
    if bytes[0] == b'+' || (signed && bytes[0] == b'-') {
        if bytes.len() == 1 {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        negative = bytes[0] == b'-';
        i = 1;
    }
    let limit = if negative { neg_max } else { pos_max };
    let base = radix as u64;
    let mut magnitude: u64 = 0;
    while i < bytes.len() {
        let digit = match (bytes[i] as char).to_digit(radix) {
            Some(d) => d as u64,
            None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        };
        if digit > limit || magnitude > (limit - digit) / base {
            let kind = if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
            return Err(ParseIntError { kind: kind });
        }
        magnitude = magnitude * base + digit;
        i += 1;
    }
    Ok((negative, magnitude))
}

impl FromStr for i8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i8, ParseIntError> {
        match parse_integer(s, 10, true, i8::MAX as u64, (i8::MAX as u64) + 1) {
            Ok((negative, magnitude)) => Ok(if negative { 0u64.wrapping_sub(magnitude) as i8 } else { magnitude as i8 }),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i16, ParseIntError> {
        match parse_integer(s, 10, true, i16::MAX as u64, (i16::MAX as u64) + 1) {
            Ok((negative, magnitude)) => Ok(if negative { 0u64.wrapping_sub(magnitude) as i16 } else { magnitude as i16 }),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i32, ParseIntError> {
        match parse_integer(s, 10, true, i32::MAX as u64, (i32::MAX as u64) + 1) {
            Ok((negative, magnitude)) => Ok(if negative { 0u64.wrapping_sub(magnitude) as i32 } else { magnitude as i32 }),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<i64, ParseIntError> {
        match parse_integer(s, 10, true, i64::MAX as u64, (i64::MAX as u64) + 1) {
            Ok((negative, magnitude)) => Ok(if negative { 0u64.wrapping_sub(magnitude) as i64 } else { magnitude as i64 }),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for isize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<isize, ParseIntError> {
        match parse_integer(s, 10, true, isize::MAX as u64, (isize::MAX as u64) + 1) {
            Ok((negative, magnitude)) => Ok(if negative { 0u64.wrapping_sub(magnitude) as isize } else { magnitude as isize }),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u8 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u8, ParseIntError> {
        match parse_integer(s, 10, false, u8::MAX as u64, 0) {
            Ok((_, magnitude)) => Ok(magnitude as u8),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u16 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u16, ParseIntError> {
        match parse_integer(s, 10, false, u16::MAX as u64, 0) {
            Ok((_, magnitude)) => Ok(magnitude as u16),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u32 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u32, ParseIntError> {
        match parse_integer(s, 10, false, u32::MAX as u64, 0) {
            Ok((_, magnitude)) => Ok(magnitude as u32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u64 {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<u64, ParseIntError> {
        match parse_integer(s, 10, false, u64::MAX as u64, 0) {
            Ok((_, magnitude)) => Ok(magnitude as u64),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for usize {
    type Err = ParseIntError;
    fn from_str(s: &str) -> Result<usize, ParseIntError> {
        match parse_integer(s, 10, false, usize::MAX as u64, 0) {
            Ok((_, magnitude)) => Ok(magnitude as usize),
            Err(e) => Err(e),
        }
    }
}

/// The error of `str::parse` for floats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl crate::fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad(match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        })
    }
}

/// Rust's float grammar: `[+-]` then `inf`/`infinity`/`nan` (any case), or decimal digits
/// with an optional `.` and an optional exponent `e[+-]digits`, at least one digit
/// before the exponent.  (C's strtod also takes hex and surrounding spaces: not Rust.)
fn check_float_syntax(s: &str) -> Result<(), ParseFloatError> {
    let bytes = intrinsics::str_as_bytes(s);
    if bytes.len() == 0 {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let invalid = Err(ParseFloatError { kind: FloatErrorKind::Invalid });
    let mut i = 0;
    if bytes[0] == b'+' || bytes[0] == b'-' {
        i = 1;
    }
    let rest = intrinsics::str_range(s, i, bytes.len());
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") || rest.eq_ignore_ascii_case("nan") {
        return Ok(());
    }
    let mut digits = 0;
    while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
        i += 1;
        digits += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return invalid;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let exponent_start = i;
        while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
            i += 1;
        }
        if i == exponent_start {
            return invalid;
        }
    }
    if i != bytes.len() {
        return invalid;
    }
    Ok(())
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        match check_float_syntax(s) {
            Ok(()) => Ok(intrinsics::parse_f64(s)),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match check_float_syntax(s) {
            Ok(()) => Ok(intrinsics::parse_f32(s)),
            Err(e) => Err(e),
        }
    }
}

/// The error of `str::parse::<char>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

impl crate::fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

/// The error of parsing a `bool` from anything but `"true"` or `"false"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl crate::fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad("provided string was not `true` or `false`")
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;

    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}
