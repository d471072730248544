"""The page kit's parts: the question test, page furniture, the article draft, the fit bands, the layout base."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import bands
from newsparse.page.chrome import LineKind, PageChrome
from newsparse.page.draft import Draft
from newsparse.page.furniture import is_link_line, related_link, teaser_link
from newsparse.page.lines import is_question
from newsparse.page.kit import LayoutSplitter
from newsparse.page.probe import PageLine, PageProbe
from newsparse.page.text import content_lines
from newsparse_article import fit as article_fit_module
from newsparse_article.outlet import OutletSplitter
from newsparse_blog import FIT_ONE_POST, FIT_POSTS
from newsparse_digest import splitter as digest_module
from newsparse_generic import FIT as GENERIC_FIT
from newsparse_rtcom import FIT_BOTH, FIT_DATED, FIT_ONE


def _line(text: str, offset: int = 0):
    (line,) = content_lines(" " * offset + text)
    return line


@pytest.mark.parametrize("line", ["Will the ferry sail on Sunday?", "Is the pier safe?”", "Who pays for the bridge? (Part 2?)"])
def test_a_question_ends_with_a_question_mark_closers_aside(line):
    assert is_question(line)


@pytest.mark.parametrize("line", ["The pier is safe.", "Why not!", "Is it? Nobody knows", ""])
def test_other_lines_are_no_questions(line):
    assert not is_question(line)


def test_a_read_more_line_is_a_related_link_with_its_span_and_credit():
    line = _line("READ MORE: Dockers vote to strike – Port Gazette", offset=3)
    link = related_link(line)
    assert link is not None and link.headline == "Dockers vote to strike – Port Gazette"
    assert (link.span.start, link.attribution, link.caption) == (3, "Port Gazette", None)
    assert related_link(_line("Dockers read more of the report.")) is None
    assert is_link_line("Read more") and is_link_line("READ MORE: Dockers vote") and not is_link_line("Dockers read more")


def test_a_teaser_is_a_short_caption_then_a_headline_without_a_full_stop():
    caption, headline = content_lines("A tug pulls a barge past the lock\nCanal reopens after the winter\n")
    link = teaser_link(caption, headline)
    assert link is not None and (link.headline, link.caption) == ("Canal reopens after the winter", caption.clean)
    assert (link.span.start, link.span.end) == (caption.start, headline.end)
    asked = content_lines("A tug at the lock\nWill the canal reopen in spring?\n")
    assert teaser_link(*asked) is not None


def test_a_sentence_under_a_caption_is_a_teaser_only_where_the_layout_sets_it_apart():
    caption, sentence = content_lines("A tug at the lock\nThe canal reopened on Monday.\n")
    assert teaser_link(caption, sentence) is None
    assert teaser_link(caption, sentence, adjacent=True) is not None


def test_link_lines_and_long_headlines_are_no_teasers():
    caption, link = content_lines("A tug at the lock\nREAD MORE: Canal reopens\n")
    assert teaser_link(caption, link) is None
    long_head = " ".join(["word"] * 26)
    assert teaser_link(caption, _line(long_head)) is None


def test_a_draft_takes_links_notes_dates_and_builds_its_article():
    text = "Canal reopens\nBy Ada Brunel | 4 March 2026\nBoats passed again.\nThis story was first published in the Lock News.\n"
    title, byline, body, note = content_lines(text)
    draft = Draft(PageChrome.from_vocabulary())
    assert draft.build(text) is None  # no line taken
    draft.cover(title)
    draft.set_title(title)
    draft.cover(byline)
    draft.date(PageLine(byline, byline.clean, LineKind.BYLINE, None))
    draft.cover(body)
    draft.paragraphs.append(body)
    assert not draft.read_link(body)
    assert draft.read_link(note)
    article = draft.build(text)
    assert article is not None and article.headline.text == "Canal reopens"
    assert article.republished_from == "Lock News" and (article.span.start, article.span.end) == (0, note.end)
    assert draft.is_title_copy("canal reopens") and not draft.is_title_copy("Canal closes")


def test_the_bands_are_ordered_and_detection_picks_nothing_below_bare():
    order = [
        bands.CERTAIN, bands.DECLARED, bands.SIGNED, bands.MARKED, bands.LIKELY, bands.PROBABLE,
        bands.POSSIBLE, bands.PARTIAL, bands.BARE, bands.MIN_FIT, bands.UNLIKELY, bands.FALLBACK, bands.NONE,
    ]
    assert order == sorted(order, reverse=True) and len(set(order)) == len(order)
    assert bands.BARE > bands.MIN_FIT > bands.UNLIKELY


def test_every_built_in_fit_is_a_band():
    named = {value for name, value in vars(bands).items() if name.isupper() and name != "RAISE"}
    fits = [FIT_POSTS, FIT_ONE_POST, FIT_BOTH, FIT_ONE, FIT_DATED, GENERIC_FIT]
    fits += [getattr(article_fit_module, name) for name in article_fit_module.__all__ if name.startswith("FIT_")]
    fits += [digest_module.FIT_HEADER, digest_module.FIT_OPENING, digest_module.FIT_EXCERPT, digest_module.MAX_RAISED_FIT]
    assert set(fits) <= named


class _NoStandfirst(LayoutSplitter):
    name = "nostandfirst"
    description = "pages without standfirsts"

    def fit(self, probe: PageProbe) -> float:
        return bands.NONE


PAGE = (
    "Canal reopens after the winter\n\n"
    "Boats queue at the upper lock as the keepers open the gates for the season\n\n"
    "The canal reopened on Monday after four months of repairs to its gates.\n"
)


def test_a_layout_splitter_reads_a_standfirst_unless_its_layout_prints_none():
    with_standfirst = type("WithStandfirst", (_NoStandfirst,), {"prints_standfirst": True})()
    (article,) = with_standfirst.split(PageProbe(PAGE)).articles
    assert article.summary is not None and article.summary.text.startswith("Boats queue")
    without = _NoStandfirst()
    without.prints_standfirst = False
    (article,) = without.split(PageProbe(PAGE)).articles
    assert article.summary is None
    assert [p.text for p in article.paragraphs] == ["The canal reopened on Monday after four months of repairs to its gates."]


def test_an_outlet_splitter_is_a_layout_splitter_signed_on_its_pages():
    from newsparse_bbc import BBC

    splitter = OutletSplitter(BBC)
    assert isinstance(splitter, LayoutSplitter)
    signed = "Canal reopens after the winter - BBC News\n\nThe canal reopened on Monday after repairs.\n"
    assert splitter.fit(PageProbe(signed)) == bands.SIGNED
    assert splitter.fit(PageProbe(PAGE)) == bands.NONE
