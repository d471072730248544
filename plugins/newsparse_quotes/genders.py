"""Which pronoun (``he``/``she``) fits a person the article names, from its titles and name.

Titles tell first (``Mrs``, ``Ms``, ``congresswoman``; the vocabulary's ``male_words``
and ``female_words``); then a first name ending in ``-a`` (``Maria``, ``Kaja``; not
the ``male_names_in_a`` such as ``Nikola``) and Slavic surname endings
(``Zakharova``, ``Lavrov``).  Anything else is unknown: the pronouns of the text
decide.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .words import Words

__all__ = ["gender_by_titles", "guess_gender"]


def gender_by_titles(words: Words, roles: Collection[str]) -> str | None:
    """``"he"``, ``"she"`` or ``None`` from a person's titles and kin words alone (``Mrs``, ``spokesman``)."""
    if not words.female.isdisjoint(roles):
        return "she"
    if not words.male.isdisjoint(roles):
        return "he"
    return None


def guess_gender(words: Words, name: Sequence[str], roles: Collection[str]) -> str | None:
    """``"he"``, ``"she"`` or ``None`` for a person named ``name`` (lower-case words) with titles ``roles``."""
    first, last = name[0], name[-1]
    titled = gender_by_titles(words, roles)
    if titled is not None:
        return titled
    if len(name) > 1 and first.endswith("a") and first not in words.male_names_in_a:
        return "she"  # Maria, Kaja, Giorgia
    if last.endswith(("ova", "eva", "skaya")):
        return "she"  # Zakharova
    if last.endswith(("ov", "ev", "sky", "skiy")):
        return "he"  # Lavrov, Medvedev
    return None
