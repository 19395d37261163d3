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
