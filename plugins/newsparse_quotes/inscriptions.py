"""Quoted words that are no one's speech: the text written on a thing (``a note reading “…”``,
``a banner that read “…”``) and the wording of a charge (``denies two counts of “…”``)."""

from __future__ import annotations

from collections.abc import Sequence

from .segments import Token
from .words import Words

__all__ = ["no_ones_words"]

#: Participles that put a written text after the thing it is on: ``a sign reading “…”``.
_INSCRIBED = frozenset(["reading", "bearing"])
#: ``a banner that read “…”``: a relative pronoun and a form of ``read``.
_READ = frozenset(["read", "reads"])
_RELATIVES = frozenset(["that", "which"])
#: Nouns of a charge whose wording follows ``of``: ``two counts of “…”``.
_CHARGES = frozenset("count counts charge charges offence offences offense offenses".split())


def no_ones_words(words: Words, tokens: Sequence[Token], open_at: int, start: int) -> bool:
    """The quote opening at token ``open_at`` (in a sentence from ``start``) is a text on a thing or a
    charge's wording: right after ``of`` and a charge noun, or after ``reading`` (``that read``) and a
    lower-case noun that is no document or message a speaker issues (``a statement reading “…”`` is the
    issuer's: ``statement`` is a document)."""
    k = open_at - 1
    if k > start and tokens[k].text in ":,":
        k -= 1
    if k - 1 < start or tokens[k].quoted:
        return False
    low = tokens[k].lower
    if low == "of":
        return tokens[k - 1].lower in _CHARGES and not tokens[k - 1].quoted
    if low in _READ and tokens[k - 1].lower in _RELATIVES:
        k -= 1
    elif low not in _INSCRIBED:
        return False
    thing = tokens[k - 1] if k - 1 >= start else None
    return thing is not None and _a_thing(words, thing)


def _a_thing(words: Words, token: Token) -> bool:
    """``token`` is a plain lower-case noun a text may be written on (``note``, ``sign``), not a document
    or message someone issues, a person's word or a name."""
    low = token.lower
    if not token.is_word or token.quoted or token.is_capitalized or low in words.function_words:
        return False
    return low not in words.documents and low not in words.messages and low not in words.speech_nouns and (
        low not in words.pronouns and low not in words.roles
    )
