"""Descriptions of the person the text is about, used like ``he`` or ``she``: ``the 45-year-old``,
``the 45-year-old baker``, ``the mother of three``, ``the world No. 2``, ``the Ohio Democrat``, ``the Ohio native``,
``the heartthrob``, ``the British star``.

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

__all__ = ["YEAR_OLD", "age_hyphen", "epithet", "epithet_age", "epithet_person"]

#: The words after the hyphen of an age printed as an adjective: ``45-year-old``.
YEAR_OLD = frozenset(["year-old", "years-old"])
#: Counts of children after a kin word: ``the father of two``.
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
#: The most words of each part of a description after an age: ``deputy manager`` ``from Leeds``.
_DESCRIPTION_WORDS = 3
#: The words that join a place or a count to a description: ``from Leeds``, ``of two``.
_PLACE_OF = frozenset(["from", "of", "in", "at"])
#: The words before a rank: ``the world No. 2``, ``the world number one``.
_RANK_WORDS = frozenset(["no", "number"])


def epithet(words: Words, tokens: Sequence[Token]) -> str | None:
    """``""`` for ``the 45-year-old``, ``the soft-spoken Texan`` or ``the Ohio Democrat`` (maybe with up to three nouns and a place or count after them: ``the
    34-year-old deputy manager from Leeds``) or ``the world No. 2``, the pronoun a kin word with ``of`` and a count
    tells (``the mother of three``, ``the dad-of-two``: ``"she"``, ``"he"``); ``None`` for any other phrase."""
    if len(tokens) < 2 or tokens[0].lower != "the":
        return None
    if len(tokens) <= 4 and tokens[-1].is_capitalized and tokens[-1].lower in words.demonyms and _plain_modifiers(words, tokens[1:-1]):
        last = tokens[-1].lower  # "the Dutchman", "the soft-spoken Texan"
        return "he" if last in words.male else "she" if last in words.female else ""
    if not tokens[-1].is_capitalized and tokens[-1].lower in words.epithet_nouns and (
        len(tokens) == 2 or (len(tokens) == 3 and tokens[1].is_capitalized and tokens[1].lower in words.demonyms)
    ):
        return ""  # "the heartthrob", "the British star"
    if len(tokens) == 3 and tokens[2].lower == "international" and tokens[1].is_capitalized and tokens[1].is_word:
        return ""  # "the Nigeria international": a player capped by that country
    if _party_member(words, tokens) or _place_native(words, tokens):  # "the Ohio Democrat", "the Ohio native"
        return ""
    if len(tokens) >= 4 and age_hyphen(tokens, 2):  # "the", "45", "-", "year-old" and maybe a description
        return _gender_told(words, tokens[4:]) if _description(words, tokens[4:]) else None
    if len(tokens) > 5:
        return None
    if _world_rank(tokens):
        return ""
    if len(tokens) == 2:  # "the dad-of-two", "the mum-of-three"
        kin, of, count = (tokens[1].lower.split("-", 2) + ["", ""])[:3]
        return _kin_of_count(words, kin, count) if of == "of" else None
    if len(tokens) != 4 or tokens[2].lower != "of":
        return None
    return _kin_of_count(words, tokens[1].lower, tokens[3].lower)


def _kin_of_count(words: Words, kin: str, count: str) -> str | None:
    """The pronoun a kin word before ``of`` and a count of children tells (``mother``, ``three``: ``"she"``), else None."""
    if not (count in _COUNTS or count.isdigit()):
        return None
    return "she" if kin in words.female else "he" if kin in words.male else None


def _plain_modifiers(words: Words, tokens: Sequence[Token]) -> bool:
    """``tokens`` are adjectives in lower case, none a role nor a function word (``soft-spoken``, ``young``), or
    none at all."""
    return all(t.is_word and t.text.islower() and t.lower not in words.function_words and t.lower not in words.roles for t in tokens)


def _gender_told(words: Words, tokens: Sequence[Token]) -> str:
    """The pronoun a gendered noun of a description tells (``unemployed father of two``: ``"he"``), else ``""``."""
    for token in tokens:
        if token.lower in words.male:
            return "he"
        if token.lower in words.female:
            return "she"
    return ""


def _description(words: Words, tokens: Sequence[Token]) -> bool:
    """Up to three words in lower case or nationality nouns (``deputy manager``, ``Scot``), then maybe ``from``,
    ``of``, ``in`` or ``at`` and up to three capitalized words or a count (``deputy manager from Leeds``, ``mother of
    two``); nothing at all fits too."""
    k = 0
    while k < min(len(tokens), _DESCRIPTION_WORDS) and tokens[k].text.isalpha() and (
        not tokens[k].is_capitalized or tokens[k].lower in words.demonyms
    ) and tokens[k].lower not in _PLACE_OF:
        k += 1
    if k == len(tokens):
        return True
    tail = tokens[k + 1 :]
    return (
        0 < k and tokens[k].lower in _PLACE_OF and 1 <= len(tail) <= _DESCRIPTION_WORDS
        and all(t.is_capitalized or t.text.isdigit() or t.lower in _COUNTS for t in tail)
    )


def _party_member(words: Words, tokens: Sequence[Token]) -> bool:
    """``the Democrat``, ``the Ohio Democrat``, ``the South Dakota Republican``: a party's member, maybe
    after a place of up to three capitalized words."""
    *place, member = tokens[1:]
    return (
        member.is_capitalized and member.lower in words.party_members and len(place) <= _DESCRIPTION_WORDS
        and all(t.is_capitalized and t.text.isalpha() and t.lower not in words.demonyms for t in place)
    )


def _place_native(words: Words, tokens: Sequence[Token]) -> bool:
    """``the Leilani Estates resident``, ``the Ohio native``: a noun of table ``origin_nouns`` after a place of one to
    three capitalized words (``the resident`` alone may be any resident)."""
    *place, noun = tokens[1:]
    return (
        not noun.is_capitalized and noun.lower in words.origin_nouns and 1 <= len(place) <= _DESCRIPTION_WORDS
        and all(t.is_capitalized and t.text.isalpha() for t in place)
    )


def _world_rank(tokens: Sequence[Token]) -> bool:
    """``the world No. 2``, ``the world number one``: a player's ranking, standing for the player."""
    if len(tokens) < 4 or tokens[1].lower != "world" or tokens[2].lower not in _RANK_WORDS:
        return False
    rank = tokens[4:] if tokens[3].text == "." else tokens[3:]
    return len(rank) == 1 and (rank[0].text.isdigit() or rank[0].lower in _COUNTS or rank[0].lower == "one")


def epithet_age(tokens: Sequence[Token]) -> int | None:
    """The age an epithet tells (``45`` of ``the 45-year-old``, ``the 45-year-old nurse``), else ``None``."""
    return int(tokens[1].text) if len(tokens) >= 4 and tokens[0].lower == "the" and age_hyphen(tokens, 2) else None


def age_hyphen(tokens: Sequence[Token], j: int) -> bool:
    """The hyphen at token ``j`` joins a number to ``year-old``: an age read as one word of a phrase."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit() and tokens[j + 1].lower in YEAR_OLD


def epithet_person(people: People, salient: Entity | None, pronoun: str, tokens: Sequence[Token] = ()) -> Entity | None:
    """The person the text is about (``salient``), when an epithet fitting ``pronoun`` (``""``: either)
    may describe that person: a nationality (``the Dutchman``, the epithet's ``tokens``) no title of that
    person contradicts (``Russian President X`` is no ``Australian``); else ``None``."""
    if salient is None or not salient.person:
        return None
    words = people.words
    if len(tokens) == 2 and _other_origin(words, salient, tokens[1].lower):
        return None
    if tokens and tokens[-1].lower in words.party_members and _other_origin(words, salient, tokens[-1].lower, words.party_members):
        return None
    gender = people.gender(salient)
    return salient if not pronoun or gender is None or gender == pronoun else None


def _other_origin(words: Words, person: Entity, origin: str, kinds: frozenset[str] | None = None) -> bool:
    """A nationality (or a word of ``kinds``: parties) among ``person``'s titles other than ``origin``
    (``dutch`` is ``Dutchman``'s: the same first four letters)."""
    kinds = words.demonyms if kinds is None else kinds
    return any(role in kinds and role[:4] != origin[:4] for role in person.roles)
