"""Pages of newspaper archives and press releases: a correspondent's byline, the archive's notes, a print page's
jump line, a release's distribution legend."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import LineKind

from .layout_helpers import kind


@pytest.mark.parametrize(
    "line", ["By MICHAEL R. DOWNEY, Special to the New York Times", "By Jane Doe, Special to The Harbour Times"]
)
def test_a_correspondents_byline_for_another_outlet_is_a_byline(line):
    assert kind(line) is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "See the article in its original context from",
        "View on timesmachine",
        "About the Archive",
        "This is a digitized version of an article from The Times's print archive, before 1996.",
        "Continued on Page A12",
        "Continued on Page A20, Column 1",
    ],
)
def test_an_archives_notes_and_jump_lines_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "By the way, special to the occasion was a cake baked by the mayor.",
        "About the archive itself, the librarian said little.",
    ],
)
def test_sentences_like_them_are_text(line):
    assert kind(line) is LineKind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
        "Not for release, publication or distribution in whole or in part in the United States",
    ],
)
def test_a_press_releases_distribution_legend_is_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_distribution_is_text():
    assert kind("The leaflets were not for distribution, the council said.") is LineKind.TEXT
