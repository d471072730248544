"""Result boxes and data rows: the tallies sports and market pages print beside their stories.

Match reports print the result with its scorers above or under the story, and the match's
statistics in a row; market pages print a row of prices.  They are chrome that belongs to
no article:

* :func:`is_result_line`: two sides in capitals, each with its score and its scorers in
  brackets (``HARBOUR CITY 24 (Ruiz 2 tries; Roe pen) VALLEY 10 (Doe try; Poe con)``);
* :func:`is_data_row`: three or more items between bars, each printing a number
  (``Shots 14-9 | Corners 6-2 | Fouls 11-13``, ``Gold $2,310 | Oil $81.20 | Bitcoin $64,100``).

A sentence that names teams and scores (``HARBOUR CITY 24 beat VALLEY 10 on Saturday.``)
prints no scorers in brackets and is text.  The regexes run in linear time.
"""

from __future__ import annotations

from newsparse.lazy_regex import lazy_compile

__all__ = ["is_result_line", "is_data_row"]

# A side in capitals and its score: ``HARBOUR CITY 24``, ``ST. MARY'S 3``.
_SIDE = r"[A-Z][A-Z.'’&-]{1,24}(?: [A-Z][A-Z.'’&-]{0,24}){0,3} \d{1,3}"
# The first side's score and scorers, then the second side's score: ``… 24 (Ruiz 2, Roe) VALLEY 10``.
_RESULT = lazy_compile(rf"{_SIDE} \([^()]{{1,200}}\) {_SIDE}\b")
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
    return all(any(c.isdigit() for c in item) and not item.rstrip().endswith((".", "?", "!")) for item in items)
