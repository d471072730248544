"""Descriptions of the person the text is about, used like ``he`` or ``she``: ``the 45-year-old``,
``the 45-year-old baker``, ``the mother of three``, ``the world No. 2``.

They name no one by themselves and are never credited as printed: they take up the person
the text is about when that person may be so described (a kin word must fit the person's
gender), else nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from typing import TYPE_CHECKING

from .segments import Token
from .words import Words

if TYPE_CHECKING:
    from .people import Entity, People

__all__ = ["age_hyphen", "epithet", "epithet_person"]

#: The words after the hyphen of an age printed as an adjective: ``45-year-old``.
_YEAR_OLD = frozenset(["year-old", "years-old"])
#: Counts of children after a kin word: ``the father of two``.
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
#: The words before a rank: ``the world No. 2``, ``the world number one``.
_RANK_WORDS = frozenset(["no", "number"])


def epithet(words: Words, tokens: Sequence[Token]) -> str | None:
    """``""`` for ``the 45-year-old`` (maybe with one noun after it) or ``the world No. 2``, the pronoun a kin word with ``of``
    and a count tells (``the mother of three``: ``"she"``); ``None`` for any other phrase."""
    if not 2 <= len(tokens) <= 5 or tokens[0].lower != "the":
        return None
    if len(tokens) >= 4 and age_hyphen(tokens, 2):  # "the", "45", "-", "year-old" and maybe a noun
        return "" if len(tokens) == 4 or (tokens[4].text.isalpha() and not tokens[4].is_capitalized) else None
    if _world_rank(tokens):
        return ""
    if len(tokens) != 4 or tokens[2].lower != "of" or not (tokens[3].lower in _COUNTS or tokens[3].text.isdigit()):
        return None
    kin = tokens[1].lower
    return "she" if kin in words.female else "he" if kin in words.male else None


def _world_rank(tokens: Sequence[Token]) -> bool:
    """``the world No. 2``, ``the world number one``: a player's ranking, standing for the player."""
    if len(tokens) < 4 or tokens[1].lower != "world" or tokens[2].lower not in _RANK_WORDS:
        return False
    rank = tokens[4:] if tokens[3].text == "." else tokens[3:]
    return len(rank) == 1 and (rank[0].text.isdigit() or rank[0].lower in _COUNTS or rank[0].lower == "one")


def age_hyphen(tokens: Sequence[Token], j: int) -> bool:
    """The hyphen at token ``j`` joins a number to ``year-old``: an age read as one word of a phrase."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit() and tokens[j + 1].lower in _YEAR_OLD


def epithet_person(people: People, salient: Entity | None, pronoun: str) -> Entity | None:
    """The person the text is about (``salient``), when an epithet fitting ``pronoun`` (``""``: either)
    may describe that person; else ``None``."""
    if salient is None or not salient.person:
        return None
    gender = people.gender(salient)
    return salient if not pronoun or gender is None or gender == pronoun else None
