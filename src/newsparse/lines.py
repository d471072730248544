"""Recognisers for the kinds of line news pages share, for splitters to build on.

Each works on one stripped line of text: is it a ``READ MORE:`` link, a
republication note, a line that ends a sentence?  The regexes are compiled once
and run in linear time.
"""

from __future__ import annotations

import re

__all__ = [
    "ends_sentence",
    "leads_on",
    "word_count",
    "read_more_link",
    "is_read_more_marker",
    "split_attribution",
    "republished_from",
    "opens_with_dateline",
]

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = frozenset(".!?…")
_RUN_ON_ENDS = (":", ",", ";", "–", "—")
_DASH_OPENINGS = ("—", "–", "- ")

_READ_MORE_LINK = re.compile(r"(?i:read more)\s*:\s*(?P<headline>\S.*)\Z")
_READ_MORE_MARKER = re.compile(r"(?i:read more)\s*[:.…]?\Z")
# "Headline – FT": a short credit after the last spaced dash.
_ATTRIBUTION = re.compile(r"(?P<headline>.*\S)\s+[–—-]\s+(?P<credit>[^–—-]{1,40})\Z")
_REPUBLISHED = re.compile(
    r"(?i:this (?:article|story|piece|interview|column|op-ed|commentary|post|blog post|essay|report) was "
    r"(?:first|originally) (?:published|posted|printed|carried|run) (?:in|by|on|at) )"
    r"(?:the )?(?P<outlet>[^,;.(]*[^,;.(\s])"
)
_OUTLET_TAIL = re.compile(r"\s+(?:and|on|in)\s.*\Z")
# A dateline: ``WASHINGTON (AP) —``, ``KYIV, Ukraine (Reuters) -``, ``(CNN) --``, ``LONDON —``.
_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
_DATELINE = re.compile(rf"(?:(?:{_PLACE}\s*)?\([A-Za-z0-9][\w .&/-]{{0,29}}\)|{_PLACE})\s*(?:—|–|--|-)\s")


def ends_sentence(line: str) -> bool:
    """True when the line ends with a full stop, ``?``, ``!`` or ``…``, closing quotes and brackets aside."""
    return line.rstrip(_CLOSERS + " ")[-1:] in _SENTENCE_END


def leads_on(line: str) -> bool:
    """True for a line that runs on into the next one rather than standing alone.

    It ends with a colon, comma, semicolon or dash (``…, the minister said:``), or
    opens with a dash, as the credit line of an embedded post does
    (``— Jane Doe (@jdoe) May 3, 2024``).
    """
    return line.endswith(_RUN_ON_ENDS) or line.startswith(_DASH_OPENINGS)


def word_count(line: str, most: int = -1) -> int:
    """The number of white-space separated words in ``line``; given ``most``, counting stops at
    ``most + 1`` (a long paragraph is not split whole to tell that it has over ``most`` words)."""
    return len(line.split(maxsplit=most))


def read_more_link(line: str) -> str | None:
    """The headline of an inline ``READ MORE: headline`` line, else None."""
    m = _READ_MORE_LINK.match(line)
    return m.group("headline") if m else None


def is_read_more_marker(line: str) -> bool:
    """True for a bare ``Read more`` line, which opens a teaser block."""
    return _READ_MORE_MARKER.match(line) is not None


def split_attribution(headline: str) -> str | None:
    """Who a headline credits in a trailing `` – X`` (``FT``, ``Serbian president``), else None."""
    m = _ATTRIBUTION.match(headline)
    if m is None or len(m.group("credit").split()) > 4:
        return None
    return m.group("credit").strip()


def republished_from(line: str) -> str | None:
    """The outlet a note like ``This article was first published in Kommersant, …`` names, else None."""
    m = _REPUBLISHED.match(line)
    if m is None:
        return None
    return _OUTLET_TAIL.sub("", m.group("outlet")) or None


def opens_with_dateline(line: str) -> bool:
    """True for a paragraph that opens with a news dateline: ``DENVER (CBS4) —``, ``(CNN) --``, ``LONDON —``."""
    return _DATELINE.match(line) is not None
