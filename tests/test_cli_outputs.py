"""``newsparse parse`` with the table formats (-o DIR, -o FILE, --table) and ``newsparse formats``."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from newsparse import PluginWarning, hookimpl
from newsparse.cli.main import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from newsparse.hooks.host import Registry, make_plugin_manager
from newsparse.outputs.tables import TABLES

from .readback import read_parquet, read_sqlite

RT_PAGE = "rt-2025-11-page46.txt"


@pytest.fixture
def rt_page(shared_dir):
    return str(shared_dir / "corpus" / RT_PAGE)


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_writes_one_file_per_table_into_a_folder(rt_page, tmp_path, capsys):
    folder = tmp_path / "tables"
    code, out, err = run(["parse", rt_page, "-f", "csv", "-o", str(folder)], capsys)
    assert (code, out, err) == (EXIT_OK, "", "")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    with open(folder / "quotes.csv", encoding="utf-8", newline="") as f:
        quotes = list(csv.DictReader(f))
    assert len(quotes) > 20 and {q["source"] for q in quotes} == {rt_page}
    assert any(q["speaker"] == "Karol Nawrocki" for q in quotes)


def test_csv_table_goes_to_standard_output(rt_page, capsys):
    code, out, _ = run(["parse", rt_page, "-f", "csv", "--table", "figures"], capsys)
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert rows[0].keys() >= {"source", "article", "figure", "text", "value", "kind", "currency", "unit", "approx"}
    assert any(r["currency"] == "GBP" for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-f", "csv"], "writes a folder: give it with -o PATH (or --table NAME"),
        (["-f", "sqlite"], "writes a file: give it with -o PATH"),
        (["-f", "parquet", "-o", "-"], "writes a folder"),
        (["-f", "json", "--table", "quotes"], "has no tables"),
        (["-f", "csv", "--table", "people"], "unknown table 'people' (known: pages, articles"),
    ],
)
def test_table_format_usage_errors(rt_page, capsys, argv, message):
    code, out, err = run(["parse", rt_page, *argv], capsys)
    assert code == EXIT_USAGE and out == ""
    assert message in err and len(err.splitlines()) == 1


def test_sqlite_updates_a_database_in_place(rt_page, shared_dir, tmp_path, capsys):
    db = tmp_path / "out.db"
    assert run(["parse", rt_page, "-f", "sqlite", "-o", str(db)], capsys)[0] == EXIT_OK
    first = read_sqlite(db)
    other = str(shared_dir / "corpus" / "digest-001.txt")
    assert run(["parse", rt_page, other, "-f", "sqlite", "-o", str(db)], capsys)[0] == EXIT_OK
    second = read_sqlite(db)
    assert [q for q in second["quotes"] if q["source"] == rt_page] == first["quotes"]
    assert {q["source"] for q in second["articles"]} == {rt_page, other}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM pages").fetchone() == (2,)
    conn.close()


def test_parquet_writes_one_file_per_table(rt_page, tmp_path, capsys):
    folder = tmp_path / "pq"
    assert run(["parse", rt_page, "-f", "parquet", "-o", str(folder)], capsys)[0] == EXIT_OK
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    assert any(f["currency"] == "GBP" for f in read_parquet(folder)["figures"])


@pytest.mark.parametrize(("fmt", "name"), [("csv", "tables"), ("sqlite", "out.db"), ("parquet", "pq")])
def test_nothing_is_touched_when_every_input_fails(tmp_path, capsys, fmt, name):
    code, _, err = run(["parse", str(tmp_path / "missing.txt"), "-f", fmt, "-o", str(tmp_path / name)], capsys)
    assert code == EXIT_INPUT and len(err.splitlines()) == 1
    assert not (tmp_path / name).exists()


def test_formats_lists_every_output_format_and_table(capsys):
    code, out, _ = run(["formats"], capsys)
    assert code == EXIT_OK
    listed = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    for name in ("jsonl", "json", "csv", "sqlite", "parquet", *TABLES):
        assert name in listed and len(listed[name].split()) > 2, f"{name} is not listed with a description"


# -- what exporters are given ---------------------------------------------------------------------------


class _PathRecorder:
    """Records what ``export`` is given, and writes one line per page to that path."""

    name = "pathrec"
    description = "one line per page, to a file it writes itself"
    writes_to = "file"
    given: list[object] = []

    def export(self, pages, out):
        self.given.append(out)
        with open(out, "a", encoding="utf-8") as f:
            f.writelines(f"{page.source} {len(page.articles)}\n" for page in pages)


class _Cloud:
    name = "cloud"
    description = "writes to somewhere unknown"
    writes_to = "cloud"

    def export(self, pages, out):
        raise AssertionError("never called")


class _Exporters:
    @hookimpl
    def newsparse_exporters(self, register):
        register(_PathRecorder())


class _CloudExporters:
    @hookimpl
    def newsparse_exporters(self, register):
        register(_Cloud())


def _registry(plugin) -> Registry:
    pm = make_plugin_manager()
    pm.register(plugin)
    return Registry(pm)


def test_a_path_exporter_is_given_the_path_itself_and_pages(rt_page, tmp_path, capsys):
    target = tmp_path / "log.txt"
    target.write_text("earlier\n", encoding="utf-8")
    code = main(["parse", rt_page, rt_page, "-f", "pathrec", "-o", str(target)], registry=_registry(_Exporters()))
    assert code == EXIT_OK
    assert _PathRecorder.given[-1] == Path(target)
    assert target.read_text(encoding="utf-8") == f"earlier\n{rt_page} 10\n{rt_page} 10\n"  # appended in place


def test_an_exporter_writing_to_an_unknown_target_breaks_its_plugin():
    with pytest.warns(PluginWarning, match="writes to 'cloud', not one of stream, file, directory"):
        registry = _registry(_CloudExporters())
    assert "cloud" not in registry.exporters
