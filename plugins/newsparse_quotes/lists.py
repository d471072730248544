"""People credited together: ``Amy Hart of Ohio, Ben Cole of Iowa and Dan Fry said``."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import is_first_name
from .name_runs import NameRuns
from .people import KIND_WORDS, Entity
from .segments import Token
from .words import PassageView, Words, bare

__all__ = ["affiliated_person_before", "given_name_shared", "given_names_listed", "people_listed", "person_before"]

_AND = frozenset(("and", "&"))
#: Words owning a kin word in a list of relatives: ``his wife Linda and children Alex and Jack``.
_OWNERS = frozenset(("his", "her", "their"))
#: The most lower-case words of a title between a body's name and a person's (``chief executive``).
_TITLE_WORDS = 3


def person_before(names: NameRuns, view: PassageView, end: int) -> tuple[int, Entity] | None:
    """The person named by the capitalized words ending at token ``end`` (titles left out), and
    where the name starts; ``None`` when they name no person."""
    tokens = view.tokens
    start = end
    while start > max(0, end - 6) and (tokens[start - 1].is_capitalized or tokens[start - 1].text == "."):
        start -= 1
    runs = names.runs(view, start, end)
    if not runs or start + runs[-1][1] != end:
        return None
    person = names.entity(view, start + runs[-1][0], end)
    return (start + runs[-1][0], person) if person is not None and person.person else None


def affiliated_person_before(names: NameRuns, view: PassageView, end: int) -> tuple[int, Entity] | None:
    """``Ben Cole`` or ``Ben Cole of Iowa`` (``of Cole & Roe``, ``of the law firm Castellan Moore``) ending at token
    ``end``: the person and where the name starts."""
    found = person_before(names, view, end)
    if found is not None:
        return found
    tokens = view.tokens
    place = end
    while place > 0 and (tokens[place - 1].is_capitalized or (tokens[place - 1].text == "&" and place > 1)):
        place -= 1
    if place < end and place > 1 and (tokens[place - 1].lower in names.words.body_kinds or tokens[place - 1].lower in names.words.bodies):
        kind = place - 1  # "the law firm", "the charity": the body's kind before its name
        while kind > place - KIND_WORDS and kind > 0 and tokens[kind - 1].text.isalpha() and tokens[kind - 1].text.islower() and tokens[kind - 1].lower != "of":
            kind -= 1
        place = kind if kind > 0 and tokens[kind - 1].lower == "of" else place
    if place == end or place < 2 or tokens[place - 1].lower != "of":
        return None
    return person_before(names, view, place - 1)


def _title_after_body(roles: frozenset[str], tokens: Sequence[Token], start: int) -> bool:
    """Capitalized words at token ``start``, then up to three lower-case words ending in a role, then the
    name (``Fibre chief executive Ann Lee``, ``Ferries managing director Ivo Marsh``): the capitalized
    words end a body's name, which the ``and`` before them is part of (``… Food and Fibre``), so no list
    of people ends there."""
    k = start
    while k < len(tokens) and tokens[k].is_capitalized:
        k += 1
    j = k
    while j < min(len(tokens), k + _TITLE_WORDS) and tokens[j].text.isalpha() and not tokens[j].is_capitalized:
        j += 1
    return start < k < j < len(tokens) and tokens[j].is_capitalized and tokens[j - 1].lower in roles


def people_listed(names: NameRuns, view: PassageView, start: int, last: Entity) -> tuple[int, list[Entity]]:
    """The people of the list ending with ``last``, whose name starts at token ``start``, first to last,
    and where the list starts.  The last must be joined by ``and`` (``A, B and C``); ``[]`` when a part
    joined by ``and`` names no person (``Smith and Wesson``), as then no one is sure to speak; ``, and`` before the last
    with no person before it joins a clause (``… for Thursday, and Lee warned``): Lee alone, and so does ``and`` after a
    word that is no name (``the figure remains 5% and Philips cautioned``)."""
    tokens = view.tokens
    people = [last]
    if start > 0 and tokens[start - 1].lower in _AND and _title_after_body(names.words.roles, tokens, start):
        return start, people  # "Murrumbidgee Valley Food and Fibre chief executive Ann Lee": no list
    while True:
        k = start
        joined = k > 0 and tokens[k - 1].lower in _AND
        k -= joined
        comma = k > 0 and tokens[k - 1].text == "," and tokens[k - 2].is_word
        k -= comma
        if k == start or (len(people) == 1 and not joined) or (joined and not comma and not tokens[k - 1].is_capitalized):
            break  # "the figure remains 5% and Philips cautioned": ``and`` joins a clause after a word in lower case
        part = affiliated_person_before(names, view, k)
        if part is None:
            if joined and not (comma and len(people) == 1):
                return start, []
            break  # "… forecast for Thursday, and Lee warned": ``, and`` joins a clause, no list of two
        start = part[0]
        people.append(part[1])
    return start, people[::-1]


def given_name_shared(words: Words, tokens: Sequence[Token], start: int, last: Entity) -> int | None:
    """The token of a lone given name joined by ``and`` to the person ``last`` of two names or more, whose name starts
    at token ``start`` and whose surname it shares (``Michael and Emily Eavis``), else ``None``; not the end of a name
    (``Ann Lee and Tom Roe``)."""
    k = start - 2
    if k < 0 or tokens[start - 1].lower not in _AND or len(last.words) < 2 or not tokens[k].is_capitalized:
        return None
    before = bare(tokens[k - 1].text).rstrip(".") if k > 0 and tokens[k - 1].is_capitalized else ""
    if before and (is_first_name(before) or before in words.name_titles):
        return None  # "Ann Lee and Emily Eavis", "Dr Lee and Emily Eavis": two people, each named in full
    return k if is_first_name(bare(tokens[k].text)) else None


def given_names_listed(words: Words, tokens: Sequence[Token], lo: int) -> int | None:
    """Where a list of given names ending with the one at token ``lo`` starts, with the kin words and owners
    among them (``Alex, Sarah and Jack``, ``his wife Linda and children Alex and Jack``), or ``None`` when
    the word at ``lo`` is no given name (``France and Germany``) or is joined to no other by ``and`` or a comma."""
    if not is_first_name(bare(tokens[lo].text)):
        return None
    start, names = lo, 1
    k = lo - 1
    while k >= 0:
        token, low = tokens[k], tokens[k].lower
        if token.is_capitalized and is_first_name(bare(token.text)):
            names += 1
        elif not (low in _AND or token.text == "," or low in words.kin or low in _OWNERS):
            break
        start = k if token.is_capitalized or low in words.kin or low in _OWNERS else start
        k -= 1
    joined = lo > 0 and (tokens[lo - 1].lower in _AND or tokens[lo - 1].text == ",")
    return start if joined and names > 1 else None
