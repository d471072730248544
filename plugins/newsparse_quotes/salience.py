"""Which person ``he`` or ``she`` stands for: salience first, then gender.

The person the text is about (the last subject or speaker) is the first guess, but
a nearer or equally near person may outrank it:

* when that person was last taken up in an earlier passage, a person named earlier
  in the pronoun's own passage (among its last dozen names) is nearer (``For Ruiz,
  the fight feels far away. “…,” he said.``);
* a person joined to it by ``and`` (``Kim Lee and Alex Moran led the talks.``), or opening a clause set
  against its by ``, while`` (``Cr Ito said …, while Mr Berg said …``; not an owner: ``while Acme's mines …``),
  is as near; when the pronoun fits one of the two and the other's gender is not known, both fit.

Of such people the pronoun takes the one whose gender it fits, else the one whose
gender is not known yet; two equally fitting stand for nobody.  A person whose
gender is known and contradicts the pronoun is skipped (:func:`agreeing`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING
from collections.abc import Callable, Iterable, Sequence

from attrs import define

from .bodies import speaks_after
from .genders import gender_by_titles
from .lexicon import first_name_gender, is_rare_first_name
from .lists import person_before
from .name_runs import NameRuns
from .people import Entity, People
from .words import Mention, PassageView, is_possessive

if TYPE_CHECKING:
    from .segments import Token

__all__ = ["NEAREST", "Nearer", "Taken", "agreeing"]

#: The most mentions read back from a pronoun through its passage (bounds the work on a page of names).
NEAREST = 12
#: Words opening a clause set against the one before it, whose subject is as near as that one's.
_CONTRASTS = frozenset(["while", "whereas", "whilst"])
#: Courtesy titles before a name in such a clause (``while Mr Berg said``).
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "cr", "sir"])


@define
class Taken:
    """Where the person the text is about was last taken up: the offset of the passage; when a
    comma follows the mention, the end of its sentence (``Ann Lee, whose district includes Maria
    Falls, said``: an apposition or a relative clause names no rival), and likewise when a speech
    verb follows it (``Ann Lee said it was a joy to beat Maria Falls``: a person named in what the
    subject said is no rival either), else -1; the person joined to it by ``and``, if any."""

    passage: int = -1
    clause_end: int = -1
    partner: Entity | None = None

    @classmethod
    def of(cls, names: NameRuns, view: PassageView, sentence: range, mention: Mention | None) -> Taken:
        """Taken up by ``mention`` (maybe ``None``) in ``sentence`` of ``view``."""
        tokens = view.tokens
        after = tokens[mention.hi].lower if mention is not None and mention.hi < sentence.stop else ""
        sentence_end = view.offset + tokens[sentence.stop - 1].end
        if after == ",":
            return cls(view.offset, sentence_end)
        if mention is None:
            return cls(view.offset)
        reported = sentence_end if speaks_after(names.people.words, tokens, mention.hi, sentence.stop) else -1
        k = mention.hi + 1 if after == "and" else _contrast_subject(tokens, mention.hi, sentence.stop)
        if k < 0:
            return cls(view.offset, reported)
        end = names.people.name_end(tokens, k)
        named = person_before(names, view, end)  # "Kim Lee and Alex Moran"; not "while Acme's mines …": an owner
        owner = end > k and is_possessive(tokens[end - 1])
        return cls(view.offset, reported, None if named is None or named[0] != k or owner else named[1])


def _contrast_subject(tokens: Sequence[Token], k: int, stop: int) -> int:
    """The token after ``, while``, ``, whereas`` or ``; however`` (a clause set against the subject's:
    ``Cr Ito said he was proud, while Mr Berg said he was moved``) after token ``k``, maybe past a title
    ending in a full stop or none (``Mr``), else -1."""
    for j in range(k, stop - 2):
        if tokens[j].text in ",;" and tokens[j + 1].lower in _CONTRASTS:
            start = j + 2
            while start < stop and (tokens[start].lower in _TITLES or tokens[start].text == "."):
                start += 1
            return start
    return -1


class Nearer:
    """The people as near to a pronoun as the person the text is about, or nearer."""

    def __init__(self, people: People):
        self.people = people
        #: Every mention of a person (no place) in page order, and whose: read once the names are collected.
        self._index: tuple[list[int], list[Entity]] | None = None
        self._followed: set[int] = set()  # the ids of the people the text was about at some point

    def follow(self, entity: Entity) -> None:
        """Note that the text is about ``entity`` (a subject or a speaker): a person, not a stray name."""
        self._followed.add(id(entity))

    def __call__(self, taken: Taken, salient: Entity | None, passage: int, position: int, pronoun: str) -> list[Entity]:
        """The people ``pronoun`` at ``position`` (in the passage at offset ``passage``) may stand for
        instead of ``salient``, as near or nearer; ``[]`` when ``salient`` stands unrivalled."""
        if salient is None:
            return []
        if taken.passage != passage:
            fitting = _fitting(self.people, filter(self._shown, self.named(passage, position)), pronoun)
            if fitting:
                return fitting
        if taken.partner is None:
            return []
        pair = (salient, taken.partner)
        fitting = _fitting(self.people, pair, pronoun)
        if len(fitting) == 1 and any(self.people.gender(entity) is None for entity in pair if entity is not fitting[0]):
            return list(pair)  # the other may be of either gender: as fitting, so nobody
        return fitting

    def named(self, lo: int, hi: int) -> list[Entity]:
        """The people of the last mentions (at most :data:`NEAREST`) from ``lo`` to ``hi``, nearest first, once each."""
        if self._index is None:
            entities = self.people.entities
            pairs = sorted((at, n) for n, e in enumerate(entities) if e.person and not e.place for at in e.mentions)
            self._index = [at for at, _n in pairs], [entities[n] for _at, n in pairs]
        positions, named = self._index
        stop = bisect.bisect_left(positions, hi)
        found: list[Entity] = []
        for entity in reversed(named[max(bisect.bisect_left(positions, lo), stop - NEAREST) : stop]):
            if not any(entity is other for other in found):
                found.append(entity)
        return found

    def _shown(self, entity: Entity) -> bool:
        """``entity`` is shown to be a person, not a place or firm read as a name (``Shares of Harbin
        Tessel fell``): by a title, a gender, or as a subject or speaker followed before."""
        people = self.people
        titled = not entity.roles.isdisjoint(people.words.roles)
        return titled or id(entity) in self._followed or people.gender(entity) is not None


def _fitting(people: People, candidates: Iterable[Entity], pronoun: str) -> list[Entity]:
    """Of ``candidates``, those of ``pronoun``'s gender if any, else those of gender not known yet."""
    fitting: list[Entity] = []
    unknown: list[Entity] = []
    for entity in candidates:
        gender = people.gender(entity)
        if gender == pronoun:
            fitting.append(entity)
        elif gender is None:
            unknown.append(entity)
    return fitting or unknown


def _rare_name_yields(people: People, entity: Entity, pronoun: str, position: int, named: Callable[[], list[Entity]]) -> bool:
    """The gender of ``entity`` was told by a first name rare in every country the gazetteer counts it in, and
    by nothing else (``Jone``, a man's name in Fiji, is a rare woman's name elsewhere), and nobody else is in
    reach of ``pronoun``: nobody else is named in its passage, no person it fits is named before it, and no other
    person is named after ``entity``."""
    if not (len(entity.words) > 1 and is_rare_first_name(entity.words[0]) and gender_by_titles(people.words, entity.roles) is None):
        return False
    last = entity.last_before(position)
    return (
        all(other is entity for other in named())
        and people.last_person(position, pronoun, entity) is None
        and not any(other.person and other is not entity and other.last_before(position) > last for other in people.entities)
    )


def _weakly_told(entity: Entity) -> bool:
    """The gender of ``entity`` was told by a first name rare in every country the gazetteer counts it in (``Falak``),
    or by none the gazetteer holds (guessed from the spelling): the pronoun may be meant for it all the same."""
    first = entity.words[0] if len(entity.words) > 1 else ""
    return is_rare_first_name(first) or first_name_gender(first) is None


def agreeing(
    people: People, entity: Entity, pronoun: str, position: int, clause_end: int, named: Callable[[], list[Entity]]
) -> Entity | None:
    """``entity`` if ``pronoun`` (``he``/``she``) fits it, else the person it fits mentioned last.

    A person whose gender is not known yet takes the pronoun's; only ``she`` goes
    instead to a woman mentioned after him or her (wire copy names far more men,
    so an unknown name is most likely a man's), and after ``clause_end`` (not in an
    apposition of the subject).  A gender only guessed from the spelling of the name
    (``Kwabena`` ends in ``a``) yields to the pronoun the same way, unless a person
    the pronoun fits was mentioned after him or her.  When the gender of ``entity`` is told and
    contradicts the pronoun, a person of the pronoun's passage (``named``, nearest first) comes
    first (``Lee lives with his cousin, Ana Ruiz. She said …``); two as fitting stand for nobody.  When none
    fits and ``entity`` is of that passage, its gender told by its first name alone (``Jess``, ``Chris``: names
    of either sex the gazetteer gives one), the pronoun stands for nobody rather than a person of an earlier one;
    so it does when a first name rare everywhere, or none the gazetteer holds, told it and the person it would go back
    to was named before ``entity`` (a common one, ``Maria``, still sends ``he`` back to the man named before her).
    ``None`` also when the pronoun fits nobody (``he`` after only women were named): no one rather
    than a person of the other gender.
    """
    gender = people.gender(entity)
    if gender == pronoun:
        entity.gender_sure = True
        return entity
    if gender is None or (not entity.gender_sure and gender_by_titles(people.words, entity.roles) is None):
        looks = pronoun == "she" or gender is not None
        fitting = people.last_person(position, pronoun, entity) if looks else None
        if fitting is not None and fitting.last_before(position) > max(entity.last_before(position), clause_end):
            return fitting
        if gender is None and any(other is not entity and people.gender(other) == pronoun for other in named()):
            return None  # "Ravi Lal and his neighbour Sam Ode waited. “…,” he said.": Ravi, or Sam
        entity.gender, entity.gender_sure = pronoun, True
        return entity
    if _rare_name_yields(people, entity, pronoun, position, named):
        entity.gender, entity.gender_sure = pronoun, True
        return entity
    local = _fitting(people, (other for other in named() if other is not entity), pronoun)
    if len(local) > 1:
        return None
    if local:
        local[0].gender, local[0].gender_sure = pronoun, True
        return local[0]
    by_name = gender_by_titles(people.words, entity.roles) is None
    if by_name and any(other is entity for other in named()):
        return None  # "Jess Moran said the mood was low. “…,” she said.": the first name misread, or another
    other = people.last_person(position, pronoun, entity) or people.last_person(position, None, entity)
    if by_name and _weakly_told(entity) and other is not None and other.last_before(position) < entity.last_before(position):
        return None  # "… Imran Khan’s party. Falak Ali, 25, is an office worker. “…,” he says.": Falak misread, or Khan
    if other is not None and people.gender(other) is None:
        other.gender, other.gender_sure = pronoun, True  # taken up by "she", never a later "he" (``Seesha … She … he said``)
    return other
