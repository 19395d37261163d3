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
/// Inverse and hyperbolic trigonometry, cube root, e^x - 1, ln(1 + x) (libm).
#[intrinsic] pub fn asinf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn acosf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn atanf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn sinhf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn coshf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn tanhf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn asinhf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn acoshf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn atanhf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn cbrtf<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn expm1f<T>(x: T) -> T { loop {} }
#[intrinsic] pub fn log1pf<T>(x: T) -> T { loop {} }
/// 2^x (llvm.exp2).
#[intrinsic] pub fn exp2f<T>(x: T) -> T { loop {} }
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

// ── memory (raw pointers exist only inside the standard library) ──

/// `size` bytes aligned to `align` from the runtime allocator (`rl_alloc`; a dangling,
/// aligned pointer when `size` is 0).
#[intrinsic] pub fn alloc<T>(size: usize, align: usize) -> *mut T { loop {} }
/// Grow or shrink an allocation made by `alloc` (`rl_realloc`).
#[intrinsic] pub fn realloc<T>(ptr: *mut T, old_size: usize, align: usize, new_size: usize) -> *mut T { loop {} }
/// Free an allocation made by `alloc` (nothing when `size` is 0); a fat pointer frees its data.
#[intrinsic] pub fn dealloc<T: ?Sized>(ptr: *mut T, size: usize, align: usize) { loop {} }
/// Move the value out of `*ptr` (the memory is left as it is: the caller must not drop it again).
#[intrinsic] pub fn ptr_read<T>(ptr: *mut T) -> T { loop {} }
/// Move `value` into `*ptr` without dropping what was there.
#[intrinsic] pub fn ptr_write<T>(ptr: *mut T, value: T) { loop {} }
/// `ptr + count` elements.
#[intrinsic] pub fn ptr_offset<T>(ptr: *mut T, count: usize) -> *mut T { loop {} }
/// memmove of `count` elements from `src` to `dst`.
#[intrinsic] pub fn copy<T>(src: *mut T, dst: *mut T, count: usize) { loop {} }
/// memcpy of `count` elements from `src` to `dst` (the ranges must not overlap).
#[intrinsic] pub fn copy_nonoverlapping<T>(src: *mut T, dst: *mut T, count: usize) { loop {} }
/// Run the drop glue of the value at `ptr` (a vtable call for `dyn Trait`).
#[intrinsic] pub fn drop_in_place<T: ?Sized>(ptr: *mut T) { loop {} }
/// Take ownership of `value` and never drop it.
#[intrinsic] pub fn forget<T>(value: T) { loop {} }
/// The null pointer (a `Vec` that never allocated).
#[intrinsic] pub fn null_mut<T>() -> *mut T { loop {} }
/// Whether a (thin) pointer is null.
#[intrinsic] pub fn is_null<T>(ptr: *mut T) -> bool { loop {} }
/// Whether `T` has drop glue.
#[intrinsic] pub fn needs_drop<T>() -> bool { loop {} }
/// Size in bytes of the value behind a reference (read from the vtable for `dyn`).
#[intrinsic] pub fn size_of_val<T: ?Sized>(value: &T) -> usize { loop {} }
/// Alignment of the value behind a reference.
#[intrinsic] pub fn align_of_val<T: ?Sized>(value: &T) -> usize { loop {} }
/// The raw pointer behind a reference.
#[intrinsic] pub fn ref_as_ptr<T: ?Sized>(value: &T) -> *mut T { loop {} }
/// `&[T]` of `len` elements starting at `ptr`.
#[intrinsic] pub fn slice_from_raw_parts<'a, T>(ptr: *mut T, len: usize) -> &'a [T] { loop {} }
/// `&mut [T]` of `len` elements starting at `ptr`.
#[intrinsic] pub fn slice_from_raw_parts_mut<'a, T>(ptr: *mut T, len: usize) -> &'a mut [T] { loop {} }
/// The data pointer of a slice.
#[intrinsic] pub fn slice_as_ptr<T>(s: &[T]) -> *mut T { loop {} }
/// `&s[i]` with rustc's index-out-of-bounds panic at the caller's location.
#[intrinsic] pub fn slice_index<T>(s: &[T], i: usize) -> &T { loop {} }
/// `&mut s[i]` with rustc's index-out-of-bounds panic at the caller's location.
#[intrinsic] pub fn slice_index_mut<T>(s: &mut [T], i: usize) -> &mut T { loop {} }
/// The bytes of a string slice (same pointer and length).
#[intrinsic] pub fn str_as_bytes(s: &str) -> &[u8] { loop {} }
/// Bytes known to be UTF-8 as a string slice (same pointer and length).
#[intrinsic] pub fn str_from_utf8_unchecked(bytes: &[u8]) -> &str { loop {} }
/// Mutable form of `str_from_utf8_unchecked`.
#[intrinsic] pub fn str_from_utf8_unchecked_mut(bytes: &mut [u8]) -> &mut str { loop {} }

// ── process and environment ──

/// Number of command-line arguments (the program name included).
#[intrinsic] pub fn args_count() -> usize { loop {} }
/// Command-line argument `i` (bytes as given; the runtime keeps them alive).
#[intrinsic] pub fn arg(i: usize) -> &'static str { loop {} }
/// Append one line of stdin (with its '\n') to the bytes of `buf`; the bytes read.
#[intrinsic] pub fn stdin_read_line(buf: &mut crate::vec::Vec<u8>) -> usize { loop {} }
/// Append the rest of stdin to `buf`; the bytes read.
#[intrinsic] pub fn stdin_read_to_end(buf: &mut crate::vec::Vec<u8>) -> usize { loop {} }
/// Write bytes to stdout (1, buffered) or stderr (2).
#[intrinsic] pub fn write_fd(fd: i32, bytes: &[u8]) { loop {} }

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
/// The full uppercase mapping of `c` (1 to 3 chars) into `out`; returns how many.
#[intrinsic] pub fn char_to_upper(c: char, out: &mut [char; 3]) -> u32 { loop {} }
/// The full lowercase mapping of `c` (1 to 3 chars) into `out`; returns how many.
#[intrinsic] pub fn char_to_lower(c: char, out: &mut [char; 3]) -> u32 { loop {} }
/// Decimal text (already checked against Rust's float grammar) to the nearest f64 (strtod).
#[intrinsic] pub fn parse_f64(s: &str) -> f64 { loop {} }
/// Decimal text to the nearest f32 (strtof).
#[intrinsic] pub fn parse_f32(s: &str) -> f32 { loop {} }
