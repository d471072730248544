"""Properties every layout splitter keeps on any text: no exceptions, passages true to their spans."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import default_registry, detect_format
from newsparse.page.chrome import PageChrome
from newsparse.page.furniture import title_span
from newsparse.page.lines import opens_with_dateline
from newsparse.page.probe import PageProbe
from newsparse.page.text import collapse

LAYOUTS = ["article", "blog", "rtcom", "generic", "cnn", "apnews", "reuters", "bbc", "guardian", "tpm"]

_LINES = st.sampled_from(
    [
        "Council approves new ferry timetable",
        "Residents will get two extra crossings a day from spring, the council said",
        "The vote was close.",
        "RT | November 18, 2025",
        "Coastal Wire – 14.02.2024",
        "12 June, 2016 08:40",
        "Posted by editor | Labour | Leave a comment",
        "READ MORE: Ferry service suspended – Coast Radio",
        "Read more",
        "FILE PHOTO.",
        "Share this:",
        "icon bookmark-bicon bookmarkicon cameraicon checkicon",
        "Новости",
        "By the Coastal Wire Staff",
        "Mara Quill | Reporter",
        "Updated 6:05 PM ET, Tue March 5, 2024",
        "Posted: Updated:",
        "MILLTOWN (WXYZ) — Crews worked through the night.",
        "(CNN) -- Rain fell.",
        "Start your day with TPM.",
        "Image source, Getty Images",
        "Home » Sport » Sailing",
        "Most read",
        "wait and see",
        "Harbour Evening Post",
        "Ferry fares rise | Travel | The Guardian",
        "",
        "   \u00a0 ",
    ]
)
_PAGES = st.one_of(
    st.text(),
    st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=30).map("\n".join),
)


def _passages(page):
    for article in page:
        yield from article.passages()


@pytest.mark.parametrize("name", LAYOUTS)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PAGES)
def test_no_splitter_raises_and_passages_match_their_spans(name, text):
    splitter = default_registry().splitter(name)
    assert 0.0 <= splitter.fit(PageProbe(text)) <= 1.0
    page = splitter.split(PageProbe(text))
    for p in _passages(page):
        assert collapse(text[p.span.start : p.span.end]) == p.text
    for article in page:
        assert 0 <= article.span.start <= article.span.end <= len(text)


def test_generic_keeps_text_the_reader_takes_all_for_captions_or_chrome():
    text = "0\nicon bookmark-bicon bookmarkicon cameraicon checkicon\n0\nicon bookmark-bicon bookmarkicon cameraicon checkicon"
    [article] = default_registry().splitter("generic").split(PageProbe(text))
    assert [p.text for p in article.paragraphs] == text.split("\n")


@settings(max_examples=150)
@given(text=_PAGES)
def test_generic_yields_an_article_from_any_non_blank_text(text):
    if collapse(text):
        assert len(default_registry().splitter("generic").split(PageProbe(text))) == 1


@settings(max_examples=100)
@given(text=_PAGES)
def test_detection_picks_a_registered_splitter(text):
    assert detect_format(text).name in default_registry().splitters


_TITLES = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(["Ferry", "fares", "rise", "|", "–", "—", "-", "BBC", "News", "RT", "World", "»", "(AP)"]), max_size=12).map(" ".join),
)


@settings(max_examples=200)
@given(line=_TITLES)
def test_line_kinds_and_title_spans_on_any_line(line):
    chrome = PageChrome.from_vocabulary()
    clean = collapse(line)
    chrome.kind(clean)
    start, end = title_span(chrome, clean)
    assert 0 <= start <= end <= len(clean)
    assert opens_with_dateline(clean) in (True, False)
