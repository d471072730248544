"""Layouts from the used pool's article misses (laypool3): a feed's story openings, each closed by a pointer to its
remaining paragraphs; a dateline alone on its line with the dash leading into the lead; a photo's alt text over its
credited caption, which opens no post or listed story.  Every page and line here is of our own making."""

from __future__ import annotations

from newsparse import parse
from newsparse.page.chrome import LineKind, is_remaining_pointer
from newsparse.page.lines import is_dashed_dateline
from newsparse.page.wrap import continues

from .layout_helpers import kind


def _headlines(page: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in parse(page).articles]


def _paragraphs(page: str) -> list[list[str]]:
    return [[p.text for p in a.paragraphs] for a in parse(page).articles]


# --- A. a feed's story openings, each but the last closed by ``Read N remaining paragraphs | Comments`` ---------

_FERRY = (
    "Island ferry fares to rise by a tenth in the spring\n\n"
    "Enlarge / A ferry leaves the harbour at dawn. (credit: Jane Doe)\n\n"
    "The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
    "The company blamed the price of fuel, which has risen for a year.\n\n"
    "Islanders said the rise would hurt those who cross daily for work.\n\n"
    "The council will meet the company next week to discuss a discount for residents.\n\n"
)
_KEEPER = (
    "Lighthouse keeper retires after forty years at the lamp\n\n"
    "The keeper of the north lighthouse retired on Monday after forty years at the lamp.\n\n"
    "He will stay on the island, he told the local paper.\n\n"
)


def test_a_remaining_paragraphs_pointer_is_chrome():
    assert kind("Read 6 remaining paragraphs | Comments") is LineKind.CHROME
    assert kind("Read 12 more paragraphs") is LineKind.CHROME
    assert is_remaining_pointer("Read 3 remaining paragraphs")
    assert kind("Read the remaining paragraphs of the report, the minister told the chamber.") is LineKind.TEXT
    assert not is_remaining_pointer("Read 3 remaining reports")


def test_a_feed_of_story_openings_reads_as_one_article_each():
    page = _FERRY + "Read 6 remaining paragraphs | Comments\n\n" + _KEEPER
    assert _headlines(page) == [
        "Island ferry fares to rise by a tenth in the spring",
        "Lighthouse keeper retires after forty years at the lamp",
    ]
    ferry, keeper = _paragraphs(page)
    assert len(ferry) == 4 and ferry[-1].startswith("The council will meet")
    assert keeper[0].startswith("The keeper of the north lighthouse")


def test_a_three_story_feed_each_closed_but_the_last():
    third = _KEEPER.replace("Lighthouse keeper retires", "Old lighthouse keeper retires").replace("north", "south")
    page = _FERRY + "Read 6 remaining paragraphs | Comments\n\n" + _KEEPER + "Read 9 remaining paragraphs | Comments\n\n" + third
    assert len(_headlines(page)) == 3


def test_a_story_without_the_pointer_is_not_split_at_its_subheading():
    page = _FERRY + "Residents ask for a discount on the crossing\n\n" + _KEEPER.split("\n\n", 1)[1]
    assert len(parse(page).articles) == 1


# --- B. a dateline alone on its line, its dash leading into the lead right under it ------------------------------


def test_b_dashed_dateline_shapes():
    assert is_dashed_dateline("OSLO, March 29 (UPI) --")
    assert is_dashed_dateline("KYIV, Ukraine —")
    assert is_dashed_dateline("TOLEDO (AP) -")
    assert not is_dashed_dateline("Harbour news --")
    assert not is_dashed_dateline("OSLO, March 29 (UPI) -- The board met.")


def test_b_dashed_dateline_runs_on_into_the_line_under_it():
    assert continues("OSLO, March 29 (UPI) --", "The harbour board voted on Thursday to dredge the channel.")
    assert continues("KYIV, Ukraine —", "“We will rebuild the bridge,” the mayor said on Monday.")
    assert not continues("Harbour news --", "The harbour board voted on Thursday to dredge the channel.")


def test_b_dateline_opens_the_lead_in_its_block():
    page = (
        "Harbour board votes to dredge the channel\n\n"
        "BERGEN, March 29 (UPI) --\n"
        "The harbour board voted on Thursday to dredge the channel before the storms.\n\n"
        "Fishing crews had asked for the work for three years, the chair said.\n"
    )
    [article] = parse(page).articles
    assert article.paragraphs[0].text == (
        "BERGEN, March 29 (UPI) -- The harbour board voted on Thursday to dredge the channel before the storms."
    )
    assert article.published is None  # the dateline prints no year


def test_b_dateline_a_blank_line_above_the_lead_stays_apart():
    page = (
        "Harbour board votes to dredge the channel\n\n"
        "BERGEN, Norway -\n\n"
        "The harbour board voted on Thursday to dredge the channel before the storms.\n\n"
        "Fishing crews had asked for the work for three years, the chair said.\n"
    )
    [article] = parse(page).articles
    assert "The harbour board voted on Thursday to dredge the channel before the storms." in [
        p.text for p in article.paragraphs
    ]


# --- C. a photo's alt text over its credited caption opens no post nor listed story ------------------------------

_ALT_PAGE = (
    "Home News\n"
    "Port minister says ferry fares will not rise again this year after the spring increase\n"
    "Ana Ruiz also said that the company would keep its winter timetable for the islands.\n"
    "Published: 12th March 2026 10:26 PM | Last Updated: 12th March 2026 10:26 PM\n"
    "Port Minister Ana Ruiz\n"
    "Port Minister Ana Ruiz at the quay (Photo | Harbour Wire)\n"
    "By Harbour News Service\n"
    "RIVERTON: Port minister Ana Ruiz said on Thursday that ferry fares would not rise again this year.\n"
    "The company raised its fares by a tenth in the spring, blaming the price of fuel.\n"
    "Islanders had asked the ministry to cap the fares, she told reporters.\n"
    "The ministry will review the timetable in the autumn, Ruiz said.\n"
)


def test_c_alt_text_over_its_caption_opens_no_second_post():
    [article] = parse(_ALT_PAGE).articles
    assert article.headline.text.startswith("Port minister says ferry fares")
    assert article.summary is not None and article.summary.text.startswith("Ana Ruiz also said")
    assert article.paragraphs[0].text.startswith("RIVERTON: Port minister")
    assert all("Photo |" not in p.text for p in article.paragraphs)


def test_c_a_title_over_a_caption_of_other_words_still_opens_a_post():
    from newsparse.page.chrome import PageChrome
    from newsparse.page.probe import PageProbe
    from newsparse.page.layout import is_alt_text

    lines = PageProbe(
        "Harbour board votes to dredge the channel\n"
        "Boats moored at the quay on Monday. (Photo | Harbour Wire)\n"
        "By Jane Doe\n"
        "The board voted on Thursday.\n"
    ).page_lines(PageChrome.from_vocabulary())
    assert lines[1].kind is LineKind.CHROME
    assert not is_alt_text(lines, 0)
    alt = PageProbe(
        "Port Minister Ana Ruiz\nPort Minister Ana Ruiz at the quay (Photo | Harbour Wire)\nBy Jane Doe\n"
    ).page_lines(PageChrome.from_vocabulary())
    assert is_alt_text(alt, 0)


# --- D. a photo caption printed over and under its credit line -----------------------------------------------------

_CAPTION = "Crews load the first barge of gravel at the eastern channel of the harbour in Riverton, Tuesday."
_CREDITED_PAGE = (
    "Harbour board starts to dredge the channel\n\n"
    "The harbour board began dredging the eastern channel on Tuesday, a month early.\n\n"
    f"{_CAPTION}\nFoto: Jane Doe/Harbour Wire\n{_CAPTION}\n\n"
    "RIVERTON -- The harbour board began dredging the eastern channel on Tuesday.\n\n"
    "Fishing crews had asked for the work for three years, the board's chair said.\n"
)


def test_d_standfirst_over_a_caption_printed_around_its_credit():
    [article] = parse(_CREDITED_PAGE).articles
    assert article.summary is not None and article.summary.text.startswith("The harbour board began dredging")
    assert [p.text[:20] for p in article.paragraphs] == ["RIVERTON -- The harb", "Fishing crews had as"]


def test_d_caption_around_its_credit_between_paragraphs_is_dropped():
    page = (
        "Harbour board starts to dredge the channel\n\n"
        "RIVERTON -- The harbour board began dredging the eastern channel on Tuesday.\n\n"
        f"{_CAPTION}\nPhoto: Jane Doe/Harbour Wire\n{_CAPTION}\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n"
    )
    [article] = parse(page).articles
    assert all(p.text != _CAPTION for p in article.paragraphs)


def test_d_two_different_lines_around_a_credit_are_no_copies():
    other = "The work will start in October and take six weeks, the board said."
    page = (
        "Harbour board starts to dredge the channel\n\n"
        "RIVERTON -- The harbour board began dredging the eastern channel on Tuesday.\n\n"
        f"{_CAPTION}\nPhoto: Jane Doe/Harbour Wire\n{other}\n\n"
        "Fishing crews had asked for the work for three years, the board's chair said.\n"
    )
    [article] = parse(page).articles
    assert other in [p.text for p in article.paragraphs]


# --- F. a lead opening with a dateline in brackets and no dash is no standfirst ------------------------------------


def test_f_bracketed_dateline_shapes():
    from newsparse.page.lines import opens_with_bracketed_dateline as bracketed

    assert bracketed("(Bergen) More than 600 people fled the floods on Monday.")
    assert bracketed("(Harbour Post) Six ferries were cancelled on Monday.")
    assert not bracketed("(AP Photo/Jane Doe) Crews at the quay.")
    assert not bracketed("(The board said no.) The work will start in October.")
    assert not bracketed("More than 600 people (Bergen) fled the floods.")


def _dated_lead_page(lead: str) -> str:
    return (
        "Harbour floods force hundreds from their homes\n\n"
        f"{lead}\n\n"
        "Posted at 8:14 a.m.\n\n"
        "“We now have more than 600 people in the school hall,” the mayor said on Monday.\n\n"
        "The river is expected to peak on Tuesday, the weather service said.\n"
    )


def test_f_bracketed_dateline_over_a_date_line_is_the_lead():
    lead = "(Bergen) More than 600 people have fled the floods in the harbour district, the mayor said on Monday."
    [article] = parse(_dated_lead_page(lead)).articles
    assert article.summary is None
    assert article.paragraphs[0].text == lead


def test_f_a_sentence_without_it_over_the_date_line_stays_the_standfirst():
    lead = "More than 600 people have fled the floods in the harbour district, the mayor said on Monday."
    [article] = parse(_dated_lead_page(lead)).articles
    assert article.summary is not None and article.summary.text == lead


# --- G. a photo's alt text over its caption with the credit run on, a gallery's count between; ``Read more on`` ----

_ALT = "Ferry crews say the winter was the hardest they have known"


def _captioned_page(caption_lines: str) -> str:
    return (
        "Ferry crews count the cost of the hardest winter\n\n"
        "RIVERTON -- Ferry crews said on Monday that the winter had been the hardest in memory.\n\n"
        f"{caption_lines}\n\n"
        "Crossings were cancelled on forty days, the company said.\n\n"
        "Read more on the ferry crisis\n\n"
        "The union will meet the company next week.\n"
    )


def test_g_alt_text_count_and_caption_with_glued_credit_are_dropped():
    page = _captioned_page(f"{_ALT}\n1\n{_ALT}Credit: Jane Doe")
    [article] = parse(page).articles
    assert [p.text[:12] for p in article.paragraphs] == ["RIVERTON -- ", "Crossings we", "The union wi"]


def test_g_alt_text_and_caption_with_spaced_credit_are_dropped():
    [article] = parse(_captioned_page(f"{_ALT}\n{_ALT} Picture: Jane Doe")).articles
    assert len(article.paragraphs) == 3


def test_g_a_line_copied_with_more_text_than_a_credit_stays():
    longer = f"{_ALT}, the union said, and asked for a pay rise."
    [article] = parse(_captioned_page(f"{_ALT}.\n\n{longer}")).articles
    assert longer in [p.text for p in article.paragraphs]


def test_g_read_more_on_heads_a_list():
    assert kind("Read more on the ferry crisis") is LineKind.CHROME
    assert kind("Read more on the council's website.") is LineKind.TEXT


# --- H. a caption naming who is pictured, with a full stop, printed twice in a row ---------------------------------


def _named_page(lines: str) -> str:
    return (
        "Harbour board approves a rise in mooring fees\n\n"
        f"{lines}\n\n"
        "Boat owners face a rise of almost four per cent in mooring fees as the harbour board seeks savings.\n\n"
        "The board says it needs to save a million by next year.\n"
    )


def test_h_name_caption_printed_twice_is_dropped():
    for name in ("Coun Jane Doe.", "Harbour Master Jane Doe."):
        [article] = parse(_named_page(f"{name}\n{name}")).articles
        assert article.summary is None
        assert article.paragraphs[0].text.startswith("Boat owners face a rise")
        assert name not in [p.text for p in article.paragraphs]


def test_h_a_name_printed_once_or_a_sentence_twice_is_no_name_caption():
    from newsparse.page.probe import PageProbe
    from newsparse.page.reader import _name_captions_twice

    from .layout_helpers import CHROME

    def found(text: str) -> set[int]:
        return _name_captions_twice(PageProbe(text).page_lines(CHROME))

    assert found("Coun Jane Doe.\nCoun Jane Doe.\nThe board met.\n") == {0, 1}
    assert found("Coun Jane Doe.\nCoun Jane Doe.\n") == set()  # no other text: the copies are the text
    assert found("Coun Jane Doe.\nThe board met.\n") == set()
    assert found("The board met on Monday.\nThe board met on Monday.\n") == set()
    assert found("Jane Doe\nJane Doe\n") == set()  # a writer's name, printed twice over the byline


# --- I. a site's name in capitals after a spaced run of dots closing the title -------------------------------------


def test_i_site_name_after_a_run_of_dots_is_cut_from_the_title():
    from newsparse.page.furniture import title_span

    from .layout_helpers import CHROME

    def cut(title: str) -> str:
        start, end = title_span(CHROME, title)
        return title[start:end]

    assert cut("Port budget without fuel levy realisable – Doe ……. HARBOUR POST") == "Port budget without fuel levy realisable – Doe"
    assert cut("Ferry fares to rise ... COASTWIRE") == "Ferry fares to rise"
    assert cut("Wait for it... BOOM") == "Wait for it... BOOM"  # no space before the dots
    assert cut("Ferry fares rise ... and then fall") == "Ferry fares rise ... and then fall"
    hostile = "Ferry " + "." * 100_000 + " FARES"
    assert cut(hostile) == hostile


def test_i_headline_of_a_page_drops_the_dotted_site():
    page = (
        "Ferry fares to rise by a tenth – Doe ……. HARBOUR POST\n\n"
        "By Jane Doe\n\n"
        "The island ferry company will raise its fares by a tenth from April, it said on Friday.\n\n"
        "The company blamed the price of fuel, which has risen for a year.\n"
    )
    assert _headlines(page) == ["Ferry fares to rise by a tenth – Doe"]
