"""The people and bodies an article names, with their titles, for resolving mentions.

:class:`People` collects the names the article prints with their titles
(``Kremlin spokesman Dmitry Peskov``, ``the bloc’s top diplomat, Kaja Kallas,``),
so a surname, a role or a summary line can be resolved to the full name.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import compress, count
from operator import or_

from attrs import define, field

from newsparse.lazy_regex import lazy_compile

from .bodies import apposed_kind, body_before, in_body_name, kind_set_before, place_name
from .genders import guess_gender, sure_title_gender
from .lexicon import first_name_gender, is_first_name, is_ordinary_word
from .places import is_place, opens_with_place
from .reported import PLURAL_NOUNS
from .segments import Token
from .verb_scan import VerbScan
from .words import (
    ARTICLES,
    DASHES,
    DATELINE_TOKENS,
    NAME_PARTICLES,
    PARTY_LABEL,
    PATRONYMICS,
    POSSESSIVE_ENDS,
    SURNAME_ARTICLES,
    PLACE_TIES,
    RELATIVE_PRONOUNS,
    Mention,
    PassageView,
    Words,
    age_close,
    ampersand,
    and_in_title,
    bare,
    bridged_particle,
    initial_dot,
    title_hyphen,
    saints_dot,
    label_end,
    label_start,
    name_in_s,
    name_key,
    numbered,
    opens_initials,
    party_label_end,
    proxy_of_role,
    retired_mark_before,
    title_in,
    title_surname,
)

__all__ = ["KIND_WORDS", "Entity", "People", "is_verb", "nickname_end", "sits_after_body", "sole_holder"]

_POSSESSIVE_SET = frozenset(POSSESSIVE_ENDS)
#: The words before a run of capitalized words that may run on a body's name (``University of``).
_OF_AND = frozenset(["of", "for", "and"])  # "the Bank of X", "the Centre for X", "… of Y and X"
#: A company's ticker in brackets: an exchange's code (``KSD.N``, ``0700.HK``) or an exchange and a symbol (``NYSE: ACM``).
_TICKER = lazy_compile(r"\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:[A-Z]{2,6}|Nasdaq): ?[A-Z0-9.]{1,8})\)")
#: The tokens before a run of capitals that may make it no name of its own: a comma before a party label, ``of``,
#: ``for`` or ``the`` inside a body's name.
_RUN_ON = frozenset([",", "of", "for", "the"])
#: The prepositions tying a traded noun to its company (``shares of X``, ``shares in X``).
_TRADED_TIES = frozenset(["of", "in"])
#: The most letters of an acronym printed alone as a person's title (``DCP``, ``MEC``).
_MAX_ACRONYM_TITLE = 5
#: The most tokens of a clause with ``which`` between a name and its verb.
_WHICH_TOKENS = 25
#: Marks that may stand inside a name: full stops, ampersands, apostrophes ending a word.
_JOINERS = frozenset([".", "&", "’", "'", "and", ",", "-"])
#: The most letters of an acronym in brackets after a body's name (``(NABU)``) read as its short form.
_ACRONYM_LETTERS = 6
#: The lower-case words a body's name may hold that its acronym may spell (``Transport for London (TfL)``).
_SPELLED_JOINERS = frozenset(["for", "of", "the", "and", "on", "in"])
#: The lower-case words joining a post to its portfolio (``Minister of State for``, ``Speaker of the``).
_POST_JOINERS = frozenset(["of", "for", "the"])
#: What joins the words of a portfolio of two (``Minister of Trade and Industry``).
_PORTFOLIO_JOINERS = _POST_JOINERS | {"and"}
#: What joins the names of a list, and the ``the`` a place's name may open with (``near Tyre and the Bekaa``).
_LIST_WORDS = frozenset(["and", "or", ",", "the"])
#: The words joining the last name of a list to the others: a comma may end a clause instead (``in Kursk Region,
#: Rodion Miroshnik said``).
_LAST_JOINERS = frozenset(["and", "or"])
#: How many tokens back a list of places is followed to the preposition that opens it.
_LIST_REACH = 12
_DOCUMENT_JOINERS = frozenset(["of", "for", "on", "the", "and"])  # "… Sponsors of Terrorism Act"
_DOCUMENT_TOKENS = 10  # how far a law's name is followed
#: The words right after the role opening such a post (``Minister of``, ``Secretary for``).
_OF_FOR = frozenset(["of", "for"])
#: The most tokens after ``of`` or ``for`` that run a body's printed name on (``National Bank of Abu Dhabi``, ``Office
#: for the Suppression of Corruption and Organised Crime``).
_BODY_NAME_TOKENS = 12
#: Possessive pronouns owning a kin word after ``and`` (``He and his wife, NAME,``).
_KIN_OWNERS = frozenset(["his", "her", "their"])
#: The determiner of a second holder of a title (``Ibrahim Baba, another dealer,``).
_ANOTHER = frozenset(["another"])
#: The most words of a nickname in quotes inside a name (``Winston “Bumpy” Clarke``).
_NICKNAME_WORDS = 2
#: Objects of a speech verb before the reported clause (``told us that he``).
_OBJECTS = frozenset(["us", "me", "reporters"])
#: The most tokens of a post before its portfolio.
_POST_TOKENS = 6
#: Marks after a name that open what is read past before its verb: a label or an apposition (``Ann Lee (D), 46,``).
_SET_OFF = frozenset("(,")
#: The most tokens of a description set off by commas between a name and its verb (``, an analyst at Fenwick,``).
_DESCRIPTION_TOKENS = 14
#: Adjectives in lower case between a determiner and a body word before a name: ``the local daily Namhae Sinmun``.
_BODY_ADJECTIVES = 2
#: A role set after a name and a comma has at most this many words (``senior vice president``) ...
_ROLE_WORDS = 3
#: ... and heads a body after one of these: ``president of``, ``economist at``, ``spokesman for``.
_ROLE_TIES = frozenset(["of", "at", "for"])
#: The tokens right after a name (and what is set off after it) that may open a clause with ``who``: ``who``, its comma.
_WHO_MARKS = frozenset(["who", ","])
#: Marks that end a description's search: the sentence or clause ends, a quote opens.
_DESCRIPTION_STOPS = frozenset(".;:!?\"“”‘’")


@define
class Entity:
    """A person or body the article names: the name as first given, and its titles."""

    name: str
    words: tuple[str, ...]
    roles: set[str]
    person: bool
    mentions: list[int] = field(factory=list)
    #: ``"he"`` or ``"she"`` once the article tells (a title, a first name, a pronoun), else ``None``.
    gender: str | None = None
    #: The gender was told by a title, the first name or a pronoun resolved to it, not only guessed
    #: from the spelling of the surname (see :mod:`.resolution`).
    gender_sure: bool = False
    #: Capitalized words of its titles that are no title words: where or what it belongs to (``russian``).
    origins: set[str] = field(factory=set)
    #: Printed as a place (``in Nevada County``) or in capitals (a dateline): no person without a title.
    place: bool = False
    #: Printed inside a sentence or set off by commas (``Ford, a nurse, said``) at least once.
    inside: bool = False
    #: Printed opening a sentence right before its verb (``Burton said``) at least once.
    before_verb: bool = False
    #: Set off as ``another`` holder of a title (``Ibrahim Baba, another dealer,``): not the one described before.
    another: bool = False
    #: Printed before a verb and ``its`` (``Harbour Freight Lines cut its fares``): a body, no person.
    owns: bool = False
    #: The age set off by commas after the name (``Ann Lee, 52,``), for ``the 52-year-old``.
    age: int | None = None
    #: Taken up by ``they`` (``the Avengers … They added``): a group, never the ``he`` of a one-word name.
    group: bool = False

    @property
    def proper(self) -> bool:
        """Printed where only a name fits at least once: inside a sentence, or opening one right
        before its verb (``Burton said``); not only as the first word of a phrase (``Intense fighting …``)."""
        return self.inside or self.before_verb

    @property
    def ordinary(self) -> bool:
        """One ordinary English word (:mod:`.lexicon`) never printed inside a sentence: no one's name
        (``Shelling resumed …``; not ``Burton explained …``, nor ``Rose`` or ``Brown``, nor a body's name run on past
        it: ``Confederation of Industrial Employers``)."""
        return not self.inside and len(self.words) == 1 and " " not in self.name and is_ordinary_word(self.words[0])

    @property
    def common_plural(self) -> bool:
        """One ordinary English word in the plural (``Pilots`` of ``Pilots walked out``, ``the Airline
        Pilots’ Guild``; ``Gunmen``, a plural in ``-men``): a group of people, no body a short form (``the airline``)
        takes up."""
        word = self.words[0]
        return len(self.words) == 1 and word.endswith(("s", "men")) and is_ordinary_word(word)

    def last_before(self, position: int) -> int:
        """The position of the last mention before ``position``, or -1."""
        k = bisect.bisect_left(self.mentions, position)
        return self.mentions[k - 1] if k else -1


def _joins_name(tokens: Sequence[Token], j: int, words: Words) -> bool:
    """The mark at token ``j`` (one of :data:`_JOINERS`) is inside a name: the full stop of an initial
    or title (``J.D. Vance``, ``Dr. Anna Reyes``) or of a saint's ``St.`` (``St. Agnes``), an ampersand (``Procter & Gamble``),
    the hyphen of two titles (``Lt.-Cmdr. Ann Lee``), or an apostrophe
    ending the word right before it (``Achieng’ Odhiambo``, ``Tom Ojwang’``): no quotation mark, not
    after a plural in ``-s`` (``the Lees’ home``) unless a body word follows (``the Grain Growers’ Council``), nor
    after an opener (``A’``)."""
    token, word = tokens[j], tokens[j - 1]
    if token.text in ".&":
        return initial_dot(tokens, j, words.name_titles) or ampersand(tokens, j) or saints_dot(tokens, j)
    if token.text == "-":
        return title_hyphen(tokens, j, words.name_titles)
    if token.text == "and":
        return _and_in_body_name(tokens, j, words) or and_in_title(words, tokens, j)
    if token.text == ",":
        return _comma_in_body_name(tokens, j, words)
    if j == 0 or not word.is_capitalized or word.end != token.start:
        return False
    if word.lower.endswith("s"):  # "the Lees’ home"; but "the Grain Growers’ Council": a body's name
        return j + 1 < len(tokens) and tokens[j + 1].is_capitalized and bare(tokens[j + 1].text) in words.bodies
    return not token.mark and word.lower not in words.openers


def _and_in_body_name(tokens: Sequence[Token], j: int, words: Words) -> bool:
    """The ``and`` at token ``j`` is inside a body's name: capitalized words after it ending in a body word within four,
    and capitalized words with no first name and no body word last before it (``Emirates Water and Electricity
    Company``, ``Belfast Health and Social Care Trust``); not two bodies (``Acme Holdings and Beta Corp``) nor a
    person and a body (``Maria Jensen and Nordlys Holdings``)."""
    before = tokens[j - 1] if j else None
    if before is None or not before.is_capitalized or (bare(before.text) in words.bodies and _named_before(words, tokens, j - 1)):
        return False  # "Acme Holdings and Beta Corp": two bodies; but "the Securities and Commodities Authority"
    for k in range(j + 1, min(len(tokens), j + 5)):
        if not tokens[k].is_capitalized or tokens[k].quoted:
            return False
        if bare(tokens[k].text) in words.bodies and (k + 1 == len(tokens) or not tokens[k + 1].is_capitalized):
            break
    else:
        return False
    first = j - 1
    while first > 0 and tokens[first - 1].is_capitalized and not tokens[first - 1].quoted:
        first -= 1
    return not any(is_first_name(t.lower) for t in tokens[first:j] if t.lower not in words.openers)


def _named_before(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """A capitalized word that is no determiner stands right before token ``k``: ``Acme`` of ``Acme Holdings``."""
    return k > 0 and tokens[k - 1].is_capitalized and tokens[k - 1].lower not in words.determiners


def _comma_in_body_name(tokens: Sequence[Token], j: int, words: Words) -> bool:
    """The comma at token ``j`` lists the fields of a body's name: one capitalized word each, no first name,
    up to an ``and`` inside the name (``Agriculture, Fisheries and Conservation Department``, ``Digital, Culture,
    Media and Sport Committee``); not places listed (``Paris, Lyon and Marseille`` ends in no body word)."""
    k = j
    while k + 2 < len(tokens) and tokens[k].text == ",":
        field = tokens[k - 1]
        if k == 0 or not field.is_capitalized or field.quoted or is_first_name(field.lower) or bare(field.text) in words.bodies:
            return False
        if not tokens[k + 1].is_capitalized or tokens[k + 1].quoted:
            return False
        k += 2
    return k < len(tokens) and tokens[k].text == "and" and _and_in_body_name(tokens, k, words)


def _past_shouted_lead(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the name in the run ``start:end`` opening a passage starts past two or more ordinary words in capitals,
    a lead-in printed so (``SHIPPING FIRM Maersk has …``, ``SOFTWARE GIANT Acme said``); else ``start``."""
    if start:
        return start
    k = 0
    while k < end and len(text := tokens[k].text) > 2 and text.isupper() and is_ordinary_word(tokens[k].lower):
        k += 1
    return k if k >= 2 and k < end and not tokens[k].text.isupper() else 0


def _count_compound(text: str) -> bool:
    """``text`` is a compound of a noun, ``of`` and a count in lower case (``Dad-of-three``, ``MUM-of-two``): a
    description a tabloid may print in capitals, never a name (not ``Isle-of-Man``)."""
    return "-of-" in text and text.partition("-")[2].islower()


def _particle_in_name(tokens: Sequence[Token], j: int) -> bool:
    """``von``/``der`` followed, through more particles, by a capitalized word."""
    k = j
    while k < len(tokens) and tokens[k].lower in NAME_PARTICLES:
        k += 1
    return k < len(tokens) and k - j <= 2 and tokens[k].is_capitalized and not tokens[k].quoted


def _particle_step(words: Words, tokens: Sequence[Token], i: int, j: int) -> int:
    """How many tokens from ``j``, a lower-case word inside a name opening at ``i``, go on the name: a particle
    (``von der Leyen``), ``in`` of a title (``Special Agent in Charge Ann Lee``), a particle and a lower-case noun
    before another particle in another language (``Conseil du patronat du Québec``)."""
    lower = tokens[j].lower
    if (lower in NAME_PARTICLES and _particle_in_name(tokens, j)) or (lower == "in" and title_in(words, tokens, j)):
        return 1
    return 2 if j > i and lower in NAME_PARTICLES and bridged_particle(tokens, j, len(tokens)) else 0


def _spelled_step(tokens: Sequence[Token], i: int, j: int) -> int:
    """How many tokens from ``j``, a lower-case joining word (``for``, ``of``, ``the``, ``and``) inside a name opening
    at ``i``, go on the name because the acronym in brackets after the run spells it: ``Transport for London (TfL)``,
    ``Department for Education (DfE)``, ``Friends of the Earth (FoE)``; else 0."""
    if tokens[j].lower not in _SPELLED_JOINERS or j == i:
        return 0
    k = j
    while k < len(tokens) and k - i < _ACRONYM_LETTERS * 2 and (tokens[k].lower in _SPELLED_JOINERS or (tokens[k].is_capitalized and tokens[k].is_word)):
        k += 1
    if k == j + 1 or k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return 0
    return k - j if _spells(tokens[k + 1].text, tokens[i:k]) else 0


def _spells(acronym: str, run: Sequence[Token]) -> bool:
    """The letters of ``acronym`` are the initials of the words of ``run`` in order, each capitalized word's
    required and each joining word's optional (``TfL``, ``FoE``, ``DfE``, ``NABU``)."""
    if not (2 <= len(acronym) <= _ACRONYM_LETTERS and acronym.isalpha() and acronym[0].isupper()):
        return False
    letters, k = acronym.lower(), 0
    for token in run:
        if k < len(letters) and token.lower[0] == letters[k]:
            k += 1
        elif token.lower not in _SPELLED_JOINERS:
            return False
    return k == len(letters)


def _mid_name_particle(tokens: Sequence[Token], j: int) -> bool:
    """A particle inside a name in another language, after a lower-case word that follows a particle (``Conseil du
    patronat du Québec``, ``Société de transport de Montréal``): it opens no name of its own."""
    return j >= 2 and tokens[j].lower in NAME_PARTICLES and tokens[j - 1].text.islower() and tokens[j - 2].lower in NAME_PARTICLES


def nickname_end(tokens: Sequence[Token], j: int) -> int:
    """The token after a nickname in quotes inside a name, opening at the mark at token ``j`` (``Winston
    “Bumpy” Clarke``: one or two capitalized words, or initials with their full stops, ``Antonio “L.A.” Reid``,
    after a capitalized name word, and a capitalized word after the closing mark), else ``j``."""
    k = j + 1
    while k < len(tokens) and k - j <= 2 * _NICKNAME_WORDS and tokens[k].quoted and _nickname_part(tokens, k, j):
        k += 1
    if k == j + 1 or k + 1 >= len(tokens) or tokens[k].mark != "close" or not tokens[j - 1].is_capitalized:
        return j
    after = tokens[k + 1]
    return k + 1 if after.is_capitalized and after.is_word and not after.quoted and not tokens[j - 1].quoted else j


def _nickname_part(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Token ``k`` goes on a nickname opened at token ``j``: a capitalized word (two at most), or the full stop
    of an initial (``L.A.``)."""
    token = tokens[k]
    if token.text == ".":
        return len(tokens[k - 1].text) == 1 and tokens[k - 1].is_capitalized
    return token.is_capitalized and sum(1 for t in tokens[j + 1 : k] if t.text != ".") < _NICKNAME_WORDS


def _initial(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k``, read as an opener (``A``, ``I``), is an initial: ``A. J. Lee``, ``A K Lee``."""
    return opens_initials(tokens, k, words.name_titles)


def _without_nickname(tokens: Sequence[Token]) -> tuple[str, tuple[str, ...]]:
    """The name printed with ``tokens`` and its key, without the nickname in quotes inside it."""
    kept = [t for t in tokens if not t.quoted and not t.mark]
    return " ".join(t.text for t in kept), name_key(kept)


class People:
    """The names an article prints, with their titles, for resolving mentions."""

    def __init__(self, words: Words):
        self.words = words
        self.entities: list[Entity] = []
        self._by_name: dict[tuple[str, ...], Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}  # the people by the last word of their names, in order
        self._by_part: dict[str, Entity] = {}  # any other word of it ("Mao" of "Mao Ning")
        #: The names standing right before a verb (``Sen. Ann Lee (R-LA) marched``) and where, in page order.
        self.verb_subjects: list[Entity] = []
        self.verb_subjects_at: list[int] = []
        self.verb_subjects_verb: list[str] = []  # the verb after each, as printed
        self.runs: dict[int, tuple[int, int]] = {}  # the runs of capitals by their first word's offset: length, name start
        #: Whether a word in lower case is a verb after a name (:func:`is_verb`); the first verb after a sentence's
        #: subject: no bound method of ``self``, so that no reference cycle keeps the article's people alive.
        self.is_verb: Callable[[str], bool] = partial(is_verb, words)
        self.verbs = VerbScan(self.is_verb)
        self.apposed_roles: set[str] = set()  # the roles of all appositions, "the clerk" of "the town clerk, X," too
        self.run_openers: set[str] = set()  # the first words of runs of two names or more: "Norland" of "Norland Fisheries"
        #: Titles missing from the role list a person was printed with: ``auctioneer`` of ``Christie's auctioneer X``.
        self.printed_titles: dict[str, Entity] = {}
        #: The apostrophe for the possessives made up (``Ann Lee’s office`` of ``Her office``), as the article prints it.
        self.apostrophe = "’"
        self._person_end = (-1, -1)  # where the person registered last ends: the passage's offset, the token after

    def collect(self, passages: Sequence[PassageView]) -> None:
        """Register every name in ``passages`` (outside quotes), with the roles printed around it."""
        name_end = self.name_end
        if not any("’" in view.text for view in passages) and any("'" in view.text or '"' in view.text for view in passages):
            self.apostrophe = "'"  # a text in straight marks
        for view in passages:
            tokens, lowers = view.tokens, view.columns.lowers
            i = 0
            starts: Iterable[bool] = view.columns.capitalized  # where a name may start, found in C; particles are rare
            if not NAME_PARTICLES.isdisjoint(lowers):
                starts = map(or_, starts, map(NAME_PARTICLES.__contains__, lowers))
            last: Entity | None = None  # the body or person registered last in the passage, and where it ends
            for start in compress(count(), starts):
                if start < i or tokens[start].quoted:
                    continue  # inside the name registered last, or in a quote
                start = _past_shouted_lead(tokens, start, end := name_end(tokens, start))
                if end > start and not (last is not None and _acronym_of(self, last, view, start, end, i)):
                    last = self._register(view, start, end) or (last if _ends_body_name(self.words, tokens, lowers, start, end) else None)
                    i = end  # the body stays the one registered last past the rest of its name: "… Pricing (CUP)"
                    if end - start > 1:  # "Norland" of "Norland Fisheries": a word of a longer name
                        self.run_openers.add(bare(tokens[start].text))

    def name_end(self, tokens: Sequence[Token], i: int) -> int:
        """The end of the run of capitalized words starting at ``i`` (``i`` when there is none)."""
        j = i
        n = len(tokens)
        while j < n:
            _, text, quoted, mark, _, capitalized, is_word = tokens[j]  # unpacked: read by name, each field costs more
            if capitalized:  # the usual case first: no full stop, ampersand nor mark is capitalized
                if quoted or not is_word or text[-1].isdigit() or _count_compound(text):  # "Ⓐ" is no word; "Sh114", "F-16" no name's
                    break  # nor "DAD-of-three", a tabloid's capitals
                j += 1
                if text.endswith(POSSESSIVE_ENDS) and not _titled_office(self.words, tokens, j):
                    break
            elif text in _JOINERS and _joins_name(tokens, j, self.words):
                j += 1
            elif quoted or mark or not is_word:
                if mark != "open" or j == i or (after := nickname_end(tokens, j)) == j:
                    break
                j = after  # "Winston “Bumpy” Clarke": the name runs on past the nickname
            elif step := _particle_step(self.words, tokens, i, j) or _spelled_step(tokens, i, j) or (text[0].isdigit() and numbered(self.words, tokens, j)):
                j += step  # "von der Leyen"; "Special Agent in Charge Ann Lee": one title; "Local 1472": one name
            else:
                break
        k = i
        openers = self.words.openers
        while k < j and tokens[k].lower in openers and not _initial(self.words, tokens, k):
            k += 1
        return j if j > k and not _mid_name_particle(tokens, i) else i  # a run of openers alone ("The", "In") is no name

    def split_name(self, tokens: Sequence[Token], i: int, end: int) -> tuple[int, set[str]]:
        """Where the name proper starts in the run ``i:end``, and the title words before it: an acronym before two
        more words is a title (``the UN Vassily Nebenzia``); a run ending in a role (``Russian Ambassador``) holds
        no name: the cut is ``end``."""
        words = self.words
        closing = tokens[end - 1]
        if end - i > 2 and (closing.lower in words.name_endings or _seat_letters(words, tokens, i, end)):
            # "Martin Luther King III": no title "King"; "Deirdre Ó Murchú TD": the seat's letters, no role
            cut, roles = self.split_name(tokens, i, end - 1)
            return (end if cut >= end - 1 else cut), roles
        if end - i == 1:  # one word: a name, or a role alone ("Minister")
            word = bare(tokens[i].text)
            return (end, {word}) if word in words.roles and word not in words.bodies else (i, set())
        start = i
        openers = words.openers
        while start < end and tokens[start].lower in openers and not _initial(words, tokens, start):
            start += 1
        if closing.text.isdigit():
            return start, set()  # "UAW Local 1472": a body's name with its number, no title
        cut = start + 1 if end - start > 2 and _title_like(words, tokens, i, start, end) else start
        titles, role_acronyms = words.titles, words.role_acronyms
        surname_title = title_surname(words, tokens[start:end])  # "Finance Minister Nadia Sheikh": a surname last
        last_title = end - 1 if surname_title or _surname_role(words, tokens, start, end) else end
        for k in range(start + _given_name(words, tokens, start, end), last_title):  # "Dean Varga"
            token = tokens[k]
            word = bare(token.text)
            if (word in titles and not _designator(words, token) and (word in words.roles or _person_after(tokens, k + 1, end))) or ("-" in word and _compound_title(words, word)) or (token.text.isupper() and token.lower in role_acronyms) or (tokens[k - 1].lower == "in" and title_in(words, tokens, k - 1)):
                cut = k + 1  # "Energy CS Ann Lee": a title's acronym too
        plural = tokens[start].lower  # a title shared by a list of names: "Governors Amy Hart of Ohio, …"
        if cut == start and end - start > 2 and plural.endswith("s") and plural[:-1] in words.roles and not _preposition_inside(words, tokens, start + 1, end):
            cut = start + 1  # not "Doctors Without Borders"
        cut = _name_after_place(words, tokens, start, end) if cut == start and end - start > 3 else _body_named(words, tokens, start, cut, end)
        last = bare(tokens[end - 1].text)
        if cut >= end:
            cut = end if last in words.roles and last not in words.bodies and not surname_title else start
        elif tokens[cut].lower in NAME_PARTICLES or tokens[cut].lower == "of" or _place_alone(tokens, cut, end):
            cut = start  # "Social Justice Ireland": no judge named Ireland
        while cut < end and tokens[cut].text == ".":
            cut += 1  # the full stop of a title: "Dr. Anna Reyes"
        roles = {bare(t.text) for t in tokens[start:cut]}
        return (end if cut < end and _shares_a_title(words, tokens, cut, end) else cut), roles  # "Trade and Industry Minister X"

    def _register(self, view: PassageView, i: int, end: int) -> Entity | None:
        tokens, words = view.tokens, self.words
        texts, lowers = view.columns.texts, view.columns.lowers  # read by index: faster than a token's fields
        at = view.offset + tokens[i].start
        if _names_no_one(words, tokens, lowers, i, end):
            self.runs[at] = (end - i, 0)
            return  # no name to resolve
        cut, roles = self.split_name(tokens, i, end)
        if roles and not words.title_roles.keys().isdisjoint(roles):
            roles |= {words.title_roles[title] for title in roles if title in words.title_roles}  # "Gov.": the governor
        post = i
        if end - i > 2 and i > 1 and (lowers[i - 1] in _POST_JOINERS or (lowers[i - 1] == "and" and cut <= i + 1)) and cut < end:
            post, cut = _portfolio(words, tokens, i, end, cut, roles)  # "Minister of State for Environment Joseph Okello"
        self.runs[at] = (end - i, cut - i)
        if cut >= end:
            return
        k = _title_start(words, tokens, post, roles) if i else -1
        before = lowers[i - 1] if i else ""
        comma_after = end < len(tokens) and texts[end] == ","
        apposed = False
        if ((i >= 2 and before == ",") or comma_after) and (
            i == 0 or (before not in words.prepositions and before not in ("and", "or")) or _closing_apposition(words, tokens, end)
        ):
            apposition = _apposition(words, tokens, i, end)  # not "talks between Kyiv and Minsk, the head of X said"
            roles |= apposition | (self._counterparts_titles(at) if not words.counterpart_words.isdisjoint(apposition) else set())
            self.apposed_roles |= apposition
            apposed = bool(apposition)
        kin = _kin_apposed(words, tokens, i) if before == "," else ""
        if kin:
            roles.add(kin)
        position = view.offset + tokens[cut].start  # where the name proper starts in the article
        name, key = _printed_name(words, view, cut, end)
        shouted = name.isupper() and len(name) > 3  # "NEVADA COUNTY": a dateline; "NATO": a body
        kind = before if _body_word_before(words, tokens, i) else _kind_told(words, view, i, end, key)
        kind = kind or ((apposed_kind(words, tokens, end) or body_before(words, tokens, i)) if comma_after and not kin else "") or _trade_titled(words, roles, key)  # "Acme, the lender,"; "Canadian miner Lundin"
        tied = end - cut > 2 and _preposition_inside(words, tokens, cut + 1, end)  # "Doctors Without Borders"
        known = self.find(key, position, sure_title_gender(words, roles) if roles else None)
        # whether the name is a person's counts only for a new entity or a body of the same name (not a body's short form)
        person = (known is None or (not known.person and known.words == key and known.roles.isdisjoint(words.bodies))) and not shouted and not kind and not tied
        called = _call_sign_roles(words, lowers, i) if before in _CALL_SIGN_WORDS else set()
        roles |= called  # "The commander of a detachment, who uses the call sign Tuman": a commander named Tuman
        person = person and (bool(called) or _person_named(words, tokens, i, cut, end, key, roles, before, comma_after))
        person = person and not (self._person_end[0] == view.offset and _affiliation(words, lowers, self._person_end[1], i))
        entity = known or self._new_entity(name, key, person)
        entity.roles |= roles
        entity.another = entity.another or (apposed and _another_apposed(tokens, i, end))
        if kind:
            entity.roles.add(kind)  # "the charity" takes it up
        entity.place = entity.place or shouted or place_name(words, key) or (not _of_a_kind(words, kind, known) and _read_as_place(words, tokens, i, cut, end, comma_after, known))
        entity.person = (entity.person or person) and not (entity.place and (entity.roles.isdisjoint(words.roles) or _placed(words, key, known, tokens, i, end) or _region_after_town(tokens, i))) and not entity.owns
        if entity.person and cut == i and _attributive(words, tokens, before == "the" or _subtitle(tokens, i), end):
            return  # "the Tuungafasi red card", "the Deep Blue: Last Light soundtrack": a thing's name
        entity.mentions.append(position)
        if comma_after and (age := age_close(tokens, end, len(tokens))) > 0:
            entity.age = int(texts[age - 1])  # "Ann Lee, 52," and "Ann Lee, aged 52,"
        entity.inside = entity.inside or apposed or bool(kind) or tied  # "Ford, a nurse, said"; capitals show a name
        self._note_mention(entity, view, i, k + 1, cut, end)
        return entity

    def _counterparts_titles(self, position: int) -> set[str]:
        """The roles of the titled person named last before ``position``, which ``His Azerbaijani counterpart, X,``
        gives X (``the minister`` then takes up X, named last)."""
        titled = [e for e in self.entities if e.person and not self.words.roles.isdisjoint(e.roles) and e.last_before(position) >= 0]
        last = max(titled, key=lambda e: e.last_before(position), default=None)
        return set() if last is None else last.roles & self.words.roles

    def _new_entity(self, name: str, key: tuple[str, ...], person: bool) -> Entity:
        entity = Entity(name, key, set(), person)
        self._by_name[key] = entity
        if len(key) > 1 and person:
            self._by_surname.setdefault(key[-1], []).append(entity)
            for word in key[:-1]:
                if word not in NAME_PARTICLES:
                    self._by_part.setdefault(word, entity)
        for n in () if person else range(_shortest_form(self.words, key), len(key)):  # "Delmont Crest" of "… Holdings"
            self._by_name.setdefault(key[:n], entity)
        self.entities.append(entity)
        return entity

    def _note_mention(self, entity: Entity, view: PassageView, i: int, title: int, cut: int, end: int) -> None:
        """Record what a mention tells: the origins of its title (tokens ``title:cut``), whether it
        stands before a verb or inside a sentence."""
        tokens, words = view.tokens, self.words
        texts = view.columns.texts
        self._person_end = (view.offset, end) if entity.person else self._person_end
        if title < cut and entity.person:  # "Russian", "Kremlin" of "Russian President X", "Kremlin spokesman X"
            _note_title(words, entity, tokens[title:cut])
        if entity.person:
            self.printed_titles.update(dict.fromkeys(_printed_titles(words, tokens, i, title, cut), entity))
        n, lowers = len(tokens), view.columns.lowers
        after = _past_set_off(words, tokens, texts, i, end) if end < n and texts[end] in _SET_OFF else end
        after = _verb_at(words, lowers, i, after)
        before_verb = after < n and is_verb(words, lowers[after]) and not _plural_subject(tokens, i, end) and not _common_word_before_auxiliary(words, tokens, lowers, i, end, after)
        entity.inside = entity.inside or not _opens_sentence(tokens, i)
        entity.before_verb = entity.before_verb or before_verb
        entity.owns = entity.owns or (before_verb and not entity.roles and _owns_after(words, lowers, after))
        entity.person = entity.person and not entity.owns
        if before_verb:
            if end - i == 1 and not entity.person and not entity.place:  # "Rosa said she …": a person
                _given_name_speaking(words, entity, tokens, i, end)
            elif end - i == 1 and entity.person and len(entity.words) > 1:  # "Jahan said she …": her gender
                _surname_speaking(words, entity, tokens, i, end)
            self.verb_subjects.append(entity)
            self.verb_subjects_at.append(view.offset + tokens[i].start)
            self.verb_subjects_verb.append(texts[after])

    def find(self, key: tuple[str, ...], position: int | None = None, gender: str | None = None) -> Entity | None:
        """The entity named ``key`` (lower-case words), or the person whose surname (or name part) it is: of several,
        the one :func:`_surname_holder` picks before ``position`` (the first named, where none is given), of
        ``gender`` where a courtesy title tells it (``Ms Joyce`` is not ``Patrick Joyce``); a word of a name is one
        only after that name is first printed."""
        entity = self._by_name.get(key)
        if entity is not None and entity.person and len(key) > 1:
            return entity
        key, holders = _surname_holders(self._by_surname, key)  # "Naimi" also of "Ali al-Naimi"
        if holders and gender is not None:
            holders = [holder for holder in holders if self.gender(holder) in (None, gender)]
        full = _surname_holder(holders, key, position) if holders else None
        if full is not None:
            return full
        part = self._by_part.get(key[0]) if len(key) == 1 else None
        if part is not None and (position is None or (part.mentions and part.mentions[0] <= position)):
            return part  # a word of a person's name named before: not "Ashanti" of "Ashanti Express", named later
        return entity

    def by_word(self, word: str, position: int) -> Entity | None:
        """The body with ``word`` in its name (``the university`` for ``University of Leeds``) or roles (not a place's),
        mentioned last before ``position``; never the word alone, capitalized as a sentence's first (``Company said``)."""
        best, best_at = None, -1
        for entity in self.entities:
            at = entity.last_before(position)
            named = word in entity.words and (entity.words != (word,) or entity.name.lower() != word) or (word in entity.roles and not place_name(self.words, entity.words))
            if not entity.person and named and at > best_at and not entity.common_plural:
                best, best_at = entity, at
        return best

    def gender(self, entity: Entity) -> str | None:
        """``"he"`` or ``"she"`` for a person: from a pronoun already read, a title, the first name or surname."""
        if entity.gender is None and entity.person:
            entity.gender, entity.gender_sure = guess_gender(self.words, entity.words, entity.roles)
        return entity.gender

    def last_person(self, position: int, gender: str | None, other_than: Entity | None) -> Entity | None:
        """The person of ``gender`` (``None``: not known) mentioned last before ``position``, not ``other_than``."""
        best, best_at = None, -1
        for entity in self.entities:
            if entity.person and entity is not other_than and self.gender(entity) == gender:
                at = entity.last_before(position)
                if at > best_at:
                    best, best_at = entity, at
        return best

    def next_person(self, position: int) -> Entity | None:
        """The person first mentioned at or after ``position``."""
        best, best_at = None, None
        for entity in self.entities:
            k = bisect.bisect_left(entity.mentions, position) if entity.person else len(entity.mentions)
            if k < len(entity.mentions) and (best_at is None or entity.mentions[k] < best_at):
                best, best_at = entity, entity.mentions[k]
        return best

    def by_title(self, title: str, position: int) -> Entity | None:
        """The person whose printed name opens with ``title``, a title missing from the role list (``Treasurer``)."""
        best, best_at = None, -1
        for entity in self.entities:
            if entity.person and len(entity.words) > 2 and entity.words[0] == title:
                at = entity.last_before(position)
                if at > best_at:
                    best, best_at = entity, at
        return best

    def by_role(self, role_words: Sequence[str], position: int, other_than: Entity | None = None) -> Entity | None:
        """The person with all of ``role_words`` among its titles, mentioned last before ``position``, other than
        ``other_than`` (with it, only one mentioned before ``position``)."""
        wanted = set(role_words)
        best, best_at = None, -2 if other_than is None else -1
        for entity in self.entities:
            if entity.person and wanted <= entity.roles and entity is not other_than:
                at = entity.last_before(position)
                if at > best_at or best is None:
                    best, best_at = entity, at
        return best


#: The words right before a name used in place of one's own: ``call sign Tuman``, ``callsign Veter``, ``codenamed Grom``.
_CALL_SIGN_WORDS = frozenset(["sign", "callsign", "codename", "codenamed", "alias"])
#: How many tokens before the call sign the role of the person who uses it is looked for.
_CALL_SIGN_REACH = 12


def _call_sign_roles(words: Words, lowers: Sequence[str], i: int) -> set[str]:
    """The role of the person a call sign before token ``i`` names: the last word of the ``roles`` list in the
    description before it, in the same sentence (``The commander of an assault detachment, who uses the call sign
    Tuman``: ``commander``); none where ``sign`` is not of ``call sign``, or no role is printed."""
    k = i - 1
    if lowers[k] == "sign" and (k == 0 or lowers[k - 1] != "call"):
        return set()
    for j in range(k - 1, max(-1, k - _CALL_SIGN_REACH), -1):
        if lowers[j] in _SENTENCE_ENDS:
            break
        if lowers[j] in words.roles:
            return {lowers[j]}
    return set()


def _affiliation(words: Words, lowers: Sequence[str], name_end: int, i: int) -> bool:
    """The name at token ``i`` is the body a person whose name ends at ``name_end`` belongs to: ``of`` right after
    the person, perhaps then a determiner and the body's kind (``Ann Lee of Castellan Moore``, ``Ann Lee of the law
    firm Hart Roe``)."""
    if name_end >= i or lowers[name_end] != "of":
        return False
    kind = lowers[i - 1]
    return i == name_end + 1 or (
        i - name_end <= KIND_WORDS and lowers[name_end + 1] in words.determiners and (kind in words.body_kinds or kind in words.bodies)
    )


#: The most words between a person's name and the body they belong to after it (``of the law firm``).
KIND_WORDS = 4


def sole_holder(people: People, role: str, position: int) -> Entity | None:
    """The one person ``people`` titles ``role``, first named after ``position``; ``None`` when none
    is or more than one person holds that title."""
    holders = [entity for entity in people.entities if entity.person and role in entity.roles]
    holders = holders if not any(entity.another for entity in holders) else []  # "X, another dealer,": a second one
    first = holders[0].mentions[0] if len(holders) == 1 and holders[0].mentions else -1
    return holders[0] if first > position else None


def _another_apposed(tokens: Sequence[Token], i: int, end: int) -> bool:
    """The title set off by commas beside the name at ``i:end`` opens with ``another`` (``Ibrahim Baba, another
    dealer,``, ``Another dealer, Ibrahim Baba,``): the name is a second holder, not one described before."""
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in _ANOTHER:
        return True
    k = i - 2
    while k >= 0 and tokens[k].is_word and tokens[k].lower not in _ANOTHER and k > i - 2 - _POST_TOKENS:
        k -= 1
    return k >= 0 and tokens[k].lower in _ANOTHER


def _surname_role(words: Words, tokens: Sequence[Token], start: int, end: int) -> bool:
    """A two-word name of a first name and a role word (``Patrick Miner``, ``Tom Driver``): the role closes no title,
    which stands before a name; it is the surname.  Not a rank that is a first name too (``Vice Mayor``)."""
    first = bare(tokens[start].text)
    return end - start == 2 and is_first_name(tokens[start].lower) and first not in words.roles and first not in words.rank_words


def _given_name(words: Words, tokens: Sequence[Token], k: int, end: int) -> int:
    """1 when the title at token ``k`` is a given name before one last word that is no given name (``Dean
    Varga``; not ``Dean Ann Roe``: the ``given_name_titles`` list), else 0."""
    return int(end - k == 2 and tokens[k].lower in words.given_name_titles and not is_first_name(tokens[k + 1].lower))


def _common_word_before_auxiliary(words: Words, tokens: Sequence[Token], lowers: Sequence[str], i: int, end: int, after: int) -> bool:
    """The one word at token ``i`` opens its sentence, is an ordinary English word (:mod:`.lexicon`) and an auxiliary
    follows it (``Attention is now turning …``, ``Demand has fallen``): a common noun fits there as well as a name, so
    the place tells no name (``Rose said`` and ``Moscow has denied`` still do)."""
    return (
        end - i == 1 and lowers[after] in words.auxiliaries and _opens_sentence(tokens, i)
        and is_ordinary_word(lowers[i]) and not is_place((lowers[i],))
    )


def is_verb(words: Words, low: str) -> bool:
    """``low`` (a word in lower case) is a verb after a name: a speech verb, an auxiliary, a past
    form (``Burton explained``)."""
    return low in words.name_verbs or (low.endswith("ed") and low.isalpha())


def _printed_name(words: Words, view: PassageView, cut: int, end: int) -> tuple[str, tuple[str, ...]]:
    """The name printed at tokens ``cut:end`` of ``view`` and its key: no possessive ending (but a name's own
    ``'s``, :func:`.words.name_in_s`), no nickname
    (``Winston “Bumpy” Clarke``), and a body's name run on over ``of`` or ``for`` and the capitalized words after
    it (``National Bank of Abu Dhabi``; the key stays ``national bank``)."""
    tokens = view.tokens
    first = tokens[cut]
    if end - cut == 1:  # one word, printed as its token: the usual name
        name = first.text
        key = (bare(name),) if first.is_word else name_key(tokens[cut:end])
    else:
        name = view.text[first.start : tokens[end - 1].end]
        key = name_key(tokens[cut:end])
    if name[-2:] in _POSSESSIVE_SET and not name_in_s(words, tokens, cut, end):
        name = name[:-2]
    if end - cut > 4 and ("“" in name or '"' in name or "‘" in name):  # "Winston “Bumpy” Clarke": no nickname
        return _without_nickname(tokens[cut:end])
    if key[-1] in words.bodies and end + 1 < len(tokens) and tokens[end].lower in _OF_FOR and not tokens[end - 1].text.endswith(POSSESSIVE_ENDS):
        last = _body_name_end(tokens, end)
        name = name if last is None else view.text[tokens[cut].start : tokens[last].end]
    return name, key


def _body_name_end(tokens: Sequence[Token], joiner: int) -> int | None:
    """The last token of a body's name run on past ``of`` or ``for`` at ``joiner``, within :data:`_BODY_NAME_TOKENS`:
    capitalized words, and links (``of``, ``for``, ``and``, ``the``) between them (``the Office for the Suppression of
    Corruption and Organised Crime``); ``None`` where no capitalized word follows."""
    last, k = None, joiner + 1
    stop = min(len(tokens), joiner + 1 + _BODY_NAME_TOKENS)
    while k < stop and not tokens[k].quoted and (
        (tokens[k].is_capitalized and tokens[k].is_word) or (tokens[k].lower in _BODY_LINKS and k + 1 < stop)
    ):
        last = k if tokens[k].is_capitalized else last
        k += 1
    return last


#: Lower-case words inside a body's name after ``of`` or ``for`` (``the Office for the Suppression of Corruption``),
#: and the particles of other languages (``the Monetary Board of the Bangko Sentral ng Pilipinas``).
_BODY_LINKS = frozenset(["of", "for", "and", "the", "&", *NAME_PARTICLES])


def _title_start(words: Words, tokens: Sequence[Token], i: int, roles: set[str]) -> int:
    """The token before the lower-case titles and capitalized modifiers just before token ``i``
    (``Kremlin spokesman``; a kind of body, ``carmaker Voltra``), which join ``roles``; none do after ``best`` (``the best supporting actress
    Oscar``: an award), nor a role or a kind of body owning the run (``the Governor's Mansion``, ``the company's
    Okoroba trunk line``)."""
    k, held = i - 1, set(roles)
    joined: tuple[int, set[str]] | None = None  # the "and" joining two titles, and the roles read up to it
    while k >= 0:
        token = tokens[k]
        if token.text == ")" and (mark := retired_mark_before(tokens, k)) > 0:
            k = mark - 1  # "Rear Admiral (retd) Ann Lee": read on to the rank
            continue
        if not token.is_word or token.quoted:
            break
        word = bare(token.text)
        if k == i - 1 and (word in words.roles or word in words.body_kinds) and token.text.endswith(POSSESSIVE_ENDS):
            break  # "the President's Address", "the company's Okoroba line": a thing the role or body holds
        kind = word in words.body_kinds and not token.is_capitalized  # "Athletic-wear maker Adidas": a company
        kin = (word in words.male or word in words.female) and _owned_by_pronoun(tokens, k)  # "with her husband Colm"
        rank = word in words.rank_words and (word not in words.prepositions or bare(tokens[k + 1].text) in words.roles)  # not "under new Fed chair X"
        if word in words.roles or rank or (token.is_capitalized and word not in words.openers) or kind or kin:
            roles.add(word)
            k -= 1
        elif k > 0 and roles != held and token.text.isalpha() and word not in words.function_words and _ranks_or_titles(words, tokens[k - 1]):
            roles.add(word)
            k -= 1  # "former federal minister X", "chief financial officer X": read on to the rank or title over one word
        elif word == "the" and k >= 2 and tokens[k - 1].lower == "to" and bare(tokens[k - 2].text) in words.roles:
            k -= 2  # "Ambassador to the US Aleksandr Darchiev": read on to "Ambassador"
        elif word == "of" and 1 <= k and tokens[k - 1].is_capitalized and tokens[k + 1].is_capitalized and not words.roles.isdisjoint(roles):
            k -= 1  # "Reserve Bank of India Governor Shaktikanta Das": read on to "Reserve" (a title, not "Ministry of X")
        elif word == "and" and k > 0 and _portfolio_and(words, tokens, k) and not words.roles.isdisjoint(roles):
            k -= 1  # "Science and Technology Minister X", "Trade and Industry Secretary X": one portfolio
        elif joined is None and word == "and" and k > 0 and _title_word(words, tokens[k - 1]) and not words.roles.isdisjoint(roles):
            joined = (k, set(roles))  # "Deputy Prime Minister and Finance Minister X": both titles are X's
            k -= 1
        else:
            break
    if joined is not None and (k < 0 or tokens[k].lower in words.determiners or k == joined[0] - 1):
        k, roles_then = joined  # "the Prime Minister and Finance Minister X": two people, maybe
        roles.intersection_update(roles_then)
    if 0 <= k < i - 1 and "best" in (tokens[k].lower, tokens[k - 1].lower if k > 0 and not tokens[k].is_capitalized else ""):
        roles &= held
    return k


def _ranks_or_titles(words: Words, token: Token) -> bool:
    """``token`` is a rank (``former``) or a role (``chief``) that a title may open before one more word and its role."""
    word = bare(token.text)
    return word in words.rank_words or word in words.roles


def _portfolio_and(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """The ``and`` at token ``k`` joins two capitalized words of one portfolio in a title before a name (``Science
    and Technology Minister``): the word before it an ordinary word, neither a role nor a first name nor after one
    (not ``Ann Rose and Health Minister X``, two people)."""
    before, after = tokens[k - 1], tokens[k + 1]
    if not (before.is_capitalized and after.is_capitalized and before.is_word) or before.quoted:
        return False
    word = before.lower
    if word in words.roles or not is_ordinary_word(word) or is_first_name(word):
        return False
    return k < 2 or not is_first_name(tokens[k - 2].lower)


def _title_word(words: Words, token: Token) -> bool:
    """``token`` is a title word (``Minister``, ``President``, ``CEO``, ``chairman``), which may end a title joined by ``and``
    (``NCL chairman and managing director Arvind Mohapatra``)."""
    return not token.quoted and bare(token.text) in words.roles


def _note_title(words: Words, person: Entity, title: Sequence[Token]) -> None:
    """Note what a person's title tells: where the person belongs, its capitalized words that are no title
    words (``Kremlin``) nor a rank's (``Former``), and the acronyms it may be printed as (``rbi``, see :func:`_acronyms`)."""
    told = (bare(t.text) for t in title if t.is_capitalized)
    person.origins.update(w for w in told if w not in words.titles and w not in words.openers and w not in words.rank_words)
    person.roles.update(_acronyms(words, title))


def _acronyms(words: Words, title: Sequence[Token]) -> Iterable[str]:
    """The acronyms the capitalized words of a title opening with a body's name may be printed as: the
    initials of its first two, three, … words that are no role (``rb``, ``rbi`` of ``Reserve Bank of India
    Governor``), so that ``the RBI chief`` is that governor; never a word that tells a gender (``mr`` of ``Mineral
    Resources Minister``, which made a woman ``he``)."""
    initials = "".join(t.lower[0] for t in title if t.is_capitalized and t.text.isalpha() and bare(t.text) not in words.roles)
    spelled = (initials[:n] for n in range(2, len(initials) + 1))
    return (acronym for acronym in spelled if acronym not in words.male and acronym not in words.female)


def _names_no_one(words: Words, tokens: Sequence[Token], lowers: Sequence[str], i: int, end: int) -> bool:
    """The run of capitals ``i:end`` names no one: a word of table ``never_names`` alone (``He``, ``While``), a
    participle set off (``Undeterred, …``), a US legislator's party label and home town (``, R-Moses Lake,``), or the
    rest of a body's name after ``of`` or ``for`` (``Fair Expenses`` of ``Campaign for Fair Expenses``)."""
    if end - i == 1 and (bare(tokens[i].text) in words.never_names or (lowers[i].endswith("ed") and _set_off_participle(tokens, i))):
        return True
    if i == 0 or lowers[i - 1] not in _RUN_ON:
        return False  # most runs: no mark or link before them
    if lowers[i - 1] == ",":
        text = tokens[i].text
        return text[1:2] == "-" and PARTY_LABEL.fullmatch(text) is not None
    return _ends_body_name(words, tokens, lowers, i, end)


def _ends_body_name(words: Words, tokens: Sequence[Token], lowers: Sequence[str], i: int, end: int) -> bool:
    """The run ``i:end`` ends a body's name after ``of`` or ``for`` (``Fair Expenses`` of ``Campaign for Fair
    Expenses``, ``the Suppression of …`` of ``Office for the Suppression of …``); not where it holds a title, whose
    holder follows (``Bank of Harbour Governor Ann Lee``)."""
    k = i - 1 - (i > 0 and lowers[i - 1] == "the")
    if k < 1 or lowers[k] not in _OF_FOR or not tokens[k - 1].is_capitalized or bare(tokens[k - 1].text) not in words.bodies:
        return False
    return not any(part in words.roles for low in lowers[i:end] for part in low.split("-"))  # "Director-General"


def _printed_titles(words: Words, tokens: Sequence[Token], i: int, title: int, cut: int) -> list[str]:
    """The titles printed with a person's name at tokens ``cut`` on, its title opening at ``title``, that ``the``
    and the title takes up: a lower-case title after its owner (``Christie's auctioneer X``: ``auctioneer``), an
    acronym alone (``MEC Sizwe Mgijima``: ``mec``) or in brackets (``Station House Officer (SHO) X``: ``sho``)."""
    found = [tokens[i - 1].lower] if cut == i and i >= 2 and _owned_title(words, tokens, i) else []
    if cut == title + 1 and _acronym_title(tokens[title]):
        found.append(tokens[title].lower)
    if cut == i and i >= 4 and (acronym := _title_acronym(tokens, i)):
        found.append(acronym)
    return found


def _acronym_title(token: Token) -> bool:
    """``token``, a person's whole title, is an acronym in capitals (``MEC Sizwe Mgijima``, ``DCP Ravi Kumar``)."""
    return 2 <= len(token.text) <= _MAX_ACRONYM_TITLE and token.text.isalpha() and token.text.isupper()


def _owned_title(words: Words, tokens: Sequence[Token], i: int) -> bool:
    """A lower-case word right before the name at ``i``, after its owner, a possessive or a capitalized word,
    is the person's title: ``Christie's auctioneer Jussi Pylkkanen``, ``Harbour Trust archivist Tom Vale``."""
    title, owner = tokens[i - 1], tokens[i - 2]
    word = title.lower
    if not title.text.isalpha() or title.is_capitalized or word in words.function_words or word in words.name_verbs:
        return False
    return owner.text.endswith(POSSESSIVE_ENDS) or (owner.is_capitalized and bare(owner.text) not in words.never_names)


def _owned_by_pronoun(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is owned by a possessive pronoun right before it: a kin word there (``with her husband Colm``,
    ``their son Tom``) is a title of the name after it."""
    return k > 0 and tokens[k - 1].lower in _KIN_OWNERS


def _portfolio(words: Words, tokens: Sequence[Token], i: int, end: int, cut: int, roles: set[str]) -> tuple[int, int]:
    """The start of a post named with its portfolio before the run ``i:end`` (``Minister of State for``) and
    where the name starts after the portfolio, the post's capitalized words joining ``roles``; else ``i``
    and the ``cut`` found."""
    post = _post_start(words, tokens, i)
    if post < 0:
        return i, cut
    cut = _name_after_portfolio(tokens, i, end) if cut == i else cut
    roles |= {bare(t.text) for t in tokens[post:cut] if t.is_capitalized}
    return post, cut


def _post_start(words: Words, tokens: Sequence[Token], i: int) -> int:
    """The capitalized role, right before ``of`` or ``for``, opening a post named with its portfolio right
    before token ``i`` (``Minister of State for``, ``Secretary for``, ``Speaker of the``, ``Minister of Trade and``), else -1; not a
    lower-case one (``a spokesman for``) nor a title of a name (``Governor Ann Lee of``)."""
    start = -1
    for k in range(i - 1, max(-1, i - 1 - _POST_TOKENS), -1):
        token = tokens[k]
        if token.lower in _PORTFOLIO_JOINERS and not token.is_capitalized:
            continue
        if not token.is_capitalized or token.quoted or not token.is_word:
            break
        if bare(token.text) in words.roles and tokens[k + 1].lower in _OF_FOR:
            start = k
    return start


def _name_after_portfolio(tokens: Sequence[Token], i: int, end: int) -> int:
    """Where the name starts in the run ``i:end`` (three words or more) of a portfolio and a name: after the
    portfolio's first word, at the first given name that is no ordinary word (``Northern Ireland Hilary Benn``),
    else at the first word that is none (``Water Benson Kiprotich Langat``), else at the last two words."""
    lows = [t.lower for t in tokens[i + 1 : end - 1]]
    given = next((k for k, low in enumerate(lows) if is_first_name(low) and not is_ordinary_word(low)), None)
    rare = next((k for k, low in enumerate(lows) if not is_ordinary_word(low)), None) if given is None else given
    return end - 2 if rare is None else i + 1 + rare


def _given_name_speaking(words: Words, entity: Entity, tokens: Sequence[Token], i: int, end: int) -> None:
    """Make ``entity``, printed as the one word at token ``i``, a person of the pronoun's gender when it is a
    given name (no ordinary word) that is the subject of a speech verb reporting what that person does
    (``Rosa said she sends money home``, ``Liam told us that he …``); the pronoun must fit the name's sex
    where the gazetteer knows it.  A country or body is reported with ``it`` (``Jordan said it``): no person."""
    told = _told_pronoun(words, tokens, i, end)
    if told is not None and entity.roles.isdisjoint(words.bodies):  # not "the charity Maria"
        entity.person = True
        if entity.gender is None:
            entity.gender, entity.gender_sure = told, True


def _surname_speaking(words: Words, entity: Entity, tokens: Sequence[Token], i: int, end: int) -> None:
    """Give the person ``entity``, printed by the surname at token ``i``, the gender of the pronoun of the
    speech verb it is the subject of (``Jahan said she had …``): the text's word over the first-name
    gazetteer's guess, though not over a title or kin word (``Mr``, ``his wife``)."""
    told = _pronoun_told(words, tokens, i, end) if bare(tokens[i].text) == entity.words[-1] else None
    if told is not None and entity.roles.isdisjoint(words.male) and entity.roles.isdisjoint(words.female):
        entity.gender, entity.gender_sure = told, True


def _pronoun_told(words: Words, tokens: Sequence[Token], i: int, end: int) -> str | None:
    """``he`` or ``she`` after the speech verb at token ``end`` that the word at token ``i`` is the subject of
    (``Rosa said she …``, ``Jahan told us that she …``), else ``None``."""
    if end + 2 >= len(tokens) or tokens[end].lower not in words.speech_verbs or tokens[end].lower.endswith("ing"):
        return None
    if i > 0 and tokens[i - 1].lower in words.determiners:
        return None
    k = end + 1
    while k < min(len(tokens) - 1, end + 3) and (tokens[k].lower == "that" or tokens[k].lower in _OBJECTS):
        k += 1
    pronoun = tokens[k].lower
    return pronoun if pronoun in ("he", "she") and tokens[i].is_capitalized else None


def _told_pronoun(words: Words, tokens: Sequence[Token], i: int, end: int) -> str | None:
    """``he`` or ``she`` after the speech verb at token ``end`` that the given name at token ``i`` is the subject of."""
    pronoun = _pronoun_told(words, tokens, i, end)
    if pronoun is None:
        return None
    low = bare(tokens[i].text)
    if not is_first_name(low) or is_ordinary_word(low) or low in words.bodies:
        return None
    gender = first_name_gender(low)
    return pronoun if gender in (None, pronoun) else None


def _acronym_of(people: People, body: Entity, view: PassageView, start: int, end: int, body_end: int) -> bool:
    """Make the acronym in brackets at token ``start`` right after ``body``'s name (ending at ``body_end``) a short
    form of it: ``The Enforcement Directorate (ED)``, so ``the ED said`` later is the directorate."""
    tokens = view.tokens
    text = tokens[start].text
    if body.person or end - start != 1 or start != body_end + 1 or tokens[body_end].text != "(" or end >= len(tokens) or tokens[end].text != ")":
        return False
    if not (2 <= len(text) <= _ACRONYM_LETTERS and text.isupper() and text.isalpha()) or people.find((text.lower(),)) is not None:
        return False
    if _tail_of_longer_name(tokens, body_end - len(body.words), len(text), sum(w not in ('and', 'of') for w in body.words)):
        return False  # "the Ministry of Trade and Industry (MTI)": short for the whole name, not "Industry"
    people._by_name[(text.lower(),)] = body  # a short form, as People._new_entity records a body's
    body.mentions.append(view.offset + tokens[start].start)
    return True


def _tail_of_longer_name(tokens: Sequence[Token], start: int, letters: int, name_words: int) -> bool:
    """The name starting at token ``start`` ends a longer one after ``of`` or ``and``, perhaps and ``the`` (``Trade and
    Industry``, ``Corp. of the Philippines``), whose acronym of ``letters`` letters, more than the name has words,
    spells the whole."""
    if start > 0 and tokens[start - 1].lower == "the":
        start -= 1
    return letters > name_words and start > 0 and tokens[start - 1].lower in ("of", "and")


def _initials(words: Words, key: tuple[str, ...], first: str) -> bool:
    """``AR Rahman``, ``KV Rao``: two capitals printed as a person's initials before a name of one or two words that
    are no ordinary English words, bodies or places (not ``UN Women``, ``US Navy``, ``BBC Ukraine``)."""
    return (
        len(first) == 2 and first.isalpha() and first.lower() not in words.bloc_codes and len(key) in (2, 3)
        and not any(is_ordinary_word(word) or word in words.bodies for word in key[1:]) and not place_name(words, key)
    )


def _past_which(tokens: Sequence[Token], k: int) -> int:
    """Past a party label (``, D-N.M.,``, read before) and a clause with ``which`` or ``who`` set off by commas
    at token ``k`` (``Unison, which represents the staff, said``; ``Ann Lee, who watched the game, pointed``):
    the token after its closing comma, else ``k``."""
    if k + 1 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ("which", "who"):
        return k
    for j in range(k + 2, min(len(tokens), k + _WHICH_TOKENS)):
        if tokens[j].quoted or tokens[j].text in ".;:":
            return k
        if tokens[j].text == ",":
            return j + 1
    return k


def _past_who(lowers: Sequence[str], i: int, after: int) -> int:
    """The token after ``who`` where it opens a relative clause right after the name at token ``i`` (``Sebastian
    Vettel who believes``, ``Ann Lee, who argues``): the person does that clause's verb; else ``after`` (most names:
    a word next).  Not after a name in a phrase of place (``Councillor Ann Lee of Ringvik, who``)."""
    n = len(lowers)
    at = after + 1 if after + 1 < n and lowers[after] == "," else after
    if at + 1 >= n or lowers[at] != "who" or (i > 0 and lowers[i - 1] in PLACE_TIES):
        return after
    return at + 1


def _past_set_off(words: Words, tokens: Sequence[Token], texts: Sequence[str], i: int, end: int) -> int:
    """The token after what is set off after the name at tokens ``i:end`` before its verb (``texts``: the
    tokens' texts): a label (``Sen. Ann Lee (R-LA)``), a party, a clause with ``which``, an age (``Ann Lee,
    46,``), a description (``Ann Lee, an analyst at Fenwick, said``) or the comma closing an apposition
    (``the commissioner, Ann Lee, warned``); else ``end``."""
    n = len(tokens)
    after = label_end(tokens, end, n) if texts[end] == "(" else end
    if after + 1 < n and texts[after] == ",":
        party = party_label_end(tokens, after, n)
        if after < party < n and texts[party - 1] == ",":
            party = max(party, _past_description(words, tokens, texts, party - 1))  # "Sen. Ann Lee, R-Boise, the panel's chair,"
        after = _past_which(tokens, party)
    if after < n and texts[after] == "," and (close := age_close(tokens, after, n)) > after:
        after = close + 1 if close + 1 >= n or (past := _past_description(words, tokens, texts, close)) == close else past
        # "Ann Lee, 46, said": past the age; "Ann Lee, 46, a nurse, said": past the description after it too
    elif after + 1 < n and texts[after] == ",":
        after = _past_description(words, tokens, texts, after)
    if after + 1 < n and texts[after] == "," and i > 0 and texts[i - 1] == ",":
        after += 1  # "the commissioner, Ann Lee, warned": the apposition's comma
    return after


def _past_description(words: Words, tokens: Sequence[Token], texts: Sequence[str], comma: int) -> int:
    """The verb after a description or a participle's clause that the ``comma`` after a name opens with an article,
    a title or a participle and another comma closes (``Ann Lee, an analyst at Fenwick, said``; ``Ann Lee, chief
    economist at Fenwick, warned``; ``Lee, speaking in Kyiv, said``; ``Lee, based in Leeds, said``; a nickname's
    marks after a naming verb: ``Lee, dubbed “the Professor”, said``); else ``comma``."""
    n = len(tokens)
    opener = tokens[comma + 1].lower
    participle = opener.endswith(("ing", "ed")) and opener.isalpha()
    if opener not in ARTICLES and opener not in words.roles and not participle:
        return comma
    named = opener in words.naming_verbs  # "Luca Ferraro, nicknamed “Il Professore” by punters, rode": the nickname's marks
    for k in range(comma + 2, min(n - 1, comma + 2 + _DESCRIPTION_TOKENS)):
        if texts[k] == ",":
            return k + 1 if is_verb(words, tokens[k + 1].lower) else comma
        if texts[k] in _DESCRIPTION_STOPS and not (named and tokens[k].mark):
            break
    return comma


def _which_after(tokens: Sequence[Token], end: int) -> bool:
    """``Hollow Creek, which lies downstream``: a name followed by ``, which`` or ``, where`` is a
    place or a thing, no person."""
    return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in ("which", "where")


def _second_role(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is ``and`` joining a second role to the one before it (``the co-founder and chief executive``)."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].lower != "and" or not tokens[k + 1].is_word:
        return False
    return bare(tokens[k + 1].text) in words.roles or (k + 2 < n and tokens[k + 1].text.islower() and bare(tokens[k + 2].text) in words.roles)


def _apposition(words: Words, tokens: Sequence[Token], i: int, end: int) -> set[str]:
    """Title words of ``the bloc’s top diplomat, NAME,``, ``the head of the service (KGB), NAME,``, ``A spokesman for
    the bloc, NAME,`` (or ``NAME.``
    closing the sentence: ``according to his lawyer, NAME.``) or ``NAME, an aide to …,``, maybe after an age
    (``NAME, 52, a nurse,``)."""
    roles: set[str] = set()
    end = aged if (aged := age_close(tokens, end, len(tokens))) > 0 else end  # "Ann Lee, 52, a nurse,": past the age
    if i >= 2 and tokens[i - 1].text == "," and (end == len(tokens) or tokens[end].text in (",", ".")):
        label = label_start(tokens, i - 1, 0)  # "the head of the security service (KGB), NAME,"
        k = label - 1
        acronym = [bare(t.text) for t in tokens[label : i - 1] if t.is_word]
        phrase: list[str] = []  # read backwards: "service", "security", …
        while k >= 0 and tokens[k].is_word and (
            tokens[k].lower not in words.clause_words or (tokens[k].lower == "and" and 0 < k < len(tokens) - 1 and _portfolio_and(words, tokens, k))
        ):  # "The Minister of Health and Social Welfare, NAME,": the post's fields joined by "and"
            phrase.append(bare(tokens[k].text))
            k -= 1
        if proxy_of_role(words, tokens, Mention(k + 1, label)):  # "A spokesperson for the environment minister, NAME,"
            order = phrase[::-1]
            phrase = order[(1 if order[0] in words.determiners else 0) + 2 :][::-1]  # the minister's titles, no proxy's
        head = phrase[phrase.index("of") + 1] if "of" in phrase[:-1] else phrase[0] if phrase else ""
        if head not in words.roles:  # the role before a preposition: "spokesman" of "A spokesman for the bloc"
            tied = (phrase[n + 1] for n in range(len(phrase) - 2, -1, -1) if phrase[n] in words.prepositions)
            head = next((word for word in tied if word in words.roles or word in words.counterpart_words), head)
        definite = _definite_role(words, tokens, _the_before(tokens, i - 1), i - 1)  # "the town clerk, NAME,"
        roles.update([definite] if definite else [])
        if head in words.roles or head in words.counterpart_words or _kin_opening(words, head, tokens, k) or definite:  # "top diplomat", "Her husband,"
            roles.update(w for w in phrase + acronym if w not in words.determiners and w not in words.prepositions)
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in words.determiners:
        k = end + 2
        apposed: set[str] = set()
        while k < len(tokens) and tokens[k].is_word and tokens[k].lower not in words.prepositions:
            if is_verb(words, tokens[k].lower) or tokens[k].lower in words.irregular_past:
                break  # "In a statement to the ASX, the company said …": a clause's subject, no apposition
            word = bare(tokens[k].text)
            apposed.add(word)
            k += 1
            if word in words.roles and not (k < len(tokens) and bare(tokens[k].text) in words.roles):
                if not _second_role(words, tokens, k):
                    break  # the role's last word: "a spokesman"; "the chief executive" reads on to "executive"
                k += 1  # "the co-founder and chief executive": both roles
        after = label_end(tokens, k, len(tokens))  # "Ann Lee, the European Central Bank (ECB) will …": a subject, past its label
        if after >= len(tokens) or not (is_verb(words, tokens[after].lower) or tokens[after].lower in words.irregular_past):
            # not "With Radio Zeta, the minister said", "Instead, the judge found, …"
            roles |= apposed
            roles.update([definite] if (definite := _definite_role(words, tokens, end + 1, k)) else [])  # "NAME, the town clerk,"
    elif end + 2 < len(tokens) and tokens[end].text == ",":
        roles |= _role_of_body(words, tokens, end + 1)  # "NAME, president of the network agency,"
    return roles


def _closing_apposition(words: Words, tokens: Sequence[Token], end: int) -> bool:
    """An apposition after the name ending at token ``end`` closes its sentence with no verb (``unveiled by Ann Lee, the
    minister of fisheries.``, ``a paper by Ann Lee, vice-chancellor of Harbour University (HU).``): it describes the
    name, even one a preposition governs; not ``talks between Kyiv and Minsk, the head of X said``."""
    if end + 3 >= len(tokens) or tokens[end].text != "," or not (tokens[end + 1].lower in words.determiners or _bare_role(words, tokens[end + 1])):
        return False
    for k in range(end + 2, min(len(tokens), end + 2 + _DESCRIPTION_TOKENS)):
        token = tokens[k]
        if token.text == ".":
            return k == len(tokens) - 1 or not tokens[k + 1].is_word or tokens[k + 1].is_capitalized
        if token.text == "," and k + 1 < len(tokens) and tokens[k + 1].text.islower():
            continue  # "the minister of agriculture, aquaculture and fisheries."
        if token.text in "'’" or (token.text in "()" and _bracketed_acronym(tokens, k)):
            continue  # "vice-chancellor of King's College London (KCL).", "president of the Students' Union."
        if not token.is_word or token.quoted or is_verb(words, token.lower) or token.lower in words.irregular_past:
            return False
    return False


def _bare_role(words: Words, token: Token) -> bool:
    """``token`` is a role in lower case opening an apposition with no article: ``…, vice-chancellor of X.``"""
    return token.text.islower() and token.lower in words.roles


def _bracketed_acronym(tokens: Sequence[Token], k: int) -> bool:
    """The bracket at token ``k`` opens or closes an acronym alone in brackets: ``(KCL)``."""
    if tokens[k].text == "(":
        return k + 2 < len(tokens) and tokens[k + 1].text.isupper() and tokens[k + 2].text == ")"
    return k >= 2 and tokens[k - 2].text == "(" and tokens[k - 1].text.isupper()


def _role_of_body(words: Words, tokens: Sequence[Token], k: int) -> set[str]:
    """The titles of ``NAME, president of the federal network agency,`` (the apposition opening at token ``k``): a
    role of one to three words in lower case before ``of``, ``at`` or ``for``, as ``the president``, with the words in
    lower case of what it heads, so that ``the president`` and ``the agency's president`` take the person up."""
    j = k
    while j < min(len(tokens), k + _ROLE_WORDS) and tokens[j].is_word and tokens[j].text.islower() and tokens[j].lower not in words.function_words:
        j += 1
    if j == k or j >= len(tokens) or tokens[j].lower not in _ROLE_TIES or (role := bare(tokens[j - 1].text)) not in words.roles:
        return set()
    held = {bare(t.text) for t in tokens[k:j]} | {f"the {role}"}
    for j in range(j + 1, min(len(tokens), j + _DESCRIPTION_TOKENS)):
        token = tokens[j]
        if not token.is_word and not (token.text in "'’" or (token.text in "()" and _bracketed_acronym(tokens, j))):
            return held if token.text in ",." else set()  # past a possessive's mark and an acronym: "Students' Union (HSU)"
        if token.text.islower() and token.lower not in words.function_words:
            held.add(bare(token.text))
    return set()


def _titled_office(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` is a capitalized body word after a title's possessive: one body's name (``Prosecutor General’s
    Office``, ``Attorney General's Department``), not an owner and a thing owned (``Acme’s Board``)."""
    if j >= len(tokens) or not tokens[j].is_capitalized or bare(tokens[j].text) not in words.bodies:
        return False
    return bare(tokens[j - 1].text) in words.roles


def _placed(words: Words, key: tuple[str, ...], known: Entity | None, tokens: Sequence[Token], i: int, end: int) -> bool:
    """The name ``key`` at tokens ``i:end``, read as a place, is one whatever roles are set beside it: a country or city
    (:func:`_country`), or one word set off by commas right after a body's name (:func:`sits_after_body`)."""
    return _country(key, known) or sits_after_body(words, tokens, i, end)


def sits_after_body(words: Words, tokens: Sequence[Token], i: int, end: int) -> bool:
    """One capitalised word set off by commas right after a name ending in a word of the ``seated_bodies`` list is where
    the body sits: ``A nurse at the National Hospital, Abuja, who asked not to be named, said``."""
    return end - i == 1 and i >= 2 and end < len(tokens) and tokens[i - 1].text == "," and tokens[end].text == "," and (
        tokens[i - 2].is_capitalized and tokens[i - 2].lower in words.seated_bodies
    )


def _country(key: tuple[str, ...], known: Entity | None) -> bool:
    """``key`` is one word naming a country or city of the gazetteers, not a known person's surname: a role set
    beside it describes the place (``Serbia, a candidate for EU membership,``), no person."""
    return len(key) == 1 and is_place(key) and (known is None or len(known.words) == 1)


def _person_named(
    words: Words, tokens: Sequence[Token], i: int, cut: int, end: int, key: tuple[str, ...], roles: set[str], before: str,
    comma_after: bool,
) -> bool:
    """The name ``key`` at tokens ``cut:end`` of the run opening at ``i`` may be a person's: two words or more
    (after no ``the``, ``the Chinese embassy``, no acronym first, ``BBC Ukraine``, no plural group, no firm's
    name, :func:`_firm_like`), titles of a person or an age after it; no body word (``the charity Clearwell Aid``),
    nationality, law, body joined by ``and`` nor place opening it or closing it after no first name (``Social Justice
    Ireland``, ``Oxfam Ireland``; ``Jill Ireland`` is a person), no number nor plural of initials closing it
    (``Bitcoin ATMs``), nor initials after no first name (``a Bitcoin ATM``), no plural of a role closing it
    after no first name, though a title opens it (``Lady Troopers``); ``before`` is the word before the run in lower
    case."""
    first, last = tokens[cut].text, tokens[end - 1].text
    if last.isdigit() or (len(last) > 2 and last[-1] == "s" and last[:-1].isupper()):
        return False  # "Nocturne 88", "Local 1472", "Bitcoin ATMs": a number, a plural of initials; no person's
    if len(last) > 1 and last.isupper() and not is_first_name(key[0]) and not first.isupper():
        return False  # "a Bitcoin ATM": initials after no first name name a thing ("Tom Roe MP" is a person)
    acronym = len(first) > 1 and first.isupper() and not _initials(words, key, first)
    named = len(key) > 1 and tokens[i].lower != "the" and before != "the" and not acronym and not plural_group(key)
    named = named and not _firm_like(words, key)
    if plural_group(key) and key[-1][:-1] in words.roles:
        return False  # "the Lady Troopers": a title before a plural of a role names a group, never a woman
    return (
        words.bodies.isdisjoint(key) and (named or _of_a_person(words, roles) or (comma_after and age_close(tokens, end, len(tokens)) >= 0))
        and not _no_name(words, key, tokens, cut) and not _names_a_document(words, tokens, end - 1)
        and not (_joined_to_body(words, tokens, end) and not is_first_name(key[0])) and not opens_with_place(key)
        and not _owns_title(words, tokens, end) and not _ends_with_place(key) and not _masthead(words, key)
    )


def _region_after_town(tokens: Sequence[Token], i: int) -> bool:
    """The place opening at token ``i`` follows a capitalized town and a comma: its region, whatever titles the
    description before the town gives (``The mayor of Mamaroneck, New York, said``)."""
    return i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].is_capitalized


def _masthead(words: Words, key: tuple[str, ...]) -> bool:
    """The name ``key`` ends in a newspaper's last word (table ``masthead_words``) and is no first name and surname:
    ``Des Moines Register``, ``Sioux City Journal``; ``Emily Post`` and ``Heath Ledger`` are people."""
    return len(key) > 1 and key[-1] in words.masthead_words and not (len(key) == 2 and is_first_name(key[0]))


def _kind_told(words: Words, view: PassageView, i: int, end: int, key: tuple[str, ...]) -> str:
    """The kind of body the words around the name ``key`` at tokens ``i:end`` tell: a company that is traded
    (:func:`_traded_company`) or the head of a description set off before it (:func:`.bodies.kind_set_before`)."""
    lowers = view.columns.lowers
    before, two_back = (lowers[i - 1] if i else ""), (lowers[i - 2] if i > 1 else "")
    if before != "," and two_back != "," and two_back not in words.traded_nouns and lowers[end : end + 1] != ["("]:
        return ""  # most names: no cue of a kind around them
    return _traded_company(words, view, i, end, key) or kind_set_before(words, view.tokens, i)


def _trade_titled(words: Words, roles: set[str], key: tuple[str, ...]) -> str:
    """``company`` where a word of table ``trades`` that also names a worker (``miner``) titles a one-word name that is
    no given name: ``Canadian miner Lundin``, ``global miner BHP``; ``coal miner Dave Jenkins`` is a person."""
    return "company" if len(key) == 1 and not is_first_name(key[0]) and not words.trades.keys().isdisjoint(roles) else ""


def _traded_company(words: Words, view: PassageView, i: int, end: int, key: tuple[str, ...]) -> str:
    """``company`` where the name ``key`` at tokens ``i:end`` is traded: it owns what is traded (table
    ``traded_nouns``: ``shares of Starlite Cinemas``, ``shares in Acme``; not a place: ``shares in Asia``) or its
    ticker follows it in brackets (``Kessler Dynamics (KSD.N)``, ``Acme (NYSE: ACM)``); else ``""``."""
    lowers, tokens = view.columns.lowers, view.tokens
    traded = i >= 2 and lowers[i - 1] in _TRADED_TIES and lowers[i - 2] in words.traded_nouns and not place_name(words, key)
    ticker = end < len(tokens) and tokens[end].text == "(" and _TICKER.match(view.text, tokens[end].start) is not None
    return "company" if traded or ticker else ""


def _body_word_before(words: Words, tokens: Sequence[Token], i: int) -> bool:
    """A body word follows a determiner right before the name at token ``i``, perhaps after one or two adjectives in
    lower case (``the charity Clearwell Aid``, ``the local daily Namhae Sinmun``, ``the Malay-language daily …``), or a
    capitalised modifier opening its sentence or after a preposition (``Premiership club Peninsula United``); not
    where ``of`` and a role stand before the determiner, the name then the post's holder (``leader of the council
    Judith Blake``)."""
    if i < 2 or tokens[i - 1].lower not in words.bodies or not tokens[i - 1].text.islower():
        return False
    k = i - 2
    while k > 0 and i - k <= _BODY_ADJECTIVES + 1 and (tokens[k].text.islower() or "-" in tokens[k].text) and tokens[k].lower not in words.function_words:
        k -= 1  # "local", "state-run", "Malay-language"
    held = k >= 2 and tokens[k - 1].lower == "of" and bare(tokens[k - 2].text) in words.roles  # "leader of the council"
    if tokens[k].lower in words.determiners:
        return not held
    # "Premiership club Peninsula United", "sold to Championship side …": a capitalised modifier opening the phrase
    return k == i - 2 and tokens[k].is_capitalized and (k == 0 or tokens[k - 1].lower in words.prepositions)


def _owns_title(words: Words, tokens: Sequence[Token], end: int) -> bool:
    """The run ending at token ``end`` owns the title in lower case after it, a name following: ``Civil Defence
    controller Daniel Whaanga``, ``Acme spokesman Tom Lee`` (a body's or place's name, no person's)."""
    return end + 1 < len(tokens) and tokens[end].text.islower() and tokens[end].lower in words.roles and (
        tokens[end + 1].is_capitalized and not tokens[end + 1].quoted
    )


def _firm_like(words: Words, key: tuple[str, ...]) -> bool:
    """Words ``key`` (two or more, lower case) name a firm or body as a person's name never is: a word that is no
    first name, then an ordinary English word last that is no title (``Harbourview Land``, ``Thames Water``,
    ``Nimbus Mobile``, ``Capital Economics``), or an ordinary English word first of two (``Environment Southland``;
    a longer run may hold a title the name reader kept, ``Headliner DJ Kabelo Ntuli``); not
    ``Ann Rose`` (a first name first), ``Kim Young`` (``Young`` is a surname as often), ``Rafiqul Islam Sheikh`` (a
    title for a surname) nor ``la Torre`` (a particle)."""
    if is_first_name(key[0]):
        return False
    return (key[-1] not in words.titles and is_ordinary_word(key[-1])) or (len(key) == 2 and key[0] not in NAME_PARTICLES and is_ordinary_word(key[0]))


def _of_a_kind(words: Words, kind: str, known: Entity | None) -> bool:
    """A kind of body is told of a name: around this mention (``kind``: ``Carrow’s, the department store group,``)
    or an earlier one (``known``): it is no place, though printed after ``at`` or before ``, which``."""
    return bool(kind) or (known is not None and not known.roles.isdisjoint(words.body_kinds))


def _read_as_place(
    words: Words, tokens: Sequence[Token], i: int, cut: int, end: int, comma_after: bool, known: Entity | None
) -> bool:
    """The run of capitals at tokens ``i:end``, read whole (``cut`` at ``i``), is printed as a place
    (:func:`_printed_as_place`), unless a title names a person (:func:`_owned_person`) or an age after it does
    (``heard from Donna Szabo, 61,``)."""
    return (
        cut == i and _printed_as_place(words, tokens, i, end, comma_after) and not _owned_person(known, tokens[end - 1])
        and not (comma_after and age_close(tokens, end, len(tokens)) > 0)
    )


def _printed_as_place(words: Words, tokens: Sequence[Token], i: int, end: int, comma_after: bool) -> bool:
    """The run of capitals at tokens ``i:end`` is printed as a place: after a preposition of place (``in Nevada
    County``), before ``, which`` or ``, where`` with no ``the`` before it (``the United Steelworkers, which …`` is a
    body), inside a body's name after ``of``/``for``/``and``, or after ``of`` and a place's head word (``the parish of
    X``), or last in a list such a preposition opens (:func:`_listed_after_place`), or where a body sits
    (:func:`sits_after_body`)."""
    before = tokens[i - 1].lower if i else ""
    return (
        before in words.place_prepositions or (comma_after and _which_after(tokens, end) and before != "the")
        or (before in _LAST_JOINERS and _listed_after_place(words, tokens, i, end)) or sits_after_body(words, tokens, i, end)
        or (before in _OF_AND and in_body_name(words, tokens, i))
        or (before == "of" and i >= 2 and tokens[i - 2].lower in words.place_heads)
    )


def _shortest_form(words: Words, key: tuple[str, ...]) -> int:
    """How many words a body's shortest form keeps of its name ``key``: the first alone before one word of a kind of
    body (``Halvorsen`` of ``Halvorsen Motors``, ``Acme`` of ``Acme Corp``; not ``Paulistano`` of ``Paulistano FC``)
    unless it is an ordinary word or a body word itself (``National Bank``); else two (``Delmont Crest`` of ``Delmont
    Crest Holdings``)."""
    one = len(key) == 2 and key[1] in words.body_kinds and key[0] not in words.bodies and not is_ordinary_word(key[0])
    return 1 if one else 2


def _ends_with_place(key: tuple[str, ...]) -> bool:
    """The name ``key`` of two words or more ends in a country or city of the gazetteers and opens with no first name:
    a body's branch or campaign in that place (``Oxfam Ireland``, ``Social Justice Ireland``)."""
    return len(key) > 1 and not is_first_name(key[0]) and is_place(key[-1:])


def _place_alone(tokens: Sequence[Token], cut: int, end: int) -> bool:
    """The one word at ``cut``, after what reads as a title, is a country or city of the gazetteers: the run is a body's
    name (``Social Justice Ireland``), not a title's holder."""
    return end - cut == 1 and is_place((tokens[cut].lower,))


def _listed_after_place(words: Words, tokens: Sequence[Token], i: int, end: int) -> bool:
    """The run of capitals at tokens ``i:end`` comes last in a list of names that a preposition of place opens
    (``depots near Nabatieh and Bint Jbeil``, ``in Kafr Kila, Khiam or Ain Ebel``); not where a speech verb follows
    it, perhaps after an auxiliary (``talks in Doha and Ali Hassan said``, ``… and Ali Hassan has said``)."""
    while end < len(tokens) and tokens[end].lower in words.auxiliaries:
        end += 1
    if end < len(tokens) and tokens[end].lower in words.speech_verbs:
        return False
    k, lo = i - 2, max(0, i - _LIST_REACH)
    while k >= lo and (tokens[k].is_capitalized or tokens[k].lower in _LIST_WORDS):
        k -= 1
    return lo <= k < i - 2 and tokens[k].lower in words.place_prepositions


def _owns_after(words: Words, lowers: Sequence[str], after: int) -> bool:
    """The verb at ``after``, perhaps an auxiliary and a verb, takes ``its`` next: ``Acme cut its fares``, ``Acme
    has cut its fares``; what the name before it names owns things as a body does.  Not after a speech verb
    (``Lee said its cost was …``: ``its`` is the thing Lee spoke of)."""
    for k in range(after, min(len(lowers) - 1, after + 2)):
        if lowers[k] in words.speech_verbs:
            return False
        if lowers[k + 1] == "its":
            return True
        if lowers[k] not in words.auxiliaries:
            return False
    return False


def _designator(words: Words, token: Token) -> bool:
    """``token`` is a company's designator in capitals, a body word (``PT`` of ``PT Sulawesi Raya``), no title
    (``Pt.`` of ``Pt. Ravi Shankar``)."""
    return token.text.isupper() and token.lower in words.bodies


def _title_like(words: Words, tokens: Sequence[Token], i: int, k: int, end: int) -> bool:
    """Token ``k``, the first of a run ``i:end`` before two more words, is a title: an acronym
    (``the UN Vassily Nebenzia``; not a body word, ``PT Sulawesi Raya Industrial Park``: a company) or an
    ordinary English word opening the sentence before a first name and a surname (``Veteran Anna Lee``,
    ``Beloved Tom Hill``; not ``Rose Anna Hill``)."""
    word = tokens[k].text
    if len(word) > 1 and word.isupper():
        return not _designator(words, tokens[k])
    if k != i or not _opens_sentence(tokens, k) or not is_first_name(tokens[k + 1].lower):
        return False
    low = word.lower()  # a first name is no ordinary word: the word list is read only when needed
    return not is_first_name(low) and is_ordinary_word(low) and not is_ordinary_word(tokens[end - 1].lower)


def _no_name(words: Words, key: tuple[str, ...], tokens: Sequence[Token], k: int) -> bool:
    """Words ``key`` (lower case), printed from token ``k``, name no one: nationalities alone
    (``Chinese``) or, opening a sentence, nationalities and ordinary English words (``Top
    Ukrainian``, ``Record Highs``)."""
    if words.demonyms.issuperset(key):
        return True
    if len(key) < 2 or "i" in key or not _opens_sentence(tokens, k):
        return False  # "Then I": the writer, whom the gate refuses (see .attribution)
    # the first word is usually a first name: the word list is read only for the others
    return all(word in words.demonyms or (not is_first_name(word) and is_ordinary_word(word)) for word in key)


def _seat_letters(words: Words, tokens: Sequence[Token], i: int, end: int) -> bool:
    """The run ``i:end`` ends in a seat's or rank's letters in capitals after a person's name: two words or more, no
    openers, the first a first name (``Deirdre Ó Murchú TD``, ``Helen Ashby KC``; not ``The Cork TD`` nor ``the South
    Down MLA``, roles)."""
    closing = tokens[end - 1]
    if closing.lower not in words.post_nominals or not closing.text.isupper():
        return False
    start = i
    while start < end and tokens[start].lower in words.openers:
        start += 1
    return end - 1 - start >= 2 and is_first_name(tokens[start].lower)


def _person_after(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Tokens ``k:end`` after a body word may be the name of a person the word titles (``Kremlin Dmitry Peskov``): not
    ending in an acronym nor opening with an ordinary word that is no first name (``Water Futures UK`` is a body)."""
    if k >= end:
        return True  # the run ends with the word: read as before (a role last, or no title)
    last, first = tokens[end - 1].text, tokens[k].lower
    if is_place((tokens[end - 1].lower,)):
        return False  # "Bank Negara Malaysia", "Bank Indonesia": a body named for its country
    return not (len(last) > 1 and last.isupper()) and (is_first_name(first) or not is_ordinary_word(first))


def _title_acronym(tokens: Sequence[Token], i: int) -> str:
    """The acronym in parentheses right before the name at token ``i`` that spells the capitalized title before
    it, in lower case (``sho`` of ``Station House Officer (SHO) Vikram Chauhan``, ``dig`` of ``Deputy Inspector
    General (DIG) Ravi Kumar``); else ``""``."""
    acronym = tokens[i - 2].text
    if tokens[i - 1].text != ")" or tokens[i - 3].text != "(" or not (acronym.isalpha() and acronym.isupper()):
        return ""
    initials = ""
    k = i - 4
    while k >= 0 and len(initials) < len(acronym) and tokens[k].is_capitalized and tokens[k].is_word:
        initials = "".join(part[:1] for part in tokens[k].text.split("-")) + initials
        k -= 1
    return acronym.lower() if initials == acronym else ""


def _surname_holders(by_surname: dict[str, list[Entity]], key: tuple[str, ...]) -> tuple[tuple[str, ...], list[Entity] | None]:
    """The people whose surname ends ``key``, with the key they hold it by: for a surname alone no one holds, those
    who print it after an article of :data:`SURNAME_ARTICLES` (``al-naimi`` for ``naimi``); None where no one does."""
    holders = by_surname.get(key[-1])
    if holders is not None or len(key) != 1:
        return key, holders
    for article in SURNAME_ARTICLES:
        if (holders := by_surname.get(article + key[0])) is not None:
            return (article + key[0],), holders
    return key, None


def _surname_holder(people: Sequence[Entity], key: tuple[str, ...], position: int | None) -> Entity | None:
    """Of ``people`` sharing a surname, those whose names end in ``key`` (not ``King Salman`` for ``Prince Abdul Aziz
    bin Salman``), or whose full names end ``key`` (modifiers before a name: ``Right-wing Euroskeptic Andrej Babis``
    is Andrej Babis), the one mentioned most often before ``position``, and of those the last: ``Mr Shah`` after
    ``Salman Shah`` and then ``Chief Minister Murad Ali Shah`` is Murad Ali Shah; ``Mehra`` after ``Arjun Mehra``,
    ``Mehra`` and ``His father, Gurpreet Mehra,`` is still Arjun Mehra."""
    fits = [
        e for e in people
        if (e.words[-len(key) :] == key and e.words[-len(key) - 1 :][0] not in PATRONYMICS)
        or (1 < len(e.words) < len(key) and key[-len(e.words) :] == e.words)  # "Right-wing Euroskeptic Andrej Babis"
    ]
    if len(fits) < 2 or position is None:
        return fits[0] if fits else None
    return max(fits, key=lambda entity: (bisect.bisect_left(entity.mentions, position), entity.last_before(position)))


def _body_named(words: Words, tokens: Sequence[Token], start: int, cut: int, end: int) -> int:
    """``cut``, or ``start`` where the run ``start:end`` is a body word and one more word that is no first name: a
    body's name (``Bank Indonesia``, ``Police Scotland``), no title over a surname."""
    body = bare(tokens[cut - 1].text) if start < cut == end - 1 else ""
    return start if body in words.bodies and body not in words.roles and not is_first_name(tokens[cut].lower) else cut


def _compound_title(words: Words, word: str) -> bool:
    """``word`` (lower case) joins titles by hyphens: ``actor-comedian``, ``writer-director``."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in words.titles for part in parts)


def _preposition_inside(words: Words, tokens: Sequence[Token], i: int, end: int) -> bool:
    """A capitalized preposition stands among tokens ``i:end`` of a run: the run names a body or a work
    (``Doctors Without Borders``, ``Mothers Against Violence``), no person; name particles aside (``von``)."""
    return any(
        t.is_capitalized and t.lower in words.prepositions and t.lower not in NAME_PARTICLES for t in tokens[i:end]
    )


def _attributive(words: Words, tokens: Sequence[Token], after_the: bool, end: int) -> bool:
    """A name ending at ``end`` printed right after ``the`` (``after_the``) and before a word in lower case (no
    speech verb, no relative pronoun) names a thing after a person (``the Tuungafasi red card``,
    ``the Okafor family``), not the person."""
    if not after_the or end >= len(tokens):
        return False
    after = tokens[end]
    return after.is_word and after.text.islower() and after.lower not in words.name_verbs and after.lower not in RELATIVE_PRONOUNS


def _subtitle(tokens: Sequence[Token], i: int) -> bool:
    """The run from token ``i`` follows a colon closing capitalized words printed after ``the``: the subtitle
    of a work's name (``the Deep Blue: Last Light soundtrack``), no name printed alone."""
    if i < 3 or tokens[i - 1].text != ":":
        return False
    k = i - 2
    while k > 0 and tokens[k].is_capitalized and not tokens[k].quoted and i - k <= _POST_TOKENS:
        k -= 1
    return k < i - 2 and tokens[k].lower == "the"


def _plural_subject(tokens: Sequence[Token], i: int, end: int) -> bool:
    """An ordinary word opening a sentence before a speech verb that is a plural noun too is that noun's
    modifier, not a name before a verb (``Earlier reports said …``, ``Prior claims were …``; not
    ``Burton reports …``, nor ``Moscow has …``)."""
    low = tokens[i].lower
    return (
        end - i == 1 and end < len(tokens) and tokens[end].lower in PLURAL_NOUNS and _opens_sentence(tokens, i)
        and is_ordinary_word(low) and not is_first_name(low)
    )


def _owned_person(known: Entity | None, last: Token) -> bool:
    """A person already read, printed as an owner (``in Obama’s last months``): no place after all."""
    return known is not None and known.person and last.text.endswith(POSSESSIVE_ENDS)


def _shares_a_title(words: Words, tokens: Sequence[Token], cut: int, end: int) -> bool:
    """The name ``cut:end``, of ordinary words and no given name, is the first portfolio of a role printed
    after ``and`` (``Trade`` and ``Industry Minister``): the next run holds ordinary words, then a role."""
    if end + 2 >= len(tokens) or tokens[end].lower != "and" or not _plain_words(tokens[cut:end]):
        return False
    if not is_ordinary_word(tokens[end - 1].lower):
        return False
    k = end + 1
    while k < min(len(tokens), end + _POST_TOKENS) and tokens[k].is_capitalized and not tokens[k].quoted:
        if bare(tokens[k].text) in words.roles:
            return k > end + 1 and _plain_words(tokens[end + 1 : k])
        k += 1
    return False


def _plain_words(run: Sequence[Token]) -> bool:
    """No word of ``run`` is a given name nor quoted: ``Trade``, ``Singapore Trade``, not ``Ann Trade``."""
    return all(not token.quoted and not is_first_name(token.lower) for token in run)


def _names_a_document(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """The run of capitalized words ending at token ``k`` names a law or a pact: its last word, or the
    last of the capitalized words it runs on into through ``of``/``for``/``on``/``the``, heads such a name
    (``Paris Agreement``; ``Justice Against Sponsors of Terrorism Act``)."""
    last = k
    for j in range(k + 1, min(len(tokens), k + _DOCUMENT_TOKENS)):
        token = tokens[j]
        if token.quoted or not (token.is_capitalized or token.lower in _DOCUMENT_JOINERS):
            break
        if token.is_capitalized:
            last = j
    return bare(tokens[last].text) in words.document_heads


def _of_a_person(words: Words, roles: set[str]) -> bool:
    """A word of ``roles`` printed around a name is a person's: a role, a title or a kin word (``her husband``)."""
    return not words.person_words.isdisjoint(roles)


def _name_after_place(words: Words, tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a person's name starts inside a run of four capitalized words or more after a preposition that
    opens with two words at least that are neither first names nor ordinary words, a place (``for Tamil Nadu
    Rahul Menon``): at a first name of known sex with two words at least from it, none after it ordinary or a
    body's; else ``start`` (``Biren Ranjan Dutta``: one word before a first name is a name's)."""
    if start == 0 or tokens[start - 1].lower not in words.prepositions:
        return start
    lows = [bare(t.text) for t in tokens[start:end]]
    for k in range(len(lows) - 1):
        low = lows[k]
        if is_first_name(low):
            rest = lows[k + 1 :]
            fits = k > 1 and first_name_gender(low) is not None and not any(map(is_ordinary_word, rest))
            return start + k if fits and words.bodies.isdisjoint(rest) else start
        if is_ordinary_word(low) or not tokens[start + k].is_word:
            return start
    return start


def _verb_at(words: Words, lowers: Sequence[str], i: int, after: int) -> int:
    """Where the verb after the name opening at token ``i`` may stand, from token ``after``: past a relative clause
    (``who``; most names have a word next, and no ``who`` to read past), the day (``Acme on Tuesday said``,
    ``Acme yesterday said``) and an adverb in ``-ly`` before a verb (``Ann Lee regularly campaigned``)."""
    if after < len(lowers) and lowers[after] in _WHO_MARKS:
        after = _past_who(lowers, i, after)
    after += _day_words(words, lowers, after)
    low = lowers[after] if after < len(lowers) else ""
    return after + int(low.endswith("ly") and low.isalpha() and after + 1 < len(lowers) and is_verb(words, lowers[after + 1]))


def _day_words(words: Words, lowers: Sequence[str], k: int) -> int:
    """How many tokens from ``k`` tell the day of what follows: ``on Tuesday``, ``Tuesday``, ``yesterday``, else 0."""
    n = len(lowers)
    if k + 1 < n and lowers[k] == "on" and lowers[k + 1] in words.weekdays:
        return 2
    return int(k < n and (lowers[k] in words.weekdays or lowers[k] in _DAY_ADVERBS))


#: Adverbs of the day that may stand between a subject and its verb (``Acme yesterday said``); not the ``calendar``
#: list, whose months hold the modal ``may``.
_DAY_ADVERBS = frozenset(["yesterday", "today"])


def plural_group(key: tuple[str, ...]) -> bool:
    """A name ending in a plural that is an ordinary word and opening with no first name is a group, not a
    person: ``Liberal Democrats``, ``Social Democrats`` (not ``Tom Sales``, nor a surname: ``Ann Roberts``)."""
    last = key[-1]
    return last.endswith("s") and not is_first_name(key[0]) and is_ordinary_word(last)


def _kin_apposed(words: Words, tokens: Sequence[Token], i: int) -> str:
    """The kin word a possessive pronoun owns right before the name at token ``i`` and its comma (``with his
    son, NAME``, ``He and his partner, NAME,``): a title of the name, for ``His son`` later; else ``""``, and so where
    the kin word's sex is not the one the first name tells (``read aloud by her son, Bridget Hallinan said``: the
    phrase ends at the comma)."""
    if i >= 3 and tokens[i - 2].lower in words.kin and tokens[i - 3].lower in _KIN_OWNERS:
        kin = tokens[i - 2].lower
        sex = "he" if kin in words.male else "she" if kin in words.female else None
        told = first_name_gender(tokens[i].lower)
        return "" if sex is not None and told is not None and told != sex else kin
    return ""


def _the_before(tokens: Sequence[Token], comma: int) -> int:
    """Where ``the`` stands one to three words before the comma at token ``comma`` (``the town clerk,``), else -1."""
    return next((k for k in range(comma - 2, max(-1, comma - 5), -1) if tokens[k].lower == "the"), -1)


def _definite_role(words: Words, tokens: Sequence[Token], the: int, hi: int) -> str:
    """``the clerk`` for ``the town clerk`` (``the`` at token ``the``, then one to three plain lower-case
    words up to ``hi``, the last no body word) set before or after a name: the role of that person, in the
    role list or not, which ``the clerk`` takes up later; ``""`` for any other phrase (``the club’s home``,
    ``the head of …``)."""
    if the < 0 or not 1 <= hi - the - 1 <= 3 or tokens[the].lower != "the":
        return ""
    for token in tokens[the + 1 : hi]:
        if not token.text.isalpha() or token.is_capitalized or token.lower in words.function_words:
            return ""
    head = tokens[hi - 1].lower
    return "" if head in words.bodies else f"the {head}"


def _kin_opening(words: Words, head: str, tokens: Sequence[Token], k: int) -> bool:
    """``head`` is a kin word (``husband``, ``daughter``) of a phrase opening a sentence after token ``k``,
    or owned by a pronoun after ``and``: ``Her husband, NAME,``, ``He and his wife, NAME,`` (not ``when
    Lee's daughter, NAME, asked``)."""
    if head not in words.male and head not in words.female:
        return False
    return k < 0 or tokens[k].text in ".!?" or (tokens[k].lower == "and" and tokens[k + 1].lower in _KIN_OWNERS)


def _joined_to_body(words: Words, tokens: Sequence[Token], end: int) -> bool:
    """The run ending at token ``end`` opens a body's name joined by ``and`` or ``&`` to words holding
    a body word: ``Ethiopian Shipping`` of ``Ethiopian Shipping and Logistics Enterprise`` (a run opening
    with a first name stays a person: ``Ann Lee and Acme Holdings``)."""
    if end + 1 >= len(tokens) or tokens[end].lower not in ("and", "&"):
        return False
    for token in tokens[end + 1 : end + 5]:
        if not token.is_capitalized or token.quoted:
            return False
        if bare(token.text) in words.bodies:
            return True
    return False


def _set_off_participle(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i``, a capitalized ``-ed`` word opening its sentence and set off by a comma, is a participle or
    adjective, no name: ``Undeterred, the coach said``, ``Irked, Lee replied``; not ``Ted, …``."""
    low = tokens[i].lower
    return (
        low.endswith("ed") and len(low) > 4 and i + 1 < len(tokens) and tokens[i + 1].text == ","
        and _opens_sentence(tokens, i) and not is_first_name(low)
    )


def _opens_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is the first word of its sentence (or of a list item after a dash, or of a passage after
    its dateline: ``MILLTOWN (WXT) — Floods closed …``, ``Brussels (AFP) – Farmers …``)."""
    k = i - 1
    while k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 0 or tokens[k].text in _SENTENCE_ENDS:
        return True
    return tokens[k].text in DASHES and (
        k == 0 or (k < DATELINE_TOKENS and tokens[0].is_word and (tokens[0].text.isupper() or tokens[k - 1].text == ")"))
    )  # "MILLTOWN —", "Brussels (AFP) –"


_SENTENCE_ENDS = frozenset(".!?…;:")
