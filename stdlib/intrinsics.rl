//! Compiler intrinsics: body-less functions that codegen implements by name.
//! Each is called only from the standard library's safe wrappers.  The parser requires
//! free functions to have a body, so each has a placeholder `{ loop {} }`: typeck drops it
//! (`FnDef.body` is None for an intrinsic) and codegen implements the function by name.

/// `a + b` wrapping around at the type's width (integers).
#[intrinsic] pub fn wrapping_add<T>(a: T, b: T) -> T { loop {} }
/// `a - b` wrapping.
#[intrinsic] pub fn wrapping_sub<T>(a: T, b: T) -> T { loop {} }
/// `a * b` wrapping.
#[intrinsic] pub fn wrapping_mul<T>(a: T, b: T) -> T { loop {} }
/// `(a + b, overflowed)`.
#[intrinsic] pub fn add_with_overflow<T>(a: T, b: T) -> (T, bool) { loop {} }
/// `(a - b, overflowed)`.
#[intrinsic] pub fn sub_with_overflow<T>(a: T, b: T) -> (T, bool) { loop {} }
/// `(a * b, overflowed)`.
#[intrinsic] pub fn mul_with_overflow<T>(a: T, b: T) -> (T, bool) { loop {} }
/// Number of one bits (integers), as u32.
#[intrinsic] pub fn ctpop<T>(x: T) -> u32 { loop {} }
/// Number of leading zero bits, as u32 (the width for 0).
#[intrinsic] pub fn ctlz<T>(x: T) -> u32 { loop {} }
/// Number of trailing zero bits, as u32 (the width for 0).
#[intrinsic] pub fn cttz<T>(x: T) -> u32 { loop {} }
/// Reverse the bytes of an integer.
#[intrinsic] pub fn bswap<T>(x: T) -> T { loop {} }
/// Rotate left by `n` bits.
#[intrinsic] pub fn rotate_left<T>(x: T, n: u32) -> T { loop {} }
/// Rotate right by `n` bits.
#[intrinsic] pub fn rotate_right<T>(x: T, n: u32) -> T { loop {} }
/// Float square root (f32 / f64, llvm.sqrt).
#[intrinsic] pub fn sqrtf<T>(x: T) -> T { loop {} }
/// Float `x^n` with integer exponent (llvm.powi).
#[intrinsic] pub fn powif<T>(x: T, n: i32) -> T { loop {} }
/// Float `x^y` (llvm.pow).
#[intrinsic] pub fn powf<T>(x: T, y: T) -> T { loop {} }
/// Float floor (llvm.floor).
#[intrinsic] pub fn floorf<T>(x: T) -> T { loop {} }
/// Float ceiling (llvm.ceil).
#[intrinsic] pub fn ceilf<T>(x: T) -> T { loop {} }
/// Float round half away from zero (llvm.round).
#[intrinsic] pub fn roundf<T>(x: T) -> T { loop {} }
/// Float truncation toward zero (llvm.trunc).
#[intrinsic] pub fn truncf<T>(x: T) -> T { loop {} }
/// Float absolute value (llvm.fabs).
#[intrinsic] pub fn fabsf<T>(x: T) -> T { loop {} }
/// IEEE minNum (llvm.minnum): the non-NaN operand if one is NaN.
#[intrinsic] pub fn minnumf<T>(x: T, y: T) -> T { loop {} }
/// IEEE maxNum (llvm.maxnum).
#[intrinsic] pub fn maxnumf<T>(x: T, y: T) -> T { loop {} }
/// Copy the sign of `y` onto `x` (llvm.copysign).
#[intrinsic] pub fn copysignf<T>(x: T, y: T) -> T { loop {} }
/// Sine (llvm.sin).
#[intrinsic] pub fn sinf<T>(x: T) -> T { loop {} }
/// Cosine (llvm.cos).
#[intrinsic] pub fn cosf<T>(x: T) -> T { loop {} }
/// Tangent (libm tan / tanf).
#[intrinsic] pub fn tanf<T>(x: T) -> T { loop {} }
/// Arc tangent of y/x (libm atan2).
#[intrinsic] pub fn atan2f<T>(y: T, x: T) -> T { loop {} }
/// e^x (llvm.exp).
#[intrinsic] pub fn expf<T>(x: T) -> T { loop {} }
/// Natural logarithm (llvm.log).
#[intrinsic] pub fn logf<T>(x: T) -> T { loop {} }
/// Base-10 logarithm (llvm.log10).
#[intrinsic] pub fn log10f<T>(x: T) -> T { loop {} }
/// Base-2 logarithm (llvm.log2).
#[intrinsic] pub fn log2f<T>(x: T) -> T { loop {} }
/// Fused multiply-add `x * y + z` (llvm.fma).
#[intrinsic] pub fn fmaf<T>(x: T, y: T, z: T) -> T { loop {} }
/// The char with this code point; the caller guarantees it is a valid `char`.
#[intrinsic] pub fn char_from_u32_unchecked(i: u32) -> char { loop {} }
/// Unicode `Alphabetic` property (runtime tables).
#[intrinsic] pub fn char_is_alphabetic(c: char) -> bool { loop {} }
/// Unicode `Numeric` (Nd, Nl, No).
#[intrinsic] pub fn char_is_numeric(c: char) -> bool { loop {} }
/// Unicode `White_Space`.
#[intrinsic] pub fn char_is_whitespace(c: char) -> bool { loop {} }
/// Unicode `Lowercase`.
#[intrinsic] pub fn char_is_lowercase(c: char) -> bool { loop {} }
/// Unicode `Uppercase`.
#[intrinsic] pub fn char_is_uppercase(c: char) -> bool { loop {} }
/// Number of elements of a slice (the fat pointer's length).
#[intrinsic] pub fn slice_len<T>(s: &[T]) -> usize { loop {} }
/// `&s[start..end]`, panicking with rustc's messages when out of range.
#[intrinsic] pub fn slice_range<T>(s: &[T], start: usize, end: usize) -> &[T] { loop {} }
/// `&mut s[start..end]`, panicking with rustc's messages when out of range.
#[intrinsic] pub fn slice_range_mut<T>(s: &mut [T], start: usize, end: usize) -> &mut [T] { loop {} }
/// Swap elements `a` and `b` of a slice, panicking with rustc's index-out-of-bounds message.
#[intrinsic] pub fn slice_swap<T>(s: &mut [T], a: usize, b: usize) { loop {} }
/// Length in bytes of a string slice.
#[intrinsic] pub fn str_len(s: &str) -> usize { loop {} }
/// `&s[start..end]` on byte offsets, panicking as rustc does (out of range, not a char boundary).
#[intrinsic] pub fn str_range(s: &str, start: usize, end: usize) -> &str { loop {} }
/// Byte-wise equality of two string slices.
#[intrinsic] pub fn str_eq(a: &str, b: &str) -> bool { loop {} }
/// Lexicographic byte comparison: -1, 0 or 1.
#[intrinsic] pub fn str_cmp(a: &str, b: &str) -> i32 { loop {} }
/// The byte at index `i` of a string (bounds-checked).
#[intrinsic] pub fn str_byte(s: &str, i: usize) -> u8 { loop {} }
/// Size in bytes of `T`.
#[intrinsic] pub fn size_of<T>() -> usize { loop {} }
/// Alignment in bytes of `T`.
#[intrinsic] pub fn align_of<T>() -> usize { loop {} }
/// Swap the values behind two mutable references.
#[intrinsic] pub fn swap<T>(a: &mut T, b: &mut T) { loop {} }
/// Move `src` into `*dest` and return the old value (no drop of the old value).
#[intrinsic] pub fn replace<T>(dest: &mut T, src: T) -> T { loop {} }
/// Terminate the process with this exit status.
#[intrinsic] pub fn exit(code: i32) -> ! { loop {} }
/// Panic with a message (used by `unwrap`, `expect`, …); `#[track_caller]` semantics:
/// the location reported is the caller's call site of the library function.
#[intrinsic] pub fn panic_str(msg: &str) -> ! { loop {} }

// ── formatting (stdlib/fmt.rl; `buf` is the runtime's RlBuf*, `spec` its RlFmtSpec*) ──

/// Append `s` to the buffer.
#[intrinsic] pub fn fmt_write_str(buf: *mut u8, s: &str) { loop {} }
/// Append one char (UTF-8).
#[intrinsic] pub fn fmt_write_char(buf: *mut u8, c: char) { loop {} }
/// Append `s` padded by the spec's width / fill / align and truncated to its precision.
#[intrinsic] pub fn fmt_pad(buf: *mut u8, spec: *const u8, s: &str) { loop {} }
/// Add `delta` to the buffer's PadAdapter indentation (`{:#?}`).
#[intrinsic] pub fn fmt_indent(buf: *mut u8, delta: i32) { loop {} }
/// The spec's width (-1: none).
#[intrinsic] pub fn fmt_spec_width(spec: *const u8) -> i64 { loop {} }
/// The spec's precision (-1: none).
#[intrinsic] pub fn fmt_spec_precision(spec: *const u8) -> i64 { loop {} }
/// The spec's fill character.
#[intrinsic] pub fn fmt_spec_fill(spec: *const u8) -> char { loop {} }
/// The spec's alignment: 0 none, 1 left, 2 right, 3 center.
#[intrinsic] pub fn fmt_spec_align(spec: *const u8) -> u8 { loop {} }
/// The spec's flags: 1 `+`, 2 `-`, 4 `#`, 8 `0`.
#[intrinsic] pub fn fmt_spec_flags(spec: *const u8) -> u8 { loop {} }
/// The first `len` bytes of `bytes` (UTF-8 written by `Write::write_char`) as a `&str`.
#[intrinsic] pub fn fmt_utf8_prefix(bytes: &[u8; 4], len: usize) -> &str { loop {} }
/// Free a buffer made by `format_args!` (the `Arguments` drop).
#[intrinsic] pub fn fmt_buf_free(buf: *mut u8) { loop {} }
/// Format `*value` with the compiler's glue of one trait (primitives, tuples, arrays,
/// slices), with the spec's kind set to that trait.
#[intrinsic] pub fn fmt_display<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_debug<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_lower_hex<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_upper_hex<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_octal<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_binary<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_lower_exp<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
#[intrinsic] pub fn fmt_upper_exp<T: ?Sized>(value: &T, buf: *mut u8, spec: *const u8) { loop {} }
