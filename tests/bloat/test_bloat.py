"""`rustlet bloat` on generic.rl: attribution, views, JSON, diff, HTML, MergeFunctions.

Three builds of one small program (opt-level 0, 3, and 0 with --merge-identical) are
shared by the module. Byte counts are checked against the executable's section
headers and symbol table as `readelf -S` and `nm -S` print them (binutils), so the
report's own ELF reader is not checked against itself.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rustlet import backend, cli
from rustlet.bloat import attribute, read_json, report_from_json, runtime_function_names
from rustlet.bloat.html import render_html
from rustlet.bloat.model import Report, SchemaError
from rustlet.bloat.names import short
from rustlet.bloat.render import render_diff, render_text
from rustlet.driver import BuildRecord, Options, run

PROGRAM = Path(__file__).with_name("generic.rl")
SOURCE = PROGRAM.read_text()
INT_TYPES = {"u8", "u16", "i32", "i64"}
USER_GENERICS = ("main::max_of<T>", "main::checksum<T>", "main::run<T>", "main::Pair<T>::larger",
                 "main::Pair<T>::new")

binutils = pytest.mark.skipif(shutil.which("nm") is None or shutil.which("readelf") is None,
                              reason="binutils (nm, readelf) not installed")


def build(tmp: Path, opt_level: int, merge: bool = False) -> tuple[Report, Path]:
    record = BuildRecord()
    exe = tmp / f"generic-O{opt_level}{'-merged' if merge else ''}"
    options = Options(PROGRAM, exe, opt_level=opt_level, merge_identical=merge, record=record)
    assert run(options) == 0
    report = attribute(record, runtime_function_names(backend.runtime_object()), "generic.rl")
    return report, exe


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bloat")


@pytest.fixture(scope="module")
def debug(scratch: Path) -> tuple[Report, Path]:
    return build(scratch, 0)


@pytest.fixture(scope="module")
def optimized(scratch: Path) -> tuple[Report, Path]:
    return build(scratch, 3)


@pytest.fixture(scope="module")
def merged(scratch: Path) -> tuple[Report, Path]:
    return build(scratch, 0, merge=True)


def site_of(pattern: str) -> str:
    """`generic.rl:LINE:COL` of the first match of `pattern` in the program."""
    offset = re.search(pattern, SOURCE).start()  # type: ignore[union-attr]
    line = SOURCE.count("\n", 0, offset) + 1
    column = offset - (SOURCE.rfind("\n", 0, offset) + 1) + 1
    return f"{PROGRAM}:{line}:{column}"


def test_by_generic_one_copy_per_type(debug: tuple[Report, Path]) -> None:
    report, _ = debug
    generics = {g.generic: g for g in report.generics}
    for name in USER_GENERICS:
        assert generics[name].copies == 4, name
        assert generics[name].inlined == 0
        copies = [i for i in report.instances if i.generic == name]
        assert {i.type_args[-1] for i in copies} == INT_TYPES
        assert generics[name].bytes == sum(i.bytes for i in copies) > 0
        assert generics[name].ir_lines == sum(i.ir_lines for i in copies) > 0
    # each non-generic trait impl is an origin of its own
    for ty in INT_TYPES:
        assert generics[f"<{ty} as main::Mix>::mix"].copies == 1
    names = {i.name for i in report.instances}
    assert {"main::Pair<u16>::new", "main::max_of::<i64>", "<u8 as main::Mix>::mix"} <= names
    text = render_text(report, "generic", limit=0)
    assert re.search(r"\n\s+[\d,]+\s+[\d.]+%\s+[\d.]+%\s+4\s+[\d,]+\s+max_of<T>\n", text)


@binutils
def test_bytes_add_up_to_text(debug: tuple[Report, Path]) -> None:
    report, exe = debug
    sections = subprocess.run(["readelf", "-S", "-W", str(exe)], capture_output=True, text=True, check=True).stdout
    text_size = int(re.search(r"\] \.text\s+PROGBITS\s+\w+\s+\w+\s+(\w+)", sections).group(1), 16)  # type: ignore
    assert report.text_bytes == text_size
    t = report.totals
    assert t.instances + t.runtime + t.unattributed == text_size
    assert t.padding < t.unattributed and t.padding < 0.05 * text_size
    # every instance with code is sized as nm sizes its symbol
    nm = subprocess.run(["nm", "-S", str(exe)], capture_output=True, text=True, check=True).stdout
    sizes = {}
    for line in nm.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[2] in "tT":
            sizes[fields[3]] = int(fields[1], 16)
    code = [i for i in report.instances if i.status == "code"]
    assert code and all(i.bytes == sizes[i.symbol] for i in code)
    assert t.instances == sum(sizes[i.symbol] for i in code)
    assert t.runtime == sum(sizes[s.symbol] for s in report.runtime) > 0
    assert {"rl_buf_push", "rl_fmt_int"} <= {s.symbol for s in report.runtime}
    assert "_start" in {s.symbol for s in report.unattributed}


def test_required_by_chain(debug: tuple[Report, Path]) -> None:
    report, _ = debug
    (instance,) = [i for i in report.instances if i.name == "main::max_of::<u16>"]
    assert [(s.caller, s.site) for s in instance.required_by] == [
        ("main::main", site_of(r"run\(&b\)")),
        ("main::run::<u16>", site_of(r"max_of\(xs\)")),
    ]
    (main,) = [i for i in report.instances if i.name == "main::main"]
    assert main.required_by == []
    text = render_text(report, "instance", limit=0)
    assert (f"main ({site_of(r'run[(]&b[)]')}) → run::<u16> ({site_of(r'max_of[(]xs[)]')}) → max_of::<u16>"
            in text)


def test_inlined_instances_are_kept(debug: tuple[Report, Path], optimized: tuple[Report, Path]) -> None:
    report, _ = optimized
    assert {i.name for i in report.instances} == {i.name for i in debug[0].instances}
    inlined = [i for i in report.instances if i.status == "inlined"]
    assert {"main::max_of::<u8>", "main::checksum::<i64>"} <= {i.name for i in inlined}
    assert all(i.bytes == 0 and i.ir_lines > 0 for i in inlined)
    generics = {g.generic: g for g in report.generics}
    assert generics["main::max_of<T>"].inlined == generics["main::max_of<T>"].copies == 4
    assert report.totals.instances + report.totals.runtime + report.totals.unattributed == report.text_bytes
    assert "inlined" in render_text(report, "instance", limit=0)


def test_identical_code_and_merge_functions(debug: tuple[Report, Path], merged: tuple[Report, Path]) -> None:
    report, _ = debug
    groups = [g for g in report.identical if any("len" in n for n in g.instances)]
    assert len(groups) == 1
    (group,) = groups
    assert sorted(group.instances) == sorted(f"std::slice::<impl [{t}]>::len" for t in INT_TYPES)
    assert group.saving == group.bytes * 3
    indexes = {i.identical_group for i in report.instances if i.name in group.instances}
    assert indexes == {report.identical.index(group)}
    # instances that differ only in integer width are not identical
    assert not any("max_of" in n for g in report.identical for n in g.instances)

    folded_report, _ = merged
    assert folded_report.merge_identical
    folded = [i for i in folded_report.instances if i.status == "folded"]
    assert len(folded) == 3 and all(i.bytes == 0 and "len" in i.name for i in folded)
    assert folded_report.text_bytes <= report.text_bytes - group.saving
    assert not any("len" in n for g in folded_report.identical for n in g.instances)


def test_json_round_trip_and_schema(debug: tuple[Report, Path], tmp_path: Path) -> None:
    report, _ = debug
    path = tmp_path / "report.json"
    report.write_json(path)
    document = json.loads(path.read_text())
    assert document["schema"] == "rustlet-bloat" and document["version"] == 1
    assert document["text_bytes"] == report.text_bytes
    instance = next(i for i in document["instances"] if i["name"] == "main::max_of::<u16>")
    assert set(instance) == {"name", "symbol", "kind", "generic", "type_args", "status", "bytes", "ir_lines",
                             "module", "crate", "required_by", "identical_group"}
    assert instance["type_args"] == ["u16"] and instance["crate"] == "main" and instance["kind"] == "fn"
    assert instance["required_by"][0] == {"caller": "main::main", "site": site_of(r"run\(&b\)")}
    generic = next(g for g in document["generics"] if g["generic"] == "main::max_of<T>")
    assert generic["copies"] == 4
    assert read_json(path) == report
    with pytest.raises(SchemaError):
        report_from_json({**document, "version": 2})
    with pytest.raises(SchemaError):
        report_from_json({**document, "schema": "cargo-bloat"})
    with pytest.raises(SchemaError):
        report_from_json({k: v for k, v in document.items() if k != "instances"})


def test_diff(debug: tuple[Report, Path], optimized: tuple[Report, Path]) -> None:
    old, new = debug[0], optimized[0]
    text = render_diff(old, new, limit=0)
    assert f".text {old.text_bytes:,} → {new.text_bytes:,}" in text
    old_bytes = next(g.bytes for g in old.generics if g.generic == "main::max_of<T>")
    assert re.search(rf"\s{old_bytes:,}\s+0\s+-{old_bytes:,}\s+4\s+max_of<T>\n", text)
    assert "no generic changed" in render_diff(old, old)
    assert "max_of<T>" not in render_diff(old, new, pattern="checksum")


class _Page(HTMLParser):
    """Checks that tags nest and collects the text and attributes."""

    VOID = {"meta", "input", "br", "img", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes.extend(f"{k}={v}" for k, v in attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_complete(optimized: tuple[Report, Path]) -> None:
    report, _ = optimized
    page = render_html(report)
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    assert not re.search(r"https?:|//[a-z]|src=|href=|@import", page)
    text = "".join(parser.text)
    for instance in report.instances:  # inlined ones included
        assert short(instance.name) in text, instance.name
    rects = [tuple(float(v) for v in m) for m in
             re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', page)]
    assert rects and all(x + w <= 1200.5 and y + h <= 640.5 for x, y, w, h in rects)


def test_cli_writes_json_html_and_diff(debug: tuple[Report, Path], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.json"
    debug[0].write_json(old)
    out_json, out_html = tmp_path / "new.json", tmp_path / "new.html"
    status = cli.main(["bloat", str(PROGRAM), "--json", str(out_json), "--html", str(out_html),
                       "--diff", str(old)])
    assert status == 0
    printed = capsys.readouterr().out
    assert "(no generic changed)" in printed  # same program, same options, same code
    assert read_json(out_json).text_bytes == debug[0].text_bytes
    assert out_html.read_text().startswith("<!DOCTYPE html>")


def test_cli_rejects_a_bad_diff_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"schema": "something-else"}')
    assert cli.main(["bloat", str(PROGRAM), "--diff", str(bogus)]) == 1
    assert "not a rustlet bloat report" in capsys.readouterr().err


@binutils
def test_build_merge_identical_runs_the_same(debug: tuple[Report, Path], tmp_path: Path) -> None:
    exe = tmp_path / "merged"
    assert cli.main(["build", str(PROGRAM), "-o", str(exe), "--merge-identical"]) == 0
    expected = subprocess.run([str(debug[1])], capture_output=True, text=True, check=True).stdout
    assert subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout == expected
    (group,) = [g for g in debug[0].identical if any("len" in n for n in g.instances)]
    symbols = set(subprocess.run(["nm", str(exe)], capture_output=True, text=True, check=True).stdout.split())
    assert len(symbols & set(group.symbols)) == 1
