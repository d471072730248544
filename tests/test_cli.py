"""The command line: parsing files and stdin, output options, listings, and errors on bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from newsparse.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main

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
        (lambda p: p, "is a directory"),
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
