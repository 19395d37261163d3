/* The rustlet runtime: the C ABI that generated code calls.
 *
 * Everything a compiled program needs from outside LLVM IR lives here: formatting
 * of primitive values exactly as Rust's `core::fmt` does, buffered stdout, panics
 * with Rust's message layout and exit status 101, the allocator, process exit,
 * command-line arguments and stdin.
 *
 * Strings are (pointer, length) pairs of UTF-8 bytes, never NUL-terminated.
 * The C `main` stores argc/argv, calls `__rustlet_main` (emitted by codegen),
 * flushes stdout and returns 0.
 */
#ifndef RUSTLET_RT_H
#define RUSTLET_RT_H

#include <stddef.h>
#include <stdint.h>

/* Growable bytes. indent > 0 puts the buffer in PadAdapter mode (for `{:#?}`):
 * 4*indent spaces are inserted before the first byte of every line written.
 * on_newline records whether the next byte starts a line (1 after rl_buf_init). */
typedef struct RlBuf {
    uint8_t *ptr;
    size_t len;
    size_t cap;
    uint32_t indent;
    uint8_t on_newline;
} RlBuf;

enum { RL_ALIGN_DEFAULT = 0, RL_ALIGN_LEFT = 1, RL_ALIGN_RIGHT = 2, RL_ALIGN_CENTER = 3 };
enum { RL_FLAG_PLUS = 1, RL_FLAG_MINUS = 2, RL_FLAG_ALTERNATE = 4, RL_FLAG_ZERO = 8 };
enum {
    RL_KIND_DISPLAY = 0, RL_KIND_DEBUG = 1, RL_KIND_LOWER_HEX = 2, RL_KIND_UPPER_HEX = 3,
    RL_KIND_OCTAL = 4, RL_KIND_BINARY = 5, RL_KIND_LOWER_EXP = 6, RL_KIND_UPPER_EXP = 7
};

/* One `{...}` format specification. */
typedef struct RlFmtSpec {
    uint32_t fill;      /* a Unicode scalar value; ' ' by default */
    uint8_t align;      /* RL_ALIGN_* */
    uint8_t flags;      /* RL_FLAG_* */
    uint8_t kind;       /* RL_KIND_* */
    uint8_t debug_hex;  /* 0; 1 = {:x?}; 2 = {:X?} */
    int64_t width;      /* -1: none */
    int64_t precision;  /* -1: none */
} RlFmtSpec;

/* A source location for panic messages; file is the path as rustc prints it. */
typedef struct RlLocation {
    const uint8_t *file;
    size_t file_len;
    uint32_t line;
    uint32_t col;
} RlLocation;

void rl_buf_init(RlBuf *buf);
void rl_buf_free(RlBuf *buf);
void rl_buf_push(RlBuf *buf, const uint8_t *bytes, size_t len);
/* Applies width/fill/align (default left) and precision (truncates to that many chars). */
void rl_buf_push_padded(RlBuf *buf, const uint8_t *bytes, size_t len, const RlFmtSpec *spec);
/* Writes the buffer to stdout (1, buffered) or stderr (2, unbuffered) and clears it. */
void rl_buf_write_fd(RlBuf *buf, int32_t fd);

/* Integers of up to 64 bits; `bits` holds the value zero- or sign-extended. */
void rl_fmt_int(RlBuf *buf, uint64_t bits, uint8_t is_signed, uint8_t bit_width, const RlFmtSpec *spec);
void rl_fmt_f64(RlBuf *buf, double value, const RlFmtSpec *spec);
void rl_fmt_f32(RlBuf *buf, float value, const RlFmtSpec *spec);
void rl_fmt_bool(RlBuf *buf, uint8_t value, const RlFmtSpec *spec);
void rl_fmt_char(RlBuf *buf, uint32_t value, const RlFmtSpec *spec);
void rl_fmt_str(RlBuf *buf, const uint8_t *ptr, size_t len, const RlFmtSpec *spec);

_Noreturn void rl_panic(const uint8_t *msg, size_t len, const RlLocation *loc);
_Noreturn void rl_panic_buf(RlBuf *msg, const RlLocation *loc);
_Noreturn void rl_panic_bounds_check(size_t index, size_t len, const RlLocation *loc);
_Noreturn void rl_panic_slice_end(size_t end, size_t len, const RlLocation *loc);
_Noreturn void rl_panic_slice_start(size_t start, size_t len, const RlLocation *loc);
_Noreturn void rl_panic_slice_order(size_t start, size_t end, const RlLocation *loc);
/* Panics with rustc's message unless start..end is in bounds and on char boundaries. */
void rl_str_check_range(const uint8_t *ptr, size_t len, size_t start, size_t end, const RlLocation *loc);

/* Unicode properties of a char (1 or 0), as `char::is_alphabetic` & co. */
uint8_t rl_char_is_alphabetic(uint32_t c);
uint8_t rl_char_is_numeric(uint32_t c);
uint8_t rl_char_is_whitespace(uint32_t c);
uint8_t rl_char_is_lowercase(uint32_t c);
uint8_t rl_char_is_uppercase(uint32_t c);
/* Full case mappings: writes 1 to 3 chars to out and returns how many. */
uint32_t rl_char_to_upper(uint32_t c, uint32_t out[3]);
uint32_t rl_char_to_lower(uint32_t c, uint32_t out[3]);
/* Decimal text in Rust's float syntax to the nearest double / float. */
double rl_parse_f64(const uint8_t *ptr, size_t len);
float rl_parse_f32(const uint8_t *ptr, size_t len);

/* Out of memory prints "memory allocation of N bytes failed" and aborts. */
void *rl_alloc(size_t size, size_t align);
void *rl_realloc(void *ptr, size_t old_size, size_t align, size_t new_size);
void rl_dealloc(void *ptr, size_t size, size_t align);

_Noreturn void rl_exit(int32_t code);
size_t rl_args_count(void);
void rl_arg(size_t index, const uint8_t **ptr, size_t *len);

/* Append one line (with its '\n', if any) / all of stdin; return the bytes read. */
size_t rl_stdin_read_line(RlBuf *buf);
size_t rl_stdin_read_to_end(RlBuf *buf);
void rl_flush_stdout(void);

/* Emitted by codegen: the program's `fn main`. */
void __rustlet_main(void);

#endif
