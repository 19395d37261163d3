"""The bloat report as data, and its JSON form (schema "rustlet-bloat", version 1).

Every byte of the executable's `.text` section belongs to exactly one of:

    instances      functions the compiler generated for a mono item (or a shim)
    runtime        functions of the C runtime (rustlet/runtime)
    unattributed   everything else: libc's start files (`_start`, `frame_dummy` …)
                   and the alignment padding between functions (`padding`)

so `instances + runtime + unattributed == text_bytes` exactly.

JSON document (all byte counts are machine-code bytes in `.text`):

    {
      "schema": "rustlet-bloat", "version": 1,
      "program": "main.rl", "opt_level": 3, "merge_identical": false,
      "text_bytes": 11671,
      "totals": {"instances": N, "runtime": N, "unattributed": N, "padding": N},
      "instances": [{
          "name": "main::merge_sort::<u16>",       # instance, type arguments substituted
          "symbol": "_ZN4main10merge_sort17h…E",   # LLVM / ELF symbol name
          "kind": "fn" | "drop-glue" | "fmt-glue" | "shim",
          "generic": "main::merge_sort<T>",        # the generic item it instantiates
          "type_args": ["u16"],                     # all of them, the impl's first
          "status": "code" | "inlined" | "folded" | "intrinsic",
          "bytes": 412,                             # 0 unless status is "code"
          "ir_lines": 220,                          # LLVM IR lines before optimization
          "module": "main", "crate": "main",       # crate: "main" (user) or "std"
          "required_by": [                          # call sites from main down to it
              {"caller": "main::main", "site": "main.rl:40:5"},
              {"caller": "main::sort_all::<u16>", "site": "main.rl:12:9"}],
          "identical_group": 0 | null}],           # index into "identical"
      "generics": [{"generic", "crate", "module", "copies", "inlined", "bytes", "ir_lines"}],
                                                    # inlined: copies without code of their own
      "runtime": [{"symbol", "bytes"}],
      "unattributed": [{"symbol", "bytes"}],        # padding is not listed, only totalled
      "identical": [{"bytes": 412, "saving": 824, "symbols": [...], "instances": [...]}]
    }

Status: `inlined` means no symbol is left (inlined into every caller, or optimized
away); `folded` means MergeFunctions replaced it by an identical function
(`--merge-identical`); `intrinsic` means codegen expands it at each call and never
emits a body. `generics` and `instances` are sorted by bytes, then IR lines, then
name. A reader must reject another `schema` or a higher `version`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = "rustlet-bloat"
VERSION = 1


class SchemaError(Exception):
    """A JSON document that is not a bloat report this version can read."""


@dataclass(frozen=True, slots=True)
class CallSite:
    caller: str
    site: str  # `file:line:col`, or "" when the request has no span


@dataclass(slots=True)
class Instance:
    name: str
    symbol: str
    kind: str
    generic: str
    type_args: list[str]
    status: str
    bytes: int
    ir_lines: int
    module: str
    crate: str
    required_by: list[CallSite]
    identical_group: int | None = None


@dataclass(slots=True)
class Generic:
    generic: str
    crate: str
    module: str
    copies: int = 0
    inlined: int = 0
    bytes: int = 0
    ir_lines: int = 0


@dataclass(frozen=True, slots=True)
class Symbol:
    symbol: str
    bytes: int


@dataclass(slots=True)
class IdenticalGroup:
    bytes: int  # of each member
    saving: int  # what folding all members into one saves
    symbols: list[str]
    instances: list[str]


@dataclass(slots=True)
class Totals:
    instances: int = 0
    runtime: int = 0
    unattributed: int = 0  # including padding
    padding: int = 0


@dataclass(slots=True)
class Report:
    program: str
    opt_level: int
    merge_identical: bool
    text_bytes: int
    totals: Totals
    instances: list[Instance]
    generics: list[Generic]
    runtime: list[Symbol]
    unattributed: list[Symbol]
    identical: list[IdenticalGroup] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "version": VERSION, **asdict(self)}

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n")


def report_from_json(document: dict[str, Any]) -> Report:
    """The inverse of `Report.to_json`; SchemaError on another schema or version."""
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise SchemaError("not a rustlet bloat report (missing `\"schema\": \"rustlet-bloat\"`)")
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise SchemaError(f"bloat report version {version!r} is newer than this rustlet reads ({VERSION})")
    try:
        return Report(
            program=document["program"],
            opt_level=document["opt_level"],
            merge_identical=document["merge_identical"],
            text_bytes=document["text_bytes"],
            totals=Totals(**document["totals"]),
            instances=[Instance(**{**i, "required_by": [CallSite(**s) for s in i["required_by"]]})
                       for i in document["instances"]],
            generics=[Generic(**g) for g in document["generics"]],
            runtime=[Symbol(**s) for s in document["runtime"]],
            unattributed=[Symbol(**s) for s in document["unattributed"]],
            identical=[IdenticalGroup(**g) for g in document["identical"]],
        )
    except (KeyError, TypeError) as failure:
        raise SchemaError(f"malformed bloat report: {failure}") from None


def read_json(path: Path) -> Report:
    try:
        document = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as failure:
        raise SchemaError(f"cannot read `{path}`: {failure}") from None
    return report_from_json(document)
