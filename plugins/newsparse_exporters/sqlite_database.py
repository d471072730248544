"""``sqlite``: the tables of :mod:`newsparse.outputs.tables` in an SQLite database, updated in place.

Each table gets an ``id`` key; rows below a page carry its ``page_id`` and rows
below an article its ``article_id`` (foreign keys, indexed).  ``paragraphs_fts``
and ``quotes_fts`` are FTS5 indexes over paragraph texts and quote texts and
speakers, kept in step by triggers.  Pages are keyed by ``source``: a page whose
source is already in the database replaces every row of that source, a new
source adds rows, a page without a source is always added.  Each page is
written in one transaction, so an interrupted run leaves every page either
fully written or as it was; a :class:`~newsparse.PageStream`'s rows are inserted
as its articles come, the page's row counting them at the end.  Every value is a bound parameter.  A database of
the previous schema version (2, before ``annotations`` and the quotes' ``rule``
and ``cue``) is upgraded in place: the new table and columns are added and the
rows are kept.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newsparse import Page, PageStream
from newsparse.outputs.tables import TABLES, Row, page_row, stream_rows

if TYPE_CHECKING:  # imported when a database is written: start-up does not pay for it
    import sqlite3

__all__ = ["SqliteExporter", "SCHEMA_VERSION", "schema"]

#: ``PRAGMA user_version`` of the databases this exporter writes.
SCHEMA_VERSION = 3
#: Older versions whose tables this version keeps, adding tables and columns only: such a database is upgraded.
#: (Version 3 added ``annotations`` and ``quotes.rule``/``quotes.cue``.)
_UPGRADED = (2,)
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL"}
#: The tables below an article, and the full-text indexes over some of their columns.
_ITEMS = ("paragraphs", "quotes", "figures", "related", "annotations")
_SEARCHED = {"paragraphs": ("text",), "quotes": ("text", "speaker")}


def _create_table(name: str) -> str:
    keys = ["id INTEGER PRIMARY KEY"]
    if name != "pages":
        keys.append("page_id INTEGER NOT NULL REFERENCES pages(id)")
    if name in _ITEMS:
        keys.append("article_id INTEGER NOT NULL REFERENCES articles(id)")
    columns = [f"{c.name} {_SQL_TYPES[c.type]}" for c in TABLES[name].columns]
    statements = [f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(keys + columns)});"]
    for key in ("page_id", "article_id")[: len(keys) - 1]:
        statements.append(f"CREATE INDEX IF NOT EXISTS {name}_{key} ON {name}({key});")
    return "\n".join(statements)


def _create_search(name: str) -> str:
    columns = _SEARCHED[name]
    listed = ", ".join(columns)
    new, old = (", ".join(f"{row}.{c}" for c in columns) for row in ("new", "old"))
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {name}_fts USING fts5({listed}, content='{name}', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS {name}_fts_insert AFTER INSERT ON {name} BEGIN
  INSERT INTO {name}_fts(rowid, {listed}) VALUES (new.id, {new});
END;
CREATE TRIGGER IF NOT EXISTS {name}_fts_delete AFTER DELETE ON {name} BEGIN
  INSERT INTO {name}_fts({name}_fts, rowid, {listed}) VALUES ('delete', old.id, {old});
END;"""


def schema() -> str:
    """The SQL that makes the tables, indexes, full-text indexes and triggers (each ``IF NOT EXISTS``)."""
    parts = [_create_table(name) for name in TABLES]
    parts.append("CREATE UNIQUE INDEX IF NOT EXISTS pages_source ON pages(source);")
    parts.append("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);")
    parts += [_create_search(name) for name in _SEARCHED]
    return "\n".join(parts)


def _insert(db: sqlite3.Connection, table: str, row: Row, *keys: int) -> int:
    """Insert ``row`` (after the ``page_id``/``article_id`` ``keys``) into ``table``; its new ``id``."""
    names = ["page_id", "article_id"][: len(keys)] + TABLES[table].names
    marks = ", ".join("?" * len(names))
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", (*keys, *row))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _replace_page(db: sqlite3.Connection, page: Page | PageStream) -> None:
    """Remove the rows of ``page``'s source, then insert the page's rows, a stream's as its articles come."""
    if page.source is not None:
        for (old,) in db.execute("SELECT id FROM pages WHERE source = ?", (page.source,)).fetchall():
            for table in (*_ITEMS, "articles"):
                db.execute(f"DELETE FROM {table} WHERE page_id = ?", (old,))
            db.execute("DELETE FROM pages WHERE id = ?", (old,))
    page_id = _insert(db, "pages", page_row(page, 0))
    article_id = 0
    for table, row in stream_rows(page):  # an article's row, then its items'; the page's row (counted) last
        if table == "pages":
            names = ", ".join(f"{name} = ?" for name in TABLES["pages"].names)
            db.execute(f"UPDATE pages SET {names} WHERE id = ?", (*row, page_id))
        elif table == "articles":
            article_id = _insert(db, table, row, page_id)
        else:
            _insert(db, table, row, page_id, article_id)


def _prepare(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, *_UPGRADED, SCHEMA_VERSION):
        raise ValueError(f"the database has schema version {version}; this newsparse writes version {SCHEMA_VERSION}")
    db.executescript(f"BEGIN;\n{schema()}\n{_added_columns(db)}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")


def _added_columns(db: sqlite3.Connection) -> str:
    """The SQL that adds to the existing tables of ``db`` the columns of :data:`TABLES` they lack."""
    statements = []
    for name, table in TABLES.items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({name})")}
        if not present:
            continue  # a new table: the schema makes it whole
        statements += [
            f"ALTER TABLE {name} ADD COLUMN {c.name} {_SQL_TYPES[c.type]};" for c in table.columns if c.name not in present
        ]
    return "\n".join(statements)


class SqliteExporter:
    """Pages into an SQLite database file, made when missing and updated in place (one transaction per page)."""

    name = "sqlite"
    description = "an SQLite database -o FILE (pages, articles, paragraphs, quotes, ...; full-text search), updated"
    writes_to = "file"
    streaming = True

    def export(self, pages: Iterable[Page | PageStream], out: Path) -> None:
        import sqlite3

        with contextlib.closing(sqlite3.connect(out, isolation_level=None)) as db:
            db.execute("PRAGMA foreign_keys = ON")
            _prepare(db)
            for page in pages:
                db.execute("BEGIN IMMEDIATE")
                try:
                    _replace_page(db, page)
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
