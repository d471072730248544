"""The alternative text of icons printed as lines (``Notification Icon``) is site chrome."""

from __future__ import annotations

import pytest

from newsparse.page.chrome import is_icon_list

from .layout_helpers import parse


@pytest.mark.parametrize(
    ("line", "icons"),
    [
        ("Notification Icon", True),
        ("userprofile IconSearch", True),
        ("Menu icon Close icon", True),
        ("icon bookmark-bicon bookmarkicon cameraicon checkicon", True),
        ("Fashion icon dies at 90", False),
        ("Pop icon Madonna", False),
        ("Icon", False),
    ],
)
def test_icon_text(line, icons):
    assert is_icon_list(line) is icons


def test_icon_text_above_a_title_is_no_headline():
    text = (
        "Business Daily\nNotification Icon\nuserprofile IconSearch\n\n"
        "Governor putting house in order before tapering\n\n"
        "Says he wants to bring inflation down to the central bank's comfort zone\n\n"
        "The governor is readying for the long haul, the bank said on Friday.\n\n"
        "Inflation was 6.1 per cent in August, above the bank's desired level.\n"
    )
    [article] = parse(text)
    assert article.headline.text == "Governor putting house in order before tapering"
