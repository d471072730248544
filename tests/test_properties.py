"""Properties of the whole pipeline on any text: no crash, offsets that point at the text, lossless export."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Page
from newsparse.html import looks_like_html
from newsparse.page.text import collapse

# Lines shaped like the parts of news pages, so the rules are exercised, not only random noise.
LINE_SHAPES = st.sampled_from(
    [
        "Month: November 2025",
        "Category Archive : World",
        "Officials have said the talks on the new border treaty will resume next week",
        "The minister said the deal was “fair and final,” adding: ‘we are done’.",
        "”We will not back down,” she wrote. “Never.”",
        "Read more",
        "FILE PHOTO.",
        "Prices rise again – Reuters",
        "READ MORE: Markets fall – AP",
        "This article was first published in The Daily, and was edited.",
        "More than 250 workers, or 12%, lost over €5.1 billion ($5.7 billion) in 2022.",
        "RT | November 18, 2025",
        "20 May, 2015 17:31",
        "\u00a0\u00a0",
        "",
    ]
)
NOISY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
PAGES = st.one_of(
    NOISY_TEXT,
    st.lists(st.one_of(LINE_SHAPES, NOISY_TEXT), max_size=25).flatmap(
        lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines))
    ),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(PAGES)
def test_parse_never_raises_and_every_offset_points_at_its_text(text):
    try:
        page = newsparse.parse(text)
    except newsparse.InputError:  # by design, only for an HTML page with no main text ('<!DOCTYPE HTML>')
        assert looks_like_html(text)
        return
    for article in page:
        assert 0 <= article.span.start <= article.span.end <= len(text)
        for p in article.passages():
            assert collapse(text[p.span.start : p.span.end]) == p.text
        for q in article.quotes:
            assert text[q.span.start : q.span.end] == q.text
        for f in article.figures:
            assert text[f.span.start : f.span.end] == f.text


@FAST
@given(PAGES)
@example("<!DOCTYPE HTML>")
def test_every_exporter_round_trips_articles(text):
    try:
        page = newsparse.parse(text, source="page.txt")
    except newsparse.InputError:  # by design, only for an HTML page with no main text ('<!DOCTYPE HTML>')
        assert looks_like_html(text)
        return
    registry = newsparse.default_registry()
    lines, array = io.StringIO(), io.StringIO()
    registry.exporter("jsonl").export([page], lines)
    registry.exporter("json").export([page], array)
    assert [Article.from_dict(json.loads(line)) for line in lines.getvalue().splitlines()] == list(page.articles)
    assert [Page.from_dict(p) for p in json.loads(array.getvalue())] == [page]
