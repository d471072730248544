"""The ``newsparse`` command line.

Exit codes (also in ``newsparse --help`` and the documentation):

* 0 - success; an empty input only warns.
* 1 - an input could not be read (the other inputs are still parsed and
  written), or the output could not be written.
* 2 - usage error: an unknown option or format name, or an output file that is
  also an input.
* 3 - some documents failed to parse; each is reported on one line and the
  articles of the others are written.  When inputs were also unreadable the
  code is 1.
* 130 - interrupted (Ctrl-C).

Every problem is one line on standard error (``--debug`` or ``NEWSPARSE_DEBUG=1``
adds the traceback), warnings too.  An output file is written beside its target
and renamed over it when the run ends, so an interrupted or failed run (Ctrl-C,
``--fail-fast``, an exporter error, every input failing) leaves an existing file
as it was.  Exporters that write to a path (a folder of tables, a database) are
given ``-o PATH`` itself and keep it consistent on their own; when every input
fails they are not called at all.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import re
import stat
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from newsparse.cli.inputs import DEFAULT_PATTERNS, STDIN, expand, read_list
from newsparse.cli.parallel import Outcome, Settings, cpu_count, outcomes, parse_failure, warning_line
from newsparse.cli.parallel import describe as _describe
from newsparse.cli.progress import Progress
from newsparse.errors import InputError, PluginWarning, UnknownNameError
from newsparse.hooks.host import Registry, default_registry
from newsparse.hooks.protocols import Exporter, streams, writes_to
from newsparse.hooks.vocabulary import TABLE
from newsparse.html import HTML_DESCRIPTION, HTML_FORMAT
from newsparse.lazy_regex import lazy_compile
from newsparse.model import Article, Page
from newsparse.pipeline import parse
from newsparse.reading import DEFAULT_MAX_BYTES, format_size, read_text
from newsparse.streaming import PageStream

__all__ = [
    "main",
    "build_parser",
    "EXIT_OK",
    "EXIT_INPUT",
    "EXIT_USAGE",
    "EXIT_PARSE",
    "EXIT_INTERRUPTED",
]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_PARSE = 3
EXIT_INTERRUPTED = 130

_EXIT_CODES = """\
exit codes:
  0    success
  1    an input could not be read (the others are still written), or the output could not be written
  2    usage error, or an output file that is also an input
  3    some documents failed to parse (the others are written); 1 wins when inputs were also unreadable
  130  interrupted (Ctrl-C); an existing output file is left as it was"""

_SIZE = lazy_compile(r"(\d+)\s*([kmgt]?)(?:i?b)?", re.IGNORECASE)


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (the look-up is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        import newsparse

        print(f"{parser.prog} {newsparse.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show the traceback of every error"
    )
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the raw text of news pages into articles, quotes and figures.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show program's version number and exit")
    parser.add_argument("--debug", action="store_true", help="show the traceback of every error (or NEWSPARSE_DEBUG=1)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_parse_command(commands, debug)
    p = commands.add_parser(
        "plugins", help="list the registered plugins", description="List registered plugins.", parents=[debug]
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p = commands.add_parser(
        "vocabulary",
        help="list the declared vocabularies",
        description="List the declared vocabularies, or the entries of one.",
        parents=[debug],
    )
    p.add_argument("name", nargs="?", help="print the entries of this vocabulary")
    commands.add_parser(
        "formats", help="list input and output formats", description="List input and output formats.", parents=[debug]
    )
    _add_show_command(commands, debug)
    return parser


def _add_parse_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    p = commands.add_parser(
        "parse",
        help="parse pages and write their articles",
        description="Parse news pages.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[debug],
    )
    p.add_argument(
        "files", nargs="*", metavar="PATH", help="text files or folders to parse; - reads standard input"
    )
    p.add_argument("-f", "--format", default="jsonl", help="output format (default: jsonl; see 'newsparse formats')")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH, replaced only when the run completes (csv, parquet: a folder; sqlite: a database)",
    )
    p.add_argument("--table", metavar="NAME", help="write only this table (-f csv), to the output or standard output")
    _reading_options(p)
    p.add_argument("--fail-fast", action="store_true", help="stop at the first input that fails")
    _input_options(p)


def _add_show_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    p = commands.add_parser(
        "show",
        help="show a page with its articles, quotes and figures marked",
        description="Show a page with its articles outlined, quotes coloured by speaker and figures marked: "
        "in the terminal, or as one self-contained HTML page with -o.",
        parents=[debug],
    )
    p.add_argument("file", metavar="FILE", help="the text file to show; - reads standard input")
    p.add_argument("-o", "--output", metavar="PATH", help="write an HTML page to PATH instead of the terminal view")
    _reading_options(p)


def _reading_options(p: argparse.ArgumentParser) -> None:
    """How inputs are read: ``--input-format``, ``--encoding``, ``--max-bytes``."""
    p.add_argument(
        "--input-format", metavar="NAME", help="read with this splitter (or as html) instead of the one detected"
    )
    p.add_argument(
        "--encoding", metavar="NAME", help="the inputs' text encoding (default: UTF-8, or as a byte-order mark says)"
    )
    p.add_argument(
        "--max-bytes",
        metavar="SIZE",
        type=_byte_size,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse inputs larger than SIZE, e.g. 500M, 2G or bytes (default: {format_size(DEFAULT_MAX_BYTES)})",
    )


def main(argv: Sequence[str] | None = None, *, registry: Registry | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    ``registry`` selects the plugins (default: every installed plugin).
    """
    args = build_parser().parse_args(argv)
    debug = args.debug or os.environ.get("NEWSPARSE_DEBUG", "") not in ("", "0")
    _use_utf8(sys.stdout)
    with _one_line_warnings():
        try:
            if args.command == "parse":
                return _parse(args, registry or default_registry(), _Run(debug, args.fail_fast))
            if args.command == "plugins":
                return _plugins(args, registry or _listing_registry())
            if args.command == "vocabulary":
                return _vocabulary(args.name, registry or _listing_registry())
            if args.command == "show":
                return _show(args, registry or default_registry())
            return _formats(registry or _listing_registry())
        except KeyboardInterrupt as exc:
            _report("interrupted", exc, debug)
            return EXIT_INTERRUPTED
        except UnknownNameError as exc:
            _report(str(exc), exc, debug)
            return EXIT_USAGE
        except BrokenPipeError:
            # The reader went away (``| head``); stop quietly, as other filters do.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
            return EXIT_OK
        except Exception as exc:  # noqa: BLE001 - a fault outside any one document still gets one line
            _report(_describe(exc), exc, debug)
            return EXIT_INPUT


class _Stop(Exception):
    """Ends the run with the output file untouched: under ``--fail-fast``, or when every input failed."""


@attrs.define
class _Run:
    """How one ``parse`` run goes: failures are reported as they happen and summed up in the exit code."""

    debug: bool
    fail_fast: bool
    code: int = EXIT_OK
    done: int = 0  # inputs read and parsed

    def fail(self, code: int, message: str, trace: str | None = None) -> None:
        """Report a failed input, its traceback ``trace`` too under ``debug``; :class:`_Stop` under ``--fail-fast``."""
        if self.debug and trace:
            sys.stderr.write(trace)
        _error(message)
        self.code = EXIT_INPUT if EXIT_INPUT in (self.code, code) else code
        if self.fail_fast:
            raise _Stop


def _parse(args: argparse.Namespace, registry: Registry, run: _Run) -> int:
    exporter = registry.exporter(args.format)
    if args.input_format and args.input_format != HTML_FORMAT:
        registry.splitter(args.input_format)  # fail before reading any input
    target = "stream" if args.table is not None else writes_to(exporter)
    problem = _export_problem(args, exporter, target)
    if problem is not None:
        _error(problem)
        return EXIT_USAGE
    problem = _usage_problem(args)
    if problem is not None:
        _error(problem)
        return EXIT_USAGE
    names = _input_names(args, run.debug)
    if names is None:
        return EXIT_INPUT
    to_file = args.output not in (None, "-")
    clash = next((name for name in names if to_file and _same_file(name, args.output)), None)
    if clash is not None:
        _error(f"{args.output}: is also an input ({clash}); write the output to another file")
        return EXIT_USAGE
    try:
        pages = _unless_every_input_fails(_pages(names, args, registry, run, streams(exporter)), run)
        with _output(args.output, target) as out:
            if args.table is not None:
                exporter.export_table(pages, args.table, out)  # type: ignore[attr-defined]  # checked above
            else:
                exporter.export(pages, out)  # type: ignore[arg-type]  # streams only when the exporter takes them
    except _Stop:
        return run.code
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        _report(f"{args.output or '<stdout>'}: cannot be written ({exc.strerror or exc})", exc, run.debug)
        return EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - the exporter is a plugin: its faults get one line
        _report(f"output format {args.format!r} failed: {_describe(exc)}", exc, run.debug)
        return EXIT_INPUT
    return run.code


def _export_problem(args: argparse.Namespace, exporter: Exporter, target: str) -> str | None:
    """What keeps ``exporter`` from writing where ``args`` say (``--table``, ``-o``), or ``None``."""
    if args.table is not None:
        tables = getattr(exporter, "tables", ())
        if not callable(getattr(exporter, "export_table", None)):
            return f"output format {args.format!r} has no tables: --table needs -f csv"
        if args.table not in tables:
            return f"unknown table {args.table!r} (known: {', '.join(tables)})"
    elif target != "stream" and args.output in (None, "-"):
        what = "a folder" if target == "directory" else "a file"
        extra = " (or --table NAME for one table on standard output)" if hasattr(exporter, "export_table") else ""
        return f"output format {args.format!r} writes {what}: give it with -o PATH{extra}"
    return None


def _unless_every_input_fails(pages: Iterator[Page | PageStream], run: _Run) -> Iterator[Page | PageStream]:
    """``pages``, once the first is parsed; :class:`_Stop` (no output touched) when every input failed."""
    first = next(pages, None)
    if first is None and run.done == 0 and run.code != EXIT_OK:
        raise _Stop
    return itertools.chain(() if first is None else (first,), pages)


def _input_options(p: argparse.ArgumentParser) -> None:
    """The options of ``parse`` that choose the inputs and how they are run."""
    p.add_argument(
        "--files-from", metavar="FILE", help="also parse the paths listed in FILE, one a line; - reads standard input"
    )
    p.add_argument(
        "--glob",
        metavar="PATTERN",
        action="append",
        help=f"in folders, parse the files whose names match PATTERN; may be repeated (default: {' '.join(DEFAULT_PATTERNS)})",
    )
    p.add_argument(
        "-j", "--jobs", metavar="N", type=_jobs, default=1, help="parse with N processes; 0 uses every core (default: 1)"
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help="show neither the progress bar nor the summary")
    shown.add_argument(
        "-v", "--verbose", action="store_true", help="print the closing summary even when stderr is not a terminal"
    )


def _input_names(args: argparse.Namespace, debug: bool) -> list[str] | None:
    """Every input of the run in order; ``None`` after reporting why there are none."""
    listed: list[str] = []
    try:
        if args.files_from == STDIN:
            listed = list(read_list(sys.stdin))
        elif args.files_from is not None:
            with open(args.files_from, encoding="utf-8") as stream:
                listed = list(read_list(stream))
        names = list(expand([*args.files, *listed], args.glob or DEFAULT_PATTERNS))
    except InputError as exc:
        _report(str(exc), exc, debug)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        _report(f"{args.files_from}: cannot be read ({_describe(exc)})", exc, debug)
        return None
    if not names:
        patterns = ", ".join(args.glob or DEFAULT_PATTERNS)
        _error(f"no inputs: the folders and lists given hold no file matching {patterns} (see --glob)")
        return None
    return names


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What makes the inputs asked for impossible, or ``None``."""
    if not args.files and args.files_from is None:
        return "no inputs: name files or folders to parse, - for standard input, or give --files-from"
    if args.files_from == STDIN and STDIN in args.files:
        return "standard input cannot be both an input (-) and the list of inputs (--files-from -)"
    return None


def _pages(
    names: list[str], args: argparse.Namespace, registry: Registry, run: _Run, stream: bool = False
) -> Iterator[Page | PageStream]:
    """The page of every input in turn; inputs that cannot be read or parsed are reported and recorded.

    With ``stream`` (an exporter that takes streams) and one process, each page is a
    :class:`~newsparse.PageStream` whose articles are parsed as the exporter writes them.
    """
    workers = min(args.jobs or cpu_count(), len(names))
    settings = Settings(args.encoding, args.max_bytes, args.input_format, run.debug, stream and workers == 1)
    terminal = sys.stderr.isatty() and not args.quiet
    # Articles printed on the same terminal would break the bar's line: then only the summary is shown.
    bar = terminal and not (args.output in (None, "-") and sys.stdout.isatty())
    with Progress(names, bar=bar, summary=terminal or args.verbose) as progress:
        for outcome in outcomes(names, settings, registry, workers):
            page = outcome.page
            if not isinstance(page, PageStream):
                progress.add(outcome)  # a stream is counted once it is read
            with progress.paused():
                for line in outcome.warnings:
                    _warn(line)
                if outcome.failure is not None:
                    code = EXIT_INPUT if outcome.failure.stage == "read" else EXIT_PARSE
                    run.fail(code, outcome.failure.message, outcome.failure.traceback)
                    continue
            run.done += 1
            if isinstance(page, PageStream):
                yield attrs.evolve(page, articles=_watched(page.articles, outcome, progress, run))
            elif page is not None:
                yield page
        progress.finish()


def _watched(articles: Iterator[Article], outcome: Outcome, progress: Progress, run: _Run) -> Iterator[Article]:
    """The ``articles`` of the input of ``outcome`` as they are parsed, each one's warnings printed as it comes;
    a failure part way is reported as the input's (the articles before it are kept); counted once all are read."""
    count = 0
    while True:
        failure = None
        with warnings.catch_warnings(record=True) as caught:
            try:
                article = next(articles, None)
            except Exception as exc:  # noqa: BLE001 - one document's fault must not end the run
                article, failure = None, parse_failure(outcome.name, exc, run.debug)
        with progress.paused():
            for w in caught:
                _warn(f"{outcome.name}: {warning_line(w.message, w.category)}")
            if article is None and failure is None and count == 0:
                _warn(f"{outcome.name}: no articles found")
        if article is None:
            break
        count += 1
        yield article
    progress.add(attrs.evolve(outcome, page=None, articles=count, failure=failure))
    if failure is not None:
        with progress.paused():
            run.fail(EXIT_PARSE, failure.message, failure.traceback)


@contextlib.contextmanager
def _output(path: str | None, target: str = "stream") -> Iterator[Any]:
    """Where the pages go: standard output, a file replaced only when the export succeeds, or a path.

    An exporter that writes to a file or folder (``target``) is given the path
    itself and keeps it consistent on its own.
    """
    if target != "stream":
        assert path is not None
        yield Path(path)
        return
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if not os.path.exists(path) or os.path.isfile(path):
        # Through a symbolic link, the file it points at is replaced.
        with _replacing(os.path.realpath(path)) as out:
            yield out
        return
    # A device or a pipe (/dev/null, /dev/stdout) cannot be replaced: it is written in place.
    with open(path, "w", encoding="utf-8") as out:
        yield out


def _show(args: argparse.Namespace, registry: Registry) -> int:
    """The annotated view of one file: HTML to ``-o PATH``, else in the terminal."""
    if args.output is not None and _same_file(args.file, args.output):
        _error(f"{args.output}: is also the input; write the view to another file")
        return EXIT_USAGE
    text = read_text(args.file, args.encoding, max_bytes=args.max_bytes)
    with _one_line_warnings(f"{args.file}: "):
        page = parse(text, args.file, input_format=args.input_format, registry=registry)
    if args.output is None:
        from newsparse.outputs.terminal_view import show_in_terminal  # the views are imported only when shown

        show_in_terminal(page, text, sys.stdout)
        return EXIT_OK
    from newsparse.outputs.html_view import render_html

    with _output(args.output) as out:
        out.write(render_html(page, text))
    return EXIT_OK


def _plugins(args: argparse.Namespace, registry: Registry) -> int:
    infos = registry.plugin_infos()
    if args.json:
        rows = [
            {
                "name": i.name,
                "distribution": i.distribution,
                "version": i.version,
                "hooks": list(i.hooks),
                "broken": i.broken,
                "error": i.error,
                "provides": {_PLURALS[kind]: list(names) for kind, names in i.provides},
            }
            for i in infos
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    for info in infos:
        origin = f"{info.distribution} {info.version}" if info.distribution else "(registered directly)"
        hooks = f"BROKEN {info.error}" if info.broken else ", ".join(info.hooks)
        print(f"{info.name:<24} {origin:<24} {hooks}")
        if info.provides:
            print("    " + "; ".join(f"{_PLURALS[kind]}: {', '.join(names)}" for kind, names in info.provides))
    return EXIT_OK


#: The heading of each kind of thing a plugin provides, in ``newsparse plugins``.
_PLURALS = {"vocabulary": "vocabularies", "splitter": "splitters", "extractor": "extractors", "exporter": "exporters"}


def _vocabulary(name: str | None, registry: Registry) -> int:
    """List the declared vocabularies (name, kind, normalisation, owner, size, doc), or print one's entries."""
    vocabulary = registry.vocabulary
    if name is not None:
        entries = vocabulary[name]
        table = vocabulary.declaration(name).kind == TABLE
        for key in sorted(entries, key=str):
            print(f"{key}\t{entries[key]}" if table else key)
        return EXIT_OK
    for name in vocabulary.names():
        declaration = vocabulary.declaration(name)
        owner = registry.plugin_of("vocabulary", name)
        size = len(vocabulary[name])
        print(f"{name:<24} {declaration.kind:<6} {declaration.normalise:<11} {owner:<10} {size:>5}  {declaration.doc}")
    return EXIT_OK


def _formats(registry: Registry) -> int:
    from newsparse.outputs.tables import TABLES  # only the listing needs the table schemas

    print("Input formats (--input-format; detected when not given):")
    for name, splitter in sorted(registry.splitters.items()):
        print(f"  {name:<16} {splitter.description}")
    print(f"  {HTML_FORMAT:<16} {HTML_DESCRIPTION}")
    print("Output formats (--format):")
    for name, exporter in sorted(registry.exporters.items()):
        print(f"  {name:<16} {exporter.description}")
    print("Tables of the table formats (csv, sqlite, parquet; --table NAME with csv):")
    for name, table in TABLES.items():
        print(f"  {name:<16} one row per {table.row}")
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


@contextlib.contextmanager
def _replacing(target: str) -> Iterator[TextIO]:
    """A new file beside ``target`` that replaces it when the block ends without an error, else is removed."""
    folder, base = os.path.split(target)
    temp = os.path.join(folder, f".{base}.{os.urandom(4).hex()}.tmp")
    try:  # opened inside: a Ctrl-C that lands as the file is made still removes it
        with open(temp, "x", encoding="utf-8") as out:
            yield out
        if os.path.exists(target):
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temp, target)
    except BaseException as exc:
        if not (isinstance(exc, FileExistsError) and exc.filename == temp):  # never another run's file
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise


def _same_file(name: str, output: str) -> bool:
    """True when the input ``name`` (``-``: standard input) is the regular file at ``output``."""
    try:
        found = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
        target = os.stat(output)
    except (OSError, ValueError, AttributeError):  # missing files; a standard input with no file behind it
        return False
    return stat.S_ISREG(target.st_mode) and (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino)


def _byte_size(text: str) -> int:
    """A size such as ``500M``, ``2G``, ``64KiB`` or ``1000`` in bytes; K, M, G, T are powers of 1024."""
    m = _SIZE.fullmatch(text.strip())
    if m is None or int(m.group(1)) == 0:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (give e.g. 500M, 2G or a number of bytes)")
    return int(m.group(1)) << 10 * " kmgt".index(m.group(2).lower() or " ")


def _jobs(text: str) -> int:
    """A number of processes: 0 or more."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r} (give 1, 2, ... or 0 for every core)")
    return int(text)


@contextlib.contextmanager
def _one_line_warnings(prefix: str = "") -> Iterator[None]:
    """Print every warning raised in the block as one ``newsparse: warning:`` line, ``prefix`` first."""

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        _warn(f"{prefix}{warning_line(message, category)}")

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


def _report(message: str, exc: BaseException, debug: bool) -> None:
    """One error line; the traceback of ``exc`` before it with ``debug``."""
    if debug:
        import traceback  # only with --debug: start-up does not pay for it

        traceback.print_exception(exc)
    _error(message)
