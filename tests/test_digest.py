"""The digest splitter's rules, one test per rule, on pages written for the tests."""

from __future__ import annotations

import pytest

from newsparse import detect_format
from newsparse.page.probe import PageProbe
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
    return SPLITTER.split(PageProbe(text))


def fit(text: str) -> float:
    return SPLITTER.fit(PageProbe(text))


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
    [
        "Month: March 2024",
        "Category Archive : Europe",
        "Author: admin",
        "Tag: energy",
        "Tag Archives: Energy",
        "Archives: May 2023",
        "Year: 2024",
        "Monthly Archives: June 2023",
    ],
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


@pytest.mark.parametrize(
    "heading",
    ["A partner that refuses to be a pawn", "The year the capital rewrote its own rail plan", "The line that nobody wanted to close"],
)
def test_a_heading_in_heading_grammar_under_one_paragraph_is_a_paragraph(heading):
    text = (
        "The ministry has published its annual review of the rail network and its trains\n\n"
        f"The review covers every line in the country.\n\n{heading}\n\nFreight traffic rose again.\n"
    )
    page = split(text)
    assert len(page) == 1
    assert [p.text for p in page[0].paragraphs][1] == heading


@pytest.mark.parametrize(
    "summary", ["A new ferry returns to the island after a decade away", "A court in the capital has jailed two smugglers"]
)
def test_a_short_summary_that_reports_opens_an_article_under_one_paragraph(summary):
    text = (
        "The ministry has published its annual review of the rail network and its trains\n\n"
        f"The review covers every line in the country.\n\n{summary}\n\nIt made its first crossing on Monday.\n"
    )
    assert len(split(text)) == 2


def test_a_short_summary_after_an_article_of_three_paragraphs_opens_the_next():
    text = (
        "The ministry has published its annual review of the rail network and its trains\n\n"
        "The review covers every line in the country.\n\nFreight traffic rose again.\n\nPassenger numbers fell.\n\n"
        "Senior union figures are reportedly plotting to oust their leader\n\nThe vote is due next month.\n"
    )
    assert [a.summary.text for a in split(text)][-1] == "Senior union figures are reportedly plotting to oust their leader"


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
    assert fit(TWO_ARTICLES) > 0.9
    assert fit("") == 0.0
    assert fit("Just one sentence.\nAnother sentence.") < 0.5


def test_archive_headers_give_the_period_they_name():
    assert split("Year: 2024\n\nFarmers have blocked three motorways in protest at fuel taxes\n").period == "2024"
    assert split("Monthly Archives: June 2023\n\nFarmers have blocked three motorways in protest\n").period == "2023-06"


QUESTION_PAGE = """Tag Archives: Energy

Will the new pipeline deal survive a winter of price disputes between the neighbours?

Buyers have asked for a review of the supply contract. Talks began last month.

Read more

A compressor station outside the city.
Can the grid cope with another cold snap?

But can the two sides really agree on a price before the first frosts arrive this year?

Engineers say the network is better prepared than two years ago.

This article was first published in Vedomosti, and was translated by our staff.

Is the region ready for a decade without cheap coal from its largest mine?

The mine closes in spring.
"""


def test_question_summary_opens_the_first_article_and_one_after_a_republication_note():
    page = split(QUESTION_PAGE)
    assert [a.summary.text[:20] for a in page] == ["Will the new pipelin", "Is the region ready "]
    first = page[0]
    assert [(r.caption, r.headline) for r in first.related] == [
        ("A compressor station outside the city.", "Can the grid cope with another cold snap?")
    ]
    # a question inside an article is a body paragraph, not a new article
    assert first.paragraphs[1].text.startswith("But can the two sides")
    assert first.republished_from == "Vedomosti"
    assert fit(QUESTION_PAGE.split("\n", 2)[2]) >= 0.7


def test_video_headline_two_teasers_and_a_missing_teaser_before_the_next_summary():
    text = (
        "Farmers across the southern plains have reported the worst harvest in a decade\n"
        "Yields fell by a third compared with last year, the union said.\n"
        "Read more\n"
        "FILE PHOTO. Combine harvesters in a field.\n"
        "Drought hits grain exports (VIDEO)\n"
        "Read more\n"
        "Reuters\n"
        "Bread prices set to rise – Bloomberg\n"
        "Mills expect shortages by the autumn.\n"
        "Read more\n"
        "The central bank has kept its key rate unchanged for a third meeting in a row\n"
        "The decision was widely expected.\n"
    )
    page = split(text)
    assert [a.summary.text[:12] for a in page] == ["Farmers acro", "The central "]
    assert [(r.headline, r.attribution) for r in page[0].related] == [
        ("Drought hits grain exports (VIDEO)", None),
        ("Bread prices set to rise – Bloomberg", "Bloomberg"),
    ]
    assert [p.text for p in page[0].paragraphs][-1] == "Mills expect shortages by the autumn."
    assert page[1].related == ()


def test_excerpt_starting_inside_an_article_is_a_digest():
    text = (
        "The ministry said the talks would continue next week in the capital.\n"
        "Prices for electricity will rise by a tenth from January, the regulator has announced\n"
        "The increase was smaller than suppliers had asked for.\n"
        "A court has ordered the release of two journalists held for a month without charge\n"
        "The judge said the prosecution had failed to present evidence.\n"
    )
    from newsparse import detect_format

    assert detect_format(text).name == "digest"
    page = split(text)
    assert [a.summary and a.summary.text[:6] for a in page] == [None, "Prices", "A cour"]


def test_lines_running_on_into_the_next_do_not_open_articles():
    run_on = "Speaking to reporters at the border crossing on Tuesday, the head of the service said:"
    text = (
        "Officials have confirmed the closure of two border crossings this week\n\n"
        f"The closures were announced on Monday.\n\n{run_on}\n\n"
        "“We will reopen when it is safe.”\n\nThe crossings handle most freight.\n"
    )
    (article,) = split(text)
    assert [p.text for p in article.paragraphs][1] == run_on


def test_an_embedded_posts_credit_line_opens_no_article_and_is_chrome():
    credit = "— Border Service of the Republic (@borderservice) May 3, 2024"
    text = (
        "Officials have confirmed the closure of two border crossings this week\n\n"
        f"The closures were announced on Monday.\n\n{credit}\n\n"
        "“We will reopen when it is safe.”\n\nThe crossings handle most freight.\n"
    )
    (article,) = split(text)
    assert credit not in [p.text for p in article.paragraphs]
    assert len(article.paragraphs) == 3


def test_teaser_block_with_a_blank_line_between_caption_and_headline():
    text = (
        "Month: April 2026\n\n"
        "Farmers in the river delta have started planting early after a mild winter, officials say\n\n"
        "Sowing began two weeks ahead of the usual date.\n\n"
        "Read more\n\n"
        "A tractor in a flooded field.\n\n"
        "Delta growers count the cost of spring floods\n\n"
        "Seed merchants reported brisk sales.\n\n"
        "Rail operators will add night trains between the capital and the coast this summer\n\n"
        "Tickets go on sale next week.\n"
    )
    page = split(text)
    assert [a.summary.text for a in page] == [
        "Farmers in the river delta have started planting early after a mild winter, officials say",
        "Rail operators will add night trains between the capital and the coast this summer",
    ]
    (link,) = page[0].related
    assert (link.headline, link.caption) == ("Delta growers count the cost of spring floods", "A tractor in a flooded field.")
    assert [p.text for p in page[0].paragraphs] == [
        "Sowing began two weeks ahead of the usual date.",
        "Seed merchants reported brisk sales.",
    ]


def test_blank_separated_lines_after_read_more_that_are_no_teaser_stay_paragraphs():
    text = (
        "Month: April 2026\n\n"
        "Farmers in the river delta have started planting early after a mild winter, officials say\n\n"
        "Read more\n\n"
        "Sowing began two weeks ahead of the usual date.\n\n"
        "Seed merchants reported brisk sales across the region.\n"
    )
    (article,) = split(text)
    assert article.related == ()
    assert [p.text for p in article.paragraphs] == [
        "Sowing began two weeks ahead of the usual date.",
        "Seed merchants reported brisk sales across the region.",
    ]


def test_header_fits_only_above_a_summary_line():
    archive = (
        "Author: Tove Brandt\n\n"
        "Ferry operators have asked the state for help to keep winter crossings running\n\n"
        "The operators said fuel costs had doubled.\n"
    )
    article = (
        "Author: Tove Brandt\n\nPublished: 8:05 AM EST March 9, 2026\n\n"
        "Ferry operators ask state for winter subsidy\n\n"
        "The operators said fuel costs had doubled.\n"
    )
    assert fit(archive) == pytest.approx(0.95)
    assert fit(article) < 0.5
    assert detect_format(article).name == "article"


def test_an_article_page_under_a_menu_with_a_read_more_teaser_is_no_digest_excerpt():
    text = (
        "THE HARBOUR SPORT\nHome\nFootball\nCricket\nSubscribe\n\nCRICKET\n\n"
        "Harbour franchise sold for a record sum as league valuations soar\n"
        "The sale of the Harbour Gulls to a group led by a shipping magnate values the club at six times its price.\n\n"
        "Rohan Mehta\nMar 3, 2026\n\n"
        "A group led by shipping magnate Ann Lee has agreed to buy the Harbour Gulls, the league said on Tuesday.\n\n"
        "Read more\nInside the league's 15-year climb to the top\nHow a harbour league became the richest in the region.\n\n"
        "The deal still needs the approval of the league's board, which meets next month.\n"
    )
    from newsparse import detect_format, parse

    assert detect_format(text).name == "article"
    [article] = parse(text).articles
    assert article.headline is not None and article.headline.text.startswith("Harbour franchise sold")


def test_read_more_without_teaser_lines_and_a_gap_before_the_next_summary_yields_no_link():
    # blank lines between paragraphs: the line after ``Read more`` and the summary line after a wider gap are no
    # teaser's caption and headline, but the article's last paragraph and the next article's summary
    text = (
        "Month: May 2024\n\n"
        "Fishing crews have blockaded the harbour mouth in a row over quotas, the coastguard says\n\n"
        "Around forty boats anchored across the channel at dawn on Tuesday, the coastguard said.\n\n"
        "Read more\n\n"
        "Talks between the crews and the ministry are due to resume later this week.\n\n \n\n"
        "The city's tram network will add two new lines by the end of next year, its operator says\n\n"
        "The operator said the lines would link the old town with the airport.\n"
    )
    page = split(text)
    assert [a.summary.text[:20] for a in page] == ["Fishing crews have b", "The city's tram netw"]
    assert page[0].related == ()
    assert page[0].paragraphs[-1].text.startswith("Talks between the crews")


def test_a_teaser_caption_and_headline_one_blank_line_apart_still_make_a_link():
    text = (
        "Month: May 2024\n\n"
        "Fishing crews have blockaded the harbour mouth in a row over quotas, the coastguard says\n\n"
        "Around forty boats anchored across the channel at dawn on Tuesday, the coastguard said.\n\n"
        "Read more\n\n"
        "FILE PHOTO: Boats at the quay.\n\n"
        "Quota talks collapse for a second time\n\n"
        "Talks between the crews and the ministry are due to resume later this week.\n"
    )
    (article,) = split(text)
    assert [link.headline for link in article.related] == ["Quota talks collapse for a second time"]


@pytest.mark.parametrize(
    "furniture",
    [
        "Never miss a story – get the Harbour Ledger newsletter in your inbox every morning",
        "Posted in Business, World | Tagged fuel, ports, Malaysia",
    ],
)
def test_site_furniture_between_posts_opens_no_article(furniture):
    page = split(TWO_ARTICLES.replace("Talks are expected to resume on Friday.\n", f"Talks are expected to resume on Friday.\n\n{furniture}\n"))
    assert len(page) == 2 and all(furniture not in p.text for a in page for p in a.paragraphs)


def test_a_photo_caption_under_a_summary_is_no_paragraph():
    caption = "Dock workers picket the northern port on Monday. Photo: Jane Doe / Harbour Agency"
    page = split(TWO_ARTICLES.replace("has said\n\n", f"has said\n\n{caption}\n\n", 1))
    assert [p.text for p in page[0].paragraphs][0] == "Dock workers at the northern port walked out on Monday after talks collapsed."


def test_a_masthead_and_a_menu_of_sections_over_the_header_are_no_article():
    page = split("HARBOUR REVIEW | The port in focus\nNews Economy Energy Culture Opinion Search\n" + TWO_ARTICLES.replace("\n\n", "\n"))
    assert [a.summary.text for a in page][0] == "Harbour workers have voted to strike over pay, their union has said"
    assert page.period == "2024-03"


@pytest.mark.parametrize("furniture", ["Comments are closed.", "Sign up for our free morning briefing", "You can share this story on social media:"])
def test_site_furniture_inside_a_post_is_no_paragraph(furniture):
    page = split(TWO_ARTICLES.replace("The union said the strike would last a week.\n", f"The union said the strike would last a week.\n\n{furniture}\n"))
    assert all(furniture not in p.text for a in page for p in a.paragraphs)
