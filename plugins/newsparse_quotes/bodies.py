"""A body taken up by a description of its kind: ``the agency`` after ``the Central Auditing Bureau``.

The vocabulary's ``body_kinds`` table tells which head nouns name the same kind of
body (``agency``, ``bureau``, ``office``, ``service``, ``watchdog``).  Precision first:
only the one body of that kind named before is taken; with none or several, the
description is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Collection

from .people import Entity, People

__all__ = ["body_of_kind"]


def body_of_kind(people: People, head: str, named: Collection[str], position: int) -> Entity | None:
    """The one body named before ``position`` whose name holds a word of the kind ``head`` names and
    every capitalized word ``named`` of the description (``the Polish agency``); else ``None``."""
    kinds = people.words.body_kinds
    kind = kinds.get(head)
    if kind is None:
        return None
    found = None
    for entity in people.entities:
        if entity.person or entity.last_before(position) < 0 or not set(named) <= set(entity.words):
            continue
        if any(kinds.get(word) == kind for word in entity.words):
            if found is not None:
                return None  # two bodies of the kind: neither
            found = entity
    return found
