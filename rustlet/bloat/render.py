"""The text views of a bloat report, and the difference between two reports.

    render_text(report, view, limit, pattern) -> str   views: generic instance module crate identical
    render_diff(old, new, limit, pattern) -> str       per generic origin: what grew, what shrank

Every view starts with the same summary (the `.text` split into instances, runtime
and unattributed bytes) and lists its rows largest first, with each row's share of
`.text` and the running total, like cargo-bloat and cargo-llvm-lines. `limit` keeps
the first N rows (0: all) and says how many bytes the rest hold; `pattern` (a
regular expression, searched) keeps the rows whose name matches, before the limit.
Names drop the user's crate prefix `main::` (rustlet.bloat.names.short).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rustlet.bloat.model import Generic, Instance, Report
from rustlet.bloat.names import short

VIEWS = ("generic", "instance", "module", "crate", "identical")


@dataclass(slots=True)
class _Row:
    name: str
    bytes: int
    cells: list[str]  # the columns between the percentages and the name
    notes: list[str]  # lines printed under the row


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def summary(report: Report) -> str:
    t, total = report.totals, report.text_bytes
    counts = {status: 0 for status in ("code", "inlined", "folded", "intrinsic")}
    for instance in report.instances:
        counts[instance.status] = counts.get(instance.status, 0) + 1
    merged = ", MergeFunctions" if report.merge_identical else ""
    lines = [
        f"{report.program} (opt-level {report.opt_level}{merged}): .text {total:,} bytes",
        f"  instances {t.instances:,} ({_pct(t.instances, total).strip()})   "
        f"runtime {t.runtime:,} ({_pct(t.runtime, total).strip()})   "
        f"unattributed {t.unattributed:,} ({_pct(t.unattributed, total).strip()}, padding {t.padding:,})",
        f"  {len(report.instances)} instances: {counts['code']} with code, {counts['inlined']} inlined"
        + (f", {counts['folded']} folded" if counts["folded"] else "")
        + (f", {counts['intrinsic']} intrinsic" if counts["intrinsic"] else ""),
    ]
    return "\n".join(lines) + "\n"


def _table(rows: list[_Row], headers: Sequence[str], total: int, limit: int, what: str) -> str:
    shown = rows[:limit] if limit > 0 else rows
    widths = [max(len(h), *(len(r.cells[i]) for r in shown)) if shown else len(h)
              for i, h in enumerate(headers[:-1])]
    out = ["  ".join(["   Bytes", " %text", "  Cum%"] + [h.rjust(w) for h, w in zip(headers, widths)]
                     + [headers[-1]])]
    running = 0
    indent = " " * (len(out[0]) - len(headers[-1]))
    for row in shown:
        running += row.bytes
        out.append("  ".join([f"{row.bytes:8,}", _pct(row.bytes, total), _pct(running, total)]
                             + [c.rjust(w) for c, w in zip(row.cells, widths)] + [row.name]))
        out.extend(indent + note for note in row.notes)
    rest = rows[len(shown):]
    if rest:
        out.append(f"  … {len(rest)} more {what} ({sum(r.bytes for r in rest):,} bytes); -n 0 shows all")
    if not rows:
        out.append(f"  (no {what})")
    return "\n".join(out) + "\n"


def _chain(instance: Instance) -> str:
    steps = [f"{short(site.caller)} ({site.site})" if site.site else short(site.caller)
             for site in instance.required_by]
    return " → ".join(steps + [short(instance.name)])


def _status(instance: Instance) -> str:
    return "" if instance.status == "code" else instance.status


def _generic_rows(report: Report) -> list[_Row]:
    return [_Row(short(g.generic), g.bytes,
                 [f"{g.copies}" + (f" ({g.inlined} inl.)" if g.inlined else ""), f"{g.ir_lines:,}"], [])
            for g in report.generics]


def _instance_rows(report: Report) -> list[_Row]:
    return [_Row(short(i.name), i.bytes, [_status(i), f"{i.ir_lines:,}"], [_chain(i)] if i.required_by else [])
            for i in report.instances]


def _group_rows(report: Report, key: Callable[[Instance], str]) -> list[_Row]:
    groups: dict[str, list[int]] = {}
    for instance in report.instances:
        sums = groups.setdefault(key(instance), [0, 0, 0])
        sums[0] += instance.bytes
        sums[1] += 1
        sums[2] += instance.ir_lines
    rows = [_Row(name, b, [f"{n}", f"{lines:,}"], []) for name, (b, n, lines) in groups.items()]
    rows.append(_Row("[runtime]", report.totals.runtime, [f"{len(report.runtime)}", "-"], []))
    rows.append(_Row("[unattributed]", report.totals.unattributed, [f"{len(report.unattributed)}", "-"],
                     [f"incl. {report.totals.padding:,} bytes of padding between functions"]))
    return sorted(rows, key=lambda r: (-r.bytes, r.name))


def _identical_rows(report: Report) -> list[_Row]:
    def members(names: list[str]) -> str:
        shown = " = ".join(short(n) for n in names[:3])
        return shown + (f" = … ({len(names) - 3} more)" if len(names) > 3 else "")
    return [_Row(members(g.instances), g.saving, [f"{g.bytes:,}", f"{len(g.instances)}"], [])
            for g in report.identical]


_VIEW_TABLES: dict[str, tuple[Callable[[Report], list[_Row]], tuple[str, ...], str]] = {
    "generic": (_generic_rows, ("Copies", "IR lines", "Generic"), "generics"),
    "instance": (_instance_rows, ("Status", "IR lines", "Instance"), "instances"),
    "module": (lambda r: _group_rows(r, lambda i: i.module), ("Items", "IR lines", "Module"), "modules"),
    "crate": (lambda r: _group_rows(r, lambda i: i.crate), ("Items", "IR lines", "Crate"), "crates"),
    "identical": (_identical_rows, ("Each", "Copies", "Identical machine code (Bytes: saved by folding)"),
                  "groups of identical functions"),
}


def render_text(report: Report, view: str = "generic", limit: int = 30, pattern: str | None = None) -> str:
    make_rows, headers, what = _VIEW_TABLES[view]
    rows = make_rows(report)
    if pattern is not None:
        regex = re.compile(pattern)
        rows = [r for r in rows if regex.search(r.name)]
    text = summary(report) + "\n" + _table(rows, headers, report.text_bytes, limit, what)
    if view != "identical" and report.identical:
        saving = sum(g.saving for g in report.identical)
        groups = "group" if len(report.identical) == 1 else "groups"
        text += (f"\nidentical code: {len(report.identical)} {groups}, folding would save {saving:,} bytes "
                 f"(--by identical; rustlet build --merge-identical)\n")
    return text


def render_diff(old: Report, new: Report, limit: int = 30, pattern: str | None = None) -> str:
    """Per generic origin, old and new bytes and copies, largest change first."""
    before: dict[str, Generic] = {g.generic: g for g in old.generics}
    after: dict[str, Generic] = {g.generic: g for g in new.generics}
    regex = re.compile(pattern) if pattern is not None else None
    rows: list[tuple[int, str, str]] = []
    for name in before.keys() | after.keys():
        a, b = before.get(name), after.get(name)
        if regex is not None and not regex.search(short(name)):
            continue
        old_bytes, new_bytes = (a.bytes if a else 0), (b.bytes if b else 0)
        old_copies, new_copies = (a.copies if a else 0), (b.copies if b else 0)
        if old_bytes == new_bytes and old_copies == new_copies:
            continue
        tag = " (new)" if a is None else " (gone)" if b is None else ""
        copies = f"{old_copies} → {new_copies}" if old_copies != new_copies else f"{new_copies}"
        rows.append((new_bytes - old_bytes,
                     f"{old_bytes:9,}  {new_bytes:9,}  {new_bytes - old_bytes:+9,}  {copies:>9}  ",
                     short(name) + tag))
    rows.sort(key=lambda r: (-abs(r[0]), r[2]))
    delta = new.text_bytes - old.text_bytes
    out = [f".text {old.text_bytes:,} → {new.text_bytes:,} bytes ({delta:+,})",
           f"instances {old.totals.instances:,} → {new.totals.instances:,}   "
           f"runtime {old.totals.runtime:,} → {new.totals.runtime:,}   "
           f"unattributed {old.totals.unattributed:,} → {new.totals.unattributed:,}",
           "",
           f"{'Old':>9}  {'New':>9}  {'Delta':>9}  {'Copies':>9}  Generic"]
    shown = rows[:limit] if limit > 0 else rows
    out.extend(cells + name for _, cells, name in shown)
    if len(rows) > len(shown):
        out.append(f"  … {len(rows) - len(shown)} more changed generics; -n 0 shows all")
    if not rows:
        out.append("  (no generic changed)")
    grew = sum(d for d, _, _ in rows if d > 0)
    shrank = sum(d for d, _, _ in rows if d < 0)
    out.append(f"\ngrew {grew:+,} bytes, shrank {shrank:+,} bytes over {len(rows)} generics")
    return "\n".join(out) + "\n"
