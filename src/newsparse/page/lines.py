"""Recognisers for the kinds of line news pages share, for splitters to build on.

Each works on one stripped line of text: does it end a sentence, ask a question,
run on into the next line, open with a dateline?  Related links and republication
notes are read by :mod:`newsparse.page.furniture`.  The regexes are compiled on
first use (:mod:`newsparse.lazy_regex`) and run in linear time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from newsparse.lazy_regex import lazy_compile
from newsparse.page.dates import DateMatch, find_date

__all__ = [
    "teases",
    "EDGE_PUNCT",
    "QUOTE_MARKS",
    "REPORTING",
    "line_key",
    "NAME_PARTICLES",
    "ends_sentence",
    "is_rate_note",
    "is_cut_short",
    "leads_on",
    "word_count",
    "sentences",
    "is_question",
    "opens_with_dateline",
    "is_speaker_label",
    "names_speaker",
    "is_dateline_alone",
    "is_dashed_dateline",
    "opens_with_bracketed_dateline",
    "dateline_date",
    "remember_lines",
]

#: Lower-case particles inside a person's name (``Lotte van Aalst``, ``Ahmed bin Salman``, ``Ana de la Cruz``).
NAME_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn bint ould ap ab ten ter dos das do del della degli los las dela delos ng".split())

# A name of two to four capitalised words, then two to four parts after commas, each a short phrase of words
# (a role, a body, a city): ``Jane Doe, chief economist, Harbour Bank, Mumbai`` (see :func:`is_speaker_label`).
# The last part is capitalized words, a body's or a city's name (``University of Leeds``), never a clause.  A vox
# pop's label gives the name, an age and an occupation of a few words instead: ``Falak Ali, 25, office worker``.
_SPEAKER_LABEL = lazy_compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:"
    r"(?:, [\w.&'’()-]+(?: [\w.&'’()-]+){0,7}){1,3}"
    r", [A-Z][\w.&'’()-]*(?: (?:[A-Z][\w.&'’()-]*|of|for|and|the|&)){0,5}"
    r"|, \d{1,3}, (?!(?:is|was|were|has|had|will|would|and)\b)[\w'’-]+(?: [\w'’-]+){0,3})"
)

# A label in capitals: a name of two to four words and one part after a comma (``ANDREW BAILEY, BANK OF ENGLAND
# GOVERNOR``).
_CAPITALS_LABEL = lazy_compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,3}, [A-Z][A-Z.&'’()-]*(?: [A-Z][A-Z.&'’()-]*){0,7}")

# What may close a line after its sentence's last mark: closing quotes and brackets, and spaces.
_CLOSERS = "\"'”’»)]* "
_SENTENCE_END = frozenset(".!?…")
_RUN_ON_ENDS = (":", ",", ";", "–", "—")
_DASH_OPENINGS = ("—", "–", "- ")

# Where a sentence ends: white space after a full stop, ``?`` or ``!``, but not after an initial or a title.
_SENTENCE_BREAK = lazy_compile(r"(?<=[.?!])(?<!\b[A-Z][.?!])(?<!Dr\.)(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)(?<!Prof\.)(?<!St\.)\s+")

# A dateline: ``WASHINGTON (AP) —``, ``KYIV, Ukraine (Reuters) -``, ``(CNN) --``, ``LONDON —``, and with the
# day and month a wire prints before its name: ``HALIFAX, Oct 12 (Reuters) -``.
# (two places in capitals may share it, joined by a slash: ``HENRICO/RICHMOND, Va. (WWBT) -``)
_PLACE = r"[A-Z][A-Z.'’-]+(?:/[A-Z][A-Z.'’-]+)?(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*| \d{1,2})?)?"
# A dateline that prints the date: ``BOSTON, May 6, 2025 /PRNewswire/ --``, ``DENVER, Colo., March 3, 2024 (AP) —``.
_DATED_PLACE = lazy_compile(rf"{_PLACE},\s*")
_DATED_TAIL = lazy_compile(r"\s*(?:/[^/]{1,40}/\s*|\([^()]{1,30}\)\s*)?(?:—|–|--|-)\s")
_DATELINE_CHARS = 80
_WIRE_HEAD = rf"(?:{_PLACE}\s*)?\([A-Za-z0-9][\w .&/-]{{0,29}}\)"
_DATELINE_HEAD = rf"(?:{_WIRE_HEAD}|{_PLACE})\s*(?:—|–|--|-)"
# A wire's name in brackets may take the lead's first word against its dash: ``LONDON (Reuters) -The Bank …``.
_DATELINE = lazy_compile(rf"{_DATELINE_HEAD}\s|{_WIRE_HEAD}\s*(?:—|–|--|-)(?=[A-Z\"“‘])")
# A dateline in brackets with no dash, a place or a source of up to three capitalised words, opening the lead:
# ``(Geneva) More than …``, ``(Harbour Post) Six …``.
_BRACKETED_DATELINE = lazy_compile(r"\([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\) [A-Z\"“‘]")
# A dateline alone on its line with the dash that leads into its story: ``LONDON, March 29 (UPI) --``.
_DASHED_DATELINE = lazy_compile(_DATELINE_HEAD)


# A dateline printed alone on its line, over the paragraph it opens: ``TOLEDO (AP)``, ``YOUNGSTOWN``.
_DATELINE_ALONE = lazy_compile(rf"{_PLACE}(?:\s*\([A-Za-z0-9][\w .&/-]{{0,29}}\))?")


_Answer = TypeVar("_Answer")
#: How many lines a :func:`remember_lines` recogniser keeps its answers for (a few pages' worth) ...
_REMEMBERED_LINES = 512
#: ... each of at most this many characters: a longer line is not kept alive for it.
_REMEMBERED_CHARS = 1000



#: Punctuation trimmed from a line's ends when it is looked up in a word list.
EDGE_PUNCT = " \t.:;,!?…|-–—•·»«>*#/\\()[]_="
#: Quotation marks: a line holding one quotes someone.
QUOTE_MARKS = ('"', "“", "”", "«", "»")
#: Words that report someone's speech: what a line reports someone saying is an article's text, no chrome.
REPORTING = (" said", " says", " told ", " according to ", " warned", " stressed")


def line_key(line: str) -> str:
    """A line as the word lists spell it: lower case, edge punctuation trimmed."""
    return line.strip(EDGE_PUNCT).casefold()


def remember_lines(recognise: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """``recognise`` (a pure function of a line) keeping its answers for the last lines it was asked about, found
    again by the identity of the line's string: every splitter, in detection and then in splitting, asks about
    the same line strings of one page's probe, over and over.  An answer is looked up by ``id`` and kept with its
    line, so no id is reused while kept and no line is ever compared or hashed in full."""
    answers: dict[int, tuple[str, _Answer]] = {}

    @functools.wraps(recognise)
    def remembering(line: str) -> _Answer:
        known = answers.get(id(line))
        if known is not None and known[0] is line:
            return known[1]
        answer = recognise(line)
        if len(line) <= _REMEMBERED_CHARS:
            if len(answers) >= _REMEMBERED_LINES:
                answers.clear()
            answers[id(line)] = (line, answer)
        return answer

    return remembering


def is_rate_note(line: str) -> bool:
    """True for an exchange rate an agency prints in brackets under its story, an amount equal to another: ``($1 =
    1,538 naira)``, ``(£1 = $1.27)``; text of the story, though it ends no sentence."""
    left, equals, right = line.partition(" = ")
    return bool(equals) and line.startswith("(") and line.endswith(")") and any(map(str.isdigit, left)) and any(map(str.isdigit, right))


def ends_sentence(line: str) -> bool:
    """True when the line ends with a full stop, ``?``, ``!`` or ``…``, closing quotes and brackets aside."""
    return line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END


def is_cut_short(line: str) -> bool:
    """True for a teaser's blurb cut off with an ellipsis (``… celebrating the achievements of...``):
    a line ending in ``...`` or ``…`` with no closing quote or bracket after it."""
    return line.endswith(("...", "…"))


def teases(line: str, full: str, least: int) -> bool:
    """True when ``line`` is ``full`` cut short with an ellipsis (:func:`is_cut_short`), at least ``least`` words kept:
    a teaser of the paragraph (``Up to 100 fishermen protested…`` over ``Up to 100 fishermen protested on …``)."""
    if not is_cut_short(line):
        return False
    cut = line.removesuffix("...").removesuffix("…").rstrip()
    return word_count(cut, least) >= least and full.startswith(cut)


def leads_on(line: str) -> bool:
    """True for a line that runs on into the next one rather than standing alone.

    It ends with a colon, comma, semicolon or dash (``…, the minister said:``), or
    opens with a dash, as the credit line of an embedded post does
    (``— Jane Doe (@jdoe) May 3, 2024``).
    """
    return line.endswith(_RUN_ON_ENDS) or line.startswith(_DASH_OPENINGS)


def word_count(line: str, most: int = -1) -> int:
    """The number of white-space separated words in ``line``; given ``most``, counting stops at
    ``most + 1`` (a long paragraph is not split whole to tell that it has over ``most`` words)."""
    return len(line.split(maxsplit=most))


def sentences(line: str) -> list[str]:
    """The sentences of ``line``, split after a full stop, ``?`` or ``!`` and white space, but not after an
    initial or a title (``Jane A. Doe``, ``Dr. Jane Doe``)."""
    return _SENTENCE_BREAK.split(line.strip())


def is_question(line: str) -> bool:
    """True when the line ends with a question mark, closing quotes and brackets aside."""
    return line.rstrip(_CLOSERS)[-1:] == "?"


def opens_with_dateline(line: str) -> bool:
    """True for a paragraph that opens with a news dateline: ``DENVER (CBS4) —``, ``(CNN) --``, ``LONDON —``."""
    return _DATELINE.match(line) is not None


def is_speaker_label(line: str, after: str) -> bool:
    """True for a line naming who speaks in the quoted paragraphs under it (``after`` opens with a quotation mark):
    a roundup's label of a speaker (:func:`names_speaker`) over ``"Rates will fall.``."""
    return after[:1] in QUOTE_MARKS and names_speaker(line)


def names_speaker(line: str) -> bool:
    """True for a name, then a role, a body and perhaps a city, parted by commas, with no verb's full stop and no word
    of reporting (``Jane Doe, chief economist, Harbour Bank, Mumbai``), as a roundup of comments labels its experts,
    or, all in capitals, a name and one part (``ANDREW BAILEY, BANK OF ENGLAND GOVERNOR``, as wire copy labels what
    each official said).  A summary line is one clause; this is a name and its apposition only."""
    if ends_sentence(line) or any(word in line for word in REPORTING):
        return False
    return _SPEAKER_LABEL.fullmatch(line) is not None or (line.isupper() and _CAPITALS_LABEL.fullmatch(line) is not None)


def is_dateline_alone(line: str) -> bool:
    """True for a line that is only a dateline in capitals, perhaps with its wire's name: ``TOLEDO (AP)``,
    ``YOUNGSTOWN``, ``KYIV, Ukraine``.  Its shape is a label's too (``LOCAL NEWS``): callers ask where it stands."""
    return _DATELINE_ALONE.fullmatch(line) is not None


def after_dateline(line: str) -> str:
    """``line`` past the news dateline it opens with (``At least …`` of ``KARACHI (Reuters) - At least …``), else all of it."""
    dateline = _DATELINE.match(line)
    return line if dateline is None else line[dateline.end() :].lstrip()


def opens_with_bracketed_dateline(line: str) -> bool:
    """True for a paragraph opening with a place or source in brackets and no dash, as some wires print the
    dateline (``(Geneva) More than 660 people …``, ``(Harbour Post) Six …``): a lead, never a standfirst."""
    return _BRACKETED_DATELINE.match(line) is not None


def is_dashed_dateline(line: str) -> bool:
    """True for a line that is only a news dateline and the dash that leads into the story's first sentence
    (``LONDON, March 29 (UPI) --``, ``KYIV, Ukraine —``): the lead runs on from it."""
    return _DASHED_DATELINE.fullmatch(line) is not None


def dateline_date(line: str) -> DateMatch | None:
    """The date a paragraph's opening dateline prints (``BOSTON, May 6, 2025 /PRNewswire/ --``,
    ``DENVER, Colo., March 3, 2024 (AP) —``), else None."""
    found = find_date(line[:_DATELINE_CHARS])
    if found is None or _DATED_PLACE.fullmatch(line, 0, found.start) is None:
        return None
    return found if _DATED_TAIL.match(line, found.end) is not None else None
