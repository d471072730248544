"""Result boxes and data rows: the tallies sports and market pages print beside their stories.

Match reports print the result with its scorers above or under the story, and the match's
statistics in a row; market pages print a row of prices.  They are chrome that belongs to
no article:

* :func:`is_result_line`: two sides in capitals, each with its score and its scorers in
  brackets (``HARBOUR CITY 24 (Ruiz 2 tries; Roe pen) VALLEY 10 (Doe try; Poe con)``);
* :func:`is_data_row`: three or more items between bars, each printing a number
  (``Shots 14-9 | Corners 6-2 | Fouls 11-13``, ``Gold $2,310 | Oil $81.20 | Bitcoin $64,100``).

A standing or a finisher listed in a story's body is text, not a heading: :func:`closes_with_tally`
(``1st Jane Roe 2:56:53``, ``Jane Roe 7286 (18.91%)``, ``1. Team A 45 pts``).

A sentence that names teams and scores (``HARBOUR CITY 24 beat VALLEY 10 on Saturday.``)
prints no scorers in brackets and is text.  The regexes run in linear time.
"""

from __future__ import annotations

from newsparse.lazy_regex import lazy_compile

__all__ = ["is_result_line", "is_data_row", "closes_with_tally"]

# A side in capitals and its score: ``HARBOUR CITY 24``, ``ST. MARY'S 3``.
_SIDE = r"[A-Z][A-Z.'’&-]{1,24}(?: [A-Z][A-Z.'’&-]{0,24}){0,3} \d{1,3}"
# The first side's score and scorers, then the second side's score: ``… 24 (Ruiz 2, Roe) VALLEY 10``.
_RESULT = lazy_compile(rf"{_SIDE} \([^()]{{1,200}}\) {_SIDE}\b")
# A tally closing a listed line: a time, a decimal, a percentage or points, perhaps in brackets:
# ``2:56:53``, ``45.2``, ``(18.91%)``, ``45 pts``.
_TALLY = lazy_compile(r"\s\(?(?:\d{1,3}(?::\d\d){1,2}(?:\.\d{1,2})?|\d{1,6}[.,]\d{1,3}|\d{1,6}(?:[.,]\d{1,3})?\s?(?:%|pts?\.?|points))\)?\Z")
# A rank opening a listed line, and the number closing it: ``1st Jane Roe 812``, ``2. Team A 40``.
_RANKED = lazy_compile(r"(?:\d{1,3}(?:st|nd|rd|th)\b|\d{1,3}\.\s|#\d{1,3}\b)(?:.{1,80})\s\d{1,6}\Z")
_TALLY_CHARS = 24
_MIN_ROW_ITEMS = 3
_MAX_ROW_CHARS = 400


def is_result_line(line: str) -> bool:
    """True for a match result with its scorers: ``HARBOUR CITY 24 (Ruiz 2 tries; Roe pen) VALLEY 10
    (Doe try)``, perhaps with the half-time score after it."""
    return line[:2].isupper() and "(" in line and _RESULT.match(line) is not None


def is_data_row(line: str) -> bool:
    """True for a row of three or more items between bars, each printing a number and none a
    sentence: ``Possession 52% | Shots 14-9 | Corners 6-2``, perhaps under a label (``MATCH STATS:``)."""
    if len(line) > _MAX_ROW_CHARS or line.count("|") < _MIN_ROW_ITEMS - 1:
        return False  # the cheap, common case
    items = line.split("|")
    return all(any(map(str.isdigit, item)) and not item.rstrip().endswith((".", "?", "!")) for item in items)


def closes_with_tally(line: str) -> bool:
    """True for a line listing a result: it closes with a tally (a time, a decimal, a percentage or
    points: ``1st Jane Roe 2:56:53``, ``Jane Roe 7286 (18.91%)``, ``1. Team A 45 pts``) or opens with a
    rank and closes with a number (``2nd Harbour Rowers 812``); ``Covid-19`` or ``Top 10`` close with none."""
    return _TALLY.search(line[-_TALLY_CHARS:]) is not None or (line[:1].isdigit() and _RANKED.fullmatch(line) is not None)
