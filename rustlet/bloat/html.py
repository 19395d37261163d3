"""`--html`: one self-contained page with a treemap of `.text` and every instance.

    render_html(report) -> str

The treemap nests crate → generic origin → instance (the runtime and the
unattributed bytes are crates of their own, their functions one level down), each
rectangle's area proportional to its bytes. Layout is the squarified treemap of
Bruls, Huizing and van Wijk (2000): children, largest first, are laid out in rows
along the shorter side of the free space, and a row takes one more child only while
that does not worsen the row's worst aspect ratio. It is computed here, so the page
is plain SVG: inline CSS and a few lines of inline JS (click a rectangle to see its
details, type to filter the table), no network access, no external URLs.

Under the treemap, a table lists every instance, inlined ones (0 bytes, no area)
included, with its generic, status, bytes, IR lines and the call sites that
required it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from rustlet.bloat.model import Report
from rustlet.bloat.names import short
from rustlet.bloat.render import summary

WIDTH, HEIGHT = 1200.0, 640.0
_HUES = {"main": 210, "std": 30, "runtime": 120, "unattributed": 0}


@dataclass(slots=True)
class Node:
    name: str
    bytes: int
    detail: str = ""
    children: list[Node] = field(default_factory=list)


def _worst(row: list[float], side: float) -> float:
    total = sum(row)
    return max(max(side * side * a / (total * total), total * total / (side * side * a)) for a in row)


def squarify(sizes: list[float], x: float, y: float, w: float, h: float) -> list[tuple[float, float, float, float]]:
    """Rectangles (x, y, w, h) for `sizes` (positive, largest first) filling the box."""
    total = sum(sizes)
    if total <= 0 or w <= 0 or h <= 0:
        return [(x, y, 0.0, 0.0) for _ in sizes]
    areas = [s * w * h / total for s in sizes]
    rects: list[tuple[float, float, float, float]] = []
    i = 0
    while i < len(areas):
        side = min(w, h)
        row = [areas[i]]
        i += 1
        while i < len(areas) and _worst(row + [areas[i]], side) <= _worst(row, side):
            row.append(areas[i])
            i += 1
        row_total = sum(row)
        if w >= h:  # a column on the left
            column = row_total / h
            top = y
            for a in row:
                rects.append((x, top, column, a / column))
                top += a / column
            x, w = x + column, w - column
        else:  # a row at the top
            band = row_total / w
            left = x
            for a in row:
                rects.append((left, y, a / band, band))
                left += a / band
            y, h = y + band, h - band
    return rects


def _tree(report: Report) -> list[Node]:
    crates: dict[str, dict[str, Node]] = {}
    for instance in report.instances:
        if instance.bytes <= 0:
            continue
        generics = crates.setdefault(instance.crate, {})
        generic = generics.setdefault(instance.generic, Node(short(instance.generic), 0))
        generic.bytes += instance.bytes
        generic.children.append(Node(short(instance.name), instance.bytes,
                                     f"{instance.ir_lines} IR lines; symbol {instance.symbol}"))
    roots = [Node(crate, sum(g.bytes for g in generics.values()), children=list(generics.values()))
             for crate, generics in crates.items()]
    roots.append(Node("runtime", report.totals.runtime, "the C runtime",
                      [Node(s.symbol, s.bytes) for s in report.runtime]))
    roots.append(Node("unattributed", report.totals.unattributed, "libc start files and padding",
                      [Node(s.symbol, s.bytes) for s in report.unattributed]
                      + [Node("padding", report.totals.padding, "alignment between functions")]))
    return roots


def _svg(nodes: list[Node], x: float, y: float, w: float, h: float, depth: int, hue: int | None,
         path: str, total: int, out: list[str]) -> None:
    nodes = sorted((n for n in nodes if n.bytes > 0), key=lambda n: -n.bytes)
    for node, (nx, ny, nw, nh) in zip(nodes, squarify([n.bytes for n in nodes], x, y, w, h)):
        node_hue = _HUES.get(node.name, 270) if hue is None else hue
        label = f"{path} › {node.name}" if path else node.name
        info = f"{label}\n{node.bytes:,} bytes ({100 * node.bytes / total:.2f}% of .text)"
        if node.detail:
            info += f"\n{node.detail}"
        light = min(92, 45 + 15 * depth)
        out.append(f'<g><rect x="{nx:.1f}" y="{ny:.1f}" width="{max(nw, 0):.1f}" height="{max(nh, 0):.1f}" '
                   f'fill="hsl({node_hue},55%,{light}%)" data-info="{escape(info)}">'
                   f'<title>{escape(info)}</title></rect>')
        header = 14.0 if node.children and nh > 40 and nw > 60 else 0.0
        if nw > 40 and nh > 12:
            chars = int(nw / 6.5)
            text = node.name if len(node.name) <= chars else node.name[:max(chars - 1, 1)] + "…"
            out.append(f'<text x="{nx + 3:.1f}" y="{ny + 11:.1f}">{escape(text)}</text>')
        out.append("</g>")
        if node.children and nw > 6 and nh > 6 + header:
            _svg(node.children, nx + 2, ny + 2 + header, nw - 4, nh - 4 - header, depth + 1, node_hue, label,
                 total, out)


_CSS = """
body { font: 13px system-ui, sans-serif; margin: 16px; color: #222; }
pre { background: #f4f4f4; padding: 8px; }
svg rect { stroke: #fff; stroke-width: 0.5; cursor: pointer; }
svg rect:hover { stroke: #000; stroke-width: 1.5; }
svg text { font-size: 10px; pointer-events: none; fill: #111; }
#info { white-space: pre-wrap; min-height: 3em; font-family: monospace; }
table { border-collapse: collapse; margin-top: 12px; }
td, th { padding: 2px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.inlined td { color: #888; }
.chain { font-size: 11px; color: #555; }
"""

_JS = """
document.querySelectorAll('svg rect').forEach(function (r) {
  r.addEventListener('click', function (e) {
    document.getElementById('info').textContent = r.getAttribute('data-info'); e.stopPropagation();
  });
});
document.getElementById('filter').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('#instances tbody tr').forEach(function (tr) {
    tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
  });
});
"""


def render_html(report: Report) -> str:
    shapes: list[str] = []
    _svg(_tree(report), 0, 0, WIDTH, HEIGHT, 0, None, "", max(report.text_bytes, 1), shapes)
    rows = []
    for i in report.instances:
        chain = " → ".join(f"{short(s.caller)} ({s.site})" if s.site else short(s.caller) for s in i.required_by)
        rows.append(
            f'<tr class="{escape(i.status)}"><td>{escape(short(i.name))}<div class="chain">{escape(chain)}</div></td>'
            f'<td>{escape(short(i.generic))}</td><td>{escape(i.crate)}</td><td>{escape(i.status)}</td>'
            f'<td class="n">{i.bytes:,}</td><td class="n">{i.ir_lines:,}</td></tr>')
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>rustlet bloat: {escape(report.program)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>rustlet bloat: {escape(report.program)}</h1>",
        f"<pre>{escape(summary(report))}</pre>",
        "<p>Area is machine-code bytes: crate › generic › instance. Click a rectangle for details.</p>",
        f'<svg width="{WIDTH:.0f}" height="{HEIGHT:.0f}" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}" role="img">',
        *shapes,
        "</svg>",
        '<div id="info"></div>',
        f"<h2>Instances ({len(report.instances)})</h2>",
        '<input id="filter" placeholder="filter" size="40">',
        '<table id="instances"><thead><tr><th>Instance (required by)</th><th>Generic</th><th>Crate</th>'
        "<th>Status</th><th>Bytes</th><th>IR lines</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        f"<script>{_JS}</script>",
        "</body></html>",
        "",
    ])
