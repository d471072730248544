"""A third-party extractor adds annotations that reach every output with their spans; extractors share one analysis."""

from __future__ import annotations

from collections.abc import Callable

import io
import json
import re
import sqlite3
import warnings
from collections.abc import Callable

import attrs
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Analysis, Annotation, Article, Page, PluginWarning, Registry, Span, hookimpl, make_plugin_manager
from newsparse_quotes import passage_tokens, quote_marks

from .readback import read_csv
from .test_show import _classes, _Parsed

TEXT = """Month: June 2024

Lifeguards have closed two beaches after a shark sighting, the council has said

Swimmers were ordered out of the water at noon. What a day it was! One lifeguard shouted "Get out now!" from the tower.

Officials said the beaches would reopen on Friday.

Bakers in the old town have won a national prize, the jury has said

The winning loaf took three days to make! Its baker said he would share the recipe.
"""
#: The exclamations of TEXT as the extractor below must mark them: (text, inside quote marks).
EXCLAMATIONS = [
    ("What a day it was!", False),
    ('One lifeguard shouted "Get out now!', True),
    ("The winning loaf took three days to make!", False),
]
_EXCLAMATION = re.compile(r"[^\s.!?][^.!?]*!")


class ExclamationExtractor:
    """Marks every sentence that ends in ``!``, and whether its ``!`` is inside quote marks (read from the
    quote marks the quotes extractor shares)."""

    name = "exclamations"

    def extract(self, article: Article, text: str, analysis: Analysis) -> Article:
        marks = analysis.shared(quote_marks)
        found = []
        for passage, printed, quotes in zip(analysis.passages, analysis.printed, marks, strict=True):
            for match in _EXCLAMATION.finditer(printed):
                bang = match.end() - 1
                quoted = any(q.start <= bang < q.end for q in quotes)
                span = Span(passage.span.start + match.start(), passage.span.start + match.end())
                found.append(Annotation("exclamation", match.group(), span, "loud", {"quoted": quoted}))
        return attrs.evolve(article, annotations=article.annotations + tuple(found))


class ExclamationPlugin:
    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        register(ExclamationExtractor())


def _registry(*plugins: object) -> Registry:
    pm = make_plugin_manager()
    for plugin in plugins:
        pm.register(plugin, name=type(plugin).__name__.lower())
    return Registry(pm)


@pytest.fixture(scope="module")
def page() -> Page:
    return newsparse.parse(TEXT, "beach.txt", registry=_registry(ExclamationPlugin()))


def _marked(rows: list[dict]) -> list[tuple[str, bool]]:
    """(text, quoted) of each annotation row, after checking that its span points at its text."""
    for row in rows:
        assert TEXT[row["span_start"] : row["span_end"]] == row["text"]
        assert (row["kind"], row["label"]) == ("exclamation", "loud")
    return [(row["text"], json.loads(row["data"])["quoted"]) for row in rows]


def test_the_extractor_runs_after_the_built_in_ones_and_marks_every_exclamation(page):
    assert list(_registry(ExclamationPlugin()).extractors)[-1] == "exclamations"
    found = [a for article in page for a in article.annotations]
    assert [(a.text, a.data["quoted"]) for a in found] == EXCLAMATIONS
    assert all(TEXT[a.span.start : a.span.end] == a.text for a in found)
    assert [len(article.annotations) for article in page] == [2, 1]


def test_annotations_reach_jsonl_with_their_page(page):
    out = io.StringIO()
    newsparse.default_registry().exporter("jsonl").export([page], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(line["source"], line["format"], line["period"]) for line in lines} == {("beach.txt", "digest", "2024-06")}
    annotations = [a for line in lines for a in line["annotations"]]
    rows = [
        {**a, "span_start": a["span"][0], "span_end": a["span"][1], "data": json.dumps(a["data"])} for a in annotations
    ]
    assert _marked(rows) == EXCLAMATIONS


def test_annotations_reach_json_and_read_back(page):
    out = io.StringIO()
    newsparse.default_registry().exporter("json").export([page], out)
    (data,) = json.loads(out.getvalue())
    assert (data["source"], data["format"], data["period"]) == ("beach.txt", "digest", "2024-06")
    assert Page.from_dict(data) == page


def test_annotations_reach_every_table_format(page, tmp_path):
    registry = newsparse.default_registry()
    registry.exporter("csv").export([page], tmp_path / "csv")
    registry.exporter("sqlite").export([page], tmp_path / "out.db")
    registry.exporter("parquet").export([page], tmp_path / "parquet")
    csv_rows = read_csv((tmp_path / "csv" / "annotations.csv").read_text(encoding="utf-8"))
    with sqlite3.connect(tmp_path / "out.db") as db:
        db.row_factory = sqlite3.Row
        sqlite_rows = [dict(row) for row in db.execute("SELECT * FROM annotations ORDER BY id")]
    db.close()
    parquet_rows = pq.read_table(tmp_path / "parquet" / "annotations.parquet").to_pylist()
    frame_rows = newsparse.to_dataframes(page)["annotations"].astype(object).to_dict("records")
    for name, rows in (("csv", csv_rows), ("sqlite", sqlite_rows), ("parquet", parquet_rows), ("frames", frame_rows)):
        assert _marked(rows) == EXCLAMATIONS, name
        assert [(r["source"], r["article"], r["annotation"]) for r in rows] == [
            ("beach.txt", 1, 1),
            ("beach.txt", 1, 2),
            ("beach.txt", 2, 1),
        ], name


def test_annotations_show_in_the_html_view_with_their_fields(page):
    parsed = _Parsed()
    parsed.feed(newsparse.render_html(page, TEXT))
    parsed.close()
    marks = [m for m in parsed.marks if "annotation" in _classes(m)]
    assert [(m["id"], m["data-kind"], m["data-label"]) for m in marks] == [
        ("a1-1", "exclamation", "loud"),
        ("a1-2", "exclamation", "loud"),
        ("a2-1", "exclamation", "loud"),
    ]
    assert [json.loads(m["data-data"])["quoted"] for m in marks] == [quoted for _, quoted in EXCLAMATIONS]
    assert all("kind: exclamation" in (m["title"] or "") for m in marks)
    assert parsed.open == [] and "".join(parsed.text) == TEXT  # the text whole, the marks nested


def test_annotations_show_in_the_terminal_view(page):
    from newsparse.outputs.terminal_view import show_in_terminal

    out = io.StringIO()
    show_in_terminal(page, TEXT, out)
    table = out.getvalue().split("Annotations", 1)[1]
    assert all(text in table for text, _ in EXCLAMATIONS[::2]) and "exclamation" in table and "loud" in table


# -- the shared analysis -----------------------------------------------------------------------------

BUILDS: list[int] = []


def _passage_count(analysis: Analysis) -> int:
    BUILDS.append(analysis.article.span.start)
    return len(analysis.passages)


class CountingExtractor:
    def __init__(self, name: str):
        self.name = name

    def extract(self, article: Article, text: str, analysis: Analysis) -> Article:
        count = analysis.shared(_passage_count)
        counted = Annotation(self.name, "", Span(0, 0), str(count))
        return attrs.evolve(article, annotations=(*article.annotations, counted))


class CountingPlugin:
    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        register(CountingExtractor("first"))
        register(CountingExtractor("second"))


def test_a_shared_part_is_built_once_per_article_for_all_extractors():
    BUILDS.clear()
    page = newsparse.parse(TEXT, registry=_registry(CountingPlugin()))
    assert len(BUILDS) == len(page) == 2  # two extractors, one build per article
    assert [[(a.kind, a.label) for a in article.annotations] for article in page] == [
        [("first", "3"), ("second", "3")],
        [("first", "2"), ("second", "2")],
    ]


def test_the_quote_marks_are_found_once_for_the_quotes_extractor_and_a_later_one(monkeypatch):
    import newsparse_quotes

    read: list[str] = []

    def counting(chunk: str) -> list:
        read.append(chunk)
        return find_quotes(chunk)

    find_quotes = newsparse_quotes.find_quotes
    monkeypatch.setattr(newsparse_quotes, "find_quotes", counting)
    page = newsparse.parse(TEXT, registry=_registry(ExclamationPlugin()))
    passages = [p.text for article in page for p in (article.summary, *article.paragraphs)]
    assert [" ".join(chunk.split()) for chunk in read] == passages  # each passage once, not once per extractor
    assert [a.data["quoted"] for article in page for a in article.annotations] == [q for _, q in EXCLAMATIONS]


class TokenReader:
    """Runs after ``quotes`` and counts the words of each article from the shared tokens."""

    name = "token-reader"
    after = ("quotes",)

    def extract(self, article: Article, text: str, analysis: Analysis) -> Article:
        words = sum(token.is_word for tokens in analysis.shared(passage_tokens) for token in tokens)
        note = Annotation("words", text[article.span.start : article.span.end], article.span, data={"count": words})
        return attrs.evolve(article, annotations=(*article.annotations, note))


class TokenPlugin:
    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        register(TokenReader())


@pytest.fixture
def tokenized(monkeypatch) -> list[str]:
    """The passages the quotes plugin tokenizes, in order, while the test runs."""
    from newsparse_quotes import segments

    read: list[str] = []
    tokenize = segments.tokenize_with_columns

    def counting(chunk: str, marks: list) -> tuple:
        read.append(chunk)
        return tokenize(chunk, marks)

    monkeypatch.setattr(segments, "tokenize_with_columns", counting)
    return read


def test_the_tokens_are_made_once_for_the_quotes_extractor_and_a_later_one(tokenized):
    page = newsparse.parse(TEXT, registry=_registry(TokenPlugin()))
    passages = [p.text for article in page for p in (article.summary, *article.paragraphs)]
    assert [" ".join(chunk.split()) for chunk in tokenized] == passages  # each passage once, not once per extractor
    for article in page:
        fresh = passage_tokens(Analysis(article, TEXT))
        (note,) = article.annotations
        assert note.data["count"] == sum(token.is_word for tokens in fresh for token in tokens) > 0


def test_the_quotes_extractor_tokenizes_no_passage_past_the_one_after_its_last_quote(tokenized):
    text = (
        "Ferry crews walk out over rosters\n\n"
        '"We have had enough," said Ines Duarte, who leads the crews\u2019 union.\n\n'
        "She said talks had failed twice.\n\n"
        "Ferries will not sail until Thursday.\n\n"
        "Passengers were offered refunds at the terminal.\n"
    )
    (article,) = newsparse.parse(text)
    assert [q.speaker for q in article.quotes] == ["Ines Duarte"]
    assert len(article.paragraphs) == 4
    assert tokenized == [p.text for p in article.paragraphs[:2]]


def test_the_analysis_holds_the_passages_the_extractors_read(page):
    article = page[0]
    analysis = Analysis(article, TEXT)
    assert analysis.passages == (article.summary, *article.paragraphs)
    assert analysis.printed[1] == TEXT[article.paragraphs[0].span.start : article.paragraphs[0].span.end]
    marks = analysis.shared(quote_marks)
    assert analysis.shared(quote_marks) is marks
    quoted = [[printed[q.start : q.end] for q in found] for printed, found in zip(analysis.printed, marks, strict=True)]
    assert quoted == [[], ["Get out now!"], []]


class TwoArgumentExtractor:
    """An extractor written for the first contract, ``extract(article, text)``."""

    name = "old-style"

    def extract(self, article: Article, text: str) -> Article:
        span = article.summary.span if article.summary else article.span
        return attrs.evolve(article, annotations=(Annotation("lead", text[span.start : span.end], span),))


class TwoArgumentPlugin:
    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        register(TwoArgumentExtractor())


def test_an_extractor_without_an_analysis_parameter_is_called_with_article_and_text():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        page = newsparse.parse(TEXT, registry=_registry(TwoArgumentPlugin()))
    assert [article.annotations[0].text for article in page] == [article.summary.text for article in page]


class _UnhashableExtract:
    """A callable ``extract`` that cannot be a dictionary key (it defines ``__eq__`` only)."""

    def __eq__(self, other: object) -> bool:
        return self is other

    def __call__(self, article: Article, text: str, analysis: Analysis) -> Article:
        return attrs.evolve(article, annotations=(Annotation("passages", "", Span(0, 0), str(len(analysis.passages))),))


class UnhashablePlugin:
    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        extractor = TwoArgumentExtractor()
        extractor.name, extractor.extract = "unhashable", _UnhashableExtract()  # type: ignore[method-assign]
        register(extractor)


def test_an_unhashable_extract_is_still_given_the_analysis():
    page = newsparse.parse(TEXT, registry=_registry(UnhashablePlugin()))
    assert [article.annotations[0].label for article in page] == ["3", "2"]


# -- annotations the checks refuse -------------------------------------------------------------------


class BadExtractor:
    def __init__(self, annotation: Annotation):
        self.name = "bad"
        self.annotation = annotation

    def extract(self, article: Article, text: str, analysis: Analysis) -> Article:
        return attrs.evolve(article, annotations=(self.annotation,))


class BadPlugin:
    def __init__(self, annotation: Annotation):
        self.annotation = annotation

    @hookimpl
    def newsparse_extractors(self, register: Callable[[object], None], vocabulary: newsparse.Vocabulary) -> None:
        register(BadExtractor(self.annotation))


@pytest.mark.parametrize(
    ("annotation", "problem"),
    [
        (Annotation("x", "Month", Span(1, 6)), "is not the text at 1:6"),
        (Annotation("x", "Month", Span(0, 10**6)), "is not inside the text"),
        (Annotation("", "Month", Span(0, 5)), "not a name"),
        (Annotation("x", "Month", Span(0, 5), data={"score": float("nan")}), "not JSON data"),
        (Annotation("x", "Month", Span(0, 5), data={"pair": (1, 2)}), "not JSON data"),
        (Annotation("x", "Month", Span(0, 5), data={"when": object()}), "not JSON data"),
    ],
)
def test_an_annotation_off_its_span_or_with_other_data_is_dropped(annotation, problem):
    with pytest.warns(PluginWarning, match=re.escape(problem)):
        page = newsparse.parse(TEXT, registry=_registry(BadPlugin(annotation)))
    assert all(article.annotations == () for article in page)


# -- the JSON form ----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(
    st.builds(
        Annotation,
        st.text(min_size=1),
        st.text(),
        st.builds(lambda start, length: Span(start, start + length), st.integers(0, 10**6), st.integers(0, 100)),
        st.none() | st.text(),
        st.dictionaries(st.text(), JSON_VALUES, max_size=4),
    )
)
def test_an_annotation_round_trips_through_its_json_form(annotation):
    data = json.loads(json.dumps(annotation.to_dict(), allow_nan=False))
    assert Annotation.from_dict(data) == annotation


def test_an_article_written_before_annotations_existed_reads_back():
    article = Article(Span(0, 5))
    data = article.to_dict()
    del data["annotations"]  # written before annotations existed
    assert Article.from_dict(data) == article

