"""Which pronoun (``he``/``she``) fits a person the article names, from its titles and name.

Titles tell first (``Mrs``, ``Ms``, ``congresswoman``; the vocabulary's ``male_words``
and ``female_words``); then the first name, by the gazetteer of :mod:`.lexicon`
(``Maria``, ``Kaja`` are women's names, ``Nikita``, ``Jordan`` either), then Slavic
surname endings (``Zakharova``, ``Lavrov``).  Anything else is unknown: the
pronouns of the text decide.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .lexicon import first_name_gender
from .words import Words

__all__ = ["gender_by_titles", "guess_gender", "known_gender", "sure_title_gender"]


def gender_by_titles(words: Words, roles: Collection[str]) -> str | None:
    """``"he"``, ``"she"`` or ``None`` from a person's titles and kin words alone (``Mrs``, ``spokesman``)."""
    if not words.female.isdisjoint(roles):
        return "she"
    if not words.male.isdisjoint(roles):
        return "he"
    return None


def sure_title_gender(words: Words, roles: Collection[str]) -> str | None:
    """The gender a person's titles tell for sure (``Ms``, ``Mr``, ``spokeswoman``), not only by an office in ``-man``
    that women hold under that name too (``chairman``)."""
    titled = gender_by_titles(words, roles)
    return None if titled is None or _generic_office(words, roles) else titled


def known_gender(words: Words, name: Sequence[str], roles: Collection[str]) -> str | None:
    """``"he"``, ``"she"`` or ``None`` for a person named ``name`` (lower-case words) with titles
    ``roles``, from what is known: the titles, else the first name of a name of two words or more."""
    titled = gender_by_titles(words, roles)
    if (titled is not None and not _generic_office(words, roles)) or len(name) < 2:
        return titled
    known = first_name_gender(name[0])  # Maria, Kaja, Giorgia; Dmitry, Keir
    if known is None and "-" in name[0]:  # Sherry-Ann, Jean-Luc: the parts that tell must agree
        told = {first_name_gender(part) for part in name[0].split("-")} - {None}
        known = told.pop() if len(told) == 1 else None
    return known or titled


def _generic_office(words: Words, roles: Collection[str]) -> bool:
    """The titles tell ``he`` only by an office in ``-man`` that women hold under that name too (``chairman``,
    ``spokesman``): a woman's first name outweighs it (``The Chairman, Dr Grace Leung, …`` / ``she said``)."""
    told = [role for role in roles if role in words.male]
    return bool(told) and all(role.endswith("man") and role in words.roles for role in told)


def guess_gender(words: Words, name: Sequence[str], roles: Collection[str]) -> tuple[str | None, bool]:
    """The pronoun for a person named ``name`` with titles ``roles`` (see :func:`known_gender`), else
    one guessed from a Slavic surname ending (``Zakharova``, ``Lavrov``), or ``None``; and whether
    it is known rather than guessed."""
    known = known_gender(words, name, roles)
    return (known, True) if known is not None else (_by_spelling(name[-1]), False)


def _by_spelling(last: str) -> str | None:
    """``"he"``, ``"she"`` or ``None`` from the ending of a surname (lower case)."""
    if last.endswith(("ova", "eva", "skaya")):
        return "she"
    if last.endswith(("ov", "ev", "sky", "skiy")):
        return "he"
    return None
