"""Pages parsed one article at a time: :func:`newsparse.parse_stream`, :class:`newsparse.PageStream` and the
streaming exporters (``jsonl``, ``csv``, ``sqlite``), which write article N before article N + 1 is split."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Page, PageProbe, PageStream, Registry, Span, hookimpl, make_plugin_manager
from newsparse.cli.main import EXIT_OK, EXIT_PARSE, main
from newsparse.hooks.protocols import streams
from newsparse.page import text as page_text
from newsparse.page.text import content_lines, iter_content_lines
from newsparse_digest.window import Survey, Window
from newsparse_exporters import CsvExporter, JsonLinesExporter, SqliteExporter
from newsparse_figures import reading

# Summaries (8 to 35 words, no full stop) open the articles of a digest; bodies end with one.
SUMMARIES = [
    "Lighthouse keepers return to the northern cape after forty quiet years",
    "Orchard growers report the earliest apple harvest on record this autumn",
    "City council approves a second tram line through the river district",
    "Volunteers restore a flooded library and reopen its reading room",
]
BODIES = [
    "The council said the work would cost $4.5 million and take two years.",
    "“We never expected this,” said Mara Quill, who runs the orchard.",
    "Three of the twelve staff returned on Monday, the union said.",
    "The reading room reopened with 2,000 books donated by residents.",
]


def digest(pairs: list[tuple[int, int]], blank: bool = True) -> str:
    """A digest page: a header, then for each ``(summary, body)`` pair an article."""
    gap = "\n\n" if blank else "\n"
    parts = ["Month: March 2026"]
    for s, b in pairs:
        parts += [SUMMARIES[s], BODIES[b]]
    return gap.join(parts) + "\n"


PAGE = digest([(0, 0), (1, 1), (2, 2), (3, 3)])


# -- the library: parse_stream gives what parse gives ---------------------------------------------------------


def test_parse_stream_gives_the_page_fields_at_once_and_the_articles_of_parse():
    stream = newsparse.parse_stream(PAGE, "page.txt")
    assert (stream.format, stream.period, stream.source, stream.text) == ("digest", "2026-03", "page.txt", PAGE)
    articles = list(stream.articles)
    assert [a.summary.text for a in articles if a.summary] == SUMMARIES
    assert articles == list(newsparse.parse(PAGE, "page.txt").articles)
    assert list(stream.articles) == []  # consumed once


pairs = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=6)


def _read(articles: list[Article], text: str) -> list[tuple[str, list[str]]]:
    """Each article's summary and paragraphs, checked against the text at their spans."""
    for article in articles:
        for passage in article.passages():
            assert " ".join(text[passage.span.start : passage.span.end].split()) == passage.text
    return [(a.summary.text if a.summary else "", [p.text for p in a.paragraphs]) for a in articles]


@settings(max_examples=40, deadline=None)
@given(pairs, st.booleans())
def test_a_stream_gives_each_article_of_the_page(chosen, blank):
    text = digest(chosen, blank)
    stream = newsparse.parse_stream(text, "p")
    assert _read(list(stream.articles), text) == [(SUMMARIES[s], [BODIES[b]]) for s, b in chosen]


def test_page_stream_of_a_page_collects_to_the_same_page():
    page = newsparse.parse(PAGE, "page.txt")
    again = PageStream.of(page).collect()
    assert again == page and again.text == page.text


def test_the_digest_splitter_hands_over_an_article_before_it_reads_the_next(monkeypatch):
    from newsparse.page.draft import Draft

    built: list[str] = []
    build = Draft.build

    def recording_build(self, text):
        article = build(self, text)
        built.append(article.summary.text if article and article.summary else "")
        return article

    monkeypatch.setattr(Draft, "build", recording_build)
    articles = newsparse.parse_stream(PAGE).articles
    assert built == []  # nothing is split before it is asked for
    first = next(articles)
    assert built == [first.summary.text] == [SUMMARIES[0]]
    next(articles)
    assert built == SUMMARIES[:2]


def test_a_large_digest_page_is_read_line_by_line_to_the_same_articles():
    chosen = [(i % 4, (i * 3) % 4) for i in range(3000)]
    text = digest(chosen)  # larger than the probe: its lines are read as the reader goes
    assert not PageProbe(text).is_whole
    articles = list(newsparse.parse_stream(text).articles)
    assert _read(articles, text) == [(SUMMARIES[s], [BODIES[b]]) for s, b in chosen]
    small = digest(chosen[:10])  # held whole by the probe
    assert PageProbe(small).is_whole
    assert newsparse.parse(small).articles[:9] == tuple(articles[:9])


# -- the order: article N is exported before article N + 1 is split ---------------------------------------------

EVENTS: list[str] = []


class CountingSplitter:
    """Splits every non-blank line into an article, lazily, recording each split."""

    name = "counting"
    description = "one article a line, recorded as it is split"

    def fit(self, probe: PageProbe) -> float:
        return 0.0

    def split(self, probe: PageProbe) -> Page:
        return self.split_stream(probe).collect()

    def split_stream(self, probe: PageProbe) -> PageStream:
        return PageStream(articles=self._articles(probe.text), format=self.name)

    def _articles(self, text: str) -> Iterator[Article]:
        for n, line in enumerate(iter_content_lines(text), 1):
            EVENTS.append(f"split {n}")
            if line.clean == "BREAK":
                raise RuntimeError("the page ends too soon")
            yield Article(span=Span(line.start, line.end), paragraphs=[line.passage()])


class RecordingExporter:
    """Records each article as it writes it."""

    name = "recording"
    description = "writes one line per article, recorded"
    streaming = True

    def export(self, pages, out):
        for page in pages:
            for n, article in enumerate(page.articles, 1):
                EVENTS.append(f"export {n}")
                out.write(article.paragraphs[0].text + "\n")


class StreamingPlugin:
    @hookimpl
    def newsparse_splitters(self, register, vocabulary):
        register(CountingSplitter())

    @hookimpl
    def newsparse_exporters(self, register):
        register(RecordingExporter())


def _registry() -> Registry:
    manager = make_plugin_manager()
    manager.register(StreamingPlugin())
    return Registry(manager)


@pytest.fixture
def lines_file(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("first line\nsecond line\nthird line\n", encoding="utf-8")
    return path


def test_the_command_line_exports_each_article_before_the_next_is_split(lines_file, capsys):
    EVENTS.clear()
    code = main(["parse", str(lines_file), "--input-format", "counting", "-f", "recording"], registry=_registry())
    assert code == EXIT_OK
    assert capsys.readouterr().out == "first line\nsecond line\nthird line\n"
    assert EVENTS == ["split 1", "export 1", "split 2", "export 2", "split 3", "export 3"]


def test_with_workers_a_streaming_exporter_is_given_whole_pages(lines_file, tmp_path, capsys):
    EVENTS.clear()
    other = tmp_path / "other.txt"
    other.write_text("fourth line\n", encoding="utf-8")
    argv = ["parse", str(lines_file), str(other), "--input-format", "counting", "-f", "recording", "--jobs", "2"]
    assert main(argv, registry=_registry()) == EXIT_OK
    assert capsys.readouterr().out == "first line\nsecond line\nthird line\nfourth line\n"


def test_a_failure_part_way_keeps_the_articles_written_and_is_the_inputs(tmp_path, capsys):
    path = tmp_path / "broken.txt"
    path.write_text("first line\nBREAK\nlast line\n", encoding="utf-8")
    code = main(["parse", str(path), "--input-format", "counting", "-f", "recording"], registry=_registry())
    out, err = capsys.readouterr()
    assert code == EXIT_PARSE
    assert out == "first line\n"
    assert f"{path}: cannot be parsed:" in err and "the page ends too soon" in err


def test_a_failure_part_way_under_fail_fast_leaves_the_output_as_it_was(tmp_path, capsys):
    path = tmp_path / "broken.txt"
    path.write_text("first line\nBREAK\n", encoding="utf-8")
    output = tmp_path / "out.txt"
    output.write_text("kept\n", encoding="utf-8")
    argv = ["parse", str(path), "--input-format", "counting", "-f", "recording", "--fail-fast", "-o", str(output)]
    assert main(argv, registry=_registry()) == EXIT_PARSE
    assert output.read_text(encoding="utf-8") == "kept\n"


def test_a_stream_that_fails_part_way_raises_the_plugin_error_from_parse():
    with pytest.raises(newsparse.PluginError, match="the page ends too soon"):
        newsparse.parse("one\nBREAK\n", input_format="counting", registry=_registry())


def test_only_a_true_streaming_attribute_makes_a_streaming_exporter():
    class Truthy:
        streaming = "yes"

    assert streams(JsonLinesExporter()) and streams(CsvExporter()) and streams(SqliteExporter())
    assert not streams(Truthy()) and not streams(object())
    assert not streams(newsparse.default_registry().exporters["json"])


# -- the exporters write the same from streams as from pages --------------------------------------------------


def _pages() -> list[Page]:
    return [newsparse.parse(PAGE, "a.txt"), newsparse.parse(digest([(3, 1), (2, 0)], blank=False), "b.txt")]


def _streams() -> list[PageStream]:
    return [newsparse.parse_stream(PAGE, "a.txt"), newsparse.parse_stream(digest([(3, 1), (2, 0)], False), "b.txt")]


def test_jsonl_from_streams_is_jsonl_from_pages():
    from_pages, from_streams = io.StringIO(), io.StringIO()
    JsonLinesExporter().export(_pages(), from_pages)
    JsonLinesExporter().export(_streams(), from_streams)
    assert from_streams.getvalue() == from_pages.getvalue()
    assert len(from_pages.getvalue().splitlines()) == 6
    assert json.loads(from_pages.getvalue().splitlines()[0])["period"] == "2026-03"


def test_csv_from_streams_is_csv_from_pages(tmp_path):
    CsvExporter().export(_pages(), tmp_path / "pages")
    CsvExporter().export(_streams(), tmp_path / "streams")
    for table in CsvExporter.tables:
        name = f"{table}.csv"
        assert (tmp_path / "streams" / name).read_bytes() == (tmp_path / "pages" / name).read_bytes(), table
    assert (tmp_path / "pages" / "pages.csv").read_text(encoding="utf-8").splitlines()[1].endswith(",4")


def test_csv_table_from_streams_is_the_table_from_pages():
    for table in ("pages", "quotes", "paragraphs"):
        from_pages, from_streams = io.StringIO(), io.StringIO()
        CsvExporter().export_table(_pages(), table, from_pages)
        CsvExporter().export_table(_streams(), table, from_streams)
        assert from_streams.getvalue() == from_pages.getvalue()


def test_sqlite_from_streams_is_sqlite_from_pages(tmp_path):
    SqliteExporter().export(_pages(), tmp_path / "pages.db")
    SqliteExporter().export(_streams(), tmp_path / "streams.db")
    dumps = [list(sqlite3.connect(tmp_path / name).iterdump()) for name in ("pages.db", "streams.db")]
    assert dumps[0] == dumps[1]
    counts = sqlite3.connect(tmp_path / "streams.db").execute("SELECT source, articles FROM pages").fetchall()
    assert counts == [("a.txt", 4), ("b.txt", 2)]


# -- lines read a block at a time -------------------------------------------------------------------------------

line_texts = st.lists(st.sampled_from(["a", "b ", " ", "\n", "\r", "\r\n", "\x85", "\u2028", "\x0b", "\u00a0"])).map("".join)


@settings(max_examples=200, deadline=None)
@given(line_texts, st.integers(1, 9), st.integers(0, 5), st.one_of(st.none(), st.integers(0, 60)))
def test_lines_read_block_by_block_are_the_lines_of_the_whole_text(text, block, start, end):
    whole = content_lines(text, start, end)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_text, "_BLOCK", block)
        assert list(iter_content_lines(text, start, end)) == whole


def _line(number: int) -> page_text.Line:
    return page_text.Line(number, number, number + 1, str(number), str(number))


def test_a_window_reads_lines_as_they_are_looked_at_and_lets_go_of_them():
    taken: list[int] = []

    def lines() -> Iterator[page_text.Line]:
        for n in range(10):
            taken.append(n)
            yield _line(n)

    window = Window(lines(), 8)
    assert len(window) == 8 and taken == []
    assert window[2].number == 2 and taken == [0, 1, 2]
    window.release(5)  # lines 3 and 4 are skipped unread
    assert window[6].number == 6 and window[5].number == 5
    with pytest.raises(IndexError):
        window[4]
    with pytest.raises(IndexError):
        window[8]  # past the end given, though the lines go on


def test_a_survey_counts_the_lines_keeps_the_last_and_reads_the_layout():
    spaced = Survey([_line(n) for n in (0, 2, 4, 6)], keep=3)
    assert (spaced.count, [line.number for line in spaced.tail], spaced.blank_layout) == (4, [2, 4, 6], True)
    packed = Survey([_line(n) for n in (0, 1, 2, 4)], keep=3)
    assert (packed.count, packed.blank_layout) == (4, False)


# -- the figures' reversed passage is recognised by identity ------------------------------------------------------


class NoComparing(str):
    """A string that must not be compared in full: an equal passage looked up in a cache keyed by equality is."""

    __hash__ = str.__hash__

    def __eq__(self, other: object) -> bool:
        raise AssertionError("compared in full")


def test_the_reversed_passage_is_never_compared_in_full():
    first = NoComparing("rose by 5 per cent, minus 2")
    again = NoComparing("rose by 5 per cent, minus 2")  # equal, another object
    assert reading._reversed(first) == "2 sunim ,tnec rep 5 yb esor"
    assert reading._reversed(again) == "2 sunim ,tnec rep 5 yb esor"
    assert reading._reversed(first) == "2 sunim ,tnec rep 5 yb esor"
