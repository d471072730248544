"""A press release's end matter and an author box under the text: the heading or end mark that opens it
ends the body, as the line opening the readers' comments does."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import opens_end_matter

from .layout_helpers import CHROME, article_of

BODY_LINES = [
    "Harbour Trust opens new rowing centre",
    "",
    "The Harbour Trust opened its new rowing centre on Monday after two years of building work.",
    "",
    "The centre has 40 boats and will train 600 young rowers a year, the trust said.",
    "",
]


@pytest.mark.parametrize(
    "line",
    [
        "Notes to editors",
        "NOTES FOR EDITORS",
        "Editor's notes:",
        "Media contact",
        "Press contact: press@harbourtrust.org | +44 20 7946 0000",
        "Media enquiries: press@harbourtrust.org",
        "-ENDS-",
        "Ends/Monday, September 8, 2025",
        "NNNN",
        "###",
        "-30-",
        "About the author",
    ],
)
def test_a_release_heading_or_end_mark_opens_the_end_matter(line: str) -> None:
    assert opens_end_matter(line, CHROME.end_matter_headers)


@pytest.mark.parametrize(
    "line",
    [
        "Notes to editors were sent out on Friday, the agency said.",
        "The media contacted the trust on Monday.",
        "Ends of the earth: a rower's diary",
        "About the authority's new chair",
    ],
)
def test_a_sentence_or_title_opening_with_such_words_opens_nothing(line: str) -> None:
    assert not opens_end_matter(line, CHROME.end_matter_headers)


@pytest.mark.parametrize(
    "tail",
    [
        ["Notes to editors", "1. The Harbour Trust is a registered charity founded in 1998.", "2. Photos are available on request."],
        ["-ENDS-", "For more information, please call the press office on 020 7946 0000."],
        ["Media contact", "Ann Lee, Communications Officer", "alee@harbourtrust.org | +44 20 7946 0001"],
        ["About the author", "Ann Lee is the trust's senior press officer."],
    ],
)
def test_the_lines_under_the_end_matter_are_no_paragraphs(tail: list[str]) -> None:
    article = article_of("\n".join(BODY_LINES + tail))
    read = [p.text for p in article.paragraphs]
    assert read[-1] == BODY_LINES[4]
    assert not set(tail) & {*read, article.summary.text if article.summary else ""}
