"""A standfirst printed in one block with the lead photo's alt text and its credited caption under it: the line
over the alt text is the standfirst, and a lone fragment over the caption is the alt text, no standfirst.  Every
page and line here is of our own making."""

from __future__ import annotations

import pytest

from .layout_helpers import article_of, texts

LEDE = "Rescue crews worked through the night to shore up the embankment, the regional council said on Monday."
SECOND = "About 2,000 people left their homes before the river peaked on Tuesday morning."


def _page(title: str, block: list[str], *body: str) -> str:
    return "\n\n".join([title, "\n".join(block), *body]) + "\n"


@pytest.mark.parametrize(
    ("title", "standfirst", "alt", "caption"),
    [
        (
            "River town braces for record flood",
            "Residents flee as engineers race to finish an embankment against the rising river",
            "Valley floods",
            "Water covers the main road into the town. Photograph: Jane Doe/Harbour Agency",
        ),
        (
            "Night buses cut in budget squeeze",
            "Late-night routes across the city will end in May as the transport authority looks for savings",
            "A night bus waits at the depot",
            "A night bus at the depot on Friday. Photograph: Tom Reed/Harbour Post",
        ),
        (
            "Hospital opens new children's ward",
            "The ward doubles the number of beds for young patients and opens a year ahead of schedule.",
            "Nurses in the new ward",
            "Nurses prepare beds in the new ward on Tuesday. Photograph: Ann Lee/City Agency",
        ),
    ],
)
def test_the_line_over_the_alt_text_and_credited_caption_is_the_standfirst(title, standfirst, alt, caption):
    article = article_of(_page(title, [standfirst, alt, caption], LEDE, SECOND))
    assert article.summary is not None and article.summary.text == standfirst
    assert texts(article) == [LEDE, SECOND]


def test_a_lone_fragment_over_the_credited_caption_is_the_alt_text():
    block = ["Children in a classroom", "Pupils at a primary school in the valley. Photograph: Jane Doe/Harbour Agency"]
    article = article_of(_page("Teacher vacancies climb past 2,000", block, LEDE, SECOND))
    assert article.summary is None
    assert texts(article) == [LEDE, SECOND]


def test_a_line_over_a_fragment_with_no_credited_caption_under_it_is_not_read_so():
    block = ["Residents flee as engineers race to finish an embankment against the rising river", "Valley floods"]
    assert _is_over_alt_text_at(_page("River town braces for record flood", block, LEDE, SECOND)) is False


def test_a_line_set_off_by_a_blank_line_from_the_alt_text_is_not_read_so():
    standfirst = "Residents flee as engineers race to finish an embankment against the rising river"
    block = ["Valley floods", "Water covers the main road into the town. Photograph: Jane Doe/Harbour Agency"]
    page = "\n\n".join(["River town braces for record flood", standfirst, "\n".join(block), LEDE]) + "\n"
    assert _is_over_alt_text_at(page) is False


def test_a_line_of_three_words_over_the_alt_text_is_no_standfirst():
    block = ["Valley floods live", "Valley floods", "Water covers the main road. Photograph: Jane Doe/Harbour Agency"]
    assert _is_over_alt_text_at(_page("River town braces for record flood", block, LEDE, SECOND)) is False


def _is_over_alt_text_at(page: str) -> bool:
    """Whether the rule itself holds for the first line under the title of ``page``."""
    from newsparse.page.chrome import PageChrome
    from newsparse.page.probe import PageProbe
    from newsparse.page.reader import _is_over_alt_text

    lines = PageProbe(page).page_lines(PageChrome.from_vocabulary())
    return _is_over_alt_text(lines, 1)
