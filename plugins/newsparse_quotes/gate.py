"""The one check every speaker candidate passes before it is returned.

A speaker is a person's name, a role resolved to a person, a body or outlet by
its name, or a described source as printed (``a White House official``).  The
rules that find a candidate read a few words around a cue, so they can pick up
a stray word instead: the first word of a sentence (``Intense fighting …``), a
possessive cut from its phrase (``Warsaw’s statements``), a dateline or page
chrome (``NEVADA COUNTY (CBS13)``, ``Advertisement``), a date.  :func:`admits`
rejects those; no speaker is better than a wrong one.
"""

from __future__ import annotations

import re

from .people import Entity
from .words import POSSESSIVE_ENDS, Words, bare

__all__ = ["admits"]

_WORD = re.compile(r"[^\W\d_][\w’'\-.]*+")


def admits(speaker: str | None, entity: Entity | None, words: Words) -> bool:
    """True when ``speaker`` (found for ``entity``, if any) is a whole noun phrase that can speak."""
    if not speaker or speaker.endswith(POSSESSIVE_ENDS):
        return False  # "Warsaw’s": a part of a phrase
    parts = _WORD.findall(speaker)
    if not parts:
        return False  # a date or a number
    lows = [bare(part.rstrip(".")) for part in parts]
    if len(parts) > 1 and all(part.isupper() for part in parts):
        return False  # "NEVADA COUNTY", "WASHINGTON (AP)": a dateline
    if not words.page_chrome.isdisjoint(lows) or all(low in words.calendar for low in lows):
        return False  # "Advertisement", "Monday"
    if lows[-1] in words.function_words:
        return False  # "As", "Both", "The Belarusian head of": a cut phrase
    if entity is not None and not entity.person and not entity.proper:
        # a capitalized word seen only opening sentences is an ordinary word ("Key figures …"),
        # unless it names a body or is an acronym
        return not words.speaker_heads.isdisjoint(entity.words) or entity.name.isupper()
    return True
