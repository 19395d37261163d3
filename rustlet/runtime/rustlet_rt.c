/* The rustlet runtime (see rustlet_rt.h for the ABI).
 *
 * Formatting follows Rust's core::fmt byte for byte:
 *  - padding: `Formatter::pad` for str/char/bool (default left), `pad_integral` and
 *    `pad_formatted_parts` for numbers (default right; the '0' flag writes sign and
 *    prefix first, then zeros, whatever the alignment);
 *  - floats: `{}` and `{:?}` use the shortest digits that round-trip. We find them
 *    by asking printf for the correctly rounded p-digit decimal, p = 1, 2, ..., and
 *    taking the first one that strtod (strtof for f32) reads back as the same value.
 *    Next to a power of two the rounding interval is lopsided, so when the nearest
 *    p-digit decimal fails we also try its two neighbours (Grisu/Ryu would find
 *    them). The digits are then laid out as Rust's flt2dec does. Precision
 *    (`{:.3}`, `{:.3e}`) is exact decimal rounding of the binary value, ties to even,
 *    which is what glibc's printf does;
 *  - integers `{:e}` port Rust's `exp_u64` (ties to even on the decimal digits).
 * stdout is buffered here: complete lines go out before anything is written to
 * stderr (so with 2>&1 the order matches Rust's line-buffered stdout), and the rest
 * at exit, at a panic, at rl_exit and before reading stdin.
 */
#include "rustlet_rt.h"
#include "rustlet_unicode.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---------------------------------------------------------------- buffers */

static void buf_reserve(RlBuf *buf, size_t extra) {
    if (buf->len + extra <= buf->cap) return;
    size_t cap = buf->cap ? buf->cap * 2 : 64;
    while (cap < buf->len + extra) cap *= 2;
    uint8_t *ptr = realloc(buf->ptr, cap);
    if (!ptr) {
        static const char msg[] = "memory allocation failed while formatting\n";
        (void)!write(2, msg, sizeof msg - 1);
        abort();
    }
    buf->ptr = ptr;
    buf->cap = cap;
}

static void buf_append_raw(RlBuf *buf, const uint8_t *bytes, size_t len) {
    buf_reserve(buf, len);
    memcpy(buf->ptr + buf->len, bytes, len);
    buf->len += len;
}

void rl_buf_init(RlBuf *buf) {
    buf->ptr = NULL;
    buf->len = 0;
    buf->cap = 0;
    buf->indent = 0;
    buf->on_newline = 1;
}

void rl_buf_free(RlBuf *buf) {
    free(buf->ptr);
    buf->ptr = NULL;
    buf->len = buf->cap = 0;
}

/* Every byte written goes through here so PadAdapter mode sees it. */
void rl_buf_push(RlBuf *buf, const uint8_t *bytes, size_t len) {
    if (buf->indent == 0) {
        buf_append_raw(buf, bytes, len);
        if (len) buf->on_newline = bytes[len - 1] == '\n';
        return;
    }
    size_t start = 0;
    while (start < len) {
        const uint8_t *newline = memchr(bytes + start, '\n', len - start);
        size_t end = newline ? (size_t)(newline - bytes) + 1 : len;
        if (buf->on_newline) {
            buf_reserve(buf, 4 * (size_t)buf->indent);
            memset(buf->ptr + buf->len, ' ', 4 * (size_t)buf->indent);
            buf->len += 4 * (size_t)buf->indent;
        }
        buf_append_raw(buf, bytes + start, end - start);
        buf->on_newline = bytes[end - 1] == '\n';
        start = end;
    }
}

static void push_cstr(RlBuf *buf, const char *text) {
    rl_buf_push(buf, (const uint8_t *)text, strlen(text));
}

static size_t utf8_encode(uint32_t c, uint8_t out[4]) {
    if (c < 0x80) { out[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { out[0] = 0xC0 | (c >> 6); out[1] = 0x80 | (c & 0x3F); return 2; }
    if (c < 0x10000) {
        out[0] = 0xE0 | (c >> 12); out[1] = 0x80 | ((c >> 6) & 0x3F); out[2] = 0x80 | (c & 0x3F);
        return 3;
    }
    out[0] = 0xF0 | (c >> 18); out[1] = 0x80 | ((c >> 12) & 0x3F);
    out[2] = 0x80 | ((c >> 6) & 0x3F); out[3] = 0x80 | (c & 0x3F);
    return 4;
}

/* Decodes one scalar value of valid UTF-8 at bytes[*i] and advances *i. */
static uint32_t utf8_next(const uint8_t *bytes, size_t *i) {
    uint8_t b = bytes[*i];
    if (b < 0x80) { *i += 1; return b; }
    if (b < 0xE0) { uint32_t c = ((b & 0x1Fu) << 6) | (bytes[*i + 1] & 0x3Fu); *i += 2; return c; }
    if (b < 0xF0) {
        uint32_t c = ((b & 0x0Fu) << 12) | ((bytes[*i + 1] & 0x3Fu) << 6) | (bytes[*i + 2] & 0x3Fu);
        *i += 3;
        return c;
    }
    uint32_t c = ((b & 0x07u) << 18) | ((bytes[*i + 1] & 0x3Fu) << 12) | ((bytes[*i + 2] & 0x3Fu) << 6)
               | (bytes[*i + 3] & 0x3Fu);
    *i += 4;
    return c;
}

static size_t utf8_char_count(const uint8_t *bytes, size_t len) {
    size_t count = 0;
    for (size_t i = 0; i < len; i++) count += (bytes[i] & 0xC0) != 0x80;
    return count;
}

/* ---------------------------------------------------------------- padding */

static void push_fill(RlBuf *buf, uint32_t fill, size_t count) {
    uint8_t encoded[4];
    size_t n = utf8_encode(fill, encoded);
    for (size_t i = 0; i < count; i++) rl_buf_push(buf, encoded, n);
}

/* Writes `body` (of `chars` characters) padded to spec->width as Formatter::padding does. */
static void pad_body(RlBuf *buf, const uint8_t *body, size_t len, size_t chars,
                     const RlFmtSpec *spec, uint8_t default_align) {
    if (spec->width < 0 || (uint64_t)spec->width <= chars) {
        rl_buf_push(buf, body, len);
        return;
    }
    size_t padding = (size_t)spec->width - chars;
    uint8_t align = spec->align == RL_ALIGN_DEFAULT ? default_align : spec->align;
    size_t before = align == RL_ALIGN_RIGHT ? padding : align == RL_ALIGN_CENTER ? padding / 2 : 0;
    push_fill(buf, spec->fill, before);
    rl_buf_push(buf, body, len);
    push_fill(buf, spec->fill, padding - before);
}

/* Formatter::pad: precision truncates to that many characters, default alignment left. */
void rl_buf_push_padded(RlBuf *buf, const uint8_t *bytes, size_t len, const RlFmtSpec *spec) {
    if (spec->precision >= 0) {
        size_t i = 0;
        for (int64_t kept = 0; kept < spec->precision && i < len; kept++) utf8_next(bytes, &i);
        len = i;
    }
    pad_body(buf, bytes, len, utf8_char_count(bytes, len), spec, RL_ALIGN_LEFT);
}

/* pad_integral / pad_formatted_parts: sign, prefix and digits are ASCII. */
static void pad_number(RlBuf *buf, const char *sign, const char *prefix, const char *digits,
                       const RlFmtSpec *spec) {
    size_t sign_len = strlen(sign), prefix_len = strlen(prefix), digits_len = strlen(digits);
    size_t total = sign_len + prefix_len + digits_len;
    if (spec->width < 0 || (uint64_t)spec->width <= total) {
        push_cstr(buf, sign);
        push_cstr(buf, prefix);
        push_cstr(buf, digits);
    } else if (spec->flags & RL_FLAG_ZERO) {
        push_cstr(buf, sign);
        push_cstr(buf, prefix);
        push_fill(buf, '0', (size_t)spec->width - total);
        push_cstr(buf, digits);
    } else {
        size_t whole_len = total;
        char *whole = malloc(whole_len + 1);
        memcpy(whole, sign, sign_len);
        memcpy(whole + sign_len, prefix, prefix_len);
        memcpy(whole + sign_len + prefix_len, digits, digits_len + 1);
        pad_body(buf, (const uint8_t *)whole, whole_len, whole_len, spec, RL_ALIGN_RIGHT);
        free(whole);
    }
}

/* ---------------------------------------------------------------- integers */

static const char *int_sign(int negative, const RlFmtSpec *spec) {
    if (negative) return "-";
    return (spec->flags & RL_FLAG_PLUS) ? "+" : "";
}

/* Rust's exp_u64: `{:e}` of an integer. */
static void fmt_int_exp(RlBuf *buf, uint64_t n, int negative, int upper, const RlFmtSpec *spec) {
    unsigned exponent = 0;
    while (n % 10 == 0 && n >= 10) { n /= 10; exponent++; }
    unsigned trailing_zeros = exponent;
    uint64_t added_precision = 0, subtracted_precision = 0;
    if (spec->precision >= 0) {
        uint64_t tmp = n, digits_minus_one = 0;
        while (tmp >= 10) { tmp /= 10; digits_minus_one++; }
        uint64_t wanted = (uint64_t)spec->precision;
        added_precision = wanted > digits_minus_one ? wanted - digits_minus_one : 0;
        subtracted_precision = digits_minus_one > wanted ? digits_minus_one - wanted : 0;
    }
    for (uint64_t i = 1; i < subtracted_precision; i++) { n /= 10; exponent++; }
    if (subtracted_precision != 0) {
        uint64_t rem = n % 10;
        n /= 10;
        exponent++;
        if (rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted_precision > 1))) {
            uint64_t before = n;
            n += 1;
            char a[24], b[24];
            if (snprintf(a, sizeof a, "%llu", (unsigned long long)n) >
                snprintf(b, sizeof b, "%llu", (unsigned long long)before)) {
                n /= 10;
                exponent++;
            }
        }
        trailing_zeros = exponent;
    }
    char mantissa[24];
    int mantissa_len = snprintf(mantissa, sizeof mantissa, "%llu", (unsigned long long)n);
    exponent += (unsigned)mantissa_len - 1;
    size_t out_len = (size_t)mantissa_len + 2 + added_precision + 24;
    char *out = malloc(out_len);
    size_t pos = 0;
    out[pos++] = mantissa[0];
    if (exponent != trailing_zeros || added_precision != 0) {
        out[pos++] = '.';
        memcpy(out + pos, mantissa + 1, (size_t)mantissa_len - 1);
        pos += (size_t)mantissa_len - 1;
    }
    memset(out + pos, '0', added_precision);
    pos += added_precision;
    snprintf(out + pos, out_len - pos, "%c%u", upper ? 'E' : 'e', exponent);
    pad_number(buf, int_sign(negative, spec), "", out, spec);
    free(out);
}

void rl_fmt_int(RlBuf *buf, uint64_t bits, uint8_t is_signed, uint8_t bit_width, const RlFmtSpec *spec) {
    uint64_t mask = bit_width >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << bit_width) - 1);
    uint64_t value = bits & mask;
    int negative = is_signed && bit_width > 0 && ((value >> (bit_width - 1)) & 1);
    uint64_t magnitude = negative ? ((~value + 1) & mask) : value;

    uint8_t kind = spec->kind;
    if (kind == RL_KIND_DEBUG && spec->debug_hex) kind = spec->debug_hex == 1 ? RL_KIND_LOWER_HEX : RL_KIND_UPPER_HEX;
    char digits[72];
    int alternate = (spec->flags & RL_FLAG_ALTERNATE) != 0;
    switch (kind) {
    case RL_KIND_LOWER_EXP:
    case RL_KIND_UPPER_EXP:
        fmt_int_exp(buf, magnitude, negative, kind == RL_KIND_UPPER_EXP, spec);
        return;
    case RL_KIND_LOWER_HEX:
    case RL_KIND_UPPER_HEX:
        snprintf(digits, sizeof digits, kind == RL_KIND_LOWER_HEX ? "%llx" : "%llX", (unsigned long long)value);
        pad_number(buf, int_sign(0, spec), alternate ? "0x" : "", digits, spec);
        return;
    case RL_KIND_OCTAL:
        snprintf(digits, sizeof digits, "%llo", (unsigned long long)value);
        pad_number(buf, int_sign(0, spec), alternate ? "0o" : "", digits, spec);
        return;
    case RL_KIND_BINARY: {
        int n = 0;
        for (int bit = 63; bit >= 0; bit--) {
            if (n == 0 && bit > 0 && !((value >> bit) & 1)) continue;
            digits[n++] = (char)('0' + ((value >> bit) & 1));
        }
        digits[n] = 0;
        pad_number(buf, int_sign(0, spec), alternate ? "0b" : "", digits, spec);
        return;
    }
    default:
        snprintf(digits, sizeof digits, "%llu", (unsigned long long)magnitude);
        pad_number(buf, int_sign(negative, spec), "", digits, spec);
    }
}

/* ---------------------------------------------------------------- floats */

/* A decimal d1 d2 ... dn x 10^exp10 read as 0.d1d2...dn (flt2dec's convention). */
typedef struct Decimal {
    char digits[32];
    int count;
    int exp10;
} Decimal;

/* Parses printf's "%.*e" output (of a positive value) into a Decimal. */
static void parse_printf_exp(const char *text, Decimal *out) {
    out->count = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') out->digits[out->count++] = *p;
    out->exp10 = atoi(p + 1) + 1;
    out->digits[out->count] = 0;
}

static int round_trips(const Decimal *d, double value, int is_f32) {
    char text[64];
    snprintf(text, sizeof text, "0.%se%d", d->digits, d->exp10);
    return is_f32 ? strtof(text, NULL) == (float)value : strtod(text, NULL) == value;
}

/* Adds `delta` (+1 or -1) to the last digit; returns 0 if that leaves no digits. */
static int step_last_digit(Decimal *d, int delta) {
    int i = d->count - 1;
    if (delta > 0) {
        while (i >= 0 && d->digits[i] == '9') d->digits[i--] = '0';
        if (i < 0) {
            memmove(d->digits + 1, d->digits, (size_t)d->count + 1);
            d->digits[0] = '1';
            d->count++;
            d->exp10++;
        } else {
            d->digits[i]++;
        }
    } else {
        while (i >= 0 && d->digits[i] == '0') d->digits[i--] = '9';
        if (i < 0) return 0;
        d->digits[i]--;
        if (d->digits[0] == '0') return 0;
    }
    return 1;
}

static void strip_trailing_zeros(Decimal *d) {
    while (d->count > 1 && d->digits[d->count - 1] == '0') d->digits[--d->count] = 0;
}

/* If `value` lies exactly halfway between two `digits`-digit decimals, returns the
 * last digit of the lower one (a character), else 0. printf is exact, and a double
 * has at most 767 significant digits. */
static char exact_tie_lower_digit(double value, int digits) {
    char text[900];
    snprintf(text, sizeof text, "%.*e", digits + 20, value);
    char *rest = text + digits + 1;  /* "d." then digits-1 more */
    if (rest[0] != '5' || strspn(rest + 1, "0") != 20) return 0;
    snprintf(text, sizeof text, "%.*e", digits + 800, value);
    rest = text + digits + 1;
    if (rest[0] != '5' || rest[1 + strspn(rest + 1, "0")] != 'e') return 0;
    return digits == 1 ? text[0] : rest[-1];
}

/* Shortest round-tripping digits of a finite positive value, closest to it; an exact
 * tie between two shortest candidates goes up, as Rust's Dragon4 fallback does
 * (printf's ties go to even). */
static void shortest_decimal(double value, int is_f32, Decimal *out) {
    int max_digits = is_f32 ? 9 : 17;
    char text[64];
    for (int digits = 1; digits <= max_digits; digits++) {
        snprintf(text, sizeof text, "%.*e", digits - 1, value);
        parse_printf_exp(text, out);
        if (round_trips(out, value, is_f32)) {
            Decimal up = *out;
            if (exact_tie_lower_digit(value, digits) == out->digits[out->count - 1] &&
                step_last_digit(&up, 1) && round_trips(&up, value, is_f32))
                *out = up;
            break;
        }
        Decimal up = *out, down = *out;
        if (step_last_digit(&up, 1) && up.count == digits && round_trips(&up, value, is_f32)) {
            *out = up;
            break;
        }
        if (step_last_digit(&down, -1) && round_trips(&down, value, is_f32)) {
            *out = down;
            break;
        }
    }
    strip_trailing_zeros(out);
}

/* flt2dec::digits_to_dec_str with at least `frac_digits` digits after the point. */
static char *decimal_to_fixed(const Decimal *d, size_t frac_digits) {
    size_t n = (size_t)d->count;
    size_t cap = n + (size_t)abs(d->exp10) + frac_digits + 8;
    char *out = malloc(cap), *p = out;
    if (d->exp10 <= 0) {
        size_t zeros = (size_t)(-d->exp10);
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', zeros); p += zeros;
        memcpy(p, d->digits, n); p += n;
        if (frac_digits > zeros + n) { memset(p, '0', frac_digits - zeros - n); p += frac_digits - zeros - n; }
    } else if ((size_t)d->exp10 < n) {
        size_t whole = (size_t)d->exp10;
        memcpy(p, d->digits, whole); p += whole;
        *p++ = '.';
        memcpy(p, d->digits + whole, n - whole); p += n - whole;
        if (frac_digits > n - whole) { memset(p, '0', frac_digits - (n - whole)); p += frac_digits - (n - whole); }
    } else {
        memcpy(p, d->digits, n); p += n;
        memset(p, '0', (size_t)d->exp10 - n); p += (size_t)d->exp10 - n;
        if (frac_digits > 0) { *p++ = '.'; memset(p, '0', frac_digits); p += frac_digits; }
    }
    *p = 0;
    return out;
}

/* flt2dec::digits_to_exp_str with at least `min_digits` significant digits. */
static char *decimal_to_exp(const Decimal *d, size_t min_digits, int upper) {
    size_t n = (size_t)d->count;
    char *out = malloc(n + min_digits + 16), *p = out;
    *p++ = d->digits[0];
    if (n > 1 || min_digits > 1) {
        *p++ = '.';
        memcpy(p, d->digits + 1, n - 1); p += n - 1;
        if (min_digits > n) { memset(p, '0', min_digits - n); p += min_digits - n; }
    }
    sprintf(p, "%c%d", upper ? 'E' : 'e', d->exp10 - 1);
    return out;
}

/* printf's exact, correctly rounded "%.*f" / "%.*e" of a non-negative value. */
static char *printf_exact(const char *format, int precision, double value) {
    int len = snprintf(NULL, 0, format, precision, value);
    char *out = malloc((size_t)len + 1);
    snprintf(out, (size_t)len + 1, format, precision, value);
    return out;
}

static char *exact_exp(double value, int64_t precision, int upper) {
    char *text = printf_exact("%.*e", (int)precision, value);
    char *e = strchr(text, 'e');
    int exponent = atoi(e + 1);
    sprintf(e, "%c%d", upper ? 'E' : 'e', exponent);
    return text;
}

static void fmt_float(RlBuf *buf, double value, int is_f32, const RlFmtSpec *spec) {
    const char *sign = "";
    if (!isnan(value)) {
        if (signbit(value)) sign = "-";
        else if (spec->flags & RL_FLAG_PLUS) sign = "+";
    }
    if (isnan(value) || isinf(value)) {
        pad_number(buf, sign, "", isnan(value) ? "NaN" : "inf", spec);
        return;
    }
    double magnitude = fabs(value);
    int upper = spec->kind == RL_KIND_UPPER_EXP;
    char *body;
    if (spec->kind == RL_KIND_LOWER_EXP || spec->kind == RL_KIND_UPPER_EXP) {
        if (spec->precision >= 0) {
            body = exact_exp(magnitude, spec->precision, upper);
        } else {
            Decimal d;
            if (magnitude == 0) { strcpy(d.digits, "0"); d.count = 1; d.exp10 = 1; }
            else shortest_decimal(magnitude, is_f32, &d);
            body = decimal_to_exp(&d, 0, upper);
        }
    } else if (spec->precision >= 0) {
        body = printf_exact("%.*f", (int)spec->precision, magnitude);
    } else {
        Decimal d;
        if (magnitude == 0) { strcpy(d.digits, "0"); d.count = 1; d.exp10 = 1; }
        else shortest_decimal(magnitude, is_f32, &d);
        int debug = spec->kind == RL_KIND_DEBUG;
        /* the thresholds are compared in the value's own type (1e-4f32 != 1e-4) */
        int exponent_form = is_f32 ? ((float)magnitude >= 1e16f || (float)magnitude < 1e-4f)
                                   : (magnitude >= 1e16 || magnitude < 1e-4);
        if (debug && magnitude != 0 && exponent_form)
            body = decimal_to_exp(&d, 0, 0);
        else
            body = decimal_to_fixed(&d, debug ? 1 : 0);
    }
    pad_number(buf, sign, "", body, spec);
    free(body);
}

void rl_fmt_f64(RlBuf *buf, double value, const RlFmtSpec *spec) { fmt_float(buf, value, 0, spec); }

void rl_fmt_f32(RlBuf *buf, float value, const RlFmtSpec *spec) { fmt_float(buf, (double)value, 1, spec); }

/* ---------------------------------------------------------------- bool, char, str */

void rl_fmt_bool(RlBuf *buf, uint8_t value, const RlFmtSpec *spec) {
    const char *text = value ? "true" : "false";
    pad_body(buf, (const uint8_t *)text, strlen(text), strlen(text), spec, RL_ALIGN_LEFT);
}

static int in_ranges(const RlCharRange *table, size_t count, uint32_t c) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < table[mid].lo) hi = mid;
        else if (c > table[mid].hi) lo = mid + 1;
        else return 1;
    }
    return 0;
}

/* char::escape_debug_ext with escape_grapheme_extended = true. */
static void push_escaped_char(RlBuf *buf, uint32_t c, int in_str) {
    const char *escape = NULL;
    switch (c) {
    case 0: escape = "\\0"; break;
    case '\t': escape = "\\t"; break;
    case '\r': escape = "\\r"; break;
    case '\n': escape = "\\n"; break;
    case '\\': escape = "\\\\"; break;
    case '\'': escape = in_str ? NULL : "\\'"; break;
    case '"': escape = in_str ? "\\\"" : NULL; break;
    }
    if (escape) { push_cstr(buf, escape); return; }
    if (in_ranges(RL_GRAPHEME_EXTEND, sizeof RL_GRAPHEME_EXTEND / sizeof *RL_GRAPHEME_EXTEND, c) ||
        in_ranges(RL_NON_PRINTABLE, sizeof RL_NON_PRINTABLE / sizeof *RL_NON_PRINTABLE, c)) {
        char text[16];
        snprintf(text, sizeof text, "\\u{%x}", c);
        push_cstr(buf, text);
        return;
    }
    uint8_t encoded[4];
    rl_buf_push(buf, encoded, utf8_encode(c, encoded));
}

void rl_fmt_char(RlBuf *buf, uint32_t value, const RlFmtSpec *spec) {
    if (spec->kind == RL_KIND_DEBUG) {  /* Debug ignores width, as Rust's does */
        push_cstr(buf, "'");
        push_escaped_char(buf, value, 0);
        push_cstr(buf, "'");
        return;
    }
    uint8_t encoded[4];
    pad_body(buf, encoded, utf8_encode(value, encoded), 1, spec, RL_ALIGN_LEFT);
}

void rl_fmt_str(RlBuf *buf, const uint8_t *ptr, size_t len, const RlFmtSpec *spec) {
    if (spec->kind == RL_KIND_DEBUG) {  /* Debug ignores width, as Rust's does */
        push_cstr(buf, "\"");
        size_t i = 0;
        while (i < len) push_escaped_char(buf, utf8_next(ptr, &i), 1);
        push_cstr(buf, "\"");
        return;
    }
    rl_buf_push_padded(buf, ptr, len, spec);
}

/* ---------------------------------------------------------------- char properties */

#define IN_TABLE(table, c) in_ranges(table, sizeof table / sizeof *table, c)

uint8_t rl_char_is_alphabetic(uint32_t c) { return (uint8_t)IN_TABLE(RL_ALPHABETIC, c); }
uint8_t rl_char_is_numeric(uint32_t c) { return (uint8_t)IN_TABLE(RL_NUMERIC, c); }
uint8_t rl_char_is_whitespace(uint32_t c) { return (uint8_t)IN_TABLE(RL_WHITE_SPACE, c); }
uint8_t rl_char_is_lowercase(uint32_t c) { return (uint8_t)IN_TABLE(RL_LOWERCASE, c); }
uint8_t rl_char_is_uppercase(uint32_t c) { return (uint8_t)IN_TABLE(RL_UPPERCASE, c); }

/* Binary search of a case table; an unmapped char maps to itself. */
static uint32_t case_map(const RlCaseMapping *table, size_t count, uint32_t c, uint32_t out[3]) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < table[mid].from) hi = mid;
        else if (c > table[mid].from) lo = mid + 1;
        else {
            memcpy(out, table[mid].to, sizeof table[mid].to);
            return table[mid].count;
        }
    }
    out[0] = c;
    out[1] = out[2] = 0;
    return 1;
}

uint32_t rl_char_to_upper(uint32_t c, uint32_t out[3]) {
    return case_map(RL_TO_UPPER, sizeof RL_TO_UPPER / sizeof *RL_TO_UPPER, c, out);
}

uint32_t rl_char_to_lower(uint32_t c, uint32_t out[3]) {
    return case_map(RL_TO_LOWER, sizeof RL_TO_LOWER / sizeof *RL_TO_LOWER, c, out);
}

/* ---------------------------------------------------------------- float parsing */

/* Text already checked against Rust's float grammar; strtod rounds correctly.  Rust
 * spells infinity "inf"/"infinity" and NaN "nan" in any case, which strtod accepts. */
static char *nul_terminated(const uint8_t *ptr, size_t len) {
    char *text = rl_alloc(len + 1, 1);
    memcpy(text, ptr, len);
    text[len] = 0;
    return text;
}

double rl_parse_f64(const uint8_t *ptr, size_t len) {
    char *text = nul_terminated(ptr, len);
    double value = strtod(text, NULL);
    rl_dealloc(text, len + 1, 1);
    return value;
}

float rl_parse_f32(const uint8_t *ptr, size_t len) {
    char *text = nul_terminated(ptr, len);
    float value = strtof(text, NULL);
    rl_dealloc(text, len + 1, 1);
    return value;
}

/* ---------------------------------------------------------------- stdout, stderr */

static RlBuf stdout_buffer = {NULL, 0, 0, 0, 1};
static int stdout_is_tty = -1;
static int stdout_broken;  /* after EPIPE further output is dropped, as SIGPIPE is ignored */

static void write_all(int fd, const uint8_t *bytes, size_t len) {
    while (len > 0) {
        ssize_t written = write(fd, bytes, len);
        if (written < 0) {
            if (errno == EINTR) continue;
            if (fd == 1) stdout_broken = 1;
            return;
        }
        bytes += written;
        len -= (size_t)written;
    }
}

/* Writes out the first `len` bytes of the stdout buffer. */
static void stdout_drain(size_t len) {
    if (!stdout_broken) write_all(1, stdout_buffer.ptr, len);
    memmove(stdout_buffer.ptr, stdout_buffer.ptr + len, stdout_buffer.len - len);
    stdout_buffer.len -= len;
}

/* Flushes the complete lines, keeping a trailing partial line: what Rust's LineWriter holds. */
static void stdout_flush_lines(void) {
    size_t end = stdout_buffer.len;
    while (end > 0 && stdout_buffer.ptr[end - 1] != '\n') end--;
    if (end) stdout_drain(end);
}

void rl_flush_stdout(void) {
    if (stdout_buffer.len) stdout_drain(stdout_buffer.len);
}

void rl_buf_write_fd(RlBuf *buf, int32_t fd) {
    if (fd == 2) {
        stdout_flush_lines();
        write_all(2, buf->ptr, buf->len);
    } else {
        buf_append_raw(&stdout_buffer, buf->ptr, buf->len);
        if (stdout_is_tty < 0) stdout_is_tty = isatty(1);
        if (stdout_is_tty) stdout_flush_lines();
        else if (stdout_buffer.len >= 1 << 16) rl_flush_stdout();
    }
    buf->len = 0;
    buf->on_newline = 1;
}

/* ---------------------------------------------------------------- panics */

static void push_location(RlBuf *buf, const RlLocation *loc) {
    char numbers[48];
    rl_buf_push(buf, loc->file, loc->file_len);
    snprintf(numbers, sizeof numbers, ":%u:%u", loc->line, loc->col);
    push_cstr(buf, numbers);
}

/* Rust 1.95's default panic hook, then exit status 101 (panic=abort, no unwinding). */
static _Noreturn void panic_with(const uint8_t *msg, size_t len, const RlLocation *loc) {
    RlBuf out;
    char header[64];
    rl_buf_init(&out);
    snprintf(header, sizeof header, "\nthread 'main' (%d) panicked at ", (int)getpid());
    push_cstr(&out, header);
    push_location(&out, loc);
    push_cstr(&out, ":\n");
    rl_buf_push(&out, msg, len);
    push_cstr(&out, "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    rl_buf_write_fd(&out, 2);
    rl_buf_free(&out);
    rl_flush_stdout();
    exit(101);
}

_Noreturn void rl_panic(const uint8_t *msg, size_t len, const RlLocation *loc) { panic_with(msg, len, loc); }

_Noreturn void rl_panic_buf(RlBuf *msg, const RlLocation *loc) { panic_with(msg->ptr, msg->len, loc); }

static _Noreturn void panic_formatted(const RlLocation *loc, const char *format, size_t a, size_t b) {
    char msg[160];
    int len = snprintf(msg, sizeof msg, format, a, b);
    panic_with((const uint8_t *)msg, (size_t)len, loc);
}

_Noreturn void rl_panic_bounds_check(size_t index, size_t len, const RlLocation *loc) {
    panic_formatted(loc, "index out of bounds: the len is %zu but the index is %zu", len, index);
}

_Noreturn void rl_panic_slice_end(size_t end, size_t len, const RlLocation *loc) {
    panic_formatted(loc, "range end index %zu out of range for slice of length %zu", end, len);
}

_Noreturn void rl_panic_slice_start(size_t start, size_t len, const RlLocation *loc) {
    panic_formatted(loc, "range start index %zu out of range for slice of length %zu", start, len);
}

_Noreturn void rl_panic_slice_order(size_t start, size_t end, const RlLocation *loc) {
    panic_formatted(loc, "slice index starts at %zu but ends at %zu", start, end);
}

static int is_char_boundary(const uint8_t *ptr, size_t len, size_t index) {
    return index == 0 || index >= len || (ptr[index] & 0xC0) != 0x80;
}

/* `&s[start..end]` of a str, checked in rustc 1.95's order (str::slice_error_fail):
 * start out of bounds, end out of bounds, start > end, start / end not on a char
 * boundary.  The string in the message is cut at a char boundary ≤ 256 bytes. */
void rl_str_check_range(const uint8_t *ptr, size_t len, size_t start, size_t end, const RlLocation *loc) {
    if (start <= end && end <= len && is_char_boundary(ptr, len, start) && is_char_boundary(ptr, len, end))
        return;
    size_t shown = len;
    const char *ellipsis = "";
    if (len > 256) {
        shown = 256;
        while (!is_char_boundary(ptr, len, shown)) shown--;
        ellipsis = "[...]";
    }
    RlBuf msg;
    rl_buf_init(&msg);
    char text[160];
    if (start > len || end > len) {
        snprintf(text, sizeof text, "%s byte index %zu is out of bounds of `", start > len ? "start" : "end",
                 start > len ? start : end);
        push_cstr(&msg, text);
    } else if (start > end) {
        snprintf(text, sizeof text, "begin > end (%zu > %zu) when slicing `", start, end);
        push_cstr(&msg, text);
    } else {
        int bad_start = !is_char_boundary(ptr, len, start);
        size_t index = bad_start ? start : end;
        size_t char_start = index;
        while (!is_char_boundary(ptr, len, char_start)) char_start--;
        size_t next = char_start;
        uint32_t c = utf8_next(ptr, &next);
        snprintf(text, sizeof text, "%s byte index %zu is not a char boundary; it is inside ",
                 bad_start ? "start" : "end", index);
        push_cstr(&msg, text);
        RlFmtSpec debug = {' ', RL_ALIGN_DEFAULT, 0, RL_KIND_DEBUG, 0, -1, -1};
        rl_fmt_char(&msg, c, &debug);
        snprintf(text, sizeof text, " (bytes %zu..%zu) of `", char_start, next);
        push_cstr(&msg, text);
    }
    rl_buf_push(&msg, ptr, shown);
    push_cstr(&msg, "`");
    push_cstr(&msg, ellipsis);
    rl_panic_buf(&msg, loc);
}

/* ---------------------------------------------------------------- memory */

static _Noreturn void out_of_memory(size_t size) {
    char msg[80];
    int len = snprintf(msg, sizeof msg, "memory allocation of %zu bytes failed\n", size);
    rl_flush_stdout();
    write_all(2, (const uint8_t *)msg, (size_t)len);
    abort();
}

/* Zero-sized allocations get a dangling, aligned, non-null pointer, as in Rust. */
void *rl_alloc(size_t size, size_t align) {
    if (size == 0) return (void *)(uintptr_t)align;
    void *ptr = NULL;
    if (align <= 16) ptr = malloc(size);
    else if (posix_memalign(&ptr, align, size) != 0) ptr = NULL;
    if (!ptr) out_of_memory(size);
    return ptr;
}

void *rl_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {
    if (old_size == 0) return rl_alloc(new_size, align);
    if (new_size == 0) {
        rl_dealloc(ptr, old_size, align);
        return (void *)(uintptr_t)align;
    }
    if (align <= 16) {
        void *grown = realloc(ptr, new_size);
        if (!grown) out_of_memory(new_size);
        return grown;
    }
    void *moved = rl_alloc(new_size, align);
    memcpy(moved, ptr, old_size < new_size ? old_size : new_size);
    free(ptr);
    return moved;
}

void rl_dealloc(void *ptr, size_t size, size_t align) {
    (void)align;
    if (size != 0) free(ptr);
}

/* ---------------------------------------------------------------- process */

static int saved_argc;
static char **saved_argv;

_Noreturn void rl_exit(int32_t code) {
    rl_flush_stdout();
    exit(code);
}

size_t rl_args_count(void) { return (size_t)saved_argc; }

void rl_arg(size_t index, const uint8_t **ptr, size_t *len) {
    *ptr = (const uint8_t *)saved_argv[index];
    *len = strlen(saved_argv[index]);
}

/* ---------------------------------------------------------------- stdin */

static uint8_t stdin_buffer[1 << 16];
static size_t stdin_pos, stdin_len;

static int stdin_fill(void) {
    if (stdin_pos < stdin_len) return 1;
    for (;;) {
        ssize_t got = read(0, stdin_buffer, sizeof stdin_buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return 0;
        stdin_pos = 0;
        stdin_len = (size_t)got;
        return 1;
    }
}

size_t rl_stdin_read_line(RlBuf *buf) {
    rl_flush_stdout();
    size_t total = 0;
    while (stdin_fill()) {
        uint8_t *start = stdin_buffer + stdin_pos;
        uint8_t *newline = memchr(start, '\n', stdin_len - stdin_pos);
        size_t take = newline ? (size_t)(newline - start) + 1 : stdin_len - stdin_pos;
        buf_append_raw(buf, start, take);
        stdin_pos += take;
        total += take;
        if (newline) break;
    }
    return total;
}

size_t rl_stdin_read_to_end(RlBuf *buf) {
    rl_flush_stdout();
    size_t total = 0;
    while (stdin_fill()) {
        buf_append_raw(buf, stdin_buffer + stdin_pos, stdin_len - stdin_pos);
        total += stdin_len - stdin_pos;
        stdin_pos = stdin_len;
    }
    return total;
}

int main(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
    signal(SIGPIPE, SIG_IGN);  /* Rust ignores SIGPIPE too */
    __rustlet_main();
    rl_flush_stdout();
    return 0;
}
