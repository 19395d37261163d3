"""The `rustlet` command, in rustc's and cargo's conventions.

    rustlet build FILE [-o OUT] [-O | --opt-level N] [--emit KIND] [-g] [-C target-cpu=NAME]
    rustlet run FILE [-O] [-- ARGS...]      build in a temporary directory, run, pass on the status
    rustlet check FILE                      front end and borrow checker only
    rustlet bloat FILE [-O] [--by VIEW] [-n N] [--filter RE] [--json OUT] [--diff OLD] [--html OUT]
                                            where the machine code comes from (rustlet.bloat)
    rustlet --explain E0382
    rustlet --version

Exit status: 0 success, 1 compile errors (and bad usage, as rustc), 101 internal
compiler error; `run` exits with the program's status.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import rustlet
from rustlet import explain
from rustlet.driver import Emit, Options, run as run_driver


class ArgumentParser(argparse.ArgumentParser):
    """Usage errors look like rustc's and exit 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"error: {message}\n\n{self.format_usage()}")


def _add_optimization(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-O", dest="optimize", action="store_true", help="optimize (same as --opt-level 3)")
    parser.add_argument("--opt-level", type=int, choices=range(4), metavar="0..3", help="optimization level")
    parser.add_argument("-C", dest="codegen_flags", action="append", default=[], metavar="OPT[=VALUE]",
                        help="codegen option: target-cpu=NAME (native: this host), opt-level=N, "
                             "overflow-checks=on|off, debuginfo=0|2")


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="rustlet", description="An ahead-of-time compiler for a subset of Rust.")
    parser.add_argument("--version", action="version", version=f"rustlet {rustlet.__version__}")
    parser.add_argument("--explain", metavar="CODE", help="explain an error code (e.g. E0382)")
    commands = parser.add_subparsers(dest="command", parser_class=ArgumentParser)

    build = commands.add_parser("build", help="compile a program")
    build.add_argument("file", type=Path)
    build.add_argument("-o", dest="output", type=Path, help="output path (`-` for stdout)")
    build.add_argument("--emit", choices=[e.value for e in Emit], default=Emit.EXE.value)
    build.add_argument("-g", dest="debug_info", action="store_true", help="emit DWARF debug info")
    _add_optimization(build)
    _add_merge_identical(build)

    run = commands.add_parser("run", help="compile and run a program")
    run.add_argument("file", type=Path, help="the program; its own arguments follow `--`")
    _add_optimization(run)

    check = commands.add_parser("check", help="check a program for errors without compiling it")
    check.add_argument("file", type=Path)

    bloat = commands.add_parser("bloat", help="build a program and report where its machine code comes from")
    bloat.add_argument("file", type=Path)
    _add_optimization(bloat)
    _add_merge_identical(bloat)
    bloat.add_argument("--by", dest="view", default="generic",
                       choices=["generic", "instance", "module", "crate", "identical"],
                       help="group by generic origin (default), instance, module or crate, or show identical code")
    bloat.add_argument("-n", dest="limit", type=int, default=30, metavar="N", help="show the first N rows (0: all)")
    bloat.add_argument("--filter", metavar="REGEX", help="only rows whose name matches")
    bloat.add_argument("--json", dest="json_path", type=Path, metavar="OUT", help="write the report as JSON")
    bloat.add_argument("--diff", dest="diff_path", type=Path, metavar="OLD.json",
                       help="print the change per generic since a report written with --json")
    bloat.add_argument("--html", dest="html_path", type=Path, metavar="OUT.html", help="write a treemap page")
    return parser


def _add_merge_identical(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--merge-identical", action="store_true",
                        help="fold functions with identical code (LLVM MergeFunctions)")


def options_from(parser: ArgumentParser, args: argparse.Namespace) -> Options:
    opt_level = 3 if getattr(args, "optimize", False) else 0
    if getattr(args, "opt_level", None) is not None:
        opt_level = args.opt_level
    target_cpu: str | None = None
    overflow_checks: bool | None = None
    debug_info = getattr(args, "debug_info", False)
    for flag in getattr(args, "codegen_flags", []):
        name, _, value = flag.partition("=")
        if name == "target-cpu" and value:
            target_cpu = value
        elif name == "opt-level" and value in ("0", "1", "2", "3"):
            opt_level = int(value)
        elif name == "overflow-checks" and value in ("on", "off", "yes", "no", "y", "n"):
            overflow_checks = value in ("on", "yes", "y")
        elif name == "debuginfo" and value in ("0", "1", "2"):
            debug_info = value != "0"
        else:
            parser.error(f"unknown or malformed codegen option: `{flag}`")
    return Options(
        input_path=args.file,
        output_path=getattr(args, "output", None),
        opt_level=opt_level,
        emit=Emit(getattr(args, "emit", Emit.EXE.value)),
        debug_info=debug_info,
        target_cpu=target_cpu,
        overflow_checks=overflow_checks,
        check_only=args.command == "check",
        merge_identical=getattr(args, "merge_identical", False),
    )


def run_program(options: Options, program_args: list[str]) -> int:
    """`rustlet run`: build into a temporary directory, run, return the program's status."""
    with tempfile.TemporaryDirectory(prefix="rustlet-run-") as scratch:
        options.output_path = Path(scratch) / options.input_path.stem
        status = run_driver(options)
        if status != 0:
            return status
        sys.stdout.flush()
        completed = subprocess.run([str(options.output_path), *program_args])
    # A program killed by a signal exits as a shell reports it.
    return completed.returncode if completed.returncode >= 0 else 128 - completed.returncode


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    # Everything after `--` belongs to the program (`rustlet run FILE -- ARGS`), as in cargo.
    program_args: list[str] = []
    if "--" in argv:
        program_args = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    args = parser.parse_args(argv)
    if args.explain is not None:
        text = explain.explain(args.explain)
        if text is None:
            print(f"error: {args.explain} is not a valid error code", file=sys.stderr)
            return 1
        print(text)
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 1
    options = options_from(parser, args)
    if args.command == "run":
        return run_program(options, program_args)
    if args.command == "bloat":
        return _bloat(parser, args, options)
    return run_driver(options)


def _bloat(parser: ArgumentParser, args: argparse.Namespace, options: Options) -> int:
    import re

    from rustlet.bloat.command import BloatRequest, run_bloat
    if args.filter is not None:
        try:
            re.compile(args.filter)
        except re.error as failure:
            parser.error(f"invalid --filter regular expression: {failure}")
    request = BloatRequest(args.view, args.limit, args.filter, args.json_path, args.diff_path, args.html_path)
    return run_bloat(options, request)
