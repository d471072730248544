"""Every exporter's output, read back, holds what the JSON form of the same pages holds.

On the whole dev corpus and on random pages (hypothesis): csv (csv module), sqlite
(sqlite3), parquet (pyarrow), to_dataframes (pandas), jsonl and json.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Figure, Page, Passage, Quote, RelatedLink, Span
from newsparse.model import Annotation
from newsparse.model import FIGURE_KINDS, QUOTE_KINDS

from .readback import (
    empty_strings_as_null,
    expected_rows,
    read_csv,
    read_csv_folder,
    read_frames,
    read_parquet,
    read_sqlite,
)

REGISTRY = newsparse.default_registry()


def _exported(pages: list[Page], folder: Path) -> dict[str, dict[str, list[dict]]]:
    """What each table format holds after exporting ``pages`` into ``folder``."""
    REGISTRY.exporter("csv").export(iter(pages), folder / "csv")
    REGISTRY.exporter("sqlite").export(iter(pages), folder / "out.db")
    REGISTRY.exporter("parquet").export(iter(pages), folder / "parquet")
    return {
        "csv": read_csv_folder(folder / "csv"),
        "sqlite": read_sqlite(folder / "out.db"),
        "parquet": read_parquet(folder / "parquet"),
        "frames": read_frames(newsparse.to_dataframes(pages)),
    }


def _json_forms(pages: list[Page]) -> tuple[list[Page], list[dict]]:
    lines, array = io.StringIO(), io.StringIO()
    REGISTRY.exporter("jsonl").export(iter(pages), lines)
    REGISTRY.exporter("json").export(iter(pages), array)
    pages = [Page.from_dict(p) for p in json.loads(array.getvalue())]
    return pages, [json.loads(line) for line in lines.getvalue().split("\n")[:-1]]


@pytest.fixture(scope="module")
def corpus_pages(shared_dir) -> list[Page]:
    paths = sorted((shared_dir / "corpus").glob("*.txt"))
    assert len(paths) >= 10
    return [newsparse.parse_file(path) for path in paths]


def test_the_corpus_round_trips_through_every_table_format(corpus_pages, tmp_path):
    expected = expected_rows(corpus_pages)
    assert len(expected["quotes"]) > 100 and len(expected["figures"]) > 100  # the corpus is really read
    for name, tables in _exported(corpus_pages, tmp_path).items():
        for table, rows in expected.items():
            assert tables[table] == rows, f"{name}: {table} differ from the JSON form"


def test_the_corpus_round_trips_through_json_and_jsonl(corpus_pages):
    pages, lines = _json_forms(corpus_pages)
    assert pages == corpus_pages
    assert lines == [a for page in corpus_pages for a in page.article_dicts()]
    assert {(line["format"], line["period"]) for line in lines} >= {("digest", "2025-11")}


def test_one_csv_table_on_a_stream_matches_the_folder(corpus_pages, tmp_path):
    out = io.StringIO()
    REGISTRY.exporter("csv").export_table(iter(corpus_pages), "quotes", out)
    assert read_csv(out.getvalue()) == expected_rows(corpus_pages)["quotes"]


# -- random pages ---------------------------------------------------------------------------------

TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
OPTIONAL_TEXTS = st.none() | TEXTS
SPANS = st.builds(lambda start, length: Span(start, start + length), st.integers(0, 10**7), st.integers(0, 10**4))
PASSAGES = st.builds(Passage, TEXTS, SPANS)
NUMBERS = st.none() | st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**15), 10**15)
QUOTES = st.builds(
    Quote, TEXTS, SPANS, st.sampled_from(QUOTE_KINDS), OPTIONAL_TEXTS, OPTIONAL_TEXTS, st.none() | SPANS
)
FIGURES = st.builds(
    Figure, TEXTS, SPANS, NUMBERS, st.sampled_from(FIGURE_KINDS), NUMBERS, *[OPTIONAL_TEXTS] * 3
)
LINKS = st.builds(RelatedLink, TEXTS, SPANS, OPTIONAL_TEXTS, OPTIONAL_TEXTS)
JSON_DATA = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
    max_leaves=6,
)
ANNOTATIONS = st.builds(
    Annotation, TEXTS, TEXTS, SPANS, OPTIONAL_TEXTS, st.dictionaries(TEXTS, JSON_DATA, max_size=3)
)
ARTICLES = st.builds(
    Article,
    span=SPANS,
    summary=st.none() | PASSAGES,
    paragraphs=st.lists(PASSAGES, max_size=3),
    headline=st.none() | PASSAGES,
    published=st.none() | st.dates() | st.datetimes(min_value=dt.datetime(1900, 1, 1)),
    related=st.lists(LINKS, max_size=2),
    republished_from=OPTIONAL_TEXTS,
    quotes=st.lists(QUOTES, max_size=3),
    figures=st.lists(FIGURES, max_size=3),
    source=OPTIONAL_TEXTS,
    annotations=st.lists(ANNOTATIONS, max_size=2),
)
PAGES = st.lists(
    st.builds(Page, st.lists(ARTICLES, max_size=3), TEXTS, OPTIONAL_TEXTS, OPTIONAL_TEXTS),
    max_size=3,
    unique_by=lambda page: page.source,  # the database keeps one page per source
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(PAGES)
def test_random_pages_round_trip_through_every_exporter(pages):
    assert _json_forms(pages)[0] == pages
    expected = expected_rows(pages)
    with tempfile.TemporaryDirectory() as folder:
        for name, tables in _exported(pages, Path(folder)).items():
            want = empty_strings_as_null(expected) if name == "csv" else expected
            for table, rows in want.items():
                assert tables[table] == rows, f"{name}: {table} differ from the JSON form"
