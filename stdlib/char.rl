//! `char` methods and `std::char::from_digit` / `from_u32`.

use crate::intrinsics;

impl char {
    pub const MAX: char = '\u{10FFFF}';

    pub fn is_alphabetic(self) -> bool {
        intrinsics::char_is_alphabetic(self)
    }

    pub fn is_numeric(self) -> bool {
        intrinsics::char_is_numeric(self)
    }

    pub fn is_alphanumeric(self) -> bool {
        intrinsics::char_is_alphabetic(self) || intrinsics::char_is_numeric(self)
    }

    pub fn is_whitespace(self) -> bool {
        intrinsics::char_is_whitespace(self)
    }

    pub fn is_lowercase(self) -> bool {
        intrinsics::char_is_lowercase(self)
    }

    pub fn is_uppercase(self) -> bool {
        intrinsics::char_is_uppercase(self)
    }

    pub fn is_control(self) -> bool {
        let c = self as u32;
        c < 0x20 || (c >= 0x7F && c < 0xA0)
    }

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }

    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }

    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_uppercase() || self.is_ascii_lowercase()
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\r' || *self == '\x0C'
    }

    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    pub fn is_ascii_graphic(&self) -> bool {
        let c = *self as u32;
        c >= 0x21 && c <= 0x7E
    }

    pub fn is_ascii_control(&self) -> bool {
        let c = *self as u32;
        c < 0x20 || c == 0x7F
    }

    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() {
            intrinsics::char_from_u32_unchecked(*self as u32 - 32)
        } else {
            *self
        }
    }

    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() {
            intrinsics::char_from_u32_unchecked(*self as u32 + 32)
        } else {
            *self
        }
    }

    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    /// The uppercase mapping: one to three chars (`'ß'` → `"SS"`).
    pub fn to_uppercase(self) -> ToUppercase {
        let mut chars = ['\0'; 3];
        let len = intrinsics::char_to_upper(self, &mut chars) as usize;
        ToUppercase(CaseMappingIter { chars: chars, start: 0, end: len })
    }

    /// The lowercase mapping: one to three chars (`'İ'` → `"i\u{307}"`).
    pub fn to_lowercase(self) -> ToLowercase {
        let mut chars = ['\0'; 3];
        let len = intrinsics::char_to_lower(self, &mut chars) as usize;
        ToLowercase(CaseMappingIter { chars: chars, start: 0, end: len })
    }

    pub fn len_utf16(self) -> usize {
        if (self as u32) < 0x10000 { 1 } else { 2 }
    }

    /// Encodes the char as UTF-8 into the start of `dst`, returning that part as a `str`.
    #[track_caller]
    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let len = self.len_utf8();
        if dst.len() < len {
            panic!("encode_utf8: need {} bytes to encode U+{:X}, but the buffer has {}", len, self as u32, dst.len());
        }
        let c = self as u32;
        if len == 1 {
            dst[0] = c as u8;
        } else if len == 2 {
            dst[0] = (0xC0 | (c >> 6)) as u8;
            dst[1] = (0x80 | (c & 0x3F)) as u8;
        } else if len == 3 {
            dst[0] = (0xE0 | (c >> 12)) as u8;
            dst[1] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[2] = (0x80 | (c & 0x3F)) as u8;
        } else {
            dst[0] = (0xF0 | (c >> 18)) as u8;
            dst[1] = (0x80 | ((c >> 12) & 0x3F)) as u8;
            dst[2] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[3] = (0x80 | (c & 0x3F)) as u8;
        }
        intrinsics::str_from_utf8_unchecked_mut(intrinsics::slice_range_mut(dst, 0, len))
    }

    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[track_caller]
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c = self as u32;
        let digit = if c >= '0' as u32 && c <= '9' as u32 {
            c - '0' as u32
        } else if c >= 'a' as u32 && c <= 'z' as u32 {
            c - 'a' as u32 + 10
        } else if c >= 'A' as u32 && c <= 'Z' as u32 {
            c - 'A' as u32 + 10
        } else {
            return None;
        };
        if digit < radix { Some(digit) } else { None }
    }

    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    #[track_caller]
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        from_digit(num, radix)
    }

    pub fn from_u32(i: u32) -> Option<char> {
        from_u32(i)
    }
}

#[track_caller]
pub fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix < 2 || radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        if num < 10 {
            Some(intrinsics::char_from_u32_unchecked('0' as u32 + num))
        } else {
            Some(intrinsics::char_from_u32_unchecked('a' as u32 + num - 10))
        }
    } else {
        None
    }
}

pub fn from_u32(i: u32) -> Option<char> {
    if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
        None
    } else {
        Some(intrinsics::char_from_u32_unchecked(i))
    }
}

/// The chars of a case mapping not yet yielded: `chars[start..end]`.
#[derive(Clone)]
pub struct CaseMappingIter {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl Iterator for CaseMappingIter {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            self.start += 1;
            Some(self.chars[self.start - 1])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for CaseMappingIter {
    fn next_back(&mut self) -> Option<char> {
        if self.start < self.end {
            self.end -= 1;
            Some(self.chars[self.end])
        } else {
            None
        }
    }
}

impl crate::fmt::Display for CaseMappingIter {
    // Writes the chars one by one: width and fill do not apply, as in Rust.
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut i = self.start;
        while i < self.end {
            f.write_char(self.chars[i])?;
            i += 1;
        }
        Ok(())
    }
}

/// Rust shows the remaining chars as an `array::IntoIter`.
struct RemainingChars<'a>(&'a [char]);

impl<'a> crate::fmt::Debug for RemainingChars<'a> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_tuple("IntoIter").field(&self.0).finish()
    }
}

impl crate::fmt::Debug for CaseMappingIter {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let rest = RemainingChars(&self.chars[self.start..self.end]);
        f.debug_tuple("CaseMappingIter").field(&rest).finish()
    }
}

/// The iterator of `char::to_uppercase`.
#[derive(Clone, Debug)]
pub struct ToUppercase(CaseMappingIter);

/// The iterator of `char::to_lowercase`.
#[derive(Clone, Debug)]
pub struct ToLowercase(CaseMappingIter);

impl Iterator for ToUppercase {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for ToUppercase {
    fn next_back(&mut self) -> Option<char> {
        self.0.next_back()
    }
}

impl crate::iter::ExactSizeIterator for ToUppercase {}

impl crate::fmt::Display for ToUppercase {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&self.0, f)
    }
}

impl Iterator for ToLowercase {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for ToLowercase {
    fn next_back(&mut self) -> Option<char> {
        self.0.next_back()
    }
}

impl crate::iter::ExactSizeIterator for ToLowercase {}

impl crate::fmt::Display for ToLowercase {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&self.0, f)
    }
}

// ── conversions ──

impl crate::convert::From<u8> for char {
    fn from(b: u8) -> char {
        intrinsics::char_from_u32_unchecked(b as u32)
    }
}

impl crate::convert::From<char> for u32 {
    fn from(c: char) -> u32 {
        c as u32
    }
}

impl crate::convert::From<char> for u64 {
    fn from(c: char) -> u64 {
        c as u64
    }
}

/// The error of `char::try_from(u32)`: not a Unicode scalar value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharTryFromError(());

impl crate::fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad("converted integer out of range for `char`")
    }
}

impl crate::convert::TryFrom<u32> for char {
    type Error = CharTryFromError;

    fn try_from(i: u32) -> Result<char, CharTryFromError> {
        match from_u32(i) {
            Some(c) => Ok(c),
            None => Err(CharTryFromError(())),
        }
    }
}

/// The error of `u8::try_from(char)` / `u16::try_from(char)`: the code point is too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TryFromCharError(());

impl crate::fmt::Display for TryFromCharError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad("unicode code point out of range")
    }
}

impl crate::convert::TryFrom<char> for u8 {
    type Error = TryFromCharError;

    fn try_from(c: char) -> Result<u8, TryFromCharError> {
        if (c as u32) < 0x100 { Ok(c as u32 as u8) } else { Err(TryFromCharError(())) }
    }
}

impl crate::convert::TryFrom<char> for u16 {
    type Error = TryFromCharError;

    fn try_from(c: char) -> Result<u16, TryFromCharError> {
        if (c as u32) < 0x10000 { Ok(c as u32 as u16) } else { Err(TryFromCharError(())) }
    }
}
