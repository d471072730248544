"""What a later definite description takes up: a source or body described before, as printed
(``the official`` after ``A senior official at the ministry said``, ``the ministry`` after ``The
water ministry said``), or who issued a document that speaks (``“…,” the statement read``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import INDEFINITE, singular

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .people import Entity, People
    from .resolution import Found
    from .segments import Token
    from .words import PassageView, Words

__all__ = ["Descriptions", "lower_body", "plain"]

#: Heads of a definite description that take up one unnamed person whatever head described them: ``the person``,
#: ``the source``.
_ANY_ONE_HEADS = frozenset(["person", "source"])
#: The most tokens from a subject to the ``in a statement`` its clause acted in (``X welcomed the arrests in a statement``).
_ACT_REACH = 12
#: The words between ``in`` and a document that make it the subject's own (``in a statement``, ``in her letter``).
_ISSUED_BY_SUBJECT = frozenset(["a", "an", "his", "her", "its", "their"])
#: Words after a document that name another author (``in a report by the auditor``, ``in a letter from X``).
_OTHER_AUTHORS = frozenset(["by", "from", "of"])
#: Marks that end a clause: a document past one is no longer the subject's act.
_CLAUSE_MARKS = frozenset([";", ":", ","])
#: The most words from a verb of issuing to the document it issues (``published its long-awaited annual report``).
_DOCUMENT_REACH = 4
#: Words an acronym leaves out: ``NEC`` of ``national executive committee``, ``IMF`` of ``the International Monetary Fund``.
_SMALL_WORDS = frozenset(["of", "the", "and", "for", "on", "in", "a", "an", "to"])


class Descriptions:
    """The sources and bodies described so far, and the last credit of a quote, in page order."""

    def __init__(self, words: Words, people: People):
        self.words = words
        self.people = people
        #: The unnamed sources and lower-case bodies described so far (``a person familiar with the talks``,
        #: ``the water ministry``), as printed and where, by head noun: ``the person`` takes one up.
        self.described: dict[str, tuple[str, int]] = {}
        #: The last credit of a quote, or of a body reporting speech, and the sentence that gave it: ``the
        #: statement`` it issued takes it up.
        self.last_quoted: tuple[Found, PassageView, range] | None = None
        #: Who was last said to issue a document, by its head noun (``The Resolution Foundation published a report``):
        #: ``the report`` takes it up.
        self.issued: dict[str, Found] = {}

    def describe(self, head: str, printed: str, position: int) -> None:
        """Note the source or body ``printed`` at ``position``, headed by ``head``."""
        self.described[head] = (printed, position)

    def earlier_source(self, low: list[str], head: str, position: int, last_body: Entity | None) -> str | None:
        """The described source ``the HEAD`` or ``the … HEAD`` takes up (``a person familiar with the talks``,
        ``the health ministry``, or one of the same kind of body: ``West Yorkshire police`` for ``the force``;
        ``the ministry official``: one whose description holds ``ministry``), as
        printed, unless a person titled ``HEAD`` or a body (``last_body``) was named after it."""
        printed, at = self.described.get(head) or self._of_kind(head) or self._any_one(head, position) or ("", position)
        modifiers = {word for word in low[1:-1] if not _hyphened_adjective(self.words, word)}  # "middle-aged"
        if at >= position or not all(_describes(word, printed.lower().split()) for word in modifiers):
            return None  # "the ministry official": only a source described with "ministry"
        body = last_body if head in self.words.bodies else None
        if body is not None and body.last_before(position) > at:
            return None  # "the ministry" after "the Ministry of Finance", named since
        holder = self.people.by_role([head], position)
        return None if holder is not None and holder.last_before(position) > at else printed

    def last_group(self, position: int) -> str | None:
        """The source described last before ``position``, as printed, when it is a group of people (``two people
        familiar with the talks``, ``three officials``) and no person is named after it: ``one of them`` picks one
        of it; else ``None``."""
        before = [(at, head, printed) for head, (printed, at) in self.described.items() if at < position]
        if not before:
            return None
        at, head, printed = max(before)
        one = "person" if head == "people" else singular(head)
        if one == head or (one not in self.words.anonymous and one not in self.words.roles):
            return None
        return None if any(e.person and e.last_before(position) > at for e in self.people.entities) else printed

    def _any_one(self, head: str, position: int) -> tuple[str, int] | None:
        """The one unnamed person described last before ``position``, as printed and where, which ``the person`` or
        ``the source`` takes up whatever its head (``A trader in Mumbai said … “…,” the person added``), or the one
        described by an indefinite phrase credited with the last quote (``A senior figure at one of the banks told
        the paper that … “…,” the source said``); not a group or a body."""
        if head not in _ANY_ONE_HEADS:
            return None
        found = [self._last_quoted_one(position)]
        before = [(at, one, printed) for one, (printed, at) in self.described.items() if at < position]
        if before:
            at, one, printed = max(before)
            single = not singular(one) and one != "people"  # no plural: not "two officials"
            found.append((printed, at) if single and (one in self.words.anonymous or one in self.words.roles) else None)
        return max((entry for entry in found if entry is not None), key=lambda entry: entry[1], default=None)

    def _last_quoted_one(self, position: int) -> tuple[str, int] | None:
        """The speaker of the last quote before ``position`` and where its sentence starts, when it is a described
        source that an indefinite article or ``one`` opens (``A senior figure at one of the banks``), no name."""
        if self.last_quoted is None:
            return None
        found, view, sentence = self.last_quoted
        opening = (found.speaker or "").partition(" ")[0].lower()
        at = view.offset + view.tokens[sentence.start].start
        return (found.speaker or "", at) if found.entity is None and opening in INDEFINITE and at < position else None

    def _of_kind(self, head: str) -> tuple[str, int] | None:
        """The body described last under another head of ``head``'s kind (``body_kinds``), as printed and where:
        ``the force`` after ``West Yorkshire police said``, ``the bank`` after ``the lender said``."""
        kinds = self.words.body_kinds
        kind = kinds.get(head)
        same = [entry for other, entry in self.described.items() if kind is not None and kinds.get(other) == kind]
        return max(same, key=lambda entry: entry[1]) if same else None

    def issuer(self, head: str) -> Found | None:
        """Who issued ``the HEAD`` (``the statement``, ``the letter``): the speaker last credited with a
        quote, when the sentence crediting it names a HEAD too (``In a statement, the club said``), not as its
        source (``According to the complaint, Ann Lee …``); else the one last said to issue one (:meth:`note_issued`)."""
        if self.last_quoted is not None:
            found, view, sentence = self.last_quoted
            tokens = view.tokens
            if any(tokens[k].lower == head and not self._cited(tokens, sentence.start, k) for k in range(sentence.start, sentence.stop)):
                return found
        return self.issued.get(head)

    def _cited(self, tokens: Sequence[Token], start: int, k: int) -> bool:
        """Whether the document at token ``k`` is cited as a sentence's source: ``according to (the) HEAD``."""
        j = k - 1
        while j > start and tokens[j].lower in self.words.determiners:
            j -= 1
        return j > start and tokens[j].lower == "to" and tokens[j - 1].lower == "according"

    def note_issued(self, view: PassageView, hi: int, sentence: range, found: Found | None) -> None:
        """Remember ``found``, the subject of ``sentence`` ending at token ``hi``, as the issuer of the document
        a verb of the ``issuing_verbs`` list right after it names within a few words (``The Resolution Foundation
        published a report``, ``Acme released its annual review``), or a speech verb and ``in`` (``…, the ministry said
        in a statement``), or that the sentence opens with before a comma (``In a statement, Minister X said``)."""
        tokens = view.tokens
        if found is None or hi + 1 >= sentence.stop:
            return
        if (document := _fronted_document(self.words, view, sentence, hi)) is not None:
            self.issued[document] = found  # "In a statement, Minister X said …": the statement is X's
            return
        said_in = tokens[hi].lower in self.words.speech_verbs and tokens[hi + 1].lower == "in"  # "said in a statement"
        if not said_in and tokens[hi].lower not in self.words.issuing_verbs:
            self._acted_in(view, hi, sentence, found)
            return
        for k in range(hi + 1 + said_in, min(sentence.stop, hi + 1 + _DOCUMENT_REACH)):
            if not tokens[k].is_word:
                return
            if tokens[k].lower in self.words.documents:
                self.issued[tokens[k].lower] = found
                return


    def _acted_in(self, view: PassageView, hi: int, sentence: range, found: Found) -> None:
        """Remember ``found``, the subject ending at token ``hi``, as the issuer of a document its clause says it acted
        in (``X welcomed the arrests in a statement on Sunday``: ``the statement said`` is X's), not one by another
        (``in a report by the auditor``)."""
        tokens, lowers = view.tokens, view.columns.lowers
        try:
            k = lowers.index("in", hi, min(sentence.stop - 2, hi + _ACT_REACH))  # in C: most clauses act in no document
        except ValueError:
            return
        if lowers[k + 1] not in _ISSUED_BY_SUBJECT or (document := lowers[k + 2]) not in self.words.documents:
            return
        if any(t.quoted or t.text in _CLAUSE_MARKS for t in tokens[hi:k]):
            return
        if k + 3 >= sentence.stop or lowers[k + 3] not in _OTHER_AUTHORS:
            self.issued[document] = found


def _fronted_document(words: Words, view: PassageView, sentence: range, hi: int) -> str | None:
    """The document a sentence opens with, ``In``, a determiner and perhaps one word before it, perhaps a time after
    it, maybe after a verb of issuing, then a comma before the subject ending at token ``hi`` (``In a statement, …``,
    ``In a joint letter, …``, ``In a statement Friday, …``, ``In a statement released on Friday, …``), else ``None``."""
    lowers, start = view.columns.lowers, sentence.start
    if lowers[start] != "in" or start + 3 >= hi or lowers[start + 1] not in _ISSUED_BY_SUBJECT:
        return None
    for k in (start + 2, start + 3):
        if lowers[k] in words.documents:
            j = k + 1
            while j < min(hi, k + 1 + _DOCUMENT_TIME_WORDS) and (_time_word(words, lowers[j]) or lowers[j] in words.issuing_verbs):
                j += 1  # "In a statement on Friday,", "In a statement released Friday,"
            return lowers[k] if lowers[j] == "," else None
    return None


#: The most words of a time (and a verb of issuing) between a fronted document and its comma: ``In a statement
#: released late on Friday,``.
_DOCUMENT_TIME_WORDS = 4


def _time_word(words: Words, low: str) -> bool:
    """``low`` is a word of a time: ``on``, ``late``, ``Friday``, ``night``."""
    return low in words.calendar or low in words.time_words or low in words.time_openers


def _hyphened_adjective(words: Words, word: str) -> bool:
    """``middle-aged``, ``Lagos-based``, ``57-year-old``: a hyphened word that describes, adding no group to a noun."""
    first, _, last = word.rpartition("-")
    return bool(first) and (last.endswith("ed") or last in words.adjective_heads or last == "old")


def _describes(modifier: str, printed: list[str]) -> bool:
    """``modifier`` of ``the … HEAD`` is a word of the description ``printed`` (lower-case words), or the initials of
    words of it, its small words left out: ``nec`` of ``a member of the national executive committee``."""
    if modifier in printed or modifier + "’s" in printed or modifier + "'s" in printed:
        return True  # "the ANC member" of "a member of the ANC’s executive"
    initials = "".join(word[0] for word in printed if word not in _SMALL_WORDS)
    return len(modifier) > 1 and modifier.isalpha() and modifier in initials


def plain(tokens: Sequence[Token], low: list[str], head_at: int) -> bool:
    """``the official``, ``the ministry official``, ``the MP``: ``the`` and lower-case words (or a role's letters) up to
    the head noun."""
    return low[0] == "the" and head_at == len(low) and not any(t.is_capitalized and not t.text.isupper() for t in tokens[1:])


def lower_body(tokens: Sequence[Token], low: list[str], head_at: int) -> bool:
    """``the environment ministry``, ``the Lisbon port authority``: ``the``, modifiers and a body noun in
    lower case heading the phrase at ``head_at``, which ``the ministry`` takes up later; or a place's name and
    lower-case words, as some outlets print a body's name (``Hampshire county council``, ``West Yorkshire police``)."""
    if low[0] != "the":
        named = next((k for k in range(head_at) if not tokens[k].is_capitalized), head_at)  # the place's words
        return 0 < named < head_at and not any(t.is_capitalized for t in tokens[named:head_at])
    return head_at > 2 and not tokens[head_at - 1].is_capitalized
