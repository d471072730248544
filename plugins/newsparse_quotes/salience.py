"""Which person ``he`` or ``she`` stands for when the passage names someone new.

The person the text is about (the last subject or speaker) is the first guess; but
when that person was last taken up in an earlier passage, a person named earlier in
the pronoun's own passage is nearer and wins (``For Ruiz, the fight feels far away.
“…,” he said.``): the one whose gender the pronoun fits, else the one whose gender
is not known yet; two such people equally near stand for nobody.
"""

from __future__ import annotations

from attrs import define

from .people import Entity, People
from .words import Mention, PassageView

__all__ = ["Taken", "named_here"]


@define
class Taken:
    """Where the person the text is about was last taken up: the offset of the passage, and,
    when a comma follows the mention, the end of its sentence (``Ann Lee, whose district
    includes Maria Falls, said``: an apposition or a relative clause names no rival there),
    as positions in the text (-1: none)."""

    passage: int = -1
    clause_end: int = -1

    @classmethod
    def of(cls, view: PassageView, sentence: range, mention: Mention | None) -> Taken:
        """Taken up by ``mention`` (maybe ``None``) in ``sentence`` of ``view``."""
        tokens = view.tokens
        apposed = mention is not None and mention.hi < sentence.stop and tokens[mention.hi].text == ","
        return cls(view.offset, view.offset + tokens[sentence.stop - 1].end if apposed else -1)


def named_here(people: People, passage: int, position: int, pronoun: str) -> list[Entity]:
    """The people named between ``passage`` (its offset) and ``position`` that ``pronoun`` may
    stand for: those of its gender if any, else those of gender not known yet (places never)."""
    fitting: list[Entity] = []
    unknown: list[Entity] = []
    for entity in people.entities:
        if not entity.person or entity.place or entity.last_before(position) < passage:
            continue
        gender = people.gender(entity)
        if gender == pronoun:
            fitting.append(entity)
        elif gender is None:
            unknown.append(entity)
    return fitting or unknown
