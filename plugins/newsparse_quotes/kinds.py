"""Telling a direct quote from a partial one and from a term in scare quotes or a title."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsparse.lazy_regex import lazy_compile

from .marks import DOUBLE_MARKS, SINGLE_MARKS, Marked
from .segments import Token
from .words import ARTICLES, WINDOW

__all__ = ["quote_kind", "opens_sentence", "after_lead_in", "begins_sentence", "follows_term_marker", "is_title", "runs_on"]

_LEADING_NOISE = "[(…. "
#: Bullets and dashes that open a list item: a quote after them opens its sentence.
_BULLETS = frozenset("-–—•*")
#: Copulas before a comma that introduce a quoted sentence: ``The message was, “…”``.
_COPULAS = frozenset("is was were are".split())
#: A sentence ending inside the quote: ``… a record. This is …``.
_INNER_END = lazy_compile(r"[.!?…][’”'\"]?\s+[A-Z“‘\"]")
#: Small words left lower-case in a title (``One Hundred Years of Solitude``).
_TITLE_SMALL = frozenset("a an the of and or in on at to for from by with as vs".split())
_WORD = lazy_compile(r"[^\W_][\w’'\-]*+")
#: The most words between a marker and its ``as`` (``known in trade jargon as``).
_AS_GAP = 5
#: The longest title read: longer quotes are speech.
_TITLE_LENGTH = 80
#: The most words between an introducer and the comma before its quote (``telling reporters on Monday, “…”``).
_OBJECT_GAP = 6
#: The fewest words of a quoted run that is someone's wording, not a scare quote (``“a number of small boxes”``).
_WORDING = 4
#: Conjunctions joining clauses of equal rank: a clause after one may stand alone (``“A” and b``).
_COORDINATORS = frozenset("and but or nor so".split())
#: Marks of a sentence's end printed after a quote's closing mark (``“… feelings”.``).
_ENDS = ".!?"
#: The most words of a lead-in before the comma that sets a quoted clause off (``Starting on Wednesday, “we …”``).
_LEAD_IN_WORDS = 4
#: Words that open a clause as its subject: a lower-case quote opening with one is a sentence (``“we lost,” she said``).
_SUBJECTS = frozenset("i we you he she it they there this that these those".split())


def opens_sentence(
    tokens: Sequence[Token], open_token: int, sentence: range, introducers: Collection[str],
    carriers: tuple[Collection[str], Collection[str]] = ((), ()),
) -> bool:
    """True when the quote opening at ``open_token`` starts its sentence.

    Or follows a list bullet, ``said:``, ``said;``, ``said,``, a verb and its adverb (``asked
    rhetorically,``), another introducer and a comma (``with the words,``, ``was,``), or, when the
    quote is capitalized, a verb of uttering, its object or a phrase of a few words and a comma
    (``telling reporters on Monday, “We …”``; no conjunction between: ``said that after the storm,``
    opens a clause that holds the quote; ``said the board, “failed to …”`` goes on with the reported
    clause; ``praised the plan, “A …”`` is no utterance); ``introducers`` are the speech verbs and
    nouns, ``carriers`` the verbs of uttering and the conjunctions.
    """
    before: list[Token] = []
    k = open_token - 1
    while k >= sentence.start and len(before) < 3:
        if not tokens[k].quoted and not tokens[k].mark:
            before.append(tokens[k])
        elif before or tokens[k].quoted:
            break
        k -= 1
    if not before:
        return k < sentence.start or tokens[k].quoted
    if k < sentence.start and all(t.text in _BULLETS for t in before):
        return True  # "-- “Roads are closed,” she said."
    if before[0].text == ":" or (before[0].text == ";" and len(before) > 1 and before[1].lower in introducers):
        return True  # "said: “…”", and "said; “…”" as it is sometimes mistyped
    if before[0].text != "," or len(before) < 2:
        return False
    verb = before[2] if before[1].lower.endswith("ly") and len(before) > 2 else before[1]
    if verb.lower in introducers or verb.lower in _COPULAS:
        return True
    opening = tokens[open_token + 1] if open_token + 1 < sentence.stop else None
    if verb.lower == "that" and opening is not None and opening.is_capitalized:
        return True  # "had said that, “It is …”": the comma after ``that`` sets the quote off as its clause
    return opening is not None and opening.is_capitalized and _object_between(tokens, open_token - 2, sentence, carriers)


def _object_between(
    tokens: Sequence[Token], last: int, sentence: range, carriers: tuple[Collection[str], Collection[str]]
) -> bool:
    """Tokens ``…last`` end in a verb of uttering and up to :data:`_OBJECT_GAP` plain words after it
    (``reminded the crowd``, ``wrote on his blog``): no punctuation, quote or conjunction between;
    ``carriers`` are the verbs of uttering and the conjunctions."""
    verbs, conjunctions = carriers
    for k in range(last, max(sentence.start, last - _OBJECT_GAP) - 1, -1):
        token = tokens[k]
        if token.quoted or token.mark or not token.is_word or token.lower in conjunctions:
            return False
        if k < last and token.lower in verbs:
            return True
    return False


def after_lead_in(tokens: Sequence[Token], open_token: int, sentence: range, clause_words: Collection[str]) -> bool:
    """Only a short lead-in and its comma stand before the quote in its sentence (``However,``, ``In Seattle,``,
    ``Starting Wednesday,``): up to :data:`_LEAD_IN_WORDS` plain words, none of ``clause_words`` (conjunctions and
    finite verbs: not ``When it rained,`` nor ``You will study X,``, clauses the quote goes on)."""
    comma = open_token - 1
    if comma <= sentence.start or tokens[comma].text != ",":
        return False
    lead = tokens[sentence.start : comma]
    return len(lead) <= _LEAD_IN_WORDS and all(t.is_word and not t.quoted and t.lower not in clause_words for t in lead)


def begins_sentence(tokens: Sequence[Token], open_token: int, sentence: range) -> bool:
    """True when nothing but marks and list bullets stands before the quote in its sentence."""
    for k in range(open_token - 1, sentence.start - 1, -1):  # backwards: stops at the first word
        if not (tokens[k].mark or tokens[k].text in _BULLETS):
            return False
    return True


def follows_term_marker(tokens: Sequence[Token], open_token: int, markers: Collection[str]) -> bool:
    """True when the words just before the quote name it: ``so-called``, ``dubbed``, ``known as``,
    maybe with an article between (``known as the “lifeline” tariff``), also with a short phrase before
    the marker's ``as`` (``known in trade jargon as``), or a comma (``a note entitled, “…”``)."""
    stop = open_token - 1 if open_token > 0 and tokens[open_token - 1].text == "," else open_token
    if stop > 0 and tokens[stop - 1].lower in ARTICLES:  # "known as the “lifeline” tariff"
        stop -= 1
    before = [t.lower for t in tokens[max(0, stop - 3) : stop] if not t.quoted]
    for n in range(1, len(before) + 1):  # "dubbed", "so called", "known as"
        if " ".join(before[-n:]) in markers:
            return True
    if open_token == 0 or tokens[open_token - 1].lower != "as":
        return False
    k = open_token - 1
    while k > max(0, open_token - 1 - _AS_GAP) and tokens[k - 1].is_word and not tokens[k - 1].quoted:
        k -= 1
    said = " " + " ".join(t.lower for t in tokens[k : open_token - 1]) + " "
    return any(m.endswith(" as") and f" {m[:-3]} " in said for m in markers)


def follows_work_noun(tokens: Sequence[Token], open_token: int, close_token: int | None, work_nouns: Collection[str]) -> bool:
    """True for a short capitalized name in marks right after a noun of a work: a title (``the HBO series
    “Westworld.”``, ``her novel “Beloved”``; not ``the film “was a mistake,”``)."""
    if open_token == 0 or close_token is None or tokens[open_token - 1].lower not in work_nouns:
        return False
    inside = [t for t in tokens[open_token + 1 : close_token] if t.is_word]
    return 0 < len(inside) <= _WORK_TITLE_WORDS and inside[0].is_capitalized


#: The most words of a title after a noun of a work (``the series “Westworld”``).
_WORK_TITLE_WORDS = 4


def is_title(words: str) -> bool:
    """True for a title or name in title case: ``One Hundred Years of Solitude``, ``Kiev – Hero City``.

    Two words or more, every word capitalized but the small ones, no sentence punctuation.
    """
    if len(words) > _TITLE_LENGTH or any(mark in words for mark in ".,;!?:"):
        return False
    found = _WORD.findall(words)
    return len(found) > 1 and _title_cased(found)


def _named_with_article(words: str) -> bool:
    """True for a name after ``the`` in lower case, each of its words capitalized but the small ones (``the Millers``,
    ``the Iron Lady``): a nickname or a name, no one's wording."""
    article, _, name = words.partition(" ")
    if article != "the" or len(words) > _TITLE_LENGTH or any(mark in name for mark in ".,;!?:"):
        return False
    found = _WORD.findall(name)
    return 0 < len(found) <= _MAX_NAME_WORDS and _title_cased(found)


#: The most words of a name after ``the`` read as a term (``the Iron Lady``).
_MAX_NAME_WORDS = 4


def _title_cased(found: Sequence[str]) -> bool:
    """The words ``found`` are capitalized but the small ones, the first one too (``Peter Rabbit 2: The Runaway``)."""
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in found) and (
        found[0][0].isupper() or found[0][0].isdigit()
    )


def _wording(words: str) -> bool:
    """:data:`_WORDING` words or more, not all capitalized: someone's wording (``“well over the limit and
    barely able to stand”``), not a scare quote nor a title with its punctuation (``“I Love You, I’m Sorry”``)."""
    found = _WORD.findall(words)
    return len(found) >= _WORDING and not _title_cased(found)


def quote_kind(
    marked: Marked,
    text: str,
    *,
    starts_sentence: bool,
    has_speaker: bool,
    singles_are_terms: bool,
    names_term: bool,
    continues_direct: bool = False,
    reported: bool = False,
    quoted_before: bool = False,
    after_verb: bool = False,
    runs_on: bool = False,
    set_off: bool = False,
) -> str:
    """``direct``, ``partial`` or ``term`` for the quote ``marked`` of passage ``text``.

    A quote nested in another, in single marks where the article quotes speech in
    double ones (unless it is a credited sentence opening its own: ``‘We lost,’ Lee
    said``, or a fragment a cue before it in its sentence quotes, ``quoted_before``: ``Lee
    said the bank needs ‘a calibrated exit’``), named by the words before it (``names_term``: ``the so-called``) or
    in title case (a book, a film, a law; inside a sentence, also with the sentence's full stop or comma set
    inside the marks: ``on NBC’s “Meet the Press.”``) is a term.  A quote opening its sentence is
    direct when it is capitalized, or whole (ends a sentence, its full stop inside or right after the
    closing mark) after an introducer, unless its clause ``runs_on`` past the closing mark (``“If the
    board agrees” it can act``); a quote resuming a direct quote cut by its attribution is direct
    (``continues_direct``: ``“A,” she said, “b.”``); a capitalized quote holding a whole sentence, or
    ending one right after a verb of uttering (``after_verb``: ``saying “Who knows”.``), is direct too
    (``he wrote “A. B.”``), and so is a clause its attribution sets off, ending in a comma inside its marks
    (``set_off``: the quote follows a short lead-in, or opens its sentence capitalized or with its subject, and the
    attribution follows it: ``Starting Wednesday, “we will cool down,” she said``, ``“we lost,” she said``; not
    ``“not meeting expectations,” officials said``).  Any other fragment credited to a speaker, in a ``reported`` sentence
    (one with a speech verb: ``a plan critics described as “reckless”`` when no speaker is sure), or
    of :data:`_WORDING` words or more (someone's wording, not a scare quote), is partial; any other
    uncredited fragment is a term.
    """
    if marked.nested or names_term:
        return "term"
    words = text[marked.start : marked.end].lstrip(_LEADING_NOISE)
    capitalized = words[:1].isupper() or words[:1].isdigit()
    spoken = starts_sentence and has_speaker and capitalized and words.rstrip("’'").endswith((",", ".", "!", "?"))
    if marked.single and singles_are_terms and not spoken and not quoted_before:  # but "‘We lost,’ Lee said": speech
        return "term"
    if capitalized and is_title(words if starts_sentence else words.rstrip(".,")):  # on NBC's “Meet the Press.”
        return "term"
    if not starts_sentence and _named_with_article(words.rstrip(".,")):  # a club its fans call “the Millers”
        return "term"
    ended, stop_after = words.rstrip("’”'\"").endswith(tuple(_ENDS)), _stop_after(marked, text)
    if set_off and words.rstrip("’”'\"").endswith(",") and (not starts_sentence or capitalized or _subject_first(words)):
        return "direct"
    if continues_direct or (starts_sentence and not runs_on and (capitalized or ended or (stop_after and _wording(words)))):
        return "direct"  # but "replied, “probably tonight”.": a few words are no sentence
    if capitalized and ((has_speaker and _INNER_END.search(words)) or (after_verb and (ended or stop_after))):
        return "direct"
    return "partial" if has_speaker or reported or _wording(words) else "term"  # the words counted only when they tell


def _subject_first(words: str) -> bool:
    """The quoted words open with a subject (:data:`_SUBJECTS`): ``we are in a tight spot``, not ``not meeting
    expectations``, a fragment whose subject the writer left out."""
    found = _WORD.match(words)
    return found is not None and found.group().lower() in _SUBJECTS


def _stop_after(marked: Marked, text: str) -> bool:
    """A full stop (``!``, ``?``) right after the quote's closing mark, then a space or the passage's end:
    the quote ends its sentence (``… replied, “we rule on the law, not on feelings”.``)."""
    if marked.close_at is None:
        return False
    after = text[marked.close_at + 1 : marked.close_at + 4].lstrip(DOUBLE_MARKS + SINGLE_MARKS)
    return after[:1] in tuple(_ENDS) and after[1:2] in ("", " ", "\n")


def runs_on(
    tokens: Sequence[Token], open_token: int, close_token: int | None, sentence: range, words: tuple[Collection[str], Collection[str]]
) -> bool:
    """The quote ends on a word, no comma or stop inside its marks, a lower-case word follows its closing mark
    at ``close_token``, no speech verb before the next punctuation, and the quote's clause is no sentence
    on its own: it opens with a subordinator (``“If the board agrees” it can act, she said``) or a
    subordinator follows it (``“It is remarkable” that the dam held``); not ``“We won” she said``, nor a
    whole sentence before an adjunct (``“Prices will fall” in June, she said``).  ``words`` are the speech
    verbs and the conjunctions."""
    speech_verbs, conjunctions = words
    if close_token is None or close_token + 1 >= sentence.stop or not tokens[close_token - 1].is_word:
        return False
    following = tokens[close_token + 1]
    if not following.is_word or following.is_capitalized:
        return False
    if not any(t.lower in conjunctions and t.lower not in _COORDINATORS for t in (tokens[open_token + 1], following)):
        return False
    for k in range(close_token + 1, sentence.stop):
        if not tokens[k].is_word:
            return True
        if tokens[k].lower in speech_verbs:
            return False
    return True


def in_reported_sentence(tokens: Sequence[Token], sentence: range, at: int, speech_verbs: Collection[str]) -> bool:
    """A word of ``speech_verbs`` (or ``according``) outside quotes in ``sentence``, at most :data:`WINDOW`
    tokens from token ``at`` (a quote's opening mark): the sentence reports speech.  The window keeps a
    sentence of many quotes (a page without full stops) from being read once a quote."""
    near = tokens[max(sentence.start, at - WINDOW) : min(sentence.stop, at + WINDOW)]
    return any(not t.quoted and (t.lower in speech_verbs or t.lower == "according") for t in near)
