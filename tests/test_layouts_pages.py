"""Whole scraped pages in many outlets' styles (``tests/data/pages``): navigation, banners and labels
above the title, site names on titles, standfirsts, bylines, date lines, chrome and bios around the body.

Each ``NAME.txt`` page has a ``NAME.json`` beside it giving its headline, summary, date, paragraphs and,
where it has one, the outlet it was republished from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse

PAGES = Path(__file__).parent / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def test_there_are_enough_pages():
    assert len(NAMES) >= 12


def _read(name: str) -> tuple[str, dict]:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


@pytest.mark.parametrize("name", NAMES)
def test_page_reads_as_one_article(name):
    text, expected = _read(name)
    page = parse(text)
    assert len(page.articles) == 1, page.format
    [article] = page.articles
    assert (article.headline and article.headline.text) == expected["headline"]
    assert (article.summary and article.summary.text) == expected["summary"]
    assert [p.text for p in article.paragraphs] == expected["paragraphs"]
    published = None if article.published is None else article.published.isoformat()
    assert published == expected["published"]
    assert article.republished_from == expected.get("republished_from")


@pytest.mark.parametrize("name", NAMES)
def test_every_passage_keeps_its_offsets(name):
    text, _ = _read(name)
    for article in parse(text).articles:
        for passage in [article.headline, article.summary, *article.paragraphs]:
            if passage is not None:
                assert text[passage.span.start : passage.span.end] == passage.text
