"""Words and sentences of a passage, with the quoted stretches marked.

The rules that attribute quotes read words, not characters: :func:`tokenize`
cuts a passage into word and punctuation tokens, flagging those inside quotes,
:func:`mark_token` finds the token of a quote's mark, and :func:`sentences`
groups the tokens into sentences, never ending one inside a quote
(``“A. B,” he said.`` is one sentence) nor at a question or exclamation mark
closing one (``“Why?” Fico asked.``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import accumulate, compress, count, islice, repeat
from operator import index as operator_index, itemgetter, not_
from sys import intern
from typing import Any, NamedTuple, overload

from newsparse.lazy_regex import lazy_compile

from .marks import APOSTROPHES, BACKTICKS, CURLY_PAIRS, DOUBLE_MARKS, SINGLE_MARKS, Marked

__all__ = [
    "CAPITALIZED", "COMPACT_CHARS", "IS_WORD", "LOWER", "TEXT", "Columns", "CompactTokens", "Token", "tokenize", "tokenize_with_columns", "mark_token", "past_quoted",
    "sentences",
]

#: A number, a word (``don’t``, ``vice-president``, a name joined by a slash or ``&`` before a capital: ``NORD/LB``,
#: ``AC/DC``, ``AT&T’s``; a possessive typed with an opening mark, ``Police‘s``; not ``and/or``; a web address's name and
#: its domain, ``Bonkers.ie``, ``Amazon.com``, ``news.com.au``; a name's closing plus signs: ``OPEC+``, ``C++``, not ``a+b``) or a punctuation character; possessive quantifiers, as a token never gives
#: back characters.  Each branch opens with one character of a class (``\d\d*+``, not ``\d++``), so the
#: regex engine skips white space without trying them; the last class asks for white space first (``[^\s\w]``).
_TOKEN = lazy_compile(
    r"(\d\d*+(?:[.,]\d++)*+|\w\w*+(?:[’'\-]\w++|‘(?=s\b)\w++|[/&](?=[A-Z])\w++|\.(?=(?:com|org|net|gov|edu|ie|uk|au|nz|ca|in|io|info|news)\b)\w++)*+"
    r"(?:\++(?!\w))?|``|''|[‘’][‘’]|[^\s\w])"
)
#: A surname led by a lower-case Arabic article or kin word, joined by a hyphen: ``al-Zoubi``,
#: ``el-Masri``, ``bin-Salem``, or by a Romance particle and an apostrophe: ``d’Almeida``,
#: ``dell'Acqua``; read as capitalized, like the name it is part of.  Found by its hyphen or
#: apostrophe before a capital first (a fast scan), then checked on the word.
_PREFIXED_NAME = lazy_compile(r"(?:(?:al|el|ad|ar|ash|az|bin|ibn|abu|bint|ould|ben)-|(?:d|dell|dall)['’])[^\W\d_a-z]")
_JOIN_CAPITAL = lazy_compile(r"[-'’][^\W\d_a-z]")
_MARKS = frozenset([*DOUBLE_MARKS, *SINGLE_MARKS, BACKTICKS, "`", APOSTROPHES, *CURLY_PAIRS])  # "`": a lone backtick opening
_ENDS = frozenset(".!?…")
#: Abbreviations that stand only before a number (``No. 2``, ``fig. 3``): printed in lower case before a word, they are
#: words ending a sentence (``voted no.``).
_BEFORE_NUMBERS = frozenset(["no", "fig", "approx"])
#: The length of a passage past which its tokens are kept as :class:`CompactTokens`: far longer than
#: any paragraph printed for people to read.
COMPACT_CHARS = 50_000
#: A photo's place on the page in parentheses after a name, no word of the sentence: ``Tom Hart (pictured)``,
#: ``(pictured left)``, ``(left)``, ``(centre, in red)`` is not one.
_PICTURE_NOTE = lazy_compile(
    r"\((?:pictured|left|right|cent(?:re|er)|above|below|inset)(?: (?:left|right|cent(?:re|er)|above|below|top|bottom))?\)"
)
#: :class:`CompactTokens` makes its tokens this many at a time (a power of two), and keeps this many chunks.
_CHUNK_BITS = 8
_CHUNK = 1 << _CHUNK_BITS
_CHUNK_MASK = _CHUNK - 1
_CHUNKS_KEPT = 8
_PIECE_CHARS = 50_000


def _may_join(text: str) -> bool:
    """``text`` may hold a prefixed surname: a hyphen, or a particle's ``d`` or ``l`` before an apostrophe."""
    return "-" in text or "d'" in text or "d’" in text or "l'" in text or "l’" in text


class Token(NamedTuple):
    """A word or punctuation character ``text`` at ``start`` of the passage.

    ``quoted`` is true inside a quote; ``mark`` is ``"open"`` or ``"close"`` for a
    quotation mark that opens or closes one, else ``None``; ``lower`` is the text
    in lower case; ``is_capitalized`` tells it starts with a capital letter, ``is_word``
    that it starts with a letter or digit (it is no punctuation).
    """

    start: int
    text: str
    quoted: bool
    mark: str | None
    lower: str
    is_capitalized: bool
    is_word: bool

    @property
    def end(self) -> int:
        """Where the token ends in the passage."""
        return self[0] + len(self[1])  # start and text, read by position: faster than by name


#: Getters of a token field by position, to read a column of tokens in C (``map``, ``key=``): faster
#: than by name on a named tuple.
_START, TEXT, _QUOTED, LOWER, CAPITALIZED, IS_WORD = (
    itemgetter(Token._fields.index(name)) for name in ("start", "text", "quoted", "lower", "is_capitalized", "is_word")
)


class Columns(NamedTuple):
    """Three fields of a passage's tokens as lists, which the scans over every token (for cues,
    names, sentence ends) read in C without reading each token: the texts, the texts in lower case
    and whether each is capitalized."""

    texts: list[str]
    lowers: list[str]
    capitalized: list[bool]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Columns:
        """The columns of ``tokens``."""
        return cls(list(map(TEXT, tokens)), list(map(LOWER, tokens)), list(map(CAPITALIZED, tokens)))


def tokenize(text: str, quotes: Sequence[Marked]) -> Sequence[Token]:
    """The tokens of ``text``; ``quotes`` are the quotes :func:`find_quotes` found in it."""
    return tokenize_with_columns(text, quotes)[0]


def tokenize_with_columns(text: str, quotes: Sequence[Marked]) -> tuple[Sequence[Token], Columns]:
    """The tokens of ``text`` (see :func:`tokenize`) and their :class:`Columns`.

    The fields are computed column by column with ``map`` (no Python loop per token),
    then zipped into tokens: a list of them, or for a passage over :data:`COMPACT_CHARS`
    characters a :class:`CompactTokens` that keeps the columns alone.
    """
    compact = len(text) > COMPACT_CHARS
    if compact:
        starts, words = _compact_words(text)
    else:
        starts, words = _spaced_words(text) if text.isprintable() else _words(text)
        if "(" in text:
            starts, words = _without_picture_notes(text, starts, words)
    n = len(words)
    quoted = [False] * n
    marks: list[str | None] = [None] * n
    if quotes:
        _mark_quotes(quotes, starts, words, quoted, marks)
    firsts = map(itemgetter(0), words) if compact else list(map(itemgetter(0), words))
    capitalized = list(map(str.isupper, firsts))
    for joint in _JOIN_CAPITAL.finditer(text) if _may_join(text) else ():  # most passages hold neither
        k = bisect_right(starts, joint.start()) - 1
        if k >= 0 and _PREFIXED_NAME.fullmatch(words[k], 0, joint.end() - starts[k]):
            capitalized[k] = True
    if compact:
        lowers = list(map(intern, map(str.lower, words)))
        is_word = list(map(str.isalnum, map(itemgetter(0), words)))
        return CompactTokens((starts, words, quoted, marks, lowers, capitalized, is_word)), Columns(words, lowers, capitalized)
    lowers = list(map(str.lower, words))
    columns = zip(starts, words, quoted, marks, lowers, capitalized, map(str.isalnum, firsts))
    return list(map(tuple.__new__, repeat(Token), columns)), Columns(words, lowers, capitalized)


def _words(text: str) -> tuple[list[int], list[str]]:
    """Where each token of ``text`` starts, and its text, read with :data:`_TOKEN` in one pass."""
    parts = _TOKEN.split(text)  # space, token, space, token, ..., space
    words = parts[1::2]
    # where each token starts: the sum of the lengths of the parts up to the space before it
    return list(accumulate(map(len, parts)))[: 2 * len(words) : 2], words


def _spaced_words(text: str) -> tuple[list[int], list[str]]:
    """:func:`_words` of a ``text`` whose only white space is the space (it is printable): cut at its spaces
    first, in C; a piece of letters alone is one token, so is each of letters and the one mark after them
    (``said,``: no letter, digit nor ``_`` that :data:`_TOKEN` would run on), and only the others (``“We``,
    ``don’t``) are read with :data:`_TOKEN`, which gives the tokens it would give in the whole text, as no
    token holds a space.  Most pieces are plain words, so this is faster than matching every token."""
    pieces = text.split(" ")
    starts: list[int] = []
    words: list[str] = []
    add_start, add_word, find = starts.append, words.append, _TOKEN.findall
    at = 0
    for piece, letters, size in zip(pieces, map(str.isalpha, pieces), map(len, pieces)):
        if letters:
            add_start(at)
            add_word(piece)
        elif piece[:-1].isalpha() and not piece[-1].isalnum() and piece[-1] not in "_+":  # "said,", "Lee.": a word, a mark
            add_start(at)
            add_word(piece[:-1])
            add_start(at + size - 1)
            add_word(piece[-1])
        else:
            k = at
            for word in find(piece):
                add_start(k)
                add_word(word)
                k += len(word)
        at += size + 1
    return starts, words


def _without_picture_notes(text: str, starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """``starts`` and ``words`` without the tokens of photo notes (:data:`_PICTURE_NOTE`): ``The landlord, Tom Hart
    (pictured), said`` reads as ``The landlord, Tom Hart, said``; the other tokens keep their offsets."""
    notes = [(note.start(), note.end()) for note in _PICTURE_NOTE.finditer(text)]
    if not notes:
        return starts, words
    dropped = set()
    for start, end in notes:
        dropped.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    kept = [k not in dropped for k in range(len(starts))]
    return list(compress(starts, kept)), list(compress(words, kept))


def _compact_words(text: str) -> tuple[array[int], list[str]]:
    """Where each token of ``text`` starts, and its text, interned; read some :data:`_PIECE_CHARS`
    characters at a time, cut at a space (which no token holds), so no list of all its parts is made."""
    starts, words = array("q"), []
    at = 0
    while at < len(text):
        cut = text.find(" ", at + _PIECE_CHARS)
        cut = len(text) if cut < 0 else cut
        parts = _TOKEN.split(text[at:cut])
        starts.extend(islice(accumulate(map(len, parts), initial=at), 1, len(parts) - 1, 2))
        words.extend(map(intern, parts[1::2]))
        at = cut
    return starts, words


class CompactTokens(Sequence[Token]):
    """The tokens of a very long passage (quote-mark soup, an endless paragraph), kept as columns:
    about 62 bytes a token instead of some 270 for a list of tokens (their texts are interned, so a
    word printed many times is held once).  Tokens are made when read, :data:`_CHUNK` at a time, and
    the last few chunks kept, as the rules read the tokens near a quote; passages of ordinary length
    are kept as lists, which read faster."""

    def __init__(self, fields: tuple[Sequence[Any], ...]):
        self._fields = fields
        #: Where each token starts, to find a token by its offset without making the tokens.
        self.starts: Sequence[int] = fields[0]
        self._chunks: dict[int, list[Token]] = {}

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        try:  # a token of a chunk kept
            return self._chunks[index >> _CHUNK_BITS][index & _CHUNK_MASK]  # type: ignore[operator]
        except (KeyError, TypeError):  # another chunk, a negative index or a slice
            pass
        if index.__class__ is slice:
            return list(map(tuple.__new__, repeat(Token), zip(*[field[index] for field in self._fields])))
        index = operator_index(index)
        if index < 0:
            index += len(self.starts)
        return self._chunk(index)[index & _CHUNK_MASK]

    def _chunk(self, index: int) -> list[Token]:
        """The tokens of the chunk holding token ``index``, made and kept (out of range: an :class:`IndexError`)."""
        if not 0 <= index < len(self.starts):
            raise IndexError("token index out of range")
        if len(self._chunks) >= _CHUNKS_KEPT:
            self._chunks.clear()
        first = index >> _CHUNK_BITS << _CHUNK_BITS
        made = self._chunks[index >> _CHUNK_BITS] = self[first : first + _CHUNK]
        return made

    def __iter__(self) -> Iterator[Token]:
        return map(tuple.__new__, repeat(Token), zip(*self._fields))


def _mark_quotes(
    quotes: Sequence[Marked], starts: list[int], words: list[str], quoted: list[bool], marks: list[str | None]
) -> None:
    """Flag the tokens inside ``quotes`` in ``quoted`` and their marks in ``marks`` (``"open"``, ``"close"``)."""
    n = len(words)
    for q in quotes:
        if not q.nested:
            lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
            quoted[lo:hi] = [True] * (hi - lo)
    for at, mark in [(q.close_at, "close") for q in quotes] + [(q.open_at, "open") for q in quotes]:
        k = n if at is None else bisect_left(starts, at)
        if k < n and starts[k] == at and words[k] in _MARKS:
            marks[k] = mark


class PassageTokens(Sequence[Sequence[Token]]):
    """The tokens of each passage, each list made the first time it is read: the quotes
    extractor reads the passages up to its last quote only.  :meth:`columns` gives their
    :class:`Columns`."""

    def __init__(self, printed: Sequence[str], marks: Sequence[Sequence[Marked]]):
        self._printed, self._marks = printed, marks
        self._made: list[tuple[Sequence[Token], Columns] | None] = [None] * len(printed)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Sequence[Token]: ...
    @overload
    def __getitem__(self, index: slice) -> list[Sequence[Token]]: ...
    def __getitem__(self, index: int | slice) -> Sequence[Token] | list[Sequence[Token]]:
        if isinstance(index, slice):
            return [self[k] for k in range(len(self._made))[index]]
        return self._made_at(index)[0]

    def columns(self, index: int) -> Columns:
        """The :class:`Columns` of the tokens of passage ``index``."""
        return self._made_at(index)[1]

    def _made_at(self, index: int) -> tuple[Sequence[Token], Columns]:
        made = self._made[index]
        if made is None:
            made = self._made[index] = tokenize_with_columns(self._printed[index], self._marks[index])
        return made


def mark_token(tokens: Sequence[Token], at: int, mark: str) -> int | None:
    """The index of the token at offset ``at`` when it is a quotation mark that does ``mark`` (``"open"``/``"close"``)."""
    k = bisect_left(tokens.starts, at) if isinstance(tokens, CompactTokens) else bisect_left(tokens, at, key=_START)
    return k if k < len(tokens) and tokens[k].start == at and tokens[k].mark == mark else None


def past_quoted(tokens: Sequence[Token], i: int, stop: int) -> int:
    """The first of the tokens ``i:stop`` outside a quote (``stop`` when there is none), found in C: a
    quote's words are skipped at once."""
    return next(compress(count(i), map(not_, map(_QUOTED, tokens[i:stop]))), stop)


def sentences(
    tokens: Sequence[Token], abbreviations: Collection[str], texts: Iterable[str] | None = None, titles: Collection[str] = ()
) -> list[range]:
    """Token index ranges of the sentences; a full stop inside a quote ends one only with the quote, not with a
    quote nested in it that the quote goes on after.

    A quote closing on ``?`` or ``!`` ends none: its attribution follows (``“Why?” Fico asked.``); unless
    a colon introduced it (``Lee said: “Why?” Fico shrugged.``).  The full stop of one of the
    ``abbreviations`` ends none either, unless a quote opening on a capital follows it and it is not one
    of the ``titles`` printed before a name (``said Ann Lee of Hart & Co. “We …”``; not ``Gen. “Mad Dog” Lee``).
    ``texts`` are the texts of the tokens when at hand (:attr:`Columns.texts`).
    """
    found: list[range] = []
    first = 0
    n = len(tokens)
    texts = map(TEXT, tokens) if texts is None else texts
    opened: _Openings | None = None  # made at the first quote closing on "?" or "!": most passages hold none
    for i in compress(count(), map(_ENDS.__contains__, texts)):  # the stops, found in C
        if i + 1 >= n:
            continue
        token = tokens[i]
        j = i + 1
        if token.quoted:
            if tokens[j].mark == "close":
                if token.text in "?!":
                    opened = opened or _Openings(tokens)
                    if not opened.after_colon(i):
                        continue  # "“Who pays?” Fico asked.": the attribution follows in the same sentence
                if j + 1 < n and tokens[j + 1].quoted and tokens[j + 1].mark is None:
                    continue  # "“… a letter that said, ‘Rocky times.’ We’ll absorb it,” Lee said.": a nested quote closed
                j += 1
            elif tokens[j].mark != "open":  # a run-on quote ends where the next one opens
                continue
        while j < n and tokens[j].mark == "close":
            j += 1
        if j >= n:
            continue
        after = tokens[j]
        if not (after.is_capitalized or after.mark == "open" or after.text[0].isdigit()):
            continue
        if after.text[0].isdigit() and after.start == token.end:
            continue  # "K1.9 million", "v2.5": a decimal point glued to a letter, no stop
        previous = tokens[i - 1].text if i else ""
        initial = len(previous) == 1 and previous.isupper() and after.mark != "open"  # "W. Bush", not "on X. “…"
        if token.text == "." and (
            (previous.lower() in abbreviations and not _quote_opens_after(tokens, j, previous.lower(), titles) and not _word_ends(previous, after))
            or initial or _inside_label(tokens, i) or (after.text[0].isdigit() and _short_before_number(previous))
        ):
            continue
        found.append(range(first, j))
        first = j
    if first < n:
        found.append(range(first, n))
    return found


#: The most letters of an abbreviation printed with a full stop before a number (``Rs. 42 billion``, ``Vol. 3``).
_NUMBER_ABBREVIATION = 3


def _word_ends(previous: str, after: Token) -> bool:
    """``previous`` is a lower-case word that is an abbreviation only before a number (``no`` of ``No. 2``), and a word
    follows its full stop: the sentence ends there (``The council voted no. Ochoa said …``)."""
    return previous in _BEFORE_NUMBERS and not after.text[0].isdigit()


def _short_before_number(previous: str) -> bool:
    """``previous``, before a full stop and a number, is a short abbreviation in title case (``Rs. 42 billion``,
    ``Tk. 500``, ``Art. 5``): no sentence ends there (news copy opens no sentence with digits after such a word;
    an acronym in capitals may end one: ``the PPP. 42 people``)."""
    return len(previous) <= _NUMBER_ABBREVIATION and previous.isalpha() and previous[0].isupper() and not previous.isupper()


class _Openings:
    """The opening mark last before a token, read forward once over the tokens (so linear in all)."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self.read = 0
        self.last = -1

    def after_colon(self, i: int) -> bool:
        """The quote open at token ``i`` opened right after a colon (``said: “For what?”``)."""
        tokens = self.tokens
        while self.read < i:
            if tokens[self.read].mark == "open":
                self.last = self.read
            self.read += 1
        return self.last > 0 and tokens[self.last - 1].text == ":"


def _quote_opens_after(tokens: Sequence[Token], j: int, abbreviation: str, titles: Collection[str]) -> bool:
    """A quote opens at token ``j`` on a capital after an abbreviation no name follows (``Co.``, ``Jr.``)."""
    return tokens[j].mark == "open" and j + 1 < len(tokens) and tokens[j + 1].is_capitalized and abbreviation not in titles


def _inside_label(tokens: Sequence[Token], i: int) -> bool:
    """The full stop at ``i`` is inside a party label's state (``D-N.M.``): a letter and a stop follow."""
    previous, after = tokens[i - 1].text, tokens[i + 1].text
    return (
        len(previous) > 2 and previous[1] == "-" and previous[0].isupper()
        and len(after) == 1 and after.isupper() and i + 2 < len(tokens) and tokens[i + 2].text == "."
    )
