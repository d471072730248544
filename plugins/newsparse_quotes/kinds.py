"""Telling a direct quote from a partial one and from a term in scare quotes."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .marks import Marked
from .segments import Token

__all__ = ["quote_kind", "opens_sentence", "follows_term_marker"]

_LEADING_NOISE = "[(…. "


def opens_sentence(tokens: Sequence[Token], open_token: int, sentence: range, speech_verbs: Collection[str]) -> bool:
    """True when the quote opening at ``open_token`` starts its sentence.

    Or follows ``said:``, ``said,`` or a verb and its adverb (``asked rhetorically,``).
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
    if before[0].text == ":":
        return True
    if before[0].text != "," or len(before) < 2:
        return False
    verb = before[2] if before[1].lower.endswith("ly") and len(before) > 2 else before[1]
    return verb.lower in speech_verbs


def follows_term_marker(tokens: Sequence[Token], open_token: int, markers: Collection[str]) -> bool:
    """True when the words just before the quote name it: ``so-called``, ``dubbed``, ``known as``."""
    before = [t.lower for t in tokens[max(0, open_token - 3) : open_token] if not t.quoted]
    return any(" ".join(before[-n:]) in markers for n in (1, 2, 3) if len(before) >= n)


def quote_kind(
    marked: Marked, text: str, *, starts_sentence: bool, has_speaker: bool, singles_are_terms: bool, names_term: bool
) -> str:
    """``direct``, ``partial`` or ``term`` for the quote ``marked`` of passage ``text``.

    A quote nested in another, in single marks where the article quotes speech in
    double ones, or named by the words before it (``names_term``: ``the so-called``)
    is a term; a capitalized quote opening its sentence is direct; a fragment
    credited to a speaker is partial; an uncredited fragment is a term.
    """
    if marked.nested or (marked.single and singles_are_terms) or names_term:
        return "term"
    words = text[marked.start : marked.end].lstrip(_LEADING_NOISE)
    if starts_sentence and words[:1].isupper():
        return "direct"
    return "partial" if has_speaker else "term"
