"""Run `rustlet check` on every program that must compile (the conformance run-pass
programs and the benchmarks) and sort the rejections by the stage that made them.

A rejection is a *borrowck* one when one of its errors carries a borrowck code (or is
the code-less "lifetime may not live long enough"); anything else (a missing std item,
a typeck or resolve gap) belongs to another stage.  Issue #5 asks for no borrowck
rejection here.

    python3 tests/borrowck/check_corpus.py [--jobs 2] [--compiler rustlet] [DIR_OR_FILE ...]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SHARED = Path("/work/shared")
DEFAULT = [SHARED / "conformance" / "run-pass", SHARED / "bench"]
BORROWCK_CODES = {"E0373", "E0381", "E0382", "E0384", "E0499", "E0502", "E0503", "E0505", "E0506",
                  "E0507", "E0508", "E0509", "E0515", "E0594", "E0596", "E0597", "E0621", "E0716"}
ERROR_RE = re.compile(r"^error(?:\[(E\d{4})\])?: (.*)$", re.MULTILINE)


def programs(args: list[str]) -> list[Path]:
    found: dict[Path, None] = {}
    for arg in args or [str(d) for d in DEFAULT]:
        path = Path(arg)
        for p in sorted(path.glob("*.rl")) if path.is_dir() else [path]:
            if p.suffix == ".rl" and not p.read_text().startswith("// not-a-test"):
                found[p] = None
    return list(found)


def check(compiler: str, path: Path) -> tuple[Path, int, list[tuple[str | None, str]]]:
    result = subprocess.run([compiler, "check", str(path)], capture_output=True, text=True, timeout=300)
    errors = [(code or None, message) for code, message in ERROR_RE.findall(result.stderr)
              if not message.startswith("aborting due to")]
    if result.returncode != 0 and not errors:
        errors = [(None, result.stderr.strip().splitlines()[0] if result.stderr.strip() else "no output")]
    return path, result.returncode, errors


def is_borrowck(code: str | None, message: str) -> bool:
    return code in BORROWCK_CODES or message == "lifetime may not live long enough"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--compiler", default="rustlet", help="the command to run (`COMPILER check FILE`)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = programs(args.paths)
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: check(args.compiler, p), paths))
    accepted = 0
    borrowck_rejections = 0
    for path, status, errors in results:
        if status == 0:
            accepted += 1
            continue
        stage = "borrowck" if any(is_borrowck(c, m) for c, m in errors) else "other"
        borrowck_rejections += stage == "borrowck"
        first = "; ".join(f"[{c}] {m}" if c else m for c, m in errors[:3])
        print(f"REJECTED ({stage}) {path.parent.name}/{path.name}: {first}")
    print(f"accepted {accepted} of {len(results)}; {borrowck_rejections} rejected by borrowck")
    return 1 if borrowck_rejections else 0


if __name__ == "__main__":
    sys.exit(main())
