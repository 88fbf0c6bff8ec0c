"""The ``briefing`` command line: build, check, serve, eval.

Quiet by default: problems go to stderr, and one summary line ends a build. ``-v``
adds per-stage timings; ``-q`` leaves only errors. Exit status: 0 success, 1 the build
had errors (or warnings under ``--strict``), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from generator import __version__

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", type=Path, default=Path("."), metavar="DIR", help="site root holding site.yaml (default: current folder)")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="show progress and time per stage")
    noise.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, metavar="DIR", help="write the site here instead of paths.output")
    parser.add_argument("--base-url", metavar="URL", help="override base_url (e.g. https://example.org/briefs/)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    parser.add_argument("--executor", metavar="SPEC", help="where per-article work runs: 'local' (default, all cores) or 'dask://HOST:PORT'")
    parser.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: one per core)")
    parser.add_argument("--relative-urls", action="store_true", help="make every link relative so output/ can be browsed from file:// (sets relative_urls)")
    parser.add_argument("--no-search", dest="search", action="store_false", help="skip building the Pagefind search index")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per verb."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of news articles into a cross-linked static site of people, quotes and events.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")
    verbs.required = True

    build = verbs.add_parser("build", help="build the site into output/", description="Build the site from seeds/, content/ and templates/ into output/, atomically.")
    _common(build)
    _build_options(build)

    check = verbs.add_parser("check", help="validate everything, write nothing", description="Validate site.yaml, content, seeds and templates; report every problem; build nothing.")
    _common(check)
    _build_options(check)

    serve = verbs.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change", description="Build, serve output/ locally, and rebuild when seeds/, content/, templates/ or site.yaml change.")
    _common(serve)
    _build_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; others expose the preview to the network)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")

    evaluate = verbs.add_parser("eval", help="score extraction against gold annotations", description="Compare the build's extraction with gold annotations (see README) and print precision, recall and F1.")
    _common(evaluate)
    evaluate.add_argument("--gold", type=Path, required=True, metavar="DIR", help="folder of gold YAML files")
    evaluate.add_argument("--seeds", type=Path, metavar="DIR", help="score the articles in DIR instead of the site's seeds/")
    evaluate.add_argument("--json", action="store_true", help="print machine-readable JSON")
    evaluate.add_argument("--report", type=Path, metavar="FILE", help="also write the text report to FILE")
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if getattr(args, "base_url", None):
        overrides["base_url"] = args.base_url
    if getattr(args, "relative_urls", False):
        overrides["relative_urls"] = True
    if getattr(args, "output", None):
        overrides["paths.output"] = str(args.output.absolute())
    return overrides


def _progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.verbose:
        return lambda message: print(message, file=sys.stderr, flush=True)
    return lambda _message: None


def print_report(result: Any, args: argparse.Namespace) -> None:
    """Print diagnostics (warnings unless quiet), then the summary line unless quiet."""
    for diagnostic in result.report.sorted():
        if diagnostic.severity == "error" or not args.quiet:
            print(diagnostic.format() if args.verbose else diagnostic.headline(), file=sys.stderr)
    if args.verbose:
        for stage, seconds in result.timings.items():
            print(f"  {stage:<8} {seconds * 1000:8.1f} ms", file=sys.stderr)
    if not args.quiet:
        print(result.summary())


def exit_status(result: Any, strict: bool) -> int:
    """0 when clean, 1 on errors, or on warnings under --strict."""
    if result.report.errors or (strict and result.report.warnings):
        return EXIT_ERRORS
    return EXIT_OK


def cmd_build(args: argparse.Namespace, write: bool = True) -> int:
    """``briefing build`` and ``briefing check``."""
    from generator.build import build

    result = build(args.site.absolute(), _overrides(args), write=write, progress=_progress(args), workers=args.workers, executor=args.executor, search=args.search)
    print_report(result, args)
    return exit_status(result, args.strict)


def cmd_serve(args: argparse.Namespace) -> int:
    """``briefing serve``."""
    from generator.serve import serve

    return serve(args.site.absolute(), _overrides(args), args.host, args.port, quiet=args.quiet, search=args.search)


def cmd_eval(args: argparse.Namespace) -> int:
    """``briefing eval --gold DIR``."""
    from generator.evaluation import run_eval

    return run_eval(args.site.absolute(), args.gold, as_json=args.json, verbose=args.verbose, report_path=args.report, seeds=args.seeds)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit status."""
    args = make_parser().parse_args(argv)
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "check":
            return cmd_build(args, write=False)
        if args.command == "serve":
            return cmd_serve(args)
        return cmd_eval(args)
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:
        # The reader went away (`briefing eval | head`): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown quiet
        return EXIT_OK
