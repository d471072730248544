"""The digest splitter's rules, one test per rule, on pages written for the tests."""

from __future__ import annotations

import pytest

from newsparse_digest import DigestSplitter

SPLITTER = DigestSplitter()

TWO_ARTICLES = """Month: March 2024

Harbour workers have voted to strike over pay, their union has said

Dock workers at the northern port walked out on Monday after talks collapsed.

The union said the strike would last a week.

Read more

FILE PHOTO: Cranes at the northern port.
Port strike spreads to second city – Reuters

Talks are expected to resume on Friday.

A new bridge over the river will open to traffic next spring, the council says

The council approved the final budget for the bridge on Tuesday.
"""


def split(text: str):
    return SPLITTER.split(text)


def test_summary_lines_start_articles_and_header_gives_period():
    page = split(TWO_ARTICLES)
    assert page.period == "2024-03"
    assert [a.summary.text for a in page] == [
        "Harbour workers have voted to strike over pay, their union has said",
        "A new bridge over the river will open to traffic next spring, the council says",
    ]
    assert [p.text for p in page[0].paragraphs] == [
        "Dock workers at the northern port walked out on Monday after talks collapsed.",
        "The union said the strike would last a week.",
        "Talks are expected to resume on Friday.",
    ]


def test_teaser_block_gives_caption_headline_and_attribution():
    (link,) = split(TWO_ARTICLES)[0].related
    assert link.caption == "FILE PHOTO: Cranes at the northern port."
    assert link.headline == "Port strike spreads to second city – Reuters"
    assert link.attribution == "Reuters"


def test_single_newline_layout_reads_the_same():
    single = "\n".join(line for line in TWO_ARTICLES.splitlines() if line.strip())
    blank, compact = split(TWO_ARTICLES), split(single)
    assert [a.to_dict()["paragraphs"] for a in compact] == [a.to_dict()["paragraphs"] for a in blank]
    assert [a.to_dict()["related"][:1] for a in compact][0][0]["headline"] == "Port strike spreads to second city – Reuters"


@pytest.mark.parametrize(
    "header",
    ["Month: March 2024", "Category Archive : Europe", "Author: admin", "Tag: energy"],
)
def test_page_headers_belong_to_no_article(header):
    page = split(f"{header}\n\nFarmers have blocked three motorways in protest at fuel taxes\n\nTractors stood still.\n")
    assert len(page) == 1
    assert page[0].summary.text.startswith("Farmers")
    assert all(header not in p.text for p in page[0].paragraphs)


def test_short_heading_inside_an_article_is_a_paragraph():
    text = (
        "The ministry has published its annual review of the rail network and its trains\n\n"
        "The review covers every line in the country.\n\nFreight lines\n\nFreight traffic rose again.\n"
    )
    page = split(text)
    assert len(page) == 1
    assert [p.text for p in page[0].paragraphs][1] == "Freight lines"


def test_read_more_without_teaser_lines_yields_no_link():
    text = (
        "Lawmakers have passed a budget after a week of late-night sessions in parliament\n"
        "The vote ended a long stand-off.\nRead more\n"
        "Opposition members walked out before the final reading, saying the bill had been rushed through.\n"
        "The president is expected to sign it within days.\n"
    )
    (article,) = split(text)
    assert article.related == ()
    assert len(article.paragraphs) == 3


def test_inline_read_more_line_is_a_related_link_without_caption():
    text = (
        "Shipping insurers have raised their rates for vessels crossing the strait again\n\n"
        "Premiums doubled in a month.\n\nREAD MORE: Tanker seized off the coast – navy\n\nOwners are rerouting ships.\n"
    )
    (article,) = split(text)
    (link,) = article.related
    assert (link.headline, link.caption, link.attribution) == ("Tanker seized off the coast – navy", None, "navy")
    assert [p.text for p in article.paragraphs] == ["Premiums doubled in a month.", "Owners are rerouting ships."]


def test_republication_note_names_the_outlet_and_is_not_a_paragraph():
    text = (
        "Europe's industry is paying the price for the loss of cheap energy, our columnist argues\n\n"
        "Factories are closing.\n\n"
        "This article was first published in\u00a0Le Monde, and was translated by our staff.\n"
    )
    (article,) = split(text)
    assert article.republished_from == "Le Monde"
    assert [p.text for p in article.paragraphs] == ["Factories are closing."]


def test_white_space_only_lines_no_break_spaces_crlf_and_bom():
    text = (
        "\ufeffMonth: May 2023\r\n\r\n"
        "Regional elections have been postponed until the autumn, officials have said\r\n\r\n"
        "\u00a0\u00a0\r\n\r\n"
        "The vote\u00a0was due in June.\u00a0\r\n"
    )
    page = split(text)
    assert page.period == "2023-05"
    (article,) = page
    assert [p.text for p in article.paragraphs] == ["The vote was due in June."]
    for p in article.passages():
        assert " ".join(text[p.span.start : p.span.end].split()) == p.text


def test_long_line_without_full_stop_is_a_paragraph_not_a_summary():
    long_line = " ".join(["word"] * 40) + " “a quoted ending”"
    text = f"Officials have confirmed the closure of two border crossings this week\n\n{long_line}\n"
    (article,) = split(text)
    assert len(article.paragraphs) == 1


def test_fit_prefers_digest_pages():
    assert SPLITTER.fit(TWO_ARTICLES) > 0.9
    assert SPLITTER.fit("") == 0.0
    assert SPLITTER.fit("Just one sentence.\nAnother sentence.") < 0.5
