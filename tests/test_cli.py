"""The command line: parsing files and stdin, output options, listings, and errors on bad input."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import warnings

import pytest

import newsparse
from newsparse import PluginWarning, hookimpl
from newsparse.cli.main import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARSE, EXIT_USAGE, build_parser, main
from newsparse.hooks.host import Registry, make_plugin_manager

PAGE = "Month: June 2024\n\nFishermen have protested against new quotas in three harbour towns\n\nBoats stayed in port.\n"


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_prints_one_json_object_per_article(page_file, capsys):
    code, out, err = run(["parse", str(page_file), "--format", "jsonl"], capsys)
    assert code == EXIT_OK and err == ""
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["summary"].startswith("Fishermen")
    assert record["paragraphs"] == ["Boats stayed in port."]
    assert record["source"] == str(page_file)


def test_several_files_and_output_path(page_file, tmp_path, capsys):
    out_path = tmp_path / "out.json"
    code, out, _ = run(["parse", str(page_file), str(page_file), "-f", "json", "-o", str(out_path)], capsys)
    assert code == EXIT_OK and out == ""
    assert len(json.loads(out_path.read_text(encoding="utf-8"))) == 2


def test_dash_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    code, out, _ = run(["parse", "-"], capsys)
    assert code == EXIT_OK
    assert json.loads(out)["source"] == "-"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: _write(p / "blob.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary data"),
        (lambda p: _write(p / "latin.txt", "Caf\xe9 prices rose.".encode("latin-1")), "--encoding"),
    ],
)
def test_bad_input_gives_one_line_error_and_exit_1(tmp_path, page_file, capsys, setup, message):
    bad = setup(tmp_path)
    code, out, err = run(["parse", str(bad), str(page_file)], capsys)
    assert code == EXIT_INPUT
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert len(out.splitlines()) == 1  # the good file is still parsed


def test_encoding_option_reads_other_encodings(tmp_path, capsys):
    path = _write(tmp_path / "latin.txt", PAGE.replace("quotas", "quotás").encode("latin-1"))
    code, out, _ = run(["parse", str(path), "--encoding", "latin-1"], capsys)
    assert code == EXIT_OK
    assert "quotás" in json.loads(out)["summary"]


def test_empty_file_warns_and_exits_0(tmp_path, capsys):
    path = _write(tmp_path / "empty.txt", b"")
    code, out, err = run(["parse", str(path)], capsys)
    assert (code, out) == (EXIT_OK, "")
    assert "warning" in err and "empty" in err


@pytest.mark.parametrize("argv", [["parse", "x.txt", "--format", "xml"], ["parse", "x.txt", "--input-format", "nope"]])
def test_unknown_format_names_are_usage_errors(argv, capsys):
    code, _, err = run(argv, capsys)
    assert code == EXIT_USAGE
    assert "unknown" in err and "known:" in err


def test_plugins_and_formats_listings(capsys):
    code, out, _ = run(["plugins", "--json"], capsys)
    assert code == EXIT_OK
    names = {row["name"] for row in json.loads(out)}
    assert {"digest", "exporters"} <= names
    code, out, _ = run(["formats"], capsys)
    assert code == EXIT_OK
    assert "digest" in out and "jsonl" in out


def test_module_entry_point_runs(page_file):
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(page_file)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["paragraphs"] == ["Boats stayed in port."]


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


# -- faulty plugins: a splitter that breaks on some pages, a warning extractor, a failing exporter ----------


class FussySplitter:
    """Reads pages like the generic splitter but breaks on any page that says BREAK."""

    name = "fussy"
    description = "breaks on pages that say BREAK"

    def fit(self, probe):
        return 0.0

    def split(self, probe):
        if "BREAK" in probe.text:
            raise RuntimeError("the fussy splitter broke")
        return newsparse.default_registry().splitter("generic").split(probe)


class WarningExtractor:
    name = "warner"

    def extract(self, article, text):
        warnings.warn(PluginWarning("warner", "extract", "its result was dropped"), stacklevel=1)
        warnings.warn("a second,\nplain note", stacklevel=1)
        return article


class ExplodingExporter:
    name = "exploding"
    description = "writes a little, then fails"

    def export(self, articles, out):
        for _ in articles:
            out.write("partial output\n")
        raise ValueError("the exporter broke")


class FaultyPlugin:
    @hookimpl
    def newsparse_splitters(self, register):
        register(FussySplitter())

    @hookimpl
    def newsparse_exporters(self, register):
        register(ExplodingExporter())


class WarningPlugin:
    @hookimpl
    def newsparse_extractors(self, register):
        register(WarningExtractor())


def _registry(*plugins) -> Registry:
    pm = make_plugin_manager()
    for plugin in plugins:
        pm.register(plugin)
    return Registry(pm)


FAULTY = _registry(FaultyPlugin())
BAD_PAGE = PAGE.replace("Boats", "BREAK: boats")


def run_with(registry, argv, capsys):
    code = main(argv, registry=registry)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(BAD_PAGE, encoding="utf-8")
    return path


# -- output never destroys data -----------------------------------------------------------------------------


@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_output_that_is_an_input_is_a_usage_error_and_nothing_is_touched(page_file, tmp_path, capsys, alias):
    target = page_file
    if alias == "symlink":
        target = tmp_path / "link.txt"
        target.symlink_to(page_file)
    elif alias == "hardlink":
        target = tmp_path / "hard.txt"
        os.link(page_file, target)
    code, out, err = run(["parse", str(page_file), "-o", str(target)], capsys)
    assert code == EXIT_USAGE and out == ""
    assert len(err.splitlines()) == 1 and "also an input" in err
    assert page_file.read_text(encoding="utf-8") == PAGE


def test_output_replaces_the_file_a_symlink_points_at(page_file, tmp_path, capsys):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, _, _ = run(["parse", str(page_file), "-o", str(link)], capsys)
    assert code == EXIT_OK and link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["source"] == str(page_file)


def test_failing_exporter_leaves_an_existing_output_byte_identical(page_file, tmp_path, capsys):
    out_path = tmp_path / "out.txt"
    out_path.write_bytes(b"results of an earlier run\n")
    code, out, err = run_with(FAULTY, ["parse", str(page_file), "-f", "exploding", "-o", str(out_path)], capsys)
    assert code == EXIT_INPUT and out == ""
    assert err.splitlines() == ["newsparse: error: output format 'exploding' failed: ValueError: the exporter broke"]
    assert out_path.read_bytes() == b"results of an earlier run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "page.txt"]  # no temporary file left


def test_an_existing_output_is_kept_when_every_input_fails(tmp_path, capsys):
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    code, _, err = run(["parse", str(tmp_path / "missing.txt"), "-o", str(out_path)], capsys)
    assert code == EXIT_INPUT and len(err.splitlines()) == 1
    assert out_path.read_bytes() == b"earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_that_cannot_be_written_exits_1(page_file, tmp_path, capsys):
    code, _, err = run(["parse", str(page_file), "-o", str(tmp_path / "missing" / "out.json")], capsys)
    assert code == EXIT_INPUT
    assert len(err.splitlines()) == 1 and "cannot be written" in err


# -- failing documents, warnings, debug ---------------------------------------------------------------------


def test_a_failing_document_is_one_line_and_the_others_are_written(bad_file, page_file, tmp_path, capsys):
    out_path = tmp_path / "out.jsonl"
    argv = ["parse", str(bad_file), str(page_file), "--input-format", "fussy", "-o", str(out_path)]
    code, _, err = run_with(FAULTY, argv, capsys)
    assert code == EXIT_PARSE
    (line,) = err.splitlines()
    assert line.startswith(f"newsparse: error: {bad_file}: ") and "the fussy splitter broke" in line
    (record,) = [json.loads(raw) for raw in out_path.read_text(encoding="utf-8").splitlines()]
    assert record["source"] == str(page_file)


def test_unreadable_input_outranks_failed_documents(bad_file, tmp_path, capsys):
    argv = ["parse", str(bad_file), str(tmp_path / "missing.txt"), "--input-format", "fussy"]
    code, _, err = run_with(FAULTY, argv, capsys)
    assert code == EXIT_INPUT
    assert len(err.splitlines()) == 2


def test_fail_fast_stops_at_the_first_failure_and_keeps_the_output(bad_file, page_file, tmp_path, capsys):
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    argv = ["parse", str(page_file), str(bad_file), str(page_file), "--input-format", "fussy", "--fail-fast"]
    code, _, err = run_with(FAULTY, [*argv, "-o", str(out_path)], capsys)
    assert code == EXIT_PARSE
    assert len(err.splitlines()) == 1
    assert out_path.read_bytes() == b"earlier\n"
    code, out, _ = run_with(FAULTY, argv, capsys)
    assert code == EXIT_PARSE
    assert len(out.splitlines()) == 1  # the page before the failure only


def test_debug_adds_the_traceback(bad_file, capsys, monkeypatch):
    argv = ["parse", str(bad_file), "--input-format", "fussy"]
    assert "Traceback" not in run_with(FAULTY, argv, capsys)[2]
    code, _, err = run_with(FAULTY, ["--debug", *argv], capsys)
    assert code == EXIT_PARSE
    assert "Traceback" in err and err.splitlines()[-1].startswith(f"newsparse: error: {bad_file}: cannot be parsed")
    assert "Traceback" in run_with(FAULTY, [*argv, "--debug"], capsys)[2]
    monkeypatch.setenv("NEWSPARSE_DEBUG", "1")
    assert "Traceback" in run_with(FAULTY, argv, capsys)[2]


def test_warnings_are_one_line_each(page_file, capsys):
    code, out, err = run_with(_registry(WarningPlugin()), ["parse", str(page_file)], capsys)
    assert code == EXIT_OK and out
    assert err.splitlines() == [
        f"newsparse: warning: {page_file}: plugin 'warner', hook extract: its result was dropped",
        f"newsparse: warning: {page_file}: a second, plain note",
    ]


# -- inputs: sizes, encodings, NULs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "size"), [("1000", 1000), ("64K", 64 << 10), ("500M", 500 << 20), ("2G", 2 << 30), ("3gib", 3 << 30)]
)
def test_max_bytes_accepts_sizes(given, size):
    assert build_parser().parse_args(["parse", "x", "--max-bytes", given]).max_bytes == size


@pytest.mark.parametrize("given", ["", "0", "-5", "1.5G", "2X", "G"])
def test_max_bytes_refuses_what_is_not_a_size(given, capsys):
    with pytest.raises(SystemExit) as raised:
        build_parser().parse_args(["parse", "x", "--max-bytes", given])
    assert raised.value.code == EXIT_USAGE


def test_input_over_max_bytes_is_refused(page_file, capsys):
    code, out, err = run(["parse", str(page_file), "--max-bytes", "20"], capsys)
    assert (code, out) == (EXIT_INPUT, "")
    assert err.splitlines() == [
        f"newsparse: error: {page_file}: larger than 20 bytes, the most read from one input (--max-bytes)"
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_byte_order_marks_pick_wide_encodings(tmp_path, capsys, encoding):
    data = PAGE.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + PAGE.encode(encoding)
    code, out, _ = run(["parse", str(_write(tmp_path / "wide.txt", data))], capsys)
    assert code == EXIT_OK
    assert json.loads(out)["paragraphs"] == ["Boats stayed in port."]


def test_utf16_without_a_mark_names_the_encoding_to_give(tmp_path, capsys):
    path = _write(tmp_path / "wide.txt", PAGE.encode("utf-16-le"))
    code, _, err = run(["parse", str(path)], capsys)
    assert code == EXIT_INPUT and "--encoding utf-16-le" in err and len(err.splitlines()) == 1
    code, out, _ = run(["parse", str(path), "--encoding", "utf-16-le"], capsys)
    assert code == EXIT_OK and json.loads(out)["paragraphs"] == ["Boats stayed in port."]


@pytest.mark.parametrize("at", [10, 100_000])
def test_a_nul_byte_is_refused_wherever_it_sits(tmp_path, capsys, at):
    text = (PAGE * (at // len(PAGE) + 2)).encode("utf-8")
    path = _write(tmp_path / "nul.txt", text[:at] + b"\x00" + text[at + 1 :])
    code, out, err = run(["parse", str(path)], capsys)
    assert (code, out) == (EXIT_INPUT, "")
    assert "binary data" in err and (f"NUL at byte {at}" in err or f"NUL at character {at}" in err)


# -- the command as a process: Ctrl-C, endless inputs -------------------------------------------------------


def _default_sigint() -> None:
    """Let the child take Ctrl-C even when the tests run where SIGINT is ignored (a background job)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_with_one_line_and_keeps_the_output(tmp_path):
    fifo = tmp_path / "slow.txt"
    os.mkfifo(fifo)
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    argv = [sys.executable, "-m", "newsparse", "parse", str(fifo), "-o", str(out_path)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)
    with open(fifo, "wb") as writer:  # returns once the command has opened the FIFO to read it
        writer.write(PAGE.encode("utf-8"))
        writer.flush()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INTERRUPTED
    assert err.splitlines() == ["newsparse: error: interrupted"]
    assert out_path.read_bytes() == b"earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "slow.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_binary_input_is_refused_at_once():
    argv = [sys.executable, "-m", "newsparse", "parse", "/dev/zero"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == EXIT_INPUT
    assert proc.stderr.splitlines() == [
        "newsparse: error: /dev/zero: looks like binary data, not text (it holds a NUL at byte 0)"
    ]
