"""A body taken up by a description of its kind: ``the agency`` after ``the Central Auditing Bureau``.

The vocabulary's ``body_kinds`` table tells which head nouns name the same kind of
body (``agency``, ``bureau``, ``office``, ``service``, ``watchdog``).  Precision first:
only the one body of that kind named before is taken; with none or several, the
description is left to the other rules.  A name set off by an apposition headed by
such a noun (``Hanbit Chips, the country’s second-largest chipmaker,``) is a body
of that kind; ``the company`` never takes up a name that only modifies a thing
(``CED sales rose``) unless that name spoke.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from .lexicon import is_first_name
from .places import is_place
from .words import POSSESSIVE_ENDS, Mention, PassageView, Words, bare, compound_adjective, is_possessive

if TYPE_CHECKING:
    from .people import Entity, People
    from .segments import Token

__all__ = [
    "apposed_kind", "body_before", "body_named_before", "bodies_of_kind", "body_of_kind", "body_spoke_before", "described_by", "in_body_name", "is_body_head", "kind_set_before", "may_take_up", "place_name", "speaking_body", "speaks_after",
    "taken_up", "vague",
]

#: The most words of an apposition read for its head noun (``the country’s second-largest chipmaker``).
_APPOSITION_WORDS = 8
_RELATIVES = frozenset(("that", "which"))
_SENTENCE_ENDS = frozenset([".", "!", "?"])  # before a sentence's first word  # open a relative clause after an apposition's head noun
#: The most capitalized words of a portfolio a body's name runs on with before ``and`` (``of Food and …``).
_PORTFOLIO_WORDS = 3
#: Words joining a body word to the rest of its name: ``the Bank of Spain``, ``the Centre for Policy Dialogue``.
_BODY_LINKS = ("of", "for")


def is_body_head(words: Words, head: str) -> bool:
    """``head`` heads a description of a body: a body word (``the company``), a kind of the ``body_kinds`` table
    (``the carmaker``, ``the lender``) or a word for any body (``the body``)."""
    return head in words.bodies or head in words.body_kinds or head in words.generic_bodies


def kind_head(words: Words, modifiers: Sequence[str], head: str) -> str:
    """The word a description's kind of body is read from: ``association`` for a group or body described by what
    its members do (``the lobby group``, ``the trade body``, words of ``association_modifiers``), which is no
    company; else ``head``."""
    if (head in words.body_kinds or head in words.generic_bodies) and not words.association_modifiers.isdisjoint(modifiers):
        return "association"
    return head


def headed_body(people: People, head: str, position: int) -> Entity | None:
    """The body named before ``position`` (by two words or more, no place) whose name ends in ``head`` or its
    plural, mentioned last: what ``the consortium`` takes up after ``Caspian Pipeline Consortium``, ``the union``
    after ``Confederation of Trade Unions``; not ``the pipeline``, a word inside the name."""
    best, best_at = None, -1
    for entity in people.entities:
        last = entity.words[-1]
        if (last == head or last == head + "s") and len(entity.words) > 1 and not entity.person and not entity.place:
            at = entity.last_before(position)
            best, best_at = (entity, at) if at > best_at else (best, best_at)
    return best


def bodies_of_kind(people: People, head: str, named: Collection[str], position: int) -> list[Entity]:
    """The bodies named before ``position`` whose names (or roles, but a place's: ``Chile, the world's largest copper
    producer,`` is no company) hold a word of the kind ``head`` names and every capitalized word ``named`` of the
    description (``the Polish agency``); none where ``head`` names no kind."""
    kinds = people.words.body_kinds
    kind = kinds.get(head)
    if kind is None:
        return []
    return [
        entity
        for entity in people.entities
        if not entity.person and entity.last_before(position) >= 0 and set(named) <= set(entity.words)
        and any(kinds.get(word) == kind for word in chain(entity.words, () if place_name(people.words, entity.words) else entity.roles))
        and kinds.get(_name_head(entity.words), kind) == kind
        and not entity.common_plural and not other_trade(people.words, entity, head)
    ]


def _name_head(name: Sequence[str]) -> str:
    """The head noun of a body's name, which tells its kind over the words before it: the word before ``of``
    (``Bank of England``), else the last (``association`` of ``Irish Air Line Pilots' Association``, no company
    for ``line``)."""
    return name[name.index("of") - 1] if "of" in name[1:] else name[-1]


def other_trade(words: Words, body: Entity, head: str) -> bool:
    """``the HEAD`` names a line of business (table ``trades``: ``the bank``, ``the airline``) and the name or a
    description of ``body`` tells another, none of its own: ``the bank`` is never ``Nordvik Energy``, ``the miner``
    never ``Halden Airways``; a company whose name tells no line (``Acme Holdings``) may be any."""
    trade = words.trades.get(head)
    if trade is None:
        return False
    told = {words.trades[word] for word in chain(body.words, body.roles) if word in words.trades}
    return bool(told) and trade not in told


def body_of_kind(bodies: Sequence[Entity], position: int, since: int) -> Entity | None:
    """The body of ``bodies`` (:func:`bodies_of_kind`) a description at ``position`` takes up: the only one, or of
    several the only one named again since ``since``, where the description's passage starts (``… Calder Securities
    …`` / ``According to Sakura Securities, … the brokerage said``); else ``None``: either may be meant."""
    if len(bodies) == 1:
        return bodies[0]
    recent = [entity for entity in bodies if entity.last_before(position) >= since]
    return recent[0] if len(recent) == 1 else None


def _last_speaker_at(people: People, position: int) -> int | None:
    """The index in ``people.verb_subjects`` of the body printed last before ``position`` right before a speech
    verb (``the Red Cross said``), else ``None``."""
    for n in range(bisect.bisect_left(people.verb_subjects_at, position) - 1, -1, -1):
        body = people.verb_subjects[n]
        if not body.person and not body.place and people.verb_subjects_verb[n].lower() in people.words.speech_verbs:
            return n
    return None


def body_spoke_before(people: People, position: int) -> bool:
    """Some body was printed right before a speech verb before ``position``."""
    return _last_speaker_at(people, position) is not None


def speaking_body(people: People, position: int) -> Entity | None:
    """The body a word for any body (``the organization``) takes up: the one printed last before
    ``position`` right before a speech verb (``the Red Cross said``), when no other body named with a body
    word in its name or description was printed after it (``the Red Cross said … the county council …``: either
    may be meant)."""
    n = _last_speaker_at(people, position)
    if n is None:
        return None
    body, at = people.verb_subjects[n], people.verb_subjects_at[n]
    others = (e for e in people.entities if e is not body and not e.person and not e.place)
    bodies = people.words.bodies  # a body word in its name or a description ("Copa-Cogeca, the farm lobby,")
    return None if any(e.last_before(position) > at and not bodies.isdisjoint(chain(e.words, e.roles)) for e in others) else body


def place_name(words: Words, key: tuple[str, ...]) -> bool:
    """``Sonoma County``, ``South Korea``, ``Addis Ababa``: a name (lower-case words) whose last word heads a
    place's name or whose first word opens one, or a country or city of the gazetteers (:mod:`.places`)."""
    return key[-1] in words.place_heads or (len(key) > 1 and key[0] in words.place_openers) or is_place(key)


def may_take_up(words: Words, body: Entity, head: str, spoke: bool) -> bool:
    """``the HEAD`` (``the company``, ``the union``) may name ``body``, a body followed before: its name
    or a description holds a body word of the kind ``HEAD`` names (``… Holdings``, ``…, the lender,``
    for ``the company``), or, holding no body word of a kind, it spoke (``spoke``): never ``CED`` of ``CED sales
    rose``, nor a ``… Holdings`` for ``the union``, nor a company of another line (:func:`other_trade`); a word for any body (``the group``, ``the organization``) a body of
    any kind; a head of no kind (``the center``) takes up only a body
    whose name holds it, or one that spoke holding no body word at all; a place (``Lake County``) only the
    head its name holds (``the county``), whatever an apposition calls it (``Peru, the world's second-largest copper
    producer,`` is no company)."""
    kinds = words.body_kinds
    place = place_name(words, body.words)
    own = {kinds[word] for word in chain(body.words, () if place else body.roles) if word in kinds}
    if not own and place:
        return head in body.words  # "the county" for "Lake County"; never "the group" for a place
    if other_trade(words, body, head):
        return False  # "the bank" is never "Nordvik Energy"
    if own:
        return kinds.get(head) in own or head in words.generic_bodies  # "the group": a body of any kind
    if head in kinds:
        return spoke  # "the company" after "Nordvik Energy said": no word of a kind tells otherwise
    named = words.bodies.intersection(chain(body.words, body.roles))  # "the center": never "… Division"
    return head in named if named else spoke


def body_named_before(people: People, position: int) -> bool:
    """A body whose name holds a body word (``Department``, ``Holdings``) was named before ``position``."""
    words = people.words
    return any(
        not entity.person and not words.bodies.isdisjoint(entity.words) and entity.last_before(position) >= 0
        for entity in people.entities
    )


def taken_up(words: Words, followed: Entity | None, spoke: Entity | None, head: str, recent: bool = False) -> Entity | None:
    """The body a bare ``the HEAD`` names: the one ``followed`` last or else the one that ``spoke`` last,
    if it may be one (:func:`may_take_up`); a body that only spoke, its kind untold, yields to a body
    followed after it whose name tells another kind (``the agency`` after ``the Department of Labor``
    is not ``Transit Now``, which spoke before); never a one-word plural group (``Pilots``).  A body
    followed in the sentence before (``recent``) counts as one that spoke, when a name of two words or more
    names it and it is no place: ``Nordhav Aquaculture dropped the plan. The company said …``.  Never one ordinary
    word printed only opening a sentence (``Nausea was reported by 38% …``)."""
    told = followed is not None and any(word in words.body_kinds for word in chain(followed.words, followed.roles))
    for body in (followed, spoke):
        spoken = (body is spoke and (body is followed or not told)) or (recent and body is followed and named_body(body))
        if body is not None and may_take_up(words, body, head, spoken) and not (body.common_plural or body.ordinary or _people_word(words, body)):
            return body  # not "Pilots", "Nausea", "Campaigners"
    return None


def _people_word(words: Words, body: Entity) -> bool:
    """``body`` is one word for people in the plural (``Campaigners``, ``Officials``), a group no body's short form takes
    up, though the word list counts it too rare to be an ordinary word."""
    word = body.words[0]
    return len(body.words) == 1 and word.endswith("s") and (word in words.person_nouns or word[:-1] in words.roles)


def described_by(body: Entity, modifiers: Collection[str]) -> bool:
    """Every word of ``modifiers`` (lower case, before a description's head) is a word of ``body``'s name or
    description, maybe in the plural: ``energy`` of ``the energy company`` for ``Nordvik Energy``, ``food`` for
    ``Karo Foods``; never ``rival`` or ``tech``."""
    held = set(chain(body.words, body.roles))
    return all(word in held or word + "s" in held for word in modifiers)


def named_body(body: Entity) -> bool:
    """``body`` is named by two words or more and is no place: not ``Norway``, a dateline's ``MUMBAI``, nor a
    thing's acronym (``SHD revenue climbed``); a name run on past ``of`` counts its printed words (``Confederation of
    Industrial Employers``)."""
    return not body.place and (len(body.words) > 1 or " " in body.name)


def vague(words: Words, view: PassageView, mention: Mention, speaker: str | None) -> bool:
    """``mention`` is ``the`` and a head of the ``body_kinds`` table or a word for any body (``the company``,
    ``the agency``, ``the organization``), credited as printed (``speaker``): left unresolved while a body
    was followed, it may mean that body or another (not ``the ministry`` taking up ``the water ministry``
    described before)."""
    tokens = view.tokens[mention.lo : mention.hi]
    if len(tokens) != 2 or tokens[0].lower != "the":
        return False
    head = bare(tokens[1].text)
    if head not in words.body_kinds and head not in words.generic_bodies:
        return False
    return speaker == view.text[tokens[0].start : tokens[1].end]


def body_before(words: Words, tokens: Sequence[Token], i: int) -> str:
    """The body noun in lower case, or a head of a kind of body, heading a definite or owned phrase set off by a
    comma before the name at token ``i`` (``the other opposition bloc, Pativ Unem,``: ``bloc``; ``Cerro Alto’s
    operator, Andes Cobre,``: ``operator``), else ``""``; not a phrase a preposition opens (``At the company, Ann
    Lee, …``) nor a role's (``The union’s leader, Ann Lee,``)."""
    head = tokens[i - 2] if i >= 2 and tokens[i - 1].text == "," else None
    if head is None or head.is_capitalized or not head.is_word or not (head.lower in words.bodies or head.lower in words.body_kinds):
        return ""
    k = i - 3
    while k >= max(0, i - 2 - _APPOSITION_WORDS) and tokens[k].is_word and tokens[k].lower not in words.determiners and not is_possessive(tokens[k]):
        if tokens[k].lower in words.prepositions or tokens[k].lower in words.clause_words:
            return ""
        k -= 1
    opened = k >= 0 and (tokens[k].lower in words.determiners or is_possessive(tokens[k]))
    return head.lower if opened and (k == 0 or tokens[k - 1].lower not in words.prepositions) else ""


def kind_set_before(words: Words, tokens: Sequence[Token], i: int) -> str:
    """The body noun heading a description that opens the sentence and is set off by a comma before the name at token
    ``i`` (``The energy regulator, the Commission for Utility Pricing, said``: ``regulator``), else ``""``."""
    j = i - 1 - (i > 0 and tokens[i - 1].lower == "the")
    if j < 2 or tokens[j].text != "," or not is_body_head(words, head := tokens[j - 1].lower) or head in words.roles:
        return ""
    k = j - 1
    while k > 0 and j - k <= _APPOSITION_WORDS and tokens[k].is_word and tokens[k].text.islower() and tokens[k].lower not in words.determiners:
        k -= 1
    opens = k == 0 or tokens[k - 1].text in _SENTENCE_ENDS
    return head if opens and tokens[k].lower in words.determiners and not tokens[k].quoted else ""


#: Words opening a verb's object: a past form before one is a clause's verb (``the bank raised its rate``), not a
#: participle describing the noun before it (``a firm based in Oslo``).
_OBJECT_OPENERS = frozenset(["its", "their", "his", "her", "the", "a", "an", "our", "this", "that"])


def apposed_kind(words: Words, tokens: Sequence[Token], end: int) -> str:
    """The body noun heading the apposition after the name ending at token ``end``
    (``, the country’s biggest lender,``: ``company``; ``, a union for pilots,``: ``union``), else ``""``.
    An apposition naming a role (``, a union official,``) names a person."""
    k = end + 1
    stop = min(len(tokens), k + _APPOSITION_WORDS)
    if k >= stop or tokens[end].text != ",":
        return ""
    head = ""
    prepositions, determiners = words.prepositions, words.determiners
    first = tokens[k]
    if first.lower in words.speech_verbs or (first.lower.endswith("ed") and not first.is_capitalized):
        return ""  # "The minister, Ann Lee, told the committee …": the name is a subject, not a body
    if first.is_capitalized and compound_adjective(first.text, words.adjective_heads):
        return ""  # "a Dublin, Ireland-based company": the name opens a place the adjective ends, and describes
    while k < stop and (token := tokens[k]).is_word and not token.quoted and token.lower not in prepositions:
        if _opens_placed_adjective(words, tokens, k):
            k += 3  # ", a Dublin, Ireland-based company,": the town and the adjective describe the noun after them
            continue
        word = bare(token.text)
        if head and word in _RELATIVES:
            break  # ", the private equity firm that owns X,": the noun before the relative clause heads it
        plural_owner = _plural_owner(tokens, k)  # ", the nurses’ union,": a union, whatever the nurses are
        owner = plural_owner or token.text.endswith(POSSESSIVE_ENDS)
        k += plural_owner  # past the apostrophe
        if not owner and (word in words.roles or word in words.clause_words or word in words.auxiliaries):
            return ""  # a role names a person; ", whose family runs a bank," is no apposition
        if head and word.endswith(("ing", "ed")) and not token.is_capitalized:
            if word.endswith("ed") and ((k + 1 < stop and tokens[k + 1].lower in _OBJECT_OPENERS) or word in words.speech_verbs):
                return ""  # "under X, the central bank raised its rate", "in Parow, the club confirmed": a clause's verb
            break  # ", a union representing nurses,": the noun before the participle heads it
        if word not in determiners and not owner:
            head = word
        k += 1
    ends = k < stop and (tokens[k].text == "," or tokens[k].lower in words.prepositions or tokens[k].is_word)
    if not ends or tokens[k - 1].is_capitalized:
        return ""
    if k == end + 2 and first.lower not in determiners and tokens[k].lower != "of":
        return ""  # a bare noun alone is no apposition: "a Cambridge, Massachusetts, company that …" (not "maker of")
    return words.body_kinds.get(head, head if head in words.bodies else "")


def _opens_placed_adjective(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a town before a comma and a compound adjective of its region: ``Dublin`` of ``Dublin,
    Ireland-based``, ``Austin`` of ``Austin, Texas-based``."""
    return (
        tokens[k].is_capitalized
        and k + 2 < len(tokens)
        and tokens[k + 1].text == ","
        and tokens[k + 2].is_capitalized
        and compound_adjective(tokens[k + 2].text, words.adjective_heads)
    )


def _plural_owner(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a plural owner, an apostrophe printed right after it (``nurses’``)."""
    token = tokens[k]
    return k + 1 < len(tokens) and tokens[k + 1].text in ("’", "'") and token.lower.endswith("s") and (
        tokens[k + 1].start == token.start + len(token.text)
    )


def speaks_after(words: Words, tokens: Sequence[Token], hi: int, stop: int) -> bool:
    """A finite speech verb follows the phrase ending at token ``hi`` (before ``stop``), maybe after an
    apposition set off by commas and auxiliaries: ``Acme, the lender, said``; not ``Acme sales rose``."""
    k = hi
    if k < stop and tokens[k].text == ",":
        k = next((j + 1 for j in range(k + 1, min(stop, k + _APPOSITION_WORDS + 2)) if tokens[j].text == ","), stop)
    while k < stop and (tokens[k].lower in words.auxiliaries or tokens[k].lower.endswith("ly")):
        k += 1
    return k < stop and tokens[k].lower in words.speech_verbs and not tokens[k].lower.endswith("ing")


def _past_listed_fields(tokens: Sequence[Token], k: int) -> int:
    """Back from token ``k``, just before a portfolio, past the fields listed before it with commas, each maybe
    after ``the`` (``Climate Change, Energy, the`` of ``… of Climate Change, Energy, the Environment and Water``):
    the token before the first field (``of``), else ``k``."""
    j = k
    while j > 1 and (tokens[j].text == "," or (tokens[j].lower == "the" and tokens[j - 1].text == ",")):
        field = j - 1 - (tokens[j].text != ",")  # the field's last word
        j = field
        while j > 0 and field - j < _PORTFOLIO_WORDS and tokens[j].is_capitalized and not tokens[j].quoted:
            j -= 1
        if j == field:
            return k  # no field before the comma
    return j


def in_body_name(words: Words, tokens: Sequence[Token], i: int) -> bool:
    """The capitalized words at token ``i`` run on the name of a body after ``of`` (``the University of Rio
    de Janeiro``, ``the Bank of Spain``, ``the Southern District of New York``) or ``for`` before no first name (``the Centre for Policy Dialogue``;
    not ``the council for Ann Lee``), or after ``and`` and such a portfolio, maybe one of a list (``the Ministry of
    Agriculture and Food Security``, ``the Department of Climate Change, Energy, the Environment and Water``; not ``…
    of Health and Ann Lee``, a first name): no person's name."""
    k = i - 1
    if k > 0 and tokens[k].lower == "for" and is_first_name(tokens[i].lower):
        return False
    if k > 0 and tokens[k].lower == "and":
        if is_first_name(tokens[i].lower):
            return False
        k -= 1
        stop = max(0, k - _PORTFOLIO_WORDS)
        while k > stop and tokens[k].is_capitalized and not tokens[k].quoted:
            k -= 1
        if k == i - 2:
            return False  # no portfolio before "and"
        k = _past_listed_fields(tokens, k)
    if k <= 0 or tokens[k].lower not in _BODY_LINKS or not tokens[k - 1].is_capitalized:
        return False
    head = bare(tokens[k - 1].text)
    return head in words.bodies or (tokens[k].lower == "of" and head in words.jurisdiction_words)
