"""The ``newsparse`` command line.

Exit codes: 0 success (an empty input only warns); 1 an input could not be
read or the output could not be written (the other inputs are still parsed);
2 a usage error, such as an unknown option or format name.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import TextIO

from . import __version__
from .errors import InputError, PluginWarning, UnknownNameError
from .model import Article
from .pipeline import parse
from .plugins import Registry, default_registry
from .reading import read_text

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_INPUT", "EXIT_USAGE"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the raw text of news pages into articles, quotes and figures.",
        epilog="Exit codes: 0 success, 1 an input could not be read or the output written, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("parse", help="parse pages and write their articles", description="Parse news pages.")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to parse; - reads standard input")
    p.add_argument("-f", "--format", default="jsonl", help="output format (default: jsonl; see 'newsparse formats')")
    p.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")
    p.add_argument("--input-format", metavar="NAME", help="read every file with this splitter instead of detecting one")
    p.add_argument(
        "--encoding", metavar="NAME", help="the inputs' text encoding (default: UTF-8, a byte-order mark dropped)"
    )

    p = commands.add_parser("plugins", help="list the registered plugins", description="List registered plugins.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    commands.add_parser("formats", help="list input and output formats", description="List input and output formats.")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args = build_parser().parse_args(argv)
    _use_utf8(sys.stdout)
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "plugins":
            return _plugins(args)
        return _formats()
    except UnknownNameError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``| head``); stop quietly, as other filters do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return EXIT_OK


def _parse(args: argparse.Namespace) -> int:
    registry = default_registry()
    exporter = registry.exporter(args.format)
    if args.input_format:
        registry.splitter(args.input_format)  # fail before reading any input
    failures: list[str] = []
    articles = _articles(args.files, registry, args.input_format, args.encoding, failures)
    try:
        with _output(args.output) as out:
            exporter.export(articles, out)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        _error(f"{args.output}: cannot be written ({exc.strerror or exc})")
        return EXIT_INPUT
    return EXIT_INPUT if failures else EXIT_OK


def _articles(
    files: Sequence[str], registry: Registry, input_format: str | None, encoding: str | None, failures: list[str]
) -> Iterator[Article]:
    """The articles of every file in turn; files that cannot be read are reported and recorded."""
    for name in files:
        try:
            text = read_text(name, encoding)
        except InputError as exc:
            _error(str(exc))
            failures.append(name)
            continue
        if not text.strip():
            _warn(f"{name}: empty input, no articles")
            continue
        page = parse(text, name, input_format=input_format, registry=registry)
        if not page.articles:
            _warn(f"{name}: no articles found")
        yield from page.articles


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8") as out:
        yield out


def _plugins(args: argparse.Namespace) -> int:
    infos = _listing_registry().plugin_infos()
    if args.json:
        rows = [
            {
                "name": i.name,
                "distribution": i.distribution,
                "version": i.version,
                "hooks": list(i.hooks),
                "broken": i.broken,
                "error": i.error,
            }
            for i in infos
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    for info in infos:
        origin = f"{info.distribution} {info.version}" if info.distribution else "(registered directly)"
        hooks = f"BROKEN {info.error}" if info.broken else ", ".join(info.hooks)
        print(f"{info.name:<24} {origin:<24} {hooks}")
    return EXIT_OK


def _formats() -> int:
    registry = _listing_registry()
    print("Input formats (--input-format; detected when not given):")
    for name, splitter in sorted(registry.splitters.items()):
        print(f"  {name:<16} {splitter.description}")
    print("Output formats (--format):")
    for name, exporter in sorted(registry.exporters.items()):
        print(f"  {name:<16} {exporter.description}")
    broken = [info for info in registry.plugin_infos() if info.broken]
    if broken:
        print("Broken plugins (what they provide is not available):")
        for info in broken:
            print(f"  {info.name:<16} {info.error}")
    return EXIT_OK


def _listing_registry() -> Registry:
    """The default registry, without the warnings of broken plugins that the listings show anyway."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        return default_registry()


def _use_utf8(stream: TextIO) -> None:
    """Write UTF-8 whatever the locale says, so JSON output is the same everywhere."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")


def _error(message: str) -> None:
    print(f"newsparse: error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"newsparse: warning: {message}", file=sys.stderr)
