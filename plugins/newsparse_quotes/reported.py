"""Clauses around a quote that decide whose words it is: a group inside what someone reports
(``X said voters had rejected “…”``: X's words), a sentence on a person's manner (``She is candid
about …``) introducing the quote after it, and the main clause after an opening participle clause
(``Asked about the vote, he shrugged.``)."""

from __future__ import annotations

from collections.abc import Sequence

from .segments import LOWER, Token
from .words import ARTICLES, DEGREE_WORDS, POSSESSIVE_PRONOUNS, WINDOW, Mention, Words, is_possessive

__all__ = [
    "BE_FORMS", "CITING", "PLURAL_NOUNS", "RELAYING", "TELLING", "disposition", "document_reads", "main_clause_start",
    "FINITE_AUXILIARIES", "noun_before_auxiliary", "relative_speaker", "reported_group", "joins_report", "noun_compound_head", "reported_clause", "resumes_report",
    "opening_participle", "passive_verdict", "telling_at",
]

#: Verbs of an outlet relaying a source (``citing X``): what follows is the source, not a report of it.
RELAYING = frozenset(["citing", "quoting"])
#: Verbs naming the source an outlet cites, for ``the official`` later (``the BBC, which cited an official``,
#: ``the paper quoted an unnamed official as saying``).
CITING = RELAYING | frozenset(["cited", "cites", "quoted"])
#: Subordinating conjunctions that open a clause of its own: ``… after police said``.
_SUBORDINATORS = frozenset(["after", "before", "when", "while", "since", "because", "until", "once", "as", "although", "though"])
#: Participles that, with ``by``, set a source off from the outlet relaying it: ``an official quoted by Reuters``.
RELAYED_BY = frozenset(["quoted", "cited"])
#: ``the report read``: what a text seems like.
_READS = frozenset(["read", "reads"])
#: Verbs of telling someone: the words right after them are their object (``told Reuters``).
TELLING = frozenset(["told", "tells", "tell"])
#: The object of ``told`` that is the narrator of a relayed quote (``She told him …, he said``).
_NARRATORS = frozenset(["him", "her", "me", "us"])
#: Plural auxiliaries: a speech-verb form in ``-s`` right before one is a plural noun (``member states had``).
_PLURAL_AUXILIARIES = frozenset("have had are were would will could should can may might must".split())
#: Auxiliaries that make a clause finite: a form in ``-ing`` right before one is a noun with a verb of its own
#: (``the weather warning has been issued``), no participle.
FINITE_AUXILIARIES = _PLURAL_AUXILIARIES | frozenset("has is was does did".split())
#: Speech-verb forms in ``-s`` that are plural nouns too (``member states``, ``media reports``, ``Previous estimates
#: had``); ``says`` is none.
PLURAL_NOUNS = frozenset(
    "states reports claims remarks comments statements notes calls answers replies posts tweets estimates promises pledges"
    " vows alerts recalls jokes".split()
)
#: Copulas of a sentence describing a person's manner before a quote (``She is candid about …``).
_COPULAS = frozenset(["is", "was"])
#: Forms of ``be`` before a passive participle (``she was described as``) or a verb of hearsay and ``to``
#: (``was believed to be``).
BE_FORMS = frozenset("is are was were be been being".split())
#: Conjunctions that join one more clause to what someone reports (``…, but that …``).
_JOINING = frozenset(["and", "but", "yet"])
#: The most words between a speech verb and the ``that`` of the clause it reports (``told reporters on Wednesday that``).
_THAT_GAP = 6



def opening_participle(tokens: Sequence[Token], sentence: range) -> bool:
    """``sentence`` opens with a participle and its agent after ``by`` (``Described by X as “…”, the plan …``,
    ``Praised by critics for …``): a clause of its own before the main one, whose first word, a verb, is
    capitalised as a sentence's is."""
    k = sentence.start
    return k + 1 < sentence.stop and tokens[k + 1].lower == "by" and tokens[k].lower.endswith(("ed", "en"))


def reported_group(words: Words, tokens: Sequence[Token], mention: Mention, sentence: range) -> bool:
    """``mention`` is a bare group in lower case (``voters``, ``farmers along the route``), or a plural after ``the``
    or a possessive (``its members``, ``the residents``), inside what a speech verb up to 60 tokens before reports:
    ``X said residents had told her …``, ``The union said its members had rejected an “insulting” offer`` (not
    ``citing two officials``: the source an outlet names)."""
    first = tokens[mention.lo]
    if first.lower in _GROUP_OPENERS and mention.hi - mention.lo > 1 and _plural_end(tokens[mention.hi - 1]):
        if any(map(is_possessive, tokens[mention.lo : mention.hi])):
            return False  # "the minister’s advisers have warned": people an owner names, who speak
        first = tokens[mention.lo + 1]
    if first.is_capitalized or not first.is_word or first.lower in words.determiners or first.lower in words.pronouns:
        return False
    if any(t.is_capitalized for t in tokens[mention.lo : mention.hi]):
        return False
    if _opens_own_clause(words, tokens, mention.lo, sentence.start):
        return False  # "X spoke, and police said …", "… after police said …": the group's own clause
    return any(
        not t.quoted and not t.is_capitalized and t.lower in words.speech_verbs and t.lower not in RELAYING
        for t in tokens[max(sentence.start, mention.lo - WINDOW) : mention.lo]  # bounded: a long sentence is read once
    )


#: Words before a plural that still make it a group inside a report: ``the residents``, ``its members``.
_GROUP_OPENERS = POSSESSIVE_PRONOUNS | {"the"}


def _plural_end(token: Token) -> bool:
    """``token`` is a plural noun in lower case (``members``; not ``glass``)."""
    return token.text.isalpha() and token.text.islower() and token.lower.endswith("s") and not token.lower.endswith("ss")


def relative_speaker(tokens: Sequence[Token], mention: Mention, verb: int, open_at: int) -> bool:
    """``mention`` is the subject of a relative clause set off by a comma whose speech verb at ``verb`` takes the
    quote at ``open_at`` (``the law, which critics called “draconian”,``): the group's own words, not the reporter's."""
    lo = mention.lo
    if lo < 2 or tokens[lo - 1].lower != "which" or tokens[lo - 2].text != ",":
        return False
    return not any(t.text == "," for t in tokens[verb + 1 : open_at])


def _opens_own_clause(words: Words, tokens: Sequence[Token], lo: int, start: int) -> bool:
    """The phrase at token ``lo`` opens a clause of its own: after a subordinating conjunction (``after``,
    ``when``, ``because`` …), after a comma and ``and``/``but``, or after an article and a noun in lower case, maybe
    and ``that``: a relative clause on that noun, after ``that`` maybe past one word describing it (``…, a move
    analysts called “…”``, ``a plan that critics described as “…”``, ``a silt island that rights groups have called
    “…”``; not ``said the two dissenting members had argued that “…”``), or on a plural noun of speech in a prepositional phrase (``over online posts that
    prosecutors said …``: no verb ``posts``)."""
    before = tokens[lo - 1].lower if lo > start else ""
    if before in _SUBORDINATORS or (before in ("and", "but") and lo - 1 > start and tokens[lo - 2].text == ","):
        return True
    noun = lo - 1 - (before == "that")
    if noun - 1 < start or not tokens[noun].text.isalpha() or not tokens[noun].text.islower():
        return False
    if before == "that" and tokens[noun].lower in PLURAL_NOUNS:
        modifier = noun - 1 - (tokens[noun - 1].text.islower() and tokens[noun - 1].lower not in words.prepositions)
        return modifier >= start and tokens[modifier].lower in words.prepositions
    modifier = tokens[noun - 1]  # after "that", one word in lower case may describe the noun: "a silt island that critics called"
    return modifier.lower in ARTICLES or (
        before == "that" and noun - 2 >= start and modifier.text.isalpha() and modifier.text.islower() and tokens[noun - 2].lower in ARTICLES
        and tokens[noun].lower not in words.function_words and modifier.lower not in words.function_words  # not "the agreement and"
    )


def reported_clause(words: Words, tokens: Sequence[Token], lo: int, start: int) -> bool:
    """The subject at token ``lo`` opens a clause that a finite speech verb right before it, or a participle after a
    comma (maybe with ``that``), reports: ``X said the council had asked for “…”``, ``X says that the state pledged
    “…”``, ``…, adding that the vote confirmed “…”``;
    not ``citing the council``, ``told Reuters``, nor a bare form that may be a noun (``Union state secretary``).
    A speech verb a few words before ``that`` reports it too (``X told reporters on Wednesday that the government
    would announce “…”``)."""
    if lo - 1 > start and tokens[lo - 1].lower == "that" and _reported_that(words, tokens, lo - 1, start):
        return True
    k = lo - 1 if lo - 1 > start and tokens[lo - 1].lower == "that" else lo
    if k - 1 < start:
        return False
    verb = tokens[k - 1]
    low = verb.lower
    finite = low == "said" or low.endswith("ed") or (low.endswith("s") and low not in PLURAL_NOUNS)
    finite = finite or (low.endswith("ing") and k - 2 >= start and tokens[k - 2].text == ",")  # ", adding that"
    return finite and low in words.speech_verbs and not verb.quoted and not verb.is_capitalized and (
        low not in CITING and low not in TELLING
    )


def _reported_that(words: Words, tokens: Sequence[Token], that: int, start: int) -> bool:
    """A finite speech verb stands two to :data:`_THAT_GAP` words before the ``that`` at token ``that``, its object or a
    time between (``told reporters on Wednesday that``, ``said in a statement that``), no quote nor clause word."""
    for k in range(that - 2, max(start, that - 1 - _THAT_GAP) - 1, -1):
        token = tokens[k]
        if token.quoted or token.mark or token.lower in words.clause_words:
            return False
        if token.lower in words.speech_verbs and not token.is_capitalized and (token.lower == "said" or token.lower.endswith(("ed", "old"))):
            return True
    return False


def document_reads(words: Words, tokens: Sequence[Token], mention: Mention, verb: int) -> bool:
    """``mention`` is a document (``the report``) that ``reads`` at token ``verb``: inside what someone
    reports (``X said the report read “like a catalogue”``) it is X's verdict on the text, not its words."""
    return tokens[verb].lower in _READS and tokens[mention.hi - 1].lower in words.documents


def telling_at(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """Where ``told him`` (``told her``, ``told me``, ``told us``) stands between tokens ``lo`` and ``hi``:
    someone told the narrator what a quote after it relays (``She told him the quota was “…,” he said``)."""
    if TELLING.isdisjoint(map(LOWER, tokens[lo:hi])):  # read in C: most sentences hold none
        return None
    for k in range(lo, hi - 1):
        if tokens[k].lower in TELLING and not tokens[k].quoted and tokens[k + 1].lower in _NARRATORS:
            return k
    return None


def noun_before_auxiliary(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """The speech-verb form in ``-s`` at token ``k`` is a plural noun: one that may be (``states``, not
    ``says``), a lower-case noun before it and a plural auxiliary after it (``some member states had``,
    ``media reports were``); not ``which the NSS states would`` nor ``what he states would``."""
    if tokens[k].lower not in PLURAL_NOUNS or k + 1 >= stop or tokens[k + 1].lower not in _PLURAL_AUXILIARIES:
        return False
    before = tokens[k - 1]
    return before.is_word and not before.is_capitalized and not before.quoted and before.lower not in words.function_words and (
        before.lower not in words.pronouns
    )


def noun_compound_head(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """The bare speech-verb form at token ``k``, a speech noun too, right before the quote opening at
    ``open_at``, heads a noun compound after a determiner and a singular noun in lower case: ``the flow
    promise “…”``, ``a campaign pledge “…”`` (a singular subject would take ``promises``), anywhere before
    the quote after ``a`` or ``an``, even after a body's word (``ordered a full incident report … “…”``,
    ``a social media post … “…”``), or after a name opened by ``a`` (``a Reuters report “…”``); not ``the unions
    pledge``, ``they promise``, ``the couple claim the flat was “…”`` (no quote right after), ``Residents of
    the town claim``, nor after a body, role or source (``the government promise``)."""
    low = tokens[k].lower
    if k < 2 or low + "s" not in words.speech_verbs:
        return False  # a bare form ("promise", "report"), not "says" or "said"
    noun = tokens[k - 1]
    word = noun.lower
    if noun.is_capitalized and not noun.quoted:
        return _indefinite_name_before(words, tokens, k - 1)  # "a Gazette report": a singular subject would take "reports"
    if not noun.is_word or noun.quoted or word.endswith("s") or word in words.function_words:
        return False
    if word in words.partitives:
        return False
    if _indefinite_before(words, tokens, k - 1):
        return True  # "ordered a full incident report", "a social media post": "a" makes the phrase singular
    collective = word in words.bodies or word in words.anonymous or word in words.roles or word in words.pronouns
    if collective or k + 1 != open_at:
        return False
    after_preposition = k > 2 and tokens[k - 3].lower in words.prepositions  # "Residents of the town say"
    return low in words.speech_nouns and not after_preposition and tokens[k - 2].lower in words.determiners


def _indefinite_before(words: Words, tokens: Sequence[Token], noun: int) -> bool:
    """``a`` or ``an`` opens the phrase ending at token ``noun``, over at most two plain lower-case
    modifiers (``a full incident``), so a bare verb form after it is a noun."""
    for j in range(noun - 1, max(-1, noun - 4), -1):
        token = tokens[j]
        if token.lower in ("a", "an"):
            return not token.quoted
        if not token.text.isalpha() or token.is_capitalized or token.quoted or token.lower in words.function_words:
            return False
    return False


def _indefinite_name_before(words: Words, tokens: Sequence[Token], name: int) -> bool:
    """``a`` or ``an`` opens a run of at most four capitalized words ending at token ``name``, perhaps with a word in
    lower case before the run (:data:`_ADJECTIVES`; ``a Wall Street Journal``, ``a written Parliamentary``),
    so a bare verb form after it is a noun (``a Wall Street Journal report``, ``a written Parliamentary answer``)."""
    lowered = 0
    for j in range(name, max(-1, name - _NAME_WORDS - _ADJECTIVES - 1), -1):
        token = tokens[j]
        if token.lower in ("a", "an"):
            return j < name and not token.quoted
        if not token.is_word or token.quoted:
            return False
        if not token.is_capitalized:
            lowered += 1
            if lowered > _ADJECTIVES or token.lower in words.function_words:
                return False
        elif lowered or name - j >= _NAME_WORDS:
            return False  # "a day after Smith": capitals again before the words in lower case
    return False


#: The most words in lower case between ``a`` and a name before a speech noun (``a written Parliamentary answer``).
_ADJECTIVES = 1
#: The most capitalized words of a name read back to ``a`` (``a Wall Street Journal report``).
_NAME_WORDS = 4


def resumes_report(tokens: Sequence[Token], verb: int, open_at: int) -> bool:
    """Between the speech verb at ``verb`` and the quote at ``open_at`` a comma joins another ``that``
    clause to a report begun before ``verb``: ``X said the council had warned of delays, but that the
    bridge was “safe”`` (the quote is X's, not the council's)."""
    for k in range(verb + 1, open_at - 2):  # bounded by the window the caller reads
        if tokens[k].text not in ",;" or tokens[k + 1].lower not in _JOINING:
            continue
        j = k + 2
        if tokens[j].lower == "also" and j + 1 < open_at:  # "…, but also that …"
            j += 1
        if tokens[j].lower == "that" and not tokens[j].quoted:
            return True
    return False


def joins_report(tokens: Sequence[Token], lo: int) -> bool:
    """``that`` after a conjunction right before the subject at ``lo`` joins one more clause to a report
    begun before it: ``X said the fees rose and that the board had asked for “…”`` (the quote is X's)."""
    return lo > 1 and tokens[lo - 1].lower == "that" and tokens[lo - 2].lower in _JOINING and not tokens[lo - 1].quoted


def disposition(words: Words, tokens: Sequence[Token], verb: int) -> bool:
    """``She is candid about …``, ``He was less sure``: a copula at ``verb`` and a word of manner
    (the ``manner_words`` list) after it, maybe after one degree word (``less``, ``unusually``)."""
    if verb + 1 >= len(tokens) or tokens[verb].lower not in _COPULAS:
        return False
    k = verb + 1
    if k + 1 < len(tokens) and (tokens[k].lower in DEGREE_WORDS or tokens[k].lower.endswith("ly")):
        k += 1
    return not tokens[k].quoted and tokens[k].lower in words.manners


def main_clause_start(words: Words, tokens: Sequence[Token], sentence: range) -> int:
    """Where the main clause of ``sentence`` starts: after an opening participle clause or lead-in and
    its comma (``Asked about the vote, he shrugged.``, ``After the match, Lee was blunt.``), else its start."""
    first = tokens[sentence.start]
    participle = first.is_capitalized and first.text.isalpha() and first.lower.endswith(("ed", "ing"))
    if not (participle or first.lower in words.lead_words):
        return sentence.start
    stop = min(sentence.stop - 1, sentence.start + WINDOW)
    comma = next((k for k in range(sentence.start + 1, stop) if tokens[k].text == ","), None)
    return sentence.start if comma is None else comma + 1


def passive_verdict(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a naming or verdict verb after a form of ``be`` (``she was described as``, ``it was
    branded``) with no agent: its subject is what the words judge, never their speaker."""
    low = tokens[k].lower
    return k > 0 and tokens[k - 1].lower in BE_FORMS and (low in words.naming_verbs or low in words.verdict_verbs)
