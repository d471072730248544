"""Runs of capitalised words in a phrase, read as names of the people and bodies an article names."""

from __future__ import annotations

from collections.abc import Sequence

from .genders import sure_title_gender
from .people import Entity, People
from .segments import Token
from .words import NAME_PARTICLES, PassageView, Words, name_key, opens_initials

__all__ = ["NameRuns"]

#: Words joining the last part of a list: a name after one ends the list, never follows a title.
_LIST_JOINERS = frozenset(["and", "or", "&"])


class NameRuns:
    """Finds names in the phrases of an article's passages (remembered: a phrase is read for each quote)."""

    def __init__(self, words: Words, people: People):
        self.words = words
        self.people = people
        self._runs: dict[tuple[int, int, int], list[tuple[int, int]]] = {}  # by passage offset and token range

    def titled_person(self, view: PassageView, lo: int, hi: int) -> Entity | None:
        """The person named at the end of ``his chief of staff Andriy Yermak``, after a title with ``of``.

        The name must follow a lower-case word that is no preposition or determiner,
        nor stand in a phrase a preposition opens with a determiner, so the object of
        ``an aide to President X``, ``a source in the Kremlin`` or ``a councillor from
        a nearby First Nation`` is not taken for the speaker.
        """
        words = self.words
        tokens = view.tokens[lo:hi]
        runs = self.runs(view, lo, hi)
        if not runs or runs[-1][1] != len(tokens):
            return None
        first, last = runs[-1]
        start = first
        while start > 0 and tokens[start - 1].is_capitalized:
            start -= 1
        before = tokens[start - 1] if start else None
        if before is None or not before.is_word or before.lower in words.prepositions or before.lower in words.determiners:
            return None
        if before.lower in _LIST_JOINERS:
            return None  # "the Department for Environment, Food and Rural Affairs": the end of a list, no title's holder
        if _object_of_preposition(words, tokens, start):
            return None  # "a councillor from a nearby First Nation": the place, not a title's holder
        entity = self.entity(view, lo + first, lo + last)
        return entity if entity is not None and entity.person else None

    def runs(self, view: PassageView, lo: int, hi: int) -> list[tuple[int, int]]:
        """Runs of capitalized words in the phrase ``lo:hi`` of a passage, titles left out (indexes
        into the phrase; remembered, as a phrase is read again for each quote)."""
        key = (view.offset, lo, hi)
        runs = self._runs.get(key)
        if runs is None:
            runs = self._runs[key] = self._find_name_runs(view.tokens[lo:hi], view.offset)
        return runs

    def _find_name_runs(self, tokens: Sequence[Token], offset: int) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        known = self.people.runs
        determiners, titles = self.words.determiners, self.words.name_titles
        k = 0
        while k < len(tokens):
            token = tokens[k]
            starts_name = token.is_capitalized or token.lower in NAME_PARTICLES  # else no run starts here
            run = known.get(offset + token.start) if starts_name else None
            if run is not None and k + run[0] <= len(tokens):  # read when the names were collected
                end, cut = k + run[0], k + run[1]
            else:
                end = self.people.name_end(tokens, k) if starts_name else k
                cut = self.people.split_name(tokens, k, end)[0] if end > k else k
            if end <= k:
                k += 1
                continue
            first = cut if cut < end else k
            if tokens[first].lower not in determiners or (first + 1 < end and opens_initials(tokens, first, titles)):
                runs.append((first, end))  # not "The Times", but "A. J. Okafor", "A K Okafor"
            k = end
        return runs

    def entity(self, view: PassageView, lo: int, hi: int) -> Entity | None:
        """The person or body the article names with tokens ``lo:hi`` of ``view``, if it is one it collected (a
        surname several people share: the one of them mentioned last before it)."""
        tokens = view.tokens
        titled = sure_title_gender(self.people.words, (tokens[lo - 1].lower,)) if lo and hi - lo == 1 else None  # "Ms Joyce"
        return self.people.find(name_key(tokens[lo:hi]), view.offset + tokens[lo].start, titled)


def _object_of_preposition(words: Words, tokens: Sequence[Token], start: int) -> bool:
    """The words before token ``start``, back to the nearest preposition, hold a determiner, or that preposition
    places (``in``, ``from``) or follows a word in lower case that is no post (``the hunt for 15-year-old Ann
    Lee``): the name ends a phrase that preposition opens (``from a nearby First Nation``, ``in western Uttar
    Pradesh``), not a title (``chief of staff``, ``director of communications``)."""
    for k in range(start - 1, -1, -1):  # by index: a copy of the tokens before would grow with the passage
        lower = tokens[k].lower
        if lower in words.prepositions:
            return lower in words.place_prepositions or (k > 0 and _no_post(words, tokens[k - 1]))
        if lower in words.determiners:
            return True
    return False


def _no_post(words: Words, token: Token) -> bool:
    """``token`` is a word in lower case that names no post, profession or body: ``hunt`` of ``the hunt for``."""
    return token.is_word and token.text.islower() and token.lower not in words.roles and token.lower not in words.professions and token.lower not in words.bodies
