"""The table formats: CSV safety, the SQLite database's keys, search and updates, Parquet types, frames."""

from __future__ import annotations

import csv
import io
import sqlite3
import sys

import attrs
import pytest

import newsparse
from newsparse import Article, Figure, Page, Quote, Span
from newsparse.outputs.tables import TABLES, page_rows
from newsparse_exporters import sqlite_database
from newsparse_exporters.csv_tables import neutralise, restore

from .conftest import REPO
from .readback import read_csv, read_sqlite

REGISTRY = newsparse.default_registry()
TEXT = (
    "Month: May 2024\n\n"
    "Harbour pilots have ended their strike, their union has said\n\n"
    "“We have a deal,” said Ann Lee, the union's leader. Fees rise 4% and -3 tonnes of cargo wait.\n"
)


def _page(source: str | None = "a.txt", text: str = TEXT) -> Page:
    return newsparse.parse(text, source)


def _one_quote_page(quote_text: str, source: str = "q.txt", value: float = -5.0) -> Page:
    article = Article(
        span=Span(0, 10),
        quotes=[Quote(quote_text, Span(0, 3), "direct", "=HYPERLINK(\"x\")")],
        figures=[Figure("-5", Span(4, 6), value)],
    )
    return Page([article], "digest", source)


# -- columns -----------------------------------------------------------------------------------------


def test_every_item_table_names_its_source_article_and_item():
    for name in ("paragraphs", "quotes", "figures", "related"):
        assert TABLES[name].names[:2] == ["source", "article"]
    kinds = {c.name: c.type for c in TABLES["figures"].columns}
    assert kinds["value"] == kinds["high"] == "float" and kinds["span_start"] == "int" and kinds["unit"] == "text"
    assert {"mention_span_start", "mention_span_end", "speaker", "kind"} <= set(TABLES["quotes"].names)


def test_rows_number_articles_and_items_from_one_in_page_order():
    rows = page_rows(_page())
    (quote,) = rows["quotes"]
    record = dict(zip(TABLES["quotes"].names, quote, strict=True))
    assert record["source"] == "a.txt" and record["article"] == 1 and record["quote"] == 1
    assert record["speaker"] == "Ann Lee" and TEXT[record["span_start"] : record["span_end"]] == "We have a deal,"
    assert [r[2] for r in rows["figures"]] == list(range(1, len(rows["figures"]) + 1))


def test_a_nan_never_reaches_a_table():
    article = Article(Span(0, 1), figures=[Figure("x", Span(0, 1), float("nan"))])
    page = attrs.evolve(_one_quote_page("x"), articles=[article])
    with pytest.raises(ValueError, match="finite"):
        page_rows(page)


# -- CSV ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "'quoted"])
def test_formula_starts_are_neutralised_and_restored(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["plain", "5%", "a=b", " =1", ""])
def test_other_text_is_written_as_it_is(text):
    assert neutralise(text) == text and restore(text) == text


def test_csv_cells_that_start_a_formula_are_text_and_numbers_stay_numbers():
    out = io.StringIO()
    REGISTRY.exporter("csv").export_table([_one_quote_page("=cmd|' /C calc'!A0")], "quotes", out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert row["text"] == "'=cmd|' /C calc'!A0" and row["speaker"] == "'=HYPERLINK(\"x\")"
    figures = io.StringIO()
    REGISTRY.exporter("csv").export_table([_one_quote_page("x")], "figures", figures)
    (figure,) = list(csv.DictReader(io.StringIO(figures.getvalue(), newline="")))
    assert figure["value"] == "-5" and figure["text"] == "'-5"  # the number is a number, the text is text


def test_csv_is_rfc_4180_with_a_header_and_utf8(tmp_path):
    page = _one_quote_page('She said "no",\nthen left — ünïcode')
    REGISTRY.exporter("csv").export([page], tmp_path)
    raw = (tmp_path / "quotes.csv").read_bytes()
    assert raw.startswith(b"source,article,quote,text,") and raw.endswith(b"\r\n")
    assert b'"She said ""no"",\nthen left \xe2\x80\x94 \xc3\xbcn\xc3\xafcode"' in raw
    assert read_csv(raw.decode("utf-8"))[0]["text"] == page[0].quotes[0].text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)


def test_a_failing_csv_export_leaves_the_folder_as_it_was(tmp_path):
    (tmp_path / "quotes.csv").write_text("earlier\n", encoding="utf-8")

    def pages():
        yield _page()
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        REGISTRY.exporter("csv").export(pages(), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.csv"]
    assert (tmp_path / "quotes.csv").read_text(encoding="utf-8") == "earlier\n"


# -- SQLite ------------------------------------------------------------------------------------------


def test_the_database_has_keys_indexes_and_full_text_search(tmp_path):
    db_path = tmp_path / "out.db"
    REGISTRY.exporter("sqlite").export([_page()], db_path)
    with sqlite3.connect(db_path) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert {*TABLES, "paragraphs_fts", "quotes_fts"} <= names
        assert {"quotes_article_id", "quotes_page_id", "pages_source", "quotes_speaker"} <= names
        search = "SELECT q.speaker FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH 'deal'"
        (speaker,) = db.execute(search).fetchone()
        assert speaker == "Ann Lee"
        hits = db.execute("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH 'cargo'").fetchall()
        assert len(hits) == 1
        join = (
            "SELECT p.format, a.summary FROM quotes q"
            " JOIN articles a ON a.id = q.article_id JOIN pages p ON p.id = q.page_id"
        )
        joined = db.execute(join).fetchone()
        assert joined == ("digest", "Harbour pilots have ended their strike, their union has said")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_running_again_replaces_a_source_and_adds_new_ones(tmp_path):
    db_path = tmp_path / "out.db"
    sqlite = REGISTRY.exporter("sqlite")
    sqlite.export([_page("a.txt"), _page("b.txt")], db_path)
    changed = _page("a.txt", TEXT.replace("We have a deal", "We have no deal"))
    sqlite.export([changed, _page("c.txt")], db_path)
    tables = read_sqlite(db_path)
    assert sorted(q["source"] for q in tables["quotes"]) == ["a.txt", "b.txt", "c.txt"]
    assert {q["source"]: q["text"] for q in tables["quotes"]}["a.txt"] == "We have no deal,"
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM pages").fetchone() == (3,)
        assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'no'").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'cargo'").fetchone() == (3,)
    db.close()


def test_an_interrupted_run_keeps_every_page_whole(tmp_path, monkeypatch):
    db_path = tmp_path / "out.db"
    sqlite = REGISTRY.exporter("sqlite")
    sqlite.export([_page("a.txt")], db_path)
    before = read_sqlite(db_path)
    real_insert = sqlite_database._insert

    def insert_until_quotes(db, table, row, *keys):
        if table == "quotes" and row[0] == "a.txt":
            raise KeyboardInterrupt  # after the old rows of a.txt were deleted and new ones half written
        return real_insert(db, table, row, *keys)

    monkeypatch.setattr(sqlite_database, "_insert", insert_until_quotes)
    with pytest.raises(KeyboardInterrupt):
        sqlite.export([_page("b.txt"), _page("a.txt", TEXT.replace("deal", "pact"))], db_path)
    tables = read_sqlite(db_path)
    assert [r for r in tables["quotes"] if r["source"] == "a.txt"] == before["quotes"]
    assert sorted({r["source"] for r in tables["articles"]}) == ["a.txt", "b.txt"]
    with sqlite3.connect(db_path) as db:
        for index in ("quotes_fts", "paragraphs_fts"):
            db.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
        assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'pact'").fetchone() == (0,)
    db.close()


def test_every_value_is_a_bound_parameter(tmp_path):
    db_path = tmp_path / "out.db"
    hostile = "x'); DROP TABLE quotes; --"
    REGISTRY.exporter("sqlite").export([_one_quote_page(hostile, source=hostile)], db_path)
    tables = read_sqlite(db_path)
    assert tables["quotes"][0]["text"] == hostile and tables["quotes"][0]["source"] == hostile


def test_a_database_of_version_2_is_upgraded_keeping_its_rows(tmp_path):
    db_path = tmp_path / "out.db"
    REGISTRY.exporter("sqlite").export([_page()], db_path)
    with sqlite3.connect(db_path) as db:  # as version 2 left it: no annotations table, no quotes.rule/cue
        db.executescript(
            "DROP TABLE annotations; ALTER TABLE quotes DROP COLUMN rule; ALTER TABLE quotes DROP COLUMN cue;"
            "PRAGMA user_version = 2;"
        )
    db.close()
    REGISTRY.exporter("sqlite").export([_page("other.txt")], db_path)
    with sqlite3.connect(db_path) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        sources = [row[0] for row in db.execute("SELECT source FROM pages ORDER BY id")]
        annotations = db.execute("SELECT count(*) FROM annotations").fetchone()[0]
        quote_columns = {row[1] for row in db.execute("PRAGMA table_info(quotes)")}
        quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    db.close()
    assert (version, annotations) == (3, 0)
    assert len(sources) == 2 and sources[1] == "other.txt"
    assert {"rule", "cue"} <= quote_columns and quotes == 2 * sum(len(a.quotes) for a in _page()) > 0


def test_a_database_of_another_schema_version_is_refused(tmp_path):
    db_path = tmp_path / "out.db"
    with sqlite3.connect(db_path) as db:
        db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(ValueError, match="schema version 99"):
        REGISTRY.exporter("sqlite").export([_page()], db_path)


# -- Parquet and frames ------------------------------------------------------------------------------


def test_parquet_columns_have_proper_types_and_nulls(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    REGISTRY.exporter("parquet").export([_page()], tmp_path)
    figures = pq.read_table(tmp_path / "figures.parquet")
    assert figures.schema.field("span_start").type == pa.int64()
    assert figures.schema.field("value").type == pa.float64()
    assert figures.schema.field("unit").type == pa.string()
    assert figures.column("high").null_count == figures.num_rows  # no ranges: nulls, not NaN or 0
    empty = pq.read_table(tmp_path / "related.parquet")
    assert empty.num_rows == 0 and empty.schema.names == TABLES["related"].names


def test_data_frames_have_the_csv_columns_and_nullable_types():
    frames = newsparse.to_dataframes(_page())
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == TABLES[name].names
    assert str(frames["figures"]["value"].dtype) == "Float64" and str(frames["quotes"]["span_start"].dtype) == "Int64"
    assert frames["quotes"]["speaker"].tolist() == ["Ann Lee"]


@pytest.mark.parametrize(("module", "call"), [("pandas", "frames"), ("pyarrow", "parquet"), ("rich", "terminal")])
def test_a_missing_extra_is_named(monkeypatch, tmp_path, module, call):
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    with pytest.raises(newsparse.MissingExtraError, match=rf"pip install 'newsparse\[(pandas|parquet|rich)\]'"):
        if call == "frames":
            newsparse.to_dataframes(_page())
        elif call == "parquet":
            REGISTRY.exporter("parquet").export([_page()], tmp_path)
        else:
            from newsparse.outputs.terminal_view import show_in_terminal

            show_in_terminal(_page(), TEXT, io.StringIO())


# -- documentation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("table", list(TABLES))
def test_the_outputs_page_lists_every_column_of_every_table(table):
    doc = (REPO / "docs" / "outputs.rst").read_text(encoding="utf-8")
    heading = f"``{table}``\n{'~' * (len(table) + 4)}\n"
    assert heading in doc, f"docs/outputs.rst has no section for the {table} table"
    section = doc.split(heading, 1)[1].split("\n~~~", 1)[0]
    missing = [c.name for c in TABLES[table].columns if f"``{c.name}``" not in section]
    assert not missing, f"docs/outputs.rst does not list these {table} columns: {missing}"
