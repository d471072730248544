"""Words and sentences of a passage, with the quoted stretches marked.

The rules that attribute quotes read words, not characters: :func:`tokenize`
cuts a passage into word and punctuation tokens, flagging those inside quotes,
and :func:`sentences` groups the tokens into sentences, never ending one inside
a quote (``“A. B,” he said.`` is one sentence).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple


from .marks import DOUBLE_MARKS, SINGLE_MARKS, Marked

__all__ = ["Token", "tokenize", "sentences"]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[’'\-]\w+)*|[^\w\s]")
_MARKS = frozenset(DOUBLE_MARKS + SINGLE_MARKS)
_ENDS = frozenset(".!?…")


class Token(NamedTuple):
    """A word or punctuation character at ``start:end`` of the passage.

    ``quoted`` is true inside a quote; ``mark`` is ``"open"`` or ``"close"`` for a
    quotation mark that opens or closes one, else ``None``; ``lower`` is the text
    in lower case; ``is_capitalized`` tells it starts with a capital letter.
    """

    start: int
    end: int
    text: str
    quoted: bool
    mark: str | None
    lower: str
    is_capitalized: bool


def tokenize(text: str, quotes: Sequence[Marked]) -> list[Token]:
    """The tokens of ``text``; ``quotes`` are the quotes :func:`find_quotes` found in it."""
    opens = {q.open_at for q in quotes}
    closes = {q.close_at for q in quotes if q.close_at is not None}
    outer = [q for q in quotes if not q.nested]
    tokens: list[Token] = []
    k = 0
    limit = len(outer)
    append = tokens.append
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        while k < limit and outer[k].end <= start:
            k += 1
        quoted = k < limit and outer[k].start <= start
        mark = None
        if word in _MARKS:
            mark = "open" if start in opens else "close" if start in closes else None
        append(Token(start, end, word, quoted, mark, word.lower(), word[0].isupper()))
    return tokens


def sentences(tokens: Sequence[Token], abbreviations: Collection[str]) -> list[range]:
    """Token index ranges of the sentences; a full stop inside a quote ends one only with the quote."""
    found: list[range] = []
    first = 0
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token.text not in _ENDS or i + 1 >= n:
            continue
        j = i + 1
        if token.quoted:
            if tokens[j].mark == "close":
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
        previous = tokens[i - 1].text if i else ""
        if token.text == "." and (previous.lower() in abbreviations or (len(previous) == 1 and previous.isupper())):
            continue
        found.append(range(first, j))
        first = j
    if first < n:
        found.append(range(first, n))
    return found
