"""The general news-article layout: labels, titles, bylines, dates, datelines, chrome, fit; outlet plugins."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsparse import default_registry, detect_format, parse
from newsparse.page.chrome import CHROME_VOCABULARIES, LineKind, PageChrome
from newsparse.page.dates import find_date
from newsparse.page.furniture import title_span
from newsparse.page.lines import opens_with_dateline
from newsparse.hooks.vocabulary import Vocabulary

CHROME = PageChrome.from_vocabulary()


def paragraphs(article):
    return [p.text for p in article.paragraphs]


# --- labels, kickers and site-name lines above the title ---------------------------------


def test_section_label_and_lower_case_kicker_above_the_title_are_chrome():
    text = (
        "Local Politics\n\nwait and see\n\n"
        "Harbour council delays vote on parking fees until spring\n\n"
        "The council put off the vote on Monday after a long debate.\n\n"
        "Members will meet again in March.\n"
    )
    page = parse(text)
    assert page.format == "article"
    [article] = page
    assert article.headline.text == "Harbour council delays vote on parking fees until spring"
    assert article.summary is None
    assert paragraphs(article)[0].startswith("The council put off")


def test_one_word_and_capitals_labels_above_the_title_are_chrome():
    for label in ["weather", "REGIONAL WEATHER DESK"]:
        text = f"{label}\n\nHail Damages Orchards Across The Valley\n\nGrowers counted their losses on Monday.\n"
        page = parse(text)
        assert page.format == "article"
        assert page[0].headline.text == "Hail Damages Orchards Across The Valley"


def test_title_under_a_site_slogan_is_found_by_its_byline():
    text = (
        "Telling the valley's stories since 1921.\n\n"
        "Orchard growers count losses after hail\n\nBy Mara Quill\n\n"
        "Hail flattened young fruit across the valley on Sunday.\n"
    )
    page = parse(text)
    assert page.format == "article"
    [article] = page
    assert article.headline.text == "Orchard growers count losses after hail"
    assert paragraphs(article) == ["Hail flattened young fruit across the valley on Sunday."]


def test_a_short_title_over_the_body_is_still_the_title():
    [article] = parse("Storm warning\n\nHeavy rain is expected across the valley on Friday.\n", input_format="article")
    assert article.headline.text == "Storm warning"


def test_site_name_line_above_the_title_is_chrome():
    text = (
        "Millbrook Evening Post\n\nFerry Operator Cuts Winter Crossings To Two A Day\n\n"
        "Islanders say the new timetable leaves them stranded.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Ferry Operator Cuts Winter Crossings To Two A Day"


@pytest.mark.parametrize(
    ("line", "site"),
    [("Millbrook Evening Post", True), ("The Valley Herald", True), ("Local man wins award", False), ("Herald", False)],
)
def test_site_lines(line, site):
    assert CHROME.is_site_line(line) is site


# --- bylines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By the Coastal Wire Staff", True),
        ("Posted by Mara Quill", True),
        ("BY TOMAS REYES", True),
        ("Mara Quill | Reporter", True),
        ("Tomas Reyes/Valley Herald staff", True),
        ("Mara Quill, The Associated Press", True),
        ("By the numbers", False),
        ("Police chief defends staff", False),
        ("Reporter shortlisted for award", False),
    ],
)
def test_bylines_without_a_date(line, byline):
    assert (CHROME.kind(line)[0] is LineKind.BYLINE) is byline


def test_byline_under_the_title_and_its_date():
    text = (
        "Dockers vote to end two-week strike\n"
        "By the Coastal Wire Staff\n"
        "Updated 6:05 PM ET, Tue March 5, 2024\n"
        "Dock workers voted on Tuesday to return to work.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Dockers vote to end two-week strike"
    assert article.published == dt.datetime(2024, 3, 5, 18, 5)
    assert paragraphs(article) == ["Dock workers voted on Tuesday to return to work."]


# --- printed dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("Updated 11:20 AM ET, Wed July 3, 2019", dt.datetime(2019, 7, 3, 11, 20)),
        ("Posted: Feb 9, 2021 8:02 PM CST", dt.datetime(2021, 2, 9, 20, 2)),
        ("Published 7:45 a.m. EDT Oct. 14, 2022", dt.datetime(2022, 10, 14, 7, 45)),
        ("April 2, 2020 / 4:10 PM", dt.datetime(2020, 4, 2, 16, 10)),
        ("- The Valley Herald - Monday, June 1, 2015", dt.date(2015, 6, 1)),
    ],
)
def test_dates_in_the_forms_sites_print(printed, value):
    found = find_date(printed)
    assert found is not None and found.value == value


def test_a_clock_time_alone_is_no_date():
    assert find_date("Doors open at 7:30 PM on Friday") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Posted: Updated:", LineKind.DATE),
        ("Posted: 4:10 PM ET", LineKind.DATE),
        ("4:10 PM ET", LineKind.CHROME),
        ("Updated 5 hours ago", LineKind.DATE),
        ("2 days ago", LineKind.CHROME),
        ("Facebook Twitter Email", LineKind.CHROME),
        ("Facebook and Twitter", LineKind.TEXT),
        ("4 of 15", LineKind.CHROME),
        ("Four of 15 boats sank.", LineKind.TEXT),
        ("Enlarge this image", LineKind.CHROME),
        ("4 min read", LineKind.CHROME),
        ("Home » Sport » Sailing", LineKind.CHROME),
        ("[Valley Herald]", LineKind.CHROME),
        ("Skip to main content", LineKind.CHROME),
        ("Start your day with the Morning Brief", LineKind.CHROME),
        ("Sign up to our daily newsletter", LineKind.CHROME),
        ("Photo by Kit Marlow/Getty Images", LineKind.CHROME),
        ("Getty Images", LineKind.CHROME),
        ("Watch: Crowds gather at the harbour", LineKind.CHROME),
        ("Valley Herald reporter Tomas Reyes contributed to this report.", LineKind.TEXT),
        ("______", LineKind.CHROME),
        ("Valley Broadcasting, Inc.", LineKind.CHROME),
        ("Boats crowd the harbour on Sunday, June 2, 2024, ahead of the regatta. (AP Photo/Kit Marlow)", LineKind.CHROME),
        ("Crowds line the quay. (Kit Marlow/Getty Images)", LineKind.CHROME),
        ("FILE - A ferry leaves the harbour in 2019.", LineKind.CHROME),
        ("The council approved the plan (see map).", LineKind.TEXT),
        ("The file - a thick one - was missing.", LineKind.TEXT),
        ("(Copyright 2019 Valley Wire. All Rights Reserved.)", LineKind.CHROME),
        ("valleyherald.com - News for the whole valley", LineKind.CHROME),
        ("Estimated read time: 3-4 minutes", LineKind.CHROME),
        ("The firm said it held the copyright to the design.", LineKind.TEXT),
        ("The deal was signed by Acme and its rival.", LineKind.TEXT),
        ("«Home» is what he called it, «and» he meant it", LineKind.TEXT),
        ("The council said it would report back.", LineKind.TEXT),
    ],
)
def test_chrome_line_kinds(line, kind):
    assert CHROME.kind(line)[0] is kind


def test_date_line_above_a_sentence_case_title():
    text = "Tuesday, March 5, 2024\n\nWe finally won the allotment vote\n\nThe committee agreed on Monday night.\n"
    page = parse(text)
    assert page.format == "article"
    assert page[0].headline.text == "We finally won the allotment vote"
    assert page[0].published == dt.date(2024, 3, 5)


def test_posted_updated_without_dates_is_not_body():
    text = "Bakery wins national bread prize\n\nPosted: Updated:\n\nA family bakery took the top prize on Sunday.\n"
    [article] = parse(text)
    assert article.published is None
    assert paragraphs(article) == ["A family bakery took the top prize on Sunday."]


# --- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("MILLTOWN (WXYZ) — Crews worked through the night.", True),
        ("(Coastal Wire) -- Rain fell all day.", True),
        ("PORT ELLIS, Maine (AP) — The ferry docked late.", True),
        ("LISBON — Ministers met on Friday.", True),
        ("Ministers met on Friday - and agreed.", False),
        ("The (new) plan - explained.", False),
    ],
)
def test_datelines(line, dateline):
    assert opens_with_dateline(line) is dateline


def test_dateline_stays_in_the_first_paragraph_and_marks_a_news_page():
    text = (
        "Firefighters contain blaze at paper mill\n"
        "MILLTOWN (WXYZ) — Firefighters contained a fire at the old paper mill on Sunday.\n"
        "No one was hurt, the fire chief said.\n"
    )
    page = parse(text)
    assert page.format == "article"
    assert paragraphs(page[0])[0].startswith("MILLTOWN (WXYZ) — Firefighters")


# --- chrome inside the page ---------------------------------------------------------------


def test_headlines_listed_under_a_list_heading_are_chrome():
    text = (
        "Trending\nCanal reopens after six-month repair\n"
        "The canal reopened to boats on Saturday.\n"
        "Most read\nTram line extension approved\nSchool meals to go free\n"
        "Lock keepers said traffic was brisk.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Canal reopens after six-month repair"
    assert paragraphs(article) == ["The canal reopened to boats on Saturday.", "Lock keepers said traffic was brisk."]


def test_section_heading_in_the_body_is_kept():
    text = "Canal reopens after six-month repair\nThe canal reopened on Saturday.\nWhat comes next\nTolls stay the same.\n"
    [article] = parse(text)
    assert paragraphs(article)[1] == "What comes next"


def test_caption_sharing_a_block_with_a_prompt_is_no_standfirst():
    text = (
        "Senators Split Over Fishing Quota Bill\n\n"
        "A trawler unloads its catch at the harbour in the early morning light\n"
        "Sign up for our morning newsletter\n\n"
        "The bill cleared committee on Thursday.\n"
    )
    [article] = parse(text)
    assert article.summary is None
    assert paragraphs(article) == ["The bill cleared committee on Thursday."]


def test_standfirst_in_its_own_block_is_kept():
    text = (
        "Senators Split Over Fishing Quota Bill\n\n"
        "Coastal members say the new limits will cost hundreds of jobs in small ports\n\n"
        "The bill cleared committee on Thursday.\n"
    )
    [article] = parse(text)
    assert article.summary.text.startswith("Coastal members say")


# --- site names on titles -----------------------------------------------------------------


def test_site_name_with_its_section_after_the_title_is_cut():
    chrome = PageChrome.from_vocabulary(Vocabulary(CHROME_VOCABULARIES).changed({"site_names": ["harbour wire"]}))
    title = "Grain exports resume – officials — Harbour Wire Business & Markets"
    start, end = title_span(chrome, title)
    assert title[start:end] == "Grain exports resume – officials"


def test_site_name_before_the_title_is_cut_and_a_credit_after_it_kept():
    chrome = PageChrome.from_vocabulary(default_registry().vocabulary)  # BBC's and RT's names come from their plugins
    for title, kept in [
        ("BBC News - Flood barriers raised along the river", "Flood barriers raised along the river"),
        ("Fishing quota talks stall – Bloomberg", "Fishing quota talks stall – Bloomberg"),
        ("Grain deal extended – minister — RT rising costs", "Grain deal extended – minister — RT rising costs"),
    ]:
        start, end = title_span(chrome, title)
        assert title[start:end] == kept


# --- detection ----------------------------------------------------------------------------


def test_title_case_or_headline_grammar_beats_a_digest_summary_line():
    assert detect_format("Ferry Fares Frozen For Winter Season\nThe operator kept prices flat.\n").name == "article"
    assert detect_format("Ferry fares frozen for winter after protests by islanders\nThe operator kept prices.\n").name == "article"
    digest = "The operator has said ferry fares will stay frozen for the winter season\nPrices were kept flat.\n"
    assert detect_format(digest).name == "digest"


def test_page_opening_in_the_body_is_one_article_without_chrome():
    text = "GettyImages\nThe ferry docked two hours late on Sunday.\nPassengers were given vouchers.\n"
    page = parse(text)
    assert page.format == "article"
    [article] = page
    assert article.headline is None and article.summary is None
    assert paragraphs(article)[0].startswith("The ferry docked")


def test_page_opening_with_a_dateline_is_an_article():
    text = (
        "LISBON (Coastal Wire) — Ministers agreed a new fishing quota on Friday.\n"
        "Ports along the coast have waited for the deal for months, fishermen said at a rally on the quay\n"
        "The deal runs for three years.\n"
        "Fleet owners say the new limits will cost jobs in the smallest harbours on the coast\n"
        "The ministry disputed that.\n"
    )
    assert detect_format(text).name == "article"


def test_page_opening_with_a_site_and_date_line():
    text = "- The Valley Herald - Monday, June 1, 2015\n\nThe ferry docked two hours late on Sunday.\n"
    page = parse(text)
    assert page.format == "article"
    assert page[0].published == dt.date(2015, 6, 1)
    assert page[0].headline is None


def test_every_dev_page_reads_as_a_page_and_every_digest_as_a_digest(shared_dir: Path):
    for gold_path in sorted((shared_dir / "eval" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = detect_format((shared_dir / "corpus" / gold["source"]).read_text(encoding="utf-8")).name
        if gold["format"].endswith("digest"):
            assert name == "digest", gold["source"]
        else:
            assert name not in ("digest", "generic"), gold["source"]
            assert (name == "blog") is (len(gold["articles"]) > 1), gold["source"]


# --- outlet plugins -----------------------------------------------------------------------


def test_cnn_page():
    text = (
        "Skip to main content\nFloodwaters recede across the delta\nBy the CNN Wire Staff\n"
        "Updated 9:12 AM ET, Mon May 6, 2019\n(CNN) -- Floodwaters began to recede on Monday.\n"
        "Video Ad Feedback\nCNN's Mara Quill contributed to this report.\n"
    )
    page = parse(text)
    assert page.format == "cnn"
    [article] = page
    assert article.headline.text == "Floodwaters recede across the delta"
    assert article.published == dt.datetime(2019, 5, 6, 9, 12)
    assert paragraphs(article) == ["(CNN) -- Floodwaters began to recede on Monday.", "CNN's Mara Quill contributed to this report."]


def test_ap_page():
    text = (
        "Lighthouse restored after decade of neglect\n"
        "PORT ELLIS, Maine (AP) — Volunteers relit the old lighthouse on Saturday.\n"
        "___\nFollow AP's coverage of the coast.\n"
        "Copyright 2023 The Associated Press. All rights reserved.\n"
    )
    page = parse(text)
    assert page.format == "apnews"
    assert paragraphs(page[0]) == ["PORT ELLIS, Maine (AP) — Volunteers relit the old lighthouse on Saturday."]


def test_reuters_page():
    text = (
        "Copper climbs on supply worries | Reuters\n"
        "LONDON (Reuters) - Copper prices rose on Tuesday.\n"
        "Reporting by Mara Quill; Editing by Tomas Reyes\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    page = parse(text)
    assert page.format == "reuters"
    assert page[0].headline.text == "Copper climbs on supply worries"
    assert paragraphs(page[0]) == ["LONDON (Reuters) - Copper prices rose on Tuesday."]


def test_bbc_page():
    text = (
        "Flood barriers raised along the river - BBC News\n"
        "Image source, Getty Images\nImage caption, The barriers went up overnight\n"
        "Flood barriers were raised along the river on Sunday.\n"
        "Related Topics\nRiver levels\n"
    )
    page = parse(text)
    assert page.format == "bbc"
    assert page[0].headline.text == "Flood barriers raised along the river"
    assert paragraphs(page[0]) == ["Flood barriers were raised along the river on Sunday."]


def test_guardian_page():
    text = (
        "Seabird numbers fall for a fifth year | Environment | The Guardian\n"
        "Counts on the cliffs were the lowest on record, researchers say\n"
        "Photograph: Kit Marlow/Alamy\n"
        "Seabird numbers fell again this summer.\n"
        "Explore more on these topics\n"
    )
    page = parse(text)
    assert page.format == "guardian"
    [article] = page
    assert article.headline.text == "Seabird numbers fall for a fifth year"
    assert article.summary.text.startswith("Counts on the cliffs")
    assert paragraphs(article) == ["Seabird numbers fell again this summer."]


def test_tpm_page_has_no_standfirst():
    text = (
        "Senators Split Over Fishing Quota Bill\n"
        "Members of the committee leave the hearing room after the vote on Thursday\n"
        "Start your day with TPM.\n"
        "The bill cleared committee on Thursday.\n"
    )
    page = parse(text)
    assert page.format == "tpm"
    assert page[0].summary is None
    assert paragraphs(page[0]) == ["The bill cleared committee on Thursday."]


def test_outlet_words_stay_on_the_outlets_pages():
    # "cnn" is a CNN site name, but a credit on another outlet's title is kept.
    text = "Harbour Post\nFishing quota talks stall – CNN\nBy Mara Quill\nTalks broke up on Friday.\n"
    page = parse(text)
    assert page.format == "article"
    assert page[0].headline.text == "Fishing quota talks stall – CNN"


def test_an_outlet_plugin_in_a_few_lines():
    import types

    from newsparse import Registry
    from newsparse.hooks.host import make_plugin_manager
    from newsparse_article import Outlet

    valley = Outlet(
        name="valleyherald",
        description="Valley Herald pages",
        signatures=(r"^[A-Z][A-Z ]*\(VH\) —",),
        vocabulary={"chrome_lines": ["valley herald weekend edition"], "site_names": ["valley herald"]},
    )
    pm = make_plugin_manager()
    pm.register(types.SimpleNamespace(newsparse_splitters=valley.hook()), name="valleyherald")
    text = (
        "Orchards Count Hail Losses - Valley Herald\n"
        "VALLEY CITY (VH) — Growers counted their losses on Monday.\n"
        "Valley Herald Weekend Edition\n"
    )
    page = parse(text, registry=Registry(pm))
    assert page.format == "valleyherald"
    assert page[0].headline.text == "Orchards Count Hail Losses"
    assert paragraphs(page[0]) == ["VALLEY CITY (VH) — Growers counted their losses on Monday."]
    # Without the plugin, its words are not chrome anywhere (above a paragraph: no closing heading).
    assert "Valley Herald Weekend Edition" in paragraphs(parse(text + "Prices rose on Tuesday.\n")[0])


def test_the_documented_example():
    text = (
        "Local Politics\n\nwait and see\n\n"
        "Harbour council delays vote on parking fees | Harbour Town Gazette\n\n"
        "By Mara Quill | Reporter\n\nUpdated 6:05 PM ET, Tue March 5, 2024\n\n"
        "HARBOUR TOWN (HTG) — The council put off the vote on Monday after a long debate.\n\n"
        "Share this article\n\nMembers will meet again in March.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Harbour council delays vote on parking fees"
    assert article.summary is None
    assert article.published == dt.datetime(2024, 3, 5, 18, 5)
    assert len(article.paragraphs) == 2 and paragraphs(article)[0].startswith("HARBOUR TOWN (HTG) —")


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Harbour master sacked over ferry collision report", True),
        ("Council to scrap parking fees after traders protest", True),
        ("The harbour master has been sacked over the collision", False),
        ("Ferry operator will cut winter crossings to two a day", False),
        ("Ferry strike", False),  # too short to tell
        ("Islanders say ferry cuts leave them stranded for days as operator blames rising fuel costs and staff", True),
        ("Hundreds of migrants believed to have drowned off coast after boat capsizes", True),  # "to have": no finite verb
        ("Crown wants convicted arsonist to be ineligible for parole for 12 years", True),
        ("Crude oil prices set to rack up fourth week of gains despite fall from $70", True),
        ("Harbour master has been sacked, to have his pension cut", False),  # "has" is finite
        (
            "Islanders say ferry cuts leave them stranded for days as operator blames rising fuel costs and staff"
            " shortages on routes that serve small towns along northern coast",
            False,
        ),  # too long: a sentence of news
    ],
)
def test_headline_grammar(line, headline):
    from newsparse.page.layout import is_headlinese

    assert is_headlinese(line) is headline
