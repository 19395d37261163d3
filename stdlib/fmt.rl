//! Formatting: the traits (`Display`, `Debug`, `LowerHex`, …), `Formatter`, `Arguments`,
//! the `Write` trait and the `debug_*` builders, as `core::fmt` has them.
//!
//! How it fits together:
//! - `println!("{} {:?}", a, b)` is lowered by the compiler to calls on a runtime buffer
//!   (an `RlBuf`, rustlet_rt.h): one *formatting glue* call per argument, which knows the
//!   spec of its placeholder (an `RlFmtSpec`: fill, align, flags, width, precision).
//!   The glue of a primitive calls the runtime; the glue of a type with an impl of the
//!   placeholder's trait builds a `Formatter { buf, spec }` and calls the impl's `fmt`.
//! - A `Formatter` is those two runtime pointers.  Its methods write into the buffer
//!   (`write_str`), pad by the spec (`pad`, `pad_integral`) or read the spec (`width`, …).
//! - The impls for primitives (below) go back to the runtime through the `fmt_*`
//!   intrinsics, which call the primitive's glue with the formatter's buffer and spec and
//!   the trait of the impl (so `Display::fmt(&self.0, f)` inside a `Debug` impl formats a
//!   `&str` without quotes, as in Rust).
//! - `format_args!(…)` (what `write!` passes to `write_fmt`) is an `Arguments`: a runtime
//!   buffer holding the already formatted text, freed when the `Arguments` is dropped.
//!   `write_fmt(args)` is `write_str(args.as_text())`: the pieces are rendered into a
//!   temporary buffer first, then copied, which writes the same bytes as rustc's
//!   piece-by-piece `write` (indentation of `{:#?}` is applied when the text is copied).
//! - `{:#?}` indentation is the runtime's PadAdapter: `RlBuf.indent` levels of four spaces
//!   inserted at the start of every line written while a builder formats a field.
//! - Tuples, arrays and slices implement `Debug` in the compiler (their impls need
//!   variadic or const generics): typeck treats them as implemented when their elements
//!   are, and mono calls `builtin_debug` for `<(A, B) as Debug>::fmt`, which runs the
//!   compiler's glue.

use crate::intrinsics;
use crate::iter::Iterator;

/// The error type of formatting (formatting into memory never fails here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Error;

/// The result of every `fmt` method.
pub type Result = crate::result::Result<(), Error>;

/// `{}`: formatting for people.
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:?}`: formatting for programmers.
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:x}`.
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:X}`.
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:o}`.
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:b}`.
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:e}`.
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:E}`.
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// A sink for text: `Formatter` and `String` implement it, and `write!` calls `write_fmt`.
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        let mut bytes = [0u8; 4];
        let code = c as u32;
        let len = if code < 0x80 {
            bytes[0] = code as u8;
            1
        } else if code < 0x800 {
            bytes[0] = (0xC0 | (code >> 6)) as u8;
            bytes[1] = (0x80 | (code & 0x3F)) as u8;
            2
        } else if code < 0x10000 {
            bytes[0] = (0xE0 | (code >> 12)) as u8;
            bytes[1] = (0x80 | ((code >> 6) & 0x3F)) as u8;
            bytes[2] = (0x80 | (code & 0x3F)) as u8;
            3
        } else {
            bytes[0] = (0xF0 | (code >> 18)) as u8;
            bytes[1] = (0x80 | ((code >> 12) & 0x3F)) as u8;
            bytes[2] = (0x80 | ((code >> 6) & 0x3F)) as u8;
            bytes[3] = (0x80 | (code & 0x3F)) as u8;
            4
        };
        self.write_str(intrinsics::fmt_utf8_prefix(&bytes, len))
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        self.write_str(args.as_text())
    }
}

/// The formatted text of `format_args!(…)`: a runtime buffer, freed on drop.
pub struct Arguments<'a> {
    buf: *mut u8,
    text: &'a str,
}

impl<'a> Arguments<'a> {
    /// The formatted text.
    pub fn as_text(&self) -> &'a str {
        self.text
    }
}

impl<'a> Drop for Arguments<'a> {
    fn drop(&mut self) {
        intrinsics::fmt_buf_free(self.buf);
    }
}

impl<'a> Display for Arguments<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str(self.text)
    }
}

impl<'a> Debug for Arguments<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str(self.text)
    }
}

/// Where `{:<}`, `{:>}` and `{:^}` put the padding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

/// The destination buffer and the spec of one placeholder.
pub struct Formatter<'a> {
    buf: *mut u8,
    spec: *const u8,
}

// RlFmtSpec.flags bits (rustlet_rt.h)
const FLAG_PLUS: u8 = 1;
const FLAG_MINUS: u8 = 2;
const FLAG_ALTERNATE: u8 = 4;
const FLAG_ZERO: u8 = 8;

impl<'a> Formatter<'a> {
    /// Writes `s` as it is (no padding).
    pub fn write_str(&mut self, s: &str) -> Result {
        intrinsics::fmt_write_str(self.buf, s);
        Ok(())
    }

    /// Writes one character.
    pub fn write_char(&mut self, c: char) -> Result {
        intrinsics::fmt_write_char(self.buf, c);
        Ok(())
    }

    /// Writes the text of `format_args!(…)` (what `write!(f, …)` calls).
    pub fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        self.write_str(args.as_text())
    }

    /// Writes `s` padded to the width with the fill (left-aligned by default) and
    /// truncated to the precision, counted in chars (Rust's `Formatter::pad`).
    pub fn pad(&mut self, s: &str) -> Result {
        intrinsics::fmt_pad(self.buf, self.spec, s);
        Ok(())
    }

    /// Writes a number whose digits are `digits`: the sign (`-`, or `+` with `{:+}`), the
    /// prefix with `{:#}`, zero padding with `{:0N}`, else fill padding (right-aligned by
    /// default), as Rust's `Formatter::pad_integral`.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, digits: &str) -> Result {
        let mut width = digits.len();
        let mut sign = "";
        if !is_nonnegative {
            sign = "-";
            width += 1;
        } else if self.sign_plus() {
            sign = "+";
            width += 1;
        }
        let prefix = if self.alternate() { prefix } else { "" };
        width += prefix.len();
        let min = match self.width() {
            Some(min) => min,
            None => 0,
        };
        if width >= min {
            self.write_str(sign);
            self.write_str(prefix);
            return self.write_str(digits);
        }
        if self.sign_aware_zero_pad() {
            self.write_str(sign);
            self.write_str(prefix);
            self.write_fill('0', min - width);
            return self.write_str(digits);
        }
        let (before, after) = self.padding(min - width, Alignment::Right);
        let fill = self.fill();
        self.write_fill(fill, before);
        self.write_str(sign);
        self.write_str(prefix);
        self.write_str(digits);
        self.write_fill(fill, after)
    }

    /// How `padding` fill characters split before / after the text under the spec's
    /// alignment (or `default` when the spec has none).
    fn padding(&self, padding: usize, default: Alignment) -> (usize, usize) {
        let align = match self.align() {
            Some(align) => align,
            None => default,
        };
        match align {
            Alignment::Left => (0, padding),
            Alignment::Right => (padding, 0),
            Alignment::Center => (padding / 2, (padding + 1) / 2),
        }
    }

    fn write_fill(&mut self, c: char, n: usize) -> Result {
        let mut i = 0;
        while i < n {
            self.write_char(c);
            i += 1;
        }
        Ok(())
    }

    /// `{:N}`: the minimum width, if any.
    pub fn width(&self) -> Option<usize> {
        let width = intrinsics::fmt_spec_width(self.spec);
        if width < 0 { None } else { Some(width as usize) }
    }

    /// `{:.N}`: the precision, if any.
    pub fn precision(&self) -> Option<usize> {
        let precision = intrinsics::fmt_spec_precision(self.spec);
        if precision < 0 { None } else { Some(precision as usize) }
    }

    /// The fill character (`' '` by default).
    pub fn fill(&self) -> char {
        intrinsics::fmt_spec_fill(self.spec)
    }

    /// The requested alignment, if any.
    pub fn align(&self) -> Option<Alignment> {
        match intrinsics::fmt_spec_align(self.spec) {
            1 => Some(Alignment::Left),
            2 => Some(Alignment::Right),
            3 => Some(Alignment::Center),
            _ => None,
        }
    }

    /// `{:#}`.
    pub fn alternate(&self) -> bool {
        intrinsics::fmt_spec_flags(self.spec) & FLAG_ALTERNATE != 0
    }

    /// `{:+}`.
    pub fn sign_plus(&self) -> bool {
        intrinsics::fmt_spec_flags(self.spec) & FLAG_PLUS != 0
    }

    /// `{:-}`.
    pub fn sign_minus(&self) -> bool {
        intrinsics::fmt_spec_flags(self.spec) & FLAG_MINUS != 0
    }

    /// `{:0N}`.
    pub fn sign_aware_zero_pad(&self) -> bool {
        intrinsics::fmt_spec_flags(self.spec) & FLAG_ZERO != 0
    }

    /// Starts `Name { field: value, … }`.
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        let result = self.write_str(name);
        DebugStruct { fmt: self, result: result, has_fields: false }
    }

    /// Starts `Name(value, …)`.
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        let result = self.write_str(name);
        DebugTuple { fmt: self, result: result, fields: 0, empty_name: name.len() == 0 }
    }

    /// Starts `[entry, …]`.
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        let result = self.write_str("[");
        DebugList { inner: DebugInner { fmt: self, result: result, has_fields: false } }
    }

    /// Starts `{entry, …}`.
    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        let result = self.write_str("{");
        DebugSet { inner: DebugInner { fmt: self, result: result, has_fields: false } }
    }

    /// Starts `{key: value, …}`.
    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        let result = self.write_str("{");
        DebugMap { fmt: self, result: result, has_fields: false, has_key: false }
    }

    // `{:#?}`: lines written between `indent(1)` and `indent(-1)` are indented one level
    // (the runtime's PadAdapter).
    fn indent(&mut self, delta: i32) {
        intrinsics::fmt_indent(self.buf, delta);
    }
}

impl<'a> Write for Formatter<'a> {
    fn write_str(&mut self, s: &str) -> Result {
        intrinsics::fmt_write_str(self.buf, s);
        Ok(())
    }

    fn write_char(&mut self, c: char) -> Result {
        intrinsics::fmt_write_char(self.buf, c);
        Ok(())
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        self.write_str(args.as_text())
    }
}

/// `f.debug_struct("Name").field("x", &self.x).finish()`.
pub struct DebugStruct<'b, 'a> {
    fmt: &'b mut Formatter<'a>,
    result: Result,
    has_fields: bool,
}

impl<'b, 'a> DebugStruct<'b, 'a> {
    pub fn field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'b, 'a> {
        if self.result.is_ok() {
            if self.fmt.alternate() {
                if !self.has_fields {
                    self.fmt.write_str(" {\n");
                }
                self.fmt.indent(1);
                self.fmt.write_str(name);
                self.fmt.write_str(": ");
                self.result = value.fmt(self.fmt);
                self.fmt.write_str(",\n");
                self.fmt.indent(-1);
            } else {
                self.fmt.write_str(if self.has_fields { ", " } else { " { " });
                self.fmt.write_str(name);
                self.fmt.write_str(": ");
                self.result = value.fmt(self.fmt);
            }
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            if self.has_fields {
                if self.fmt.alternate() {
                    self.fmt.indent(1);
                    self.fmt.write_str("..\n");
                    self.fmt.indent(-1);
                    self.result = self.fmt.write_str("}");
                } else {
                    self.result = self.fmt.write_str(", .. }");
                }
            } else {
                self.result = self.fmt.write_str(" { .. }");
            }
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() && self.has_fields {
            let end = if self.fmt.alternate() { "}" } else { " }" };
            self.result = self.fmt.write_str(end);
        }
        self.result
    }
}

/// `f.debug_tuple("Name").field(&self.0).finish()`.
pub struct DebugTuple<'b, 'a> {
    fmt: &'b mut Formatter<'a>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

impl<'b, 'a> DebugTuple<'b, 'a> {
    pub fn field<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugTuple<'b, 'a> {
        if self.result.is_ok() {
            if self.fmt.alternate() {
                if self.fields == 0 {
                    self.fmt.write_str("(\n");
                }
                self.fmt.indent(1);
                self.result = value.fmt(self.fmt);
                self.fmt.write_str(",\n");
                self.fmt.indent(-1);
            } else {
                self.fmt.write_str(if self.fields == 0 { "(" } else { ", " });
                self.result = value.fmt(self.fmt);
            }
        }
        self.fields += 1;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            if self.fields > 0 {
                if self.fmt.alternate() {
                    self.fmt.indent(1);
                    self.fmt.write_str("..\n");
                    self.fmt.indent(-1);
                    self.result = self.fmt.write_str(")");
                } else {
                    self.result = self.fmt.write_str(", ..)");
                }
            } else {
                self.result = self.fmt.write_str("(..)");
            }
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() && self.fields > 0 {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.fmt.write_str(",");
            }
            self.result = self.fmt.write_str(")");
        }
        self.result
    }
}

// The entries of a list or a set (rustc's DebugInner).
struct DebugInner<'b, 'a> {
    fmt: &'b mut Formatter<'a>,
    result: Result,
    has_fields: bool,
}

impl<'b, 'a> DebugInner<'b, 'a> {
    fn entry<T: Debug + ?Sized>(&mut self, value: &T) {
        if self.result.is_ok() {
            if self.fmt.alternate() {
                if !self.has_fields {
                    self.fmt.write_str("\n");
                }
                self.fmt.indent(1);
                self.result = value.fmt(self.fmt);
                self.fmt.write_str(",\n");
                self.fmt.indent(-1);
            } else {
                if self.has_fields {
                    self.fmt.write_str(", ");
                }
                self.result = value.fmt(self.fmt);
            }
        }
        self.has_fields = true;
    }

    fn finish_non_exhaustive(&mut self) {
        if self.result.is_ok() {
            if self.has_fields {
                if self.fmt.alternate() {
                    self.fmt.indent(1);
                    self.fmt.write_str("..\n");
                    self.fmt.indent(-1);
                } else {
                    self.fmt.write_str(", ..");
                }
            } else {
                self.fmt.write_str("..");
            }
        }
    }
}

/// `f.debug_list().entries(self.items.iter()).finish()`.
pub struct DebugList<'b, 'a> {
    inner: DebugInner<'b, 'a>,
}

impl<'b, 'a> DebugList<'b, 'a> {
    pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugList<'b, 'a> {
        self.inner.entry(value);
        self
    }

    pub fn entries<I: Iterator>(&mut self, entries: I) -> &mut DebugList<'b, 'a>
    where
        <I as Iterator>::Item: Debug,
    {
        let mut entries = entries;
        while let Some(entry) = entries.next() {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        self.inner.finish_non_exhaustive();
        self.finish()
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("]");
        }
        self.inner.result
    }
}

/// `f.debug_set().entries(self.items.iter()).finish()`.
pub struct DebugSet<'b, 'a> {
    inner: DebugInner<'b, 'a>,
}

impl<'b, 'a> DebugSet<'b, 'a> {
    pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugSet<'b, 'a> {
        self.inner.entry(value);
        self
    }

    pub fn entries<I: Iterator>(&mut self, entries: I) -> &mut DebugSet<'b, 'a>
    where
        <I as Iterator>::Item: Debug,
    {
        let mut entries = entries;
        while let Some(entry) = entries.next() {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        self.inner.finish_non_exhaustive();
        self.finish()
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("}");
        }
        self.inner.result
    }
}

/// `f.debug_map().entries(self.map.iter()).finish()`.
pub struct DebugMap<'b, 'a> {
    fmt: &'b mut Formatter<'a>,
    result: Result,
    has_fields: bool,
    has_key: bool,
}

impl<'b, 'a> DebugMap<'b, 'a> {
    pub fn entry<K: Debug + ?Sized, V: Debug + ?Sized>(&mut self, key: &K, value: &V) -> &mut DebugMap<'b, 'a> {
        self.key(key);
        self.value(value)
    }

    pub fn key<K: Debug + ?Sized>(&mut self, key: &K) -> &mut DebugMap<'b, 'a> {
        if self.result.is_ok() {
            if self.fmt.alternate() {
                if !self.has_fields {
                    self.fmt.write_str("\n");
                }
                self.fmt.indent(1);
                self.result = key.fmt(self.fmt);
                self.fmt.write_str(": ");
            } else {
                if self.has_fields {
                    self.fmt.write_str(", ");
                }
                self.result = key.fmt(self.fmt);
                self.fmt.write_str(": ");
            }
        }
        self.has_key = true;
        self
    }

    pub fn value<V: Debug + ?Sized>(&mut self, value: &V) -> &mut DebugMap<'b, 'a> {
        if self.result.is_ok() {
            self.result = value.fmt(self.fmt);
            if self.fmt.alternate() {
                self.fmt.write_str(",\n");
                self.fmt.indent(-1);
            }
        }
        self.has_key = false;
        self.has_fields = true;
        self
    }

    pub fn entries<K: Debug, V: Debug, I: Iterator<Item = (K, V)>>(&mut self, entries: I) -> &mut DebugMap<'b, 'a> {
        let mut entries = entries;
        while let Some((key, value)) = entries.next() {
            self.entry(&key, &value);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            if self.has_fields {
                if self.fmt.alternate() {
                    self.fmt.indent(1);
                    self.fmt.write_str("..\n");
                    self.fmt.indent(-1);
                } else {
                    self.fmt.write_str(", ..");
                }
            } else {
                self.fmt.write_str("..");
            }
        }
        self.finish()
    }

    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}

// ── the compiler's impls: tuples, arrays and slices (see the module docs) ──

/// `<T as Debug>::fmt` for a tuple, array or slice: the compiler's glue.
pub fn builtin_debug<T: ?Sized>(value: &T, f: &mut Formatter<'_>) -> Result {
    intrinsics::fmt_debug(value, f.buf, f.spec);
    Ok(())
}

// ── references format their target ──

impl<'r, T: Display + ?Sized> Display for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(*self, f)
    }
}

impl<'r, T: Display + ?Sized> Display for &'r mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(&**self, f)
    }
}

impl<'r, T: Debug + ?Sized> Debug for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(*self, f)
    }
}

impl<'r, T: Debug + ?Sized> Debug for &'r mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&**self, f)
    }
}

impl<'r, T: LowerHex + ?Sized> LowerHex for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerHex::fmt(*self, f)
    }
}

impl<'r, T: UpperHex + ?Sized> UpperHex for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperHex::fmt(*self, f)
    }
}

impl<'r, T: Octal + ?Sized> Octal for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Octal::fmt(*self, f)
    }
}

impl<'r, T: Binary + ?Sized> Binary for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Binary::fmt(*self, f)
    }
}

impl<'r, T: LowerExp + ?Sized> LowerExp for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        LowerExp::fmt(*self, f)
    }
}

impl<'r, T: UpperExp + ?Sized> UpperExp for &'r T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        UpperExp::fmt(*self, f)
    }
}

// ── primitives: the runtime formats them ──

impl Display for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for i8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for i16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for i32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for i64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for isize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for u8 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for u16 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for u32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for u64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerHex for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperHex for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_hex(self, f.buf, f.spec);
        Ok(())
    }
}

impl Octal for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_octal(self, f.buf, f.spec);
        Ok(())
    }
}

impl Binary for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_binary(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for usize {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl LowerExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_lower_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl UpperExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_upper_exp(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(self, f.buf, f.spec);
        Ok(())
    }
}

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_display(&self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        intrinsics::fmt_debug(&self, f.buf, f.spec);
        Ok(())
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}
