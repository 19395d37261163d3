"""`rustlet bloat`: where the bytes of an executable's machine code come from.

    attribute(build_record, runtime_symbols, program_name) -> Report   (attribute.py)
    render_text(report, view, limit, pattern) -> str                   (render.py)
    render_diff(old, new, limit, pattern) -> str                       (render.py)
    render_html(report) -> str                                         (html.py)
    read_json(path) -> Report; Report.write_json(path)                 (model.py: the schema)

A build (rustlet.driver with `Options.record` set) leaves the mono items, the
unoptimized LLVM IR and the linked executable; `attribute` charges every byte of
`.text` to a mono item, the C runtime or "unattributed", and names each item's
generic origin, type arguments, module, crate and the chain of call sites that
required it. The views group the same numbers by generic, instance, module or crate.
"""
from rustlet.bloat.attribute import attribute, runtime_function_names
from rustlet.bloat.model import Report, SchemaError, read_json, report_from_json

__all__ = ["Report", "SchemaError", "attribute", "read_json", "report_from_json", "runtime_function_names"]
