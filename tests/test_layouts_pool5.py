"""Layouts from the used pool's article misses (laypool5): a copy of the title that prints its quotation marks
plain where the title prints them curly (or the other way round); a newspaper's name ending in ``Mirror``,
``Echo`` or ``Advertiser`` above the title.  Every page and line here is of our own making."""

from __future__ import annotations

from newsparse.page.chrome import LineKind
from newsparse.page.text import folded

from .layout_helpers import CHROME, article_of, kind

_LEAD = (
    "The harbour board voted on Thursday to raise ferry fees for the first time in a decade.\n\n"
    "Fishing crews said the rise would hurt them most, the board's chair said.\n\n"
    "The new fees start in April.\n"
)
_STANDFIRST = "The board says the money will pay for a new quay, but crews fear the cost will fall on them."


def _texts(page: str) -> list[str]:
    return [p.text for p in article_of(page).paragraphs]


# --- A. a copy of the title with its quotation marks printed plain -------------------------------------------


def test_a_folded_title_compares_equal_however_its_marks_are_printed():
    assert folded("‘Fees’ rise at the “old” quay") == folded("'Fees' rise at the \"old\" quay")
    assert folded("  Ferry  FEES rise ") == "ferry fees rise"
    assert folded("‘Fees’ rise") != folded("'Fares' rise")


def test_a_plain_copy_of_a_curly_title_is_no_standfirst():
    page = "‘A slap in the face’ for island crews as ferry fees rise\n\n'A slap in the face' for island crews as ferry fees rise\n\nBy Jane Doe\n\n" + _LEAD
    article = article_of(page)
    assert article.headline is not None and article.headline.text.startswith("‘A slap in the face’")
    assert article.summary is None
    assert _texts(page)[0].startswith("The harbour board voted")


def test_a_standfirst_over_a_plain_copy_of_the_title_is_the_summary():
    page = (
        "SHARE\n\nBUSINESS\n\n‘We will keep the quay open’\n\n" + _STANDFIRST + "\n\n'We will keep the quay open'\n"
        "Boats at the quay. Photo: Jane Doe/Harbour Wire\n\n" + _LEAD
    )
    article = article_of(page)
    assert article.headline is not None and article.headline.text == "‘We will keep the quay open’"
    assert article.summary is not None and article.summary.text == _STANDFIRST
    assert not any("keep the quay open" in t for t in _texts(page))


def test_a_line_quoting_other_words_than_the_title_stays_text():
    page = "‘A slap in the face’ for island crews as ferry fees rise\n\n" + _LEAD + "\n'A slap in the face' for the crews, the union said of the rise.\n"
    assert _texts(page)[-1] == "'A slap in the face' for the crews, the union said of the rise."


# --- B. a newspaper's name over the title -----------------------------------------------------------------


def test_a_newspaper_named_mirror_echo_or_advertiser_is_a_site_line():
    for name in ("Harbour Daily Mirror", "Glenmoor Echo", "The Coastal Advertiser"):
        assert CHROME.is_site_line(name), name
        assert kind(name) is LineKind.CHROME, name


def test_a_sentence_about_a_mirror_or_an_echo_is_text():
    assert kind("The mirror in the old harbour office was cracked in the storm.") is LineKind.TEXT
    assert not CHROME.is_site_line("Police find stolen mirror")
    assert not CHROME.is_site_line("Echo")


def test_a_newspaper_name_over_a_prose_title_is_no_title():
    page = "Harbour Daily Mirror\n\nIsland crews have to be heard on the ferry fees going forward\n\n- BY JANE DOE\n\n" + _LEAD
    article = article_of(page)
    assert article.headline is not None
    assert article.headline.text == "Island crews have to be heard on the ferry fees going forward"
    assert article.summary is None


# --- C. a photo's alt text over its caption is no standfirst ------------------------------------------------

_TITLE = "Harbour board orders two new patrol boats for the eastern channel"
_ALT = "Navy patrol boat during an exercise off the point"
_CAPTION = "A navy patrol boat is shown during an exercise off the point, May 4, 2026. (Jane Doe/Harbour Navy)"


def test_alt_text_over_a_caption_closed_by_a_slashed_credit():
    from newsparse.page.layout import is_alt_text
    from newsparse.page.probe import PageLine
    from newsparse.page.text import iter_lines

    def lines(*texts: str) -> list[PageLine]:
        return [PageLine(line, line.clean, kind(line.clean)) for line in iter_lines("\n".join(texts))]

    assert is_alt_text(lines(_ALT, _CAPTION), 0)
    assert not is_alt_text(lines("Crews fear the cost of the new boats", _CAPTION), 0)  # other words
    assert not is_alt_text(lines(_ALT, "A navy patrol boat is shown during an exercise off the point, May 4."), 0)  # no credit


def test_alt_text_under_the_title_is_no_standfirst():
    page = f"{_TITLE}\n\n{_ALT}\n{_CAPTION}\n\n" + _LEAD
    article = article_of(page)
    assert article.headline is not None and article.headline.text == _TITLE
    assert article.summary is None
    assert _texts(page)[0].startswith("The harbour board voted")


def test_a_sentence_over_a_credited_caption_of_other_words_is_kept():
    page = f"{_TITLE}\n\n{_STANDFIRST}\n{_CAPTION}\n\n" + _LEAD
    assert _texts(page)[0] == _STANDFIRST
