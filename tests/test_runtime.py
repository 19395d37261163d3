"""The C runtime against rustc, byte for byte.

`FORMAT_DRIVER` is a C program linked with the runtime: its `__rustlet_main` reads
one formatting request per stdin line (`TYPE FILL ALIGN FLAGS KIND DEBUG_HEX WIDTH
PRECISION VALUE...`), formats it with the runtime's `rl_fmt_*` functions and prints
it. The same requests become a Rust program of `println!("{:SPEC}", VALUE)` lines.
Both outputs must be identical. Cases are random (seeded) plus hand-picked edges:
shortest round-trip floats next to powers of two, ties under precision, subnormals,
two's complement hex, `{:e}` of integers, padding with multi-byte fill characters,
Debug escapes. `--quick` runs fewer random cases.

The panic, stdout-buffering, argument and stdin tests need only clang.
"""
from __future__ import annotations

import math
import os
import random
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from rustlet.backend import find_clang, runtime_object
from rustlet.backend.link import RUNTIME_DIR

FORMAT_DRIVER = r"""
#include "rustlet_rt.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void __rustlet_main(void) {
    RlBuf line, out;
    rl_buf_init(&line);
    rl_buf_init(&out);
    while (rl_stdin_read_line(&line) > 0) {
        rl_buf_push(&line, (const uint8_t *)"", 1);  /* NUL for sscanf */
        char type;
        unsigned fill, align, flags, kind, debug_hex;
        long long width, precision;
        int used = 0;
        sscanf((char *)line.ptr, "%c %x %u %u %u %u %lld %lld %n", &type, &fill, &align, &flags,
               &kind, &debug_hex, &width, &precision, &used);
        RlFmtSpec spec = {fill, (uint8_t)align, (uint8_t)flags, (uint8_t)kind, (uint8_t)debug_hex,
                          width, precision};
        char *arg = (char *)line.ptr + used;
        if (type == 'i' || type == 'u') {
            unsigned bit_width;
            unsigned long long bits;
            sscanf(arg, "%u %llx", &bit_width, &bits);
            rl_fmt_int(&out, bits, type == 'i', (uint8_t)bit_width, &spec);
        } else if (type == 'f') {
            unsigned long long bits;
            double value;
            sscanf(arg, "%llx", &bits);
            memcpy(&value, &bits, 8);
            rl_fmt_f64(&out, value, &spec);
        } else if (type == 'g') {
            unsigned bits;
            float value;
            sscanf(arg, "%x", &bits);
            memcpy(&value, &bits, 4);
            rl_fmt_f32(&out, value, &spec);
        } else if (type == 'c') {
            unsigned code;
            sscanf(arg, "%x", &code);
            rl_fmt_char(&out, code, &spec);
        } else if (type == 'b') {
            rl_fmt_bool(&out, arg[0] == '1', &spec);
        } else if (type == 's') {
            uint8_t bytes[512];
            size_t len = 0;
            for (char *p = arg; p[0] && p[1] && p[0] != '\n' && p[0] != '-'; p += 2) {
                unsigned byte;
                sscanf(p, "%2x", &byte);
                bytes[len++] = (uint8_t)byte;
            }
            rl_fmt_str(&out, bytes, len, &spec);
        }
        rl_buf_push(&out, (const uint8_t *)"\n", 1);
        rl_buf_write_fd(&out, 1);
        line.len = 0;
    }
    rl_buf_free(&line);
    rl_buf_free(&out);
}
"""

KINDS = {"": 0, "?": 1, "x": 2, "X": 3, "o": 4, "b": 5, "e": 6, "E": 7, "x?": 1, "X?": 1}
ALIGNS = {"": 0, "<": 1, ">": 2, "^": 3}
FILLS = ["", "*", "-", "é", "日"]


@dataclass(frozen=True)
class Case:
    type_code: str  # i u f g c b s
    rust_value: str  # a Rust expression
    driver_value: str  # the VALUE part of the driver's request line
    spec: str  # the Rust format spec after ':'
    fill: str
    align: str
    flags: int
    kind: str
    width: int
    precision: int

    def rust_line(self) -> str:
        return f'    println!("{{:{self.spec}}}", {self.rust_value});'

    def driver_line(self) -> str:
        debug_hex = {"x?": 1, "X?": 2}.get(self.kind, 0)
        fill = ord(self.fill) if self.fill else 0x20
        return (f"{self.type_code} {fill:x} {ALIGNS[self.align]} {self.flags} {KINDS[self.kind]} "
                f"{debug_hex} {self.width} {self.precision} {self.driver_value}")


def make_case(rng: random.Random, type_code: str, rust_value: str, driver_value: str,
              kinds: list[str], allow_precision: bool = True) -> Case:
    kind = rng.choice(kinds)
    fill = rng.choice(FILLS) if rng.random() < 0.3 else ""
    align = rng.choice(["<", ">", "^"]) if fill else rng.choice(list(ALIGNS))
    plus = rng.random() < 0.2 and type_code not in "cbs"
    alternate = rng.random() < 0.2 and type_code in "iu"
    zero = rng.random() < 0.15 and type_code in "iufg"
    width = rng.choice([-1, -1, rng.randint(0, 25)])
    precision = rng.choice([-1, -1, rng.randint(0, 12)]) if allow_precision else -1
    spec = (fill + align + ("+" if plus else "") + ("#" if alternate else "") + ("0" if zero else "")
            + (str(width) if width >= 0 else "") + (f".{precision}" if precision >= 0 else "") + kind)
    flags = (1 if plus else 0) | (4 if alternate else 0) | (8 if zero else 0)
    return Case(type_code, rust_value, driver_value, spec, fill, align, flags, kind, width, precision)


def interesting_f64(rng: random.Random) -> float:
    choice = rng.randrange(9)
    if choice == 0:
        return struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
    if choice == 1:
        return rng.randint(-10**6, 10**6) / 10 ** rng.randint(0, 8)
    if choice == 2:
        return math.ldexp(1.0, rng.randint(-1074, 1023)) * rng.choice([1, -1])
    if choice == 3:
        return float(f"1e{rng.randint(-320, 308)}")
    if choice == 4:
        return rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e15, 1e-4, 1e-5, 9.5, 0.1 + 0.2,
                           1e21, 1e22, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                           float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 123456789.0,
                           # exact ties between two shortest candidates
                           1125899906842624.25, 1125899906842624.75, 185653013946117.875])
    if choice == 5:
        return rng.uniform(-1000, 1000)
    if choice == 6:
        return math.nextafter(math.ldexp(1.0, rng.randint(-60, 60)), rng.choice([0.0, math.inf]))
    if choice == 7:
        return float(rng.randint(-(2**60), 2**60))
    return rng.uniform(0, 1) * 10 ** rng.randint(-20, 20)


def f64_bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


def float_cases(rng: random.Random, count: int) -> list[Case]:
    kinds = ["", "?", "e", "E"]
    cases = []
    for _ in range(count):
        value = interesting_f64(rng)
        if rng.random() < 0.25:
            bits32 = struct.unpack("<I", struct.pack("<f", value if abs(value) < 3e38 or not math.isfinite(value)
                                                     else rng.uniform(-1e30, 1e30)))[0]
            if rng.random() < 0.2:
                bits32 = rng.getrandbits(32)
            cases.append(make_case(rng, "g", f"f32::from_bits(0x{bits32:08x})", f"{bits32:x}", kinds))
        else:
            bits = f64_bits(value)
            cases.append(make_case(rng, "f", f"f64::from_bits(0x{bits:016x})", f"{bits:x}", kinds))
    return cases


INT_TYPES = [("i8", 8, True), ("i16", 16, True), ("i32", 32, True), ("i64", 64, True), ("isize", 64, True),
             ("u8", 8, False), ("u16", 16, False), ("u32", 32, False), ("u64", 64, False), ("usize", 64, False)]


def int_cases(rng: random.Random, count: int) -> list[Case]:
    kinds = ["", "?", "x", "X", "o", "b", "e", "E", "x?", "X?"]
    cases = []
    for _ in range(count):
        name, bit_width, signed = rng.choice(INT_TYPES)
        bits = rng.choice([rng.getrandbits(bit_width), rng.randint(0, 1000), (1 << bit_width) - rng.randint(1, 1000),
                           1 << (bit_width - 1), rng.choice([0, 1, 10, 100, 125, 15, 995, 1250001, 99999])])
        bits &= (1 << bit_width) - 1
        sign_extended = bits - (1 << bit_width) if signed and bits >> (bit_width - 1) else bits
        driver_bits = sign_extended & ((1 << 64) - 1)
        cases.append(make_case(rng, "i" if signed else "u", f"(0x{bits:x}u64 as {name})",
                               f"{bit_width} {driver_bits:x}", kinds))
    return cases


STRINGS = ["", "a", "hello", "héllo wörld", "日本語", "tab\there", "quote\"s", "back\\slash", "nul\0",
           "esc\x1b", "del\x7f", "nbsp\xa0", "soft\xad", "e\u0301", "\u0301lead", "zw\u200b", "it's",
           "line\nbreak", "cr\r", "emoji 🎉", "\u2028", "\U000e0001"]


def rust_string_literal(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\u{{{ord(c):x}}}" for c in text) + '"'


def text_cases(rng: random.Random, count: int) -> list[Case]:
    cases = []
    for text in STRINGS:
        for kind in ("", "?"):
            encoded = text.encode().hex() or "-"
            cases.append(make_case(rng, "s", rust_string_literal(text), encoded, [kind]))
    for _ in range(count):
        text = rng.choice(STRINGS)
        if "\n" in text or "\r" in text:
            kinds = ["?"]
        else:
            kinds = ["", "?"]
        cases.append(make_case(rng, "s", rust_string_literal(text), text.encode().hex() or "-", kinds))
        code = ord(rng.choice(rng.choice(STRINGS) or "x"))
        cases.append(make_case(rng, "c", f"char::from_u32(0x{code:x}).unwrap()", f"{code:x}",
                               ["?"] if code in (10, 13) else ["", "?"], allow_precision=False))
        flag = rng.random() < 0.5
        cases.append(make_case(rng, "b", "true" if flag else "false", "1" if flag else "0", ["", "?"],
                               allow_precision=False))
    return cases


@pytest.fixture(scope="module")
def format_driver(tmp_path_factory: pytest.TempPathFactory) -> Path:
    clang = find_clang()
    scratch = tmp_path_factory.mktemp("format-driver")
    source = scratch / "driver.c"
    source.write_text(FORMAT_DRIVER)
    binary = scratch / "driver"
    subprocess.run([clang, "-O1", f"-I{RUNTIME_DIR}", str(source), str(runtime_object()), "-lm", "-o", str(binary)],
                   check=True)
    return binary


def run_driver(driver: Path, cases: list[Case]) -> str:
    requests = "".join(case.driver_line() + "\n" for case in cases)
    return subprocess.run([str(driver)], input=requests.encode(), capture_output=True, check=True).stdout.decode()


def run_rustc(rustc: Path, cases: list[Case], scratch: Path) -> str:
    source = scratch / "oracle.rs"
    source.write_text("#![allow(unused)]\nfn main() {\n" + "\n".join(c.rust_line() for c in cases) + "\n}\n")
    binary = scratch / "oracle"
    subprocess.run([str(rustc), "--edition", "2021", "-C", "opt-level=0", "-o", str(binary), str(source)],
                   check=True, capture_output=True)
    return subprocess.run([str(binary)], capture_output=True, check=True).stdout.decode()


def assert_same_lines(cases: list[Case], ours: str, theirs: str) -> None:
    mismatches = []
    for case, mine, expected in zip(cases, ours.split("\n"), theirs.split("\n")):
        if mine != expected:
            mismatches.append(f"{{:{case.spec}}} of {case.rust_value}: rustlet {mine!r}, rustc {expected!r}")
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ:\n" + "\n".join(mismatches[:40])
    assert ours == theirs


@pytest.mark.parametrize("family", ["float", "int", "text"])
def test_formatting_matches_rustc(family: str, format_driver: Path, rustc_path: Path | None, quick: bool,
                                  tmp_path: Path) -> None:
    if rustc_path is None:
        pytest.skip("rustc is not installed (the oracle)")
    rng = random.Random(f"rustlet-runtime-{family}")
    count = 300 if quick else 1500
    cases = {"float": float_cases, "int": int_cases, "text": text_cases}[family](rng, count)
    assert_same_lines(cases, run_driver(format_driver, cases), run_rustc(rustc_path, cases, tmp_path))


# The golden cases below pin behaviour without rustc (values checked against rustc 1.95).
GOLDEN = [
    ("f 3ff0000000000000", 0, -1, "1"),  # 1.0 Display
    ("f 3ff0000000000000", 1, -1, "1.0"),
    ("f 4341c37937e08000", 1, -1, "1e16"),
    ("f 3ee4f8b588e368f1", 1, -1, "1e-5"),
    ("f 3f1a36e2eb1c432d", 1, -1, "0.0001"),
    ("f 444b1ae4d6e2ef50", 0, -1, "1000000000000000000000"),
    ("f 3fd3333333333334", 0, -1, "0.30000000000000004"),
    ("f 8000000000000000", 0, -1, "-0"),
    ("f 4004000000000000", 0, 0, "2"),  # 2.5 with {:.0}: ties to even
    ("f 3fc0000000000000", 0, 2, "0.12"),  # 0.125 with {:.2}
    ("f 7ff8000000000000", 0, -1, "NaN"),
    ("f fff0000000000000", 1, -1, "-inf"),
    ("f 4310000000000001", 0, -1, "1125899906842624.3"),  # exactly ...624.25: a tie goes up
    ("f 42e51b36be53e0bc", 0, -1, "185653013946117.88"),  # exactly ...117.875
    ("g 3dcccccd", 0, -1, "0.1"),  # 0.1f32
    ("g 38d1b717", 1, -1, "0.0001"),  # 1e-4f32 is not below the f32 threshold
    ("g 7f7fffff", 1, -1, "3.4028235e38"),
]


@pytest.mark.parametrize("request_value,kind,precision,expected", GOLDEN)
def test_float_goldens(request_value: str, kind: int, precision: int, expected: str, format_driver: Path) -> None:
    type_code, value = request_value.split()
    line = f"{type_code} 20 0 0 {kind} 0 -1 {precision} {value}\n"
    out = subprocess.run([str(format_driver)], input=line.encode(), capture_output=True, check=True).stdout
    assert out.decode() == expected + "\n"


def test_int_goldens(format_driver: Path) -> None:
    requests = ["i 20 0 0 2 0 -1 -1 8 ffffffffffffffff",  # {:x} of -1i8
                "u 20 0 4 3 0 -1 -1 32 ff",  # {:#X} of 255
                "u 20 0 12 5 0 10 -1 32 5",  # {:#010b} of 5
                "i 20 0 8 0 0 5 -1 32 ffffffffffffffd6",  # {:05} of -42
                "u 20 0 0 6 0 -1 1 32 7d",  # {:.1e} of 125
                "i 2a 3 0 0 0 7 -1 32 2a"]  # {:*^7} of 42
    out = subprocess.run([str(format_driver)], input="\n".join(requests).encode() + b"\n",
                         capture_output=True, check=True).stdout.decode()
    assert out.splitlines() == ["ff", "0xFF", "0b00000101", "-0042", "1.2e2", "**42***"]


def build_c_program(tmp_path: Path, body: str) -> Path:
    """A C program whose `__rustlet_main` is `body`, linked with the runtime."""
    source = tmp_path / "program.c"
    source.write_text('#include "rustlet_rt.h"\n#include <string.h>\n#define S(x) (const uint8_t *)x, strlen(x)\n'
                      "void __rustlet_main(void) {\n" + body + "\n}\n")
    binary = tmp_path / "program"
    subprocess.run([find_clang(), f"-I{RUNTIME_DIR}", str(source), str(runtime_object()), "-lm", "-o", str(binary)],
                   check=True)
    return binary


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}


def test_panic_message_and_status(tmp_path: Path) -> None:
    binary = build_c_program(tmp_path, """
        RlBuf b; rl_buf_init(&b); rl_buf_push(&b, S("before\\npartial")); rl_buf_write_fd(&b, 1);
        RlLocation loc = {(const uint8_t *)"main.rl", 7, 3, 5};
        rl_panic_bounds_check(5, 3, &loc);""")
    result = subprocess.run([str(binary)], capture_output=True, env=clean_env())
    assert result.returncode == 101
    assert result.stdout == b"before\npartial"
    pid_free = result.stderr.decode().split(") panicked")
    assert pid_free[0].startswith("\nthread 'main' (")
    assert pid_free[1] == (" at main.rl:3:5:\nindex out of bounds: the len is 3 but the index is 5\n"
                           "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n")


def test_stderr_ordering_matches_line_buffered_stdout(tmp_path: Path) -> None:
    # Rust's stdout is line-buffered: with 2>&1 a complete line comes before a later
    # eprint!, a trailing partial line after it.
    binary = build_c_program(tmp_path, """
        RlBuf b; rl_buf_init(&b);
        rl_buf_push(&b, S("line\\npart")); rl_buf_write_fd(&b, 1);
        rl_buf_push(&b, S("err\\n")); rl_buf_write_fd(&b, 2);""")
    result = subprocess.run([str(binary)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert result.stdout == b"line\nerr\npart"


def test_exit_flushes_and_args(tmp_path: Path) -> None:
    binary = build_c_program(tmp_path, """
        RlBuf b; rl_buf_init(&b);
        for (size_t i = 1; i < rl_args_count(); i++) {
            const uint8_t *p; size_t n; rl_arg(i, &p, &n); rl_buf_push(&b, p, n); rl_buf_push(&b, S(";"));
        }
        rl_buf_write_fd(&b, 1);
        rl_exit(3);""")
    result = subprocess.run([str(binary), "a b", "ü"], capture_output=True)
    assert (result.returncode, result.stdout.decode()) == (3, "a b;ü;")


def test_stdin_lines_and_pad_adapter(tmp_path: Path) -> None:
    binary = build_c_program(tmp_path, """
        RlBuf line, out; rl_buf_init(&line); rl_buf_init(&out);
        out.indent = 1;
        while (rl_stdin_read_line(&line) > 0) { rl_buf_push(&out, line.ptr, line.len); line.len = 0; }
        out.indent = 0; rl_buf_push(&out, S("|")); rl_buf_write_fd(&out, 1);""")
    result = subprocess.run([str(binary)], input=b"one\ntwo\n\nlast", capture_output=True)
    assert result.stdout == b"    one\n    two\n    \n    last|"


def test_zero_sized_and_aligned_allocation(tmp_path: Path) -> None:
    binary = build_c_program(tmp_path, """
        char *p = rl_alloc(0, 8); RlBuf b; rl_buf_init(&b);
        char *q = rl_alloc(100, 64); char *r = rl_realloc(q, 100, 64, 5000);
        if (p == (char *)8 && ((size_t)r % 64) == 0) rl_buf_push(&b, S("ok"));
        rl_dealloc(r, 5000, 64); rl_dealloc(p, 0, 8); rl_buf_write_fd(&b, 1);""")
    assert subprocess.run([str(binary)], capture_output=True).stdout == b"ok"
