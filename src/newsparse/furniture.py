"""A news page's furniture around its articles: related links, teaser blocks and republication notes.

Every layout reads these the same way:

* ``READ MORE: headline`` is an inline related link (:func:`read_more_link`), a trailing
  `` – Credit`` naming who the headline credits (:func:`split_attribution`);
* a bare ``Read more`` line (:func:`is_read_more_marker`) opens a *teaser block*: an image
  caption line, then the related headline (:func:`teaser_link`);
* ``This article was first published in X…`` names where the article was republished
  from (:func:`republished_from`).

Site names around a title (``Headline | Site``) are cut by the page kit's chrome
(:meth:`newsparse.chrome.PageChrome.title_span`), as they come from the vocabulary.
The regexes are compiled once and run in linear time.
"""

from __future__ import annotations

import re

from .lines import ends_sentence, is_question, word_count
from .model import RelatedLink, Span
from .text import Line

__all__ = [
    "read_more_link",
    "is_read_more_marker",
    "is_link_line",
    "split_attribution",
    "republished_from",
    "related_link",
    "teaser_link",
    "MAX_CAPTION_WORDS",
    "MAX_TEASER_HEADLINE_WORDS",
]

#: A teaser's caption has at most this many words (unless the layout sets it apart, see :func:`teaser_link`).
MAX_CAPTION_WORDS = 30
#: A teaser's headline has at most this many words.
MAX_TEASER_HEADLINE_WORDS = 25
_MAX_CREDIT_WORDS = 4

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


def read_more_link(line: str) -> str | None:
    """The headline of an inline ``READ MORE: headline`` line, else None."""
    m = _READ_MORE_LINK.match(line)
    return m.group("headline") if m else None


def is_read_more_marker(line: str) -> bool:
    """True for a bare ``Read more`` line, which opens a teaser block."""
    return _READ_MORE_MARKER.match(line) is not None


def is_link_line(line: str) -> bool:
    """True for a ``Read more`` marker or an inline ``READ MORE: headline`` link."""
    return is_read_more_marker(line) or read_more_link(line) is not None


def split_attribution(headline: str) -> str | None:
    """Who a headline credits in a trailing `` – X`` (``FT``, ``Serbian president``), else None."""
    m = _ATTRIBUTION.match(headline)
    if m is None or len(m.group("credit").split()) > _MAX_CREDIT_WORDS:
        return None
    return m.group("credit").strip()


def republished_from(line: str) -> str | None:
    """The outlet a note like ``This article was first published in Kommersant, …`` names, else None."""
    m = _REPUBLISHED.match(line)
    if m is None:
        return None
    return _OUTLET_TAIL.sub("", m.group("outlet")) or None


def related_link(line: Line) -> RelatedLink | None:
    """The related link of a ``READ MORE: headline`` line, else None."""
    headline = read_more_link(line.clean)
    if headline is None:
        return None
    return RelatedLink(headline, line.passage().span, None, split_attribution(headline))


def teaser_link(caption: Line, headline: Line, *, adjacent: bool = False) -> RelatedLink | None:
    """The related link of the teaser block under a ``Read more`` line, else None.

    ``caption`` is its image caption and ``headline`` the related headline; neither is
    a link line, and the headline is short.  Unless the layout sets the block apart
    (``adjacent``: on a page with blank lines between paragraphs, the caption and the
    headline are printed without one between them), the caption is short too and the
    headline ends without a full stop (a question may).
    """
    cap, head = caption.clean, headline.clean
    if is_link_line(cap) or is_link_line(head) or word_count(head, MAX_TEASER_HEADLINE_WORDS) > MAX_TEASER_HEADLINE_WORDS:
        return None
    if not adjacent and (
        word_count(cap, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS or (ends_sentence(head) and not is_question(head))
    ):
        return None
    return RelatedLink(head, Span(caption.start, headline.end), cap, split_attribution(head))
