"""`rustlet bloat FILE …`: build in a temporary directory, attribute, print and write.

    run_bloat(options, request) -> exit status

The build is an ordinary `rustlet build` (same driver, same flags) with a
BuildRecord attached; its diagnostics and exit status are the build's. After it,
the report is printed on stdout (one view, or the difference with `--diff`) and
written as JSON / HTML when asked. `RUSTLET_TIME=1` prints the time the report
itself takes, apart from the build.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rustlet import backend
from rustlet.bloat.attribute import attribute, runtime_function_names
from rustlet.bloat.elf import ElfError
from rustlet.bloat.html import render_html
from rustlet.bloat.model import SchemaError, read_json
from rustlet.bloat.render import render_diff, render_text
from rustlet.driver import BuildRecord, Options, run as run_driver, stdlib_root


@dataclass(slots=True)
class BloatRequest:
    view: str = "generic"
    limit: int = 30
    pattern: str | None = None
    json_path: Path | None = None
    diff_path: Path | None = None
    html_path: Path | None = None


def run_bloat(options: Options, request: BloatRequest, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    old = None
    if request.diff_path is not None:  # fail before a long build
        try:
            old = read_json(request.diff_path)
        except SchemaError as failure:
            err.write(f"error: {failure}\n")
            return 1
    record = BuildRecord()
    options.record = record
    with tempfile.TemporaryDirectory(prefix="rustlet-bloat-") as scratch:
        options.output_path = Path(scratch) / (options.input_path.stem or "program")
        status = run_driver(options, out, err)
        if status != 0:
            return status
        start = time.perf_counter()
        try:
            report = attribute(record, runtime_function_names(backend.runtime_object()),
                               str(options.input_path), str(stdlib_root()))
        except ElfError as failure:
            err.write(f"error: cannot read the symbol table of the executable: {failure}\n")
            return 1
    out.write(render_diff(old, report, request.limit, request.pattern) if old is not None
              else render_text(report, request.view, request.limit, request.pattern))
    if request.json_path is not None:
        report.write_json(request.json_path)
    if request.html_path is not None:
        request.html_path.write_text(render_html(report))
    if os.environ.get("RUSTLET_TIME") == "1":
        print(f"time: {time.perf_counter() - start:8.3f}s  bloat report", file=sys.stderr)
    return 0
