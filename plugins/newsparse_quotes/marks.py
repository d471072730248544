"""Finding the spans between quotation marks in one passage.

One left-to-right pass over the marks with a stack at most two deep (one double
and one single quote open at a time), so the time is linear in the passage.
The direction of a mark is read from its neighbours, not its shape, because
typeset text prints opening marks as closing ones (``”While I…,” Trump wrote``).
Single marks between letters or before a year (``don’t``, ``’90s``) are
apostrophes, never quote marks; so is one after an ``s`` and before a lower-case word inside a
single quote that a later mark closes (``‘… the players’ union …’``).  A pair of backticks is a double mark, opening or
closing (newspaper archives print ````Yes,```` so); a lone backtick inside a word (``won`t``) is none, and one before a word
opens a single quote (``he is `not worried’``).  So is
a pair of straight apostrophes (wire copy closes ``"Yes,'' he said`` so), and two curly single marks
side by side (``‘‘Yes,’‘ he said``: archive copy whose backticks and apostrophes were made curly).  A quote open
alone is closed by a closing mark of the other kind right after a comma, full stop, question or exclamation mark
(``‘We agree,” he said``: mistyped marks; an apostrophe never follows such punctuation), and so is an open quote by
a mark of its kind right after such punctuation, glued to the next word (``“… my family,"Ann Lee told``: a space
lost, no new quote).  An opening mark after a
double quote left open, followed by a few words ending the passage (or any clause after a comma and a space), is
a closing mark misprinted (``“… have suffered “Peters stated.``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple

from newsparse.lazy_regex import lazy_compile

__all__ = ["APOSTROPHES", "BACKTICKS", "CURLY_PAIRS", "DOUBLE_TOKENS", "Marked", "find_quotes", "DOUBLE_MARKS", "SINGLE_MARKS"]

#: Characters read as double quotation marks.
DOUBLE_MARKS = "\"“”„‟«»″"
#: Characters read as single quotation marks (or apostrophes).
SINGLE_MARKS = "'‘’‚‛‹›"

#: Two backticks, read as one double mark.
BACKTICKS = "``"
#: Two straight apostrophes, read as one double mark.
APOSTROPHES = "''"
#: Two curly single marks side by side, in any direction, read as one double mark.
CURLY_PAIRS = ("‘‘", "’’", "’‘", "‘’")
#: The tokens of a double mark.
DOUBLE_TOKENS = frozenset([*DOUBLE_MARKS, BACKTICKS, APOSTROPHES, *CURLY_PAIRS])
#: The single marks that pair with one another into a double mark: each with itself, the curly ones in any order.
_PAIRING = {"`": "`", "'": "'", "‘": "‘’", "’": "‘’"}

#: A mark, but no single mark between two letters or digits (``don’t``, ``O’Neil``): an apostrophe, skipped in C.
#: The test follows the mark, so that the search still skips to the next mark's character at C speed.
_MARK = lazy_compile(
    f"[{re.escape(DOUBLE_MARKS + SINGLE_MARKS)}`](?!(?<=[^\\W_][{re.escape(SINGLE_MARKS)}])[^\\W_])"
)
#: Punctuation after which a mark of the other kind than the one open closes the quote (``‘We agree,” he said``,
#: ``"We agree,’ she said``, mistyped so): no apostrophe follows it.
_CLOSING_PUNCTUATION = frozenset(",.?!")
#: The most words after a misprinted closing mark that end the passage: a speaker's clause (``“He continued.``).
_TAIL_WORDS = 6
#: Marks that can only open a quote, whatever their neighbours.
_OPENERS_ONLY = "„‚"


class Marked(NamedTuple):
    """A quote found in a passage; offsets are into the passage string.

    ``start``/``end`` bound the quoted words (edge space trimmed); ``open_at`` and
    ``close_at`` are the indexes of the marks (``close_at`` is ``None`` for a quote
    left open at the end of the passage).  ``single`` tells the outer marks are
    single ones; ``nested`` tells the quote sits inside another.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    single: bool
    nested: bool


def _is_apostrophe(char: str, before: str, after: str) -> bool:
    """``don’t``, ``O’Neil`` (a letter on both sides) or ``’90s`` (a digit after, none before)."""
    return (before.isalnum() and after.isalnum()) or (after.isdigit() and char in "'’‛")


def _possessive(text: str, i: int) -> bool:
    """The single mark at ``i`` follows an ``s`` and comes before a space and a lower-case word: a
    plural's possessive (``the players’ union``) or the close of a quote (``the ‘experts’ said``)."""
    return text[i - 1 : i] in ("s", "S") and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


class _LaterClose:
    """Tells whether the single quote open at a possessive-looking mark closes later on (``‘… the
    players’ union …,’ he said``: the mark is an apostrophe) or a single mark opening another comes
    first (``the ‘experts’ said ‘no’``: it closes the quote).  The verdict holds up to the mark that
    decided it, so the marks of a passage are scanned once whatever the number of such marks."""

    def __init__(self, text: str):
        self.text = text
        self.until, self.verdict = -1, False

    def __call__(self, i: int) -> bool:
        if i < self.until:
            return self.verdict
        text, last = self.text, len(self.text) - 1
        self.until, self.verdict = len(text), False
        for match in _MARK.finditer(text, i + 1):
            j = match.start()
            char, before, after = text[j], text[j - 1], text[j + 1] if j < last else " "
            if char not in SINGLE_MARKS or "'" in (before, after) or _is_apostrophe(char, before, after):
                continue
            can_open = not before.isalnum() and not after.isspace()
            can_close = not before.isspace() and not after.isalnum()
            if can_open != can_close and not (can_close and _possessive(text, j)):
                self.until, self.verdict = j, can_close
                break
        return self.verdict


def _marked(text: str, single: bool, open_at: int, nested: bool, end: int, close_at: int | None) -> Marked | None:
    """The quote opened by the mark at ``open_at`` and ending at ``end``, its words' edge space trimmed; ``None``
    for one that holds no words."""
    start = open_at + (2 if text[open_at + 1 : open_at + 2] in _PAIRING.get(text[open_at], "") else 1)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, open_at, close_at, single, nested) if start < end else None


def find_quotes(text: str) -> list[Marked]:
    """Every quote in ``text`` (one passage), in order of where it starts."""
    first = _MARK.search(text)
    if first is None:
        return []  # a third of the passages hold no mark at all
    found: list[Marked] = []
    stack: list[tuple[bool, int, bool]] = []  # (single, open_at, nested)

    def emit(single: bool, open_at: int, nested: bool, end: int, close_at: int | None) -> None:
        quote = _marked(text, single, open_at, nested, end, close_at)
        if quote is not None:
            found.append(quote)

    last = len(text) - 1
    later_close = _LaterClose(text)
    run_on: tuple[int, bool, int] | None = None  # the double quote that ran on last, its nesting and the mark after
    for match in _MARK.finditer(text, first.start()):
        i = match.start()
        char = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else " "
        pairing = _PAIRING.get(char, "")
        pair = after in pairing  # "``", "''" or "‘‘": one double mark
        if before in pairing or (char == "`" and not pair and (before.isalnum() or not after.isalnum())):
            continue  # the second mark of a pair, or a lone backtick that opens no word (``won`t``)
        if pair:
            after = text[i + 2] if i + 1 < last else " "
        single = (char in SINGLE_MARKS or char == "`") and not pair  # a lone backtick opens a single quote: `not worried’
        if single and _is_apostrophe(char, before, after):
            continue
        if single and _possessive(text, i) and any(entry[0] for entry in stack) and later_close(i):
            continue  # "‘… entering offenders’ homes …’": an apostrophe inside the open quote
        can_open = not before.isalnum() and not after.isspace()
        can_close = char not in _OPENERS_ONLY and not before.isspace() and not after.isalnum()
        # The stack holds at most one quote of each kind: the one of this kind is on top or below it.
        depth = len(stack) - 1 if stack and stack[-1][0] == single else 0 if len(stack) == 2 else None
        if depth is None:
            if can_open:
                stack.append((single, i, bool(stack)))
            elif can_close and len(stack) == 1 and before in _CLOSING_PUNCTUATION:
                _single, open_at, _nested = stack.pop()  # "‘We agree,” he said": a mark of the other kind closes it
                emit(False, open_at, False, i, i)
            continue
        if can_open and not can_close and before not in _CLOSING_PUNCTUATION:
            # A fresh opening mark while one of its kind is open: the open quote ran on unclosed (after a comma or a
            # stop, the mark closes it, glued to the next word: "“… my family,"Ann Lee told …").
            _single, open_at, nested = stack[depth]
            del stack[depth:]
            if not single:
                emit(single, open_at, nested, i, None)
                run_on = (open_at, nested, i)
            stack.append((single, i, bool(stack)))
            continue
        _single, open_at, nested = stack[depth]
        del stack[depth:]
        emit(single, open_at, nested, i, i)
    _close_left_open(text, stack, run_on, found, emit)
    found.sort(key=attrgetter("start"))
    return found


def _close_left_open(
    text: str, stack: list[tuple[bool, int, bool]], run_on: tuple[int, bool, int] | None, found: list[Marked],
    emit: Callable[[bool, int, bool, int, int | None], None],
) -> None:
    """Emit the quotes left open at the end of the passage ``text``: a double one, and a single one that opens the
    passage or follows a colon; a double mark opening right after the quote that ran on last (``run_on``: where it
    opened, its nesting, the mark after it) before a speaker's clause closes that quote instead."""
    for single, open_at, nested in stack:
        if run_on is not None and not single and open_at == run_on[2] and _tail_clause(text, open_at):
            found[:] = [quote for quote in found if quote.open_at != run_on[0]]  # "“… have suffered “Peters stated."
            emit(False, run_on[0], run_on[1], open_at, open_at)
        elif not single or not text[:open_at].strip() or text[:open_at].rstrip().endswith(":"):
            emit(single, open_at, nested, len(text), None)


def _tail_clause(text: str, mark: int) -> bool:
    """The opening mark at ``mark``, after a quote left open, is followed by a few words that end the passage with a
    full stop (``“… have suffered “Peters stated.``), or by any such clause where a comma and a space stand before it
    (``“… like this, ”said Mr. Legault on Wednesday at a press briefing.``): a closing mark misprinted, before the
    speaker's clause."""
    tail = text[mark + 1 :].rstrip()
    return tail.endswith(".") and (len(tail.split()) <= _TAIL_WORDS or text[mark - 2 : mark] == ", ")
