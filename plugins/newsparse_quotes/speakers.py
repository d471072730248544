"""Who said a quote: the attribution rules and the resolution of mentions to names.

An article is read once, in page order.  :class:`People` first collects the
names the article prints with their titles (``Kremlin spokesman Dmitry
Peskov``, ``the bloc’s top diplomat, Kaja Kallas,``), so a surname, a role or a
summary line can be resolved to the full name.  :class:`Attributor` then finds,
for each quote, the words that credit it (``X said``, ``said X``,
``according to X``, ``X’s claim that``, a participle such as ``insisting``
belonging to the sentence's subject), and resolves the mention: a pronoun to
the person the text is about (``he`` and ``she`` to a person they fit), a
surname or role to the full name.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from attrs import define, field, frozen

from newsparse.vocabulary import Vocabulary

from .segments import Token

#: How many tokens before or after a quote the attribution rules look at.
WINDOW = 60

__all__ = ["Mention", "Entity", "People", "Words", "PassageView", "Attributor"]

#: Small words that sit inside a name (``Ursula von der Leyen``).
_NAME_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn".split())
_POSSESSIVE_ENDS = ("’s", "'s")
_DASHES = frozenset("-–—")
_INDEFINITE = frozenset("a an one some".split())
_LOWER = attrgetter("lower")


def _is_word(token: Token) -> bool:
    return token.text[0].isalnum()


def _is_possessive(token: Token) -> bool:
    return token.text.endswith(_POSSESSIVE_ENDS)


def _initial_dot(tokens: Sequence[Token], j: int) -> bool:
    """The full stop of an initial inside a name: ``J.D. Vance``, ``George W. Bush``."""
    return (
        tokens[j].text == "."
        and 0 < j < len(tokens) - 1
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].is_capitalized
        and tokens[j + 1].is_capitalized
        and not tokens[j + 1].quoted
    )


def _name_key(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The words of a name in lower case, without possessive endings and the full stops of initials."""
    return tuple(_bare(t.text) for t in tokens if _is_word(t))


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """A word without a possessive ending, in lower case (cached: names recur through an article)."""
    word = word.lower()
    return word[:-2] if word.endswith(_POSSESSIVE_ENDS) else word


@frozen
class Words:
    """The vocabulary sets the rules read, in lower case."""

    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    roles: frozenset[str]
    generic_roles: frozenset[str]
    bodies: frozenset[str]
    anonymous: frozenset[str]
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    clause_words: frozenset[str]
    lead_words: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    source_modifiers: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    male_names_in_a: frozenset[str]
    #: Words that may open a phrase before a name: determiners and lead-in words.
    openers: frozenset[str]
    #: Nouns that head a speaker phrase: roles, bodies, anonymous sources.
    speaker_heads: frozenset[str]
    #: Words of a title printed before a name: roles and bodies (``Kremlin spokesman``).
    titles: frozenset[str]
    #: Words that may credit a quote: speech verbs and nouns, ``according``.
    cues: frozenset[str]

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary) -> Words:
        """The sets of the merged ``vocabulary``."""

        def get(name: str) -> frozenset[str]:
            return frozenset(w.lower() for w in vocabulary[name])

        return cls(
            speech_verbs=get("speech_verbs"),
            speech_nouns=get("speech_nouns"),
            roles=get("speaker_roles"),
            generic_roles=get("generic_roles"),
            bodies=get("body_words"),
            anonymous=get("anonymous_sources"),
            pronouns=get("speaker_pronouns"),
            auxiliaries=get("auxiliaries"),
            clause_words=get("clause_words"),
            lead_words=get("lead_words"),
            prepositions=get("prepositions"),
            determiners=get("determiners"),
            source_modifiers=get("source_modifiers"),
            male=get("male_words"),
            female=get("female_words"),
            male_names_in_a=get("male_names_in_a"),
            openers=get("determiners") | get("lead_words"),
            speaker_heads=get("speaker_roles") | get("body_words") | get("anonymous_sources"),
            titles=get("speaker_roles") | get("body_words"),
            cues=get("speech_verbs") | get("speech_nouns") | {"according"},
        )


@frozen
class Mention:
    """Words of a passage that point at a speaker: tokens ``lo:hi`` of the passage."""

    lo: int
    hi: int


@define
class Entity:
    """A person or body the article names: the name as first given, and its titles."""

    name: str
    words: tuple[str, ...]
    roles: set[str]
    person: bool
    mentions: list[int] = field(factory=list)
    #: ``"he"`` or ``"she"`` once the article tells (a title, a first name, a pronoun), else ``None``.
    gender: str | None = None

    def last_before(self, position: int) -> int:
        """The position of the last mention before ``position``, or -1."""
        k = bisect.bisect_left(self.mentions, position)
        return self.mentions[k - 1] if k else -1


@frozen
class PassageView:
    """A passage prepared for the rules: its text, offset into the article text, and tokens.

    ``cues`` are the indexes of the tokens that may credit a quote (speech verbs and
    nouns, ``according``), so the rules skip the words between them; a passage
    without quotes has none.
    """

    text: str
    offset: int
    tokens: Sequence[Token]
    cues: Sequence[int]

    @classmethod
    def of(cls, text: str, offset: int, tokens: Sequence[Token], words: Words, quoted: bool) -> PassageView:
        """The view of passage ``text`` at ``offset`` with its ``tokens``; ``quoted`` tells it holds quotes."""
        cues = list(compress(count(), map(words.cues.__contains__, map(_LOWER, tokens)))) if quoted else []
        return cls(text, offset, tokens, cues)


class People:
    """The names an article prints, with their titles, for resolving mentions."""

    def __init__(self, words: Words):
        self.words = words
        self.entities: list[Entity] = []
        self._by_name: dict[tuple[str, ...], Entity] = {}
        self._by_surname: dict[str, Entity] = {}  # last word of a person's name
        self._by_part: dict[str, Entity] = {}  # any other word of it ("Mao" of "Mao Ning")

    def collect(self, passages: Sequence[PassageView]) -> None:
        """Register every name in ``passages`` (outside quotes), with the roles printed around it."""
        for view in passages:
            tokens = view.tokens
            i = 0
            for start in [k for k, t in enumerate(tokens) if t.is_capitalized or t.lower in _NAME_PARTICLES]:
                if start < i:
                    continue  # inside the name registered last
                end = self.name_end(tokens, start)
                if end > start:
                    self._register(view, start, end)
                    i = end

    def name_end(self, tokens: Sequence[Token], i: int) -> int:
        """The end of the run of capitalized words starting at ``i`` (``i`` when there is none)."""
        j = i
        while j < len(tokens):
            token = tokens[j]
            if token.text == "." and _initial_dot(tokens, j):
                j += 1
                continue
            if token.quoted or token.mark or not _is_word(token):
                break
            if token.is_capitalized:
                j += 1
                if _is_possessive(token):
                    break
            elif token.lower in _NAME_PARTICLES and self._particle_in_name(tokens, j):
                j += 1
            else:
                break
        while j > i and tokens[i].lower in self.words.openers:
            i += 1
        return j if j > i else i

    @staticmethod
    def _particle_in_name(tokens: Sequence[Token], j: int) -> bool:
        """``von``/``der`` followed, through more particles, by a capitalized word."""
        k = j
        while k < len(tokens) and tokens[k].lower in _NAME_PARTICLES:
            k += 1
        return k < len(tokens) and k - j <= 2 and tokens[k].is_capitalized and not tokens[k].quoted

    def split_name(self, tokens: Sequence[Token], i: int, end: int) -> tuple[int, set[str]]:
        """Where the name proper starts in the run ``i:end``, and the title words before it.

        An acronym before two more words is a title (``the UN Vassily Nebenzia``); a run
        ending in a role (``Russian Ambassador``) holds no name: the cut is ``end``.
        """
        words = self.words
        start = i
        while start < end and tokens[start].lower in words.openers:
            start += 1
        cut = start + 1 if end - start > 2 and len(tokens[start].text) > 1 and tokens[start].text.isupper() else start
        titles = words.titles
        for k in range(start, end):
            if _bare(tokens[k].text) in titles:
                cut = k + 1
        last = _bare(tokens[end - 1].text)
        if cut >= end:
            cut = end if last in words.roles and last not in words.bodies else start
        elif tokens[cut].lower in _NAME_PARTICLES or tokens[cut].lower == "of":
            cut = start
        roles = {_bare(t.text) for t in tokens[start:cut]}
        return cut, roles

    def _register(self, view: PassageView, i: int, end: int) -> None:
        tokens = view.tokens
        words = self.words
        cut, roles = self.split_name(tokens, i, end)
        if cut >= end:
            return
        k = i - 1  # lower-case titles and capitalized modifiers just before: "Kremlin spokesman"
        while k >= 0 and _is_word(tokens[k]) and not tokens[k].quoted:
            word = _bare(tokens[k].text)
            if word in words.roles or (tokens[k].is_capitalized and word not in words.openers):
                roles.add(word)
                k -= 1
            elif word == "the" and k >= 2 and tokens[k - 1].lower in ("to", "at") and (
                _bare(tokens[k - 2].text) in words.roles
            ):
                k -= 2  # "Ambassador to the US Aleksandr Darchiev": read on to "Ambassador"
            else:
                break
        roles |= self._apposition(tokens, i, end)
        name_tokens = tokens[cut:end]
        name = view.text[name_tokens[0].start : name_tokens[-1].end]
        if name.endswith(_POSSESSIVE_ENDS):
            name = name[:-2]
        key = _name_key(name_tokens)
        has_body = not words.bodies.isdisjoint(key)
        after_article = tokens[i].lower == "the" or (i > 0 and tokens[i - 1].lower == "the")
        person = not has_body and (bool(roles & words.roles) or (len(key) > 1 and not after_article))
        entity = self.find(key)
        if entity is None:
            entity = Entity(name, key, set(), person)
            self._by_name[key] = entity
            if len(key) > 1 and person:
                self._by_surname.setdefault(key[-1], entity)
                for word in key[:-1]:
                    if word not in _NAME_PARTICLES:
                        self._by_part.setdefault(word, entity)
            self.entities.append(entity)
        entity.roles |= roles
        entity.person = entity.person or person
        entity.mentions.append(view.offset + name_tokens[0].start)

    def _apposition(self, tokens: Sequence[Token], i: int, end: int) -> set[str]:
        """Title words of ``the bloc’s top diplomat, NAME,`` or ``NAME, an aide to …,``."""
        words = self.words
        roles: set[str] = set()
        if i >= 2 and tokens[i - 1].text == "," and end < len(tokens) and tokens[end].text == ",":
            k = i - 2
            phrase: list[str] = []
            while k >= 0 and _is_word(tokens[k]) and tokens[k].lower not in words.clause_words:
                phrase.append(_bare(tokens[k].text))
                k -= 1
            if phrase and phrase[0] in words.roles:
                roles.update(w for w in phrase if w not in words.determiners)
        if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in words.determiners:
            k = end + 2
            while k < len(tokens) and _is_word(tokens[k]) and tokens[k].lower not in words.prepositions:
                word = _bare(tokens[k].text)
                roles.add(word)
                k += 1
                if word in words.roles:
                    break
        return roles

    def find(self, key: tuple[str, ...]) -> Entity | None:
        """The entity named ``key`` (lower-case words), or the person whose surname (or name part) it is."""
        entity = self._by_name.get(key)
        if entity is not None and entity.person and len(key) > 1:
            return entity
        full = self._by_surname.get(key[-1])
        if full is not None and full.words[-len(key) :] == key:
            return full
        if len(key) == 1 and key[0] in self._by_part:
            return self._by_part[key[0]]
        return entity

    def by_word(self, word: str, position: int) -> Entity | None:
        """The body with ``word`` in its name (``the ministry``), mentioned last before ``position``."""
        best, best_at = None, -1
        for entity in self.entities:
            at = entity.last_before(position)
            if not entity.person and word in entity.words and at > best_at:
                best, best_at = entity, at
        return best

    def gender(self, entity: Entity) -> str | None:
        """``"he"`` or ``"she"`` for a person: from a pronoun already read, a title, the first name or surname."""
        words = self.words
        if entity.gender is None and entity.person:
            first, last = entity.words[0], entity.words[-1]
            if entity.roles & words.female:
                entity.gender = "she"
            elif entity.roles & words.male:
                entity.gender = "he"
            elif len(entity.words) > 1 and first.endswith("a") and first not in words.male_names_in_a:
                entity.gender = "she"  # Maria, Kaja, Giorgia
            elif last.endswith(("ova", "eva", "skaya")):
                entity.gender = "she"  # Zakharova
            elif last.endswith(("ov", "ev", "sky", "skiy")):
                entity.gender = "he"  # Lavrov, Medvedev
        return entity.gender

    def last_person(self, position: int, gender: str | None, other_than: Entity | None) -> Entity | None:
        """The person of ``gender`` (``None``: not known) mentioned last before ``position``, not ``other_than``."""
        best, best_at = None, -1
        for entity in self.entities:
            if entity.person and entity is not other_than and self.gender(entity) == gender:
                at = entity.last_before(position)
                if at > best_at:
                    best, best_at = entity, at
        return best

    def next_person(self, position: int) -> Entity | None:
        """The person first mentioned at or after ``position``."""
        best, best_at = None, None
        for entity in self.entities:
            k = bisect.bisect_left(entity.mentions, position) if entity.person else len(entity.mentions)
            if k < len(entity.mentions) and (best_at is None or entity.mentions[k] < best_at):
                best, best_at = entity, entity.mentions[k]
        return best

    def by_title(self, title: str, position: int) -> Entity | None:
        """The person whose printed name opens with ``title``, a title missing from the role list (``Treasurer``)."""
        best, best_at = None, -1
        for entity in self.entities:
            if entity.person and len(entity.words) > 2 and entity.words[0] == title:
                at = entity.last_before(position)
                if at > best_at:
                    best, best_at = entity, at
        return best

    def by_role(self, role_words: Sequence[str], position: int) -> Entity | None:
        """The person with all of ``role_words`` among its titles, mentioned last before ``position``."""
        wanted = set(role_words)
        best, best_at = None, -2
        for entity in self.entities:
            if entity.person and wanted <= entity.roles:
                at = entity.last_before(position)
                if at > best_at or best is None:
                    best, best_at = entity, at
        return best


@define
class _Found:
    """A resolved attribution: the mention and the speaker it names."""

    speaker: str | None
    mention: Mention | None
    entity: Entity | None = None


class Attributor:
    """Finds and resolves the speaker of each quote of an article, in page order."""

    def __init__(self, words: Words, people: People):
        self.words = words
        self.people = people
        self.salient: Entity | None = None  # the person the text is about
        self.last_body: Entity | None = None  # the body the text is about
        self.last_group: _Found | None = None  # the body or unnamed source last credited, for "it" and "they"
        self._subjects: dict[tuple[int, int, int], Mention | None] = {}  # by passage offset and token range

    # -- noun phrases -------------------------------------------------------------

    def _stops_phrase(self, token: Token) -> bool:
        words = self.words
        low = token.lower
        if token.quoted or token.mark or not _is_word(token):
            return True
        if token.is_capitalized or low in words.source_modifiers:
            return False
        return (
            low in words.speech_verbs
            or low in words.auxiliaries
            or low in words.clause_words
            or low.endswith("ly")
            or low.endswith("ed")
        )

    def _noun_after(self, previous: Token, token: Token) -> bool:
        """``the state``, ``Russia’s claim``: a speech-verb form used as a noun."""
        return _is_word(token) and not token.quoted and (
            _is_possessive(previous) or previous.lower in self.words.determiners
        ) and token.lower in self.words.speech_verbs

    def phrase_after(self, tokens: Sequence[Token], i: int, hi: int) -> Mention | None:
        """The noun phrase starting at ``i`` (``the prime minister``, ``Kremlin spokesman Dmitry Peskov``)."""
        words = self.words
        j = i
        in_name = False
        while j < hi and j - i < 8:
            token = tokens[j]
            if token.text == "." and j > i and _initial_dot(tokens, j):
                j += 1
                continue
            if self._stops_phrase(token) and not (j > i and self._noun_after(tokens[j - 1], token)):
                break
            low = _bare(token.text)
            if in_name and not token.is_capitalized and not (
                low in words.roles or low in words.anonymous or _is_possessive(tokens[j - 1])
            ):
                break
            in_name = token.is_capitalized and low not in words.determiners
            j += 1
            if low in words.pronouns and j - i == 1:
                break
        if j < hi and tokens[j].text == "(" and j + 2 < hi and tokens[j + 2].text == ")":
            j += 3  # an acronym after a name: "(NABU)"
        if j > i and (tokens[j - 1].lower in words.prepositions or tokens[j - 1].lower in words.determiners):
            j -= 1
        return Mention(i, j) if j > i else None

    def phrase_before(self, tokens: Sequence[Token], i: int, lo: int) -> Mention | None:
        """The noun phrase ending just before ``i`` (skipping auxiliaries and an apposition)."""
        words = self.words
        while i > lo and tokens[i - 1].lower in words.auxiliaries:
            i -= 1
        if i - 1 > lo and tokens[i - 1].lower in ("which", "who") and tokens[i - 2].text == ",":
            return self._bare_phrase_before(tokens, i - 2, lo)  # "the NSS, which warns"
        if i > lo and tokens[i - 1].text == ",":
            inner = self._bare_phrase_before(tokens, i - 1, lo)
            if inner is None:
                return None
            if inner.lo - 1 > lo and tokens[inner.lo - 1].lower.endswith("ing") and tokens[inner.lo - 2].text == ",":
                return self._bare_phrase_before(tokens, inner.lo - 2, lo)  # "The paper, citing a source, said"
            if inner.lo > lo and tokens[inner.lo - 1].text == ",":
                outer = self._bare_phrase_before(tokens, inner.lo - 1, lo)
                if outer is not None:
                    return inner if self._has_name(tokens, inner) else outer
            return None
        return self._bare_phrase_before(tokens, i, lo)

    def _bare_phrase_before(self, tokens: Sequence[Token], i: int, lo: int) -> Mention | None:
        words = self.words
        end = i
        if i - 3 >= lo and tokens[i - 1].text == ")" and tokens[i - 3].text == "(":
            i -= 3  # "the National Anti-Corruption Bureau of Ukraine (NABU)"
        k = i
        while k > lo and i - k < 8:
            token = tokens[k - 1]
            low = token.lower
            if low in words.prepositions and not token.is_capitalized:
                if self._source_before(tokens, k - 1, lo):
                    k -= 1
                    continue
                break
            if self._stops_phrase(token):
                break
            if low in words.pronouns and k < i:
                break
            k -= 1
            if low in words.pronouns:
                break
        return Mention(k, end) if k < i else None

    def _source_before(self, tokens: Sequence[Token], preposition: int, lo: int) -> bool:
        """A source noun before the preposition, maybe with a modifier: ``source inside``, ``official close to``."""
        k = preposition - 1
        if k > lo and tokens[k].lower in self.words.source_modifiers:
            k -= 1
        return k >= lo and _bare(tokens[k].text) in self.words.speaker_heads

    def _has_name(self, tokens: Sequence[Token], mention: Mention) -> bool:
        return any(t.is_capitalized and t.lower not in self.words.determiners for t in tokens[mention.lo : mention.hi])

    # -- resolution -----------------------------------------------------------------

    def resolve(self, view: PassageView, mention: Mention, sentence: range) -> _Found | None:
        """The speaker a mention names, or ``None`` when the words name nobody."""
        words = self.words
        tokens = view.tokens[mention.lo : mention.hi]
        position = view.offset + tokens[0].start
        printed = view.text[tokens[0].start : tokens[-1].end]
        low = [_bare(t.text) for t in tokens]
        if len(tokens) == 1 and low[0] in words.pronouns:
            return self._pronoun(view, mention, sentence, low[0])
        core = len(tokens) - 3 if len(tokens) > 3 and tokens[-1].text == ")" and tokens[-3].text == "(" else len(tokens)
        head_at = next((k for k, t in enumerate(tokens[:core]) if k and t.lower in words.prepositions), core)
        head = low[head_at - 1]  # "One source inside the government": "source"
        if head in words.source_modifiers and head_at > 1:
            head = low[head_at - 2]  # "a source close to the talks": "source"
        titled = self._titled_person(tokens[:core]) if head_at < core else None
        if titled is not None:
            return _Found(titled.name, mention, titled)
        runs = self._name_runs(tokens[:head_at])
        if runs and runs[-1][1] < head_at and _is_possessive(tokens[runs[-1][1] - 1]) and (
            head in words.anonymous or head in words.bodies
        ):
            first, last = runs[-1]
            owner = self._entity(tokens[first:last])
            owner_name = owner.name if owner else view.text[tokens[first].start : tokens[last - 1].end - 2]
            return _Found(f"{owner_name}’s {' '.join(t.text for t in tokens[last:])}", mention)
        if runs and runs[-1][1] == head_at:
            first, last = runs[-1]
            entity = self._entity(tokens[first:last])
            if entity is not None and entity.person:
                return _Found(entity.name, mention, entity)
            if entity is not None or head not in words.roles:
                return _Found(printed, mention, entity)
        definite = low[0] in words.determiners or _is_possessive(tokens[0])
        if head in words.roles:
            modifiers = [w for w, t in zip(low[:head_at], tokens, strict=False) if w not in words.determiners and not _is_possessive(t)]
            entity = self.people.by_role(modifiers, position)
            if entity is None and head in words.generic_roles and len(modifiers) > 1:
                entity = self.people.by_role(modifiers[:-1], position)  # "the Ukrainian leader": its president
            entity = entity or self.people.by_role([head], position)
            names_body = any(w in words.bodies for a, b in runs for w in low[a:b])
            if entity is None and definite and head not in words.bodies and not names_body:
                # "the Russian leader": the person the text is about, or, before anyone
                # was (a summary line), the first person the article goes on to name
                entity = self.salient
                if entity is None and low[0] not in _INDEFINITE:
                    entity = self.people.next_person(view.offset + tokens[-1].end)
            if entity is not None:
                return _Found(entity.name, mention, entity)
        if head in words.bodies and definite:
            body = self.people.by_word(head, position)
            if body is None and head_at == 2:  # "the agency": the body last credited
                body = self.last_body
            if body is not None:
                return _Found(body.name, mention, body)
        if head in words.anonymous or head in words.bodies or head in words.roles:
            return _Found(printed, mention)
        titled = self.people.by_title(head, position) if definite and head_at == 2 else None
        if titled is not None:  # "the treasurer" after "Treasurer Greta Holm"
            return _Found(titled.name.split(None, 1)[1], mention, titled)
        return None

    def _titled_person(self, tokens: Sequence[Token]) -> Entity | None:
        """The person named at the end of ``his chief of staff Andriy Yermak``, after a title with ``of``.

        The name must follow a lower-case word that is no preposition or determiner,
        so the object of ``an aide to President X`` or ``a source in the Kremlin`` is
        not taken for the speaker.
        """
        words = self.words
        runs = self._name_runs(tokens)
        if not runs or runs[-1][1] != len(tokens):
            return None
        first, last = runs[-1]
        start = first
        while start > 0 and tokens[start - 1].is_capitalized:
            start -= 1
        before = tokens[start - 1] if start else None
        if before is None or not _is_word(before) or before.lower in words.prepositions or before.lower in words.determiners:
            return None
        entity = self._entity(tokens[first:last])
        return entity if entity is not None and entity.person else None

    def _name_runs(self, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """Runs of capitalized words in a phrase, titles left out."""
        runs: list[tuple[int, int]] = []
        k = 0
        while k < len(tokens):
            token = tokens[k]
            starts_name = token.is_capitalized or token.lower in _NAME_PARTICLES  # else no run starts here
            end = self.people.name_end(tokens, k) if starts_name else k
            if end > k:
                cut, _roles = self.people.split_name(tokens, k, end)
                runs.append((cut if cut < end else k, end))
                k = end
            else:
                k += 1
        return [(a, b) for a, b in runs if a < b and tokens[a].lower not in self.words.determiners]

    def _entity(self, name_tokens: Sequence[Token]) -> Entity | None:
        return self.people.find(_name_key(name_tokens))

    def _pronoun(self, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> _Found | None:
        """``it``/``they`` name the body the sentence is about or the one last credited (or an unnamed
        source: ``Officials … They said``); ``he``/``she`` the person the sentence or text is about.

        After a relative word (``an interview with X in which he said``) the nearest
        person before it is meant; otherwise the subject of the sentence, then the
        person last credited.
        """
        tokens = view.tokens
        subject = self.subject(view, sentence)
        before = subject is not None and subject.hi <= mention.lo and subject.lo != mention.lo
        if pronoun in ("it", "they"):
            found = self.resolve(view, subject, sentence) if before else None
            if found is None or (found.entity is not None and found.entity.person):
                found = self.last_group
            return None if found is None else _Found(found.speaker, mention, found.entity)
        entity = None
        if mention.lo > sentence.start and tokens[mention.lo - 1].lower in ("which", "whom", "where"):
            entity = self._person_before(view, mention.lo, sentence)
        if entity is None and before:
            found = self.resolve(view, subject, sentence)
            if found is not None and found.entity is not None and found.entity.person:
                entity = found.entity
        position = view.offset + tokens[mention.lo].start
        entity = entity or self.salient or self.people.last_person(position, pronoun, None)
        if entity is None:
            return None
        entity = self._agreeing(entity, pronoun, position)
        return _Found(entity.name, mention, entity)

    def _agreeing(self, entity: Entity, pronoun: str, position: int) -> Entity:
        """``entity`` if ``pronoun`` (``he``/``she``) fits it, else the person it fits mentioned last.

        A person whose gender is not known yet takes the pronoun's; only ``she`` goes
        instead to a woman mentioned after him or her (wire copy names far more men,
        so an unknown name is most likely a man's).
        """
        people = self.people
        gender = people.gender(entity)
        if gender == pronoun:
            return entity
        if gender is None:
            fitting = people.last_person(position, pronoun, entity) if pronoun == "she" else None
            if fitting is not None and fitting.last_before(position) > entity.last_before(position):
                return fitting
            entity.gender = pronoun
            return entity
        return people.last_person(position, pronoun, entity) or people.last_person(position, None, entity) or entity

    def _person_before(self, view: PassageView, i: int, sentence: range) -> Entity | None:
        """The person named last before token ``i`` of the sentence."""
        tokens = view.tokens
        k = i - 1
        while k >= max(sentence.start, i - WINDOW):
            if tokens[k].is_capitalized and not tokens[k].quoted:
                start = k
                while start > sentence.start and tokens[start - 1].is_capitalized:
                    start -= 1
                entity = self._entity(tokens[start : k + 1])
                if entity is not None and entity.person:
                    return entity
                k = start
            k -= 1
        return None

    def note(self, found: _Found | None) -> None:
        """Remember who was last credited, for the pronouns and roles that follow."""
        if found is None or found.speaker is None:
            return
        if found.entity is not None and found.entity.person:
            self.salient = found.entity
            return
        self.last_group = found
        if found.entity is not None:
            self.last_body = found.entity

    def read(self, view: PassageView, sentence: range) -> None:
        """Follow the sentence's subject, so later pronouns resolve to the person or body it names."""
        mention = self.subject(view, sentence)
        if mention is not None:
            self.note(self.resolve(view, mention, sentence))

    # -- attribution ----------------------------------------------------------------

    def subject(self, view: PassageView, sentence: range) -> Mention | None:
        """The subject of a sentence: the first noun phrase after any lead-in (``In July, X …``).

        Remembered, as every quote of a sentence may ask for it.
        """
        key = (view.offset, sentence.start, sentence.stop)
        if key not in self._subjects:
            self._subjects[key] = self._find_subject(view, sentence)
        return self._subjects[key]

    def _find_subject(self, view: PassageView, sentence: range) -> Mention | None:
        tokens = view.tokens
        words = self.words
        i = sentence.start
        stop = min(sentence.stop, sentence.start + WINDOW)
        while i < stop:
            token = tokens[i]
            if token.quoted or token.mark or token.text in ",;:–—-":
                i += 1
                continue
            if token.lower in words.lead_words or (token.lower.endswith("ly") and token.is_capitalized):
                while i < stop and tokens[i].text != ",":
                    i += 1
                continue
            return self.phrase_after(tokens, i, stop)
        return None

    def credit(self, view: PassageView, open_token: int, close_token: int | None, sentence: range) -> _Found | None:
        """The resolved speaker of the quote between ``open_token`` and ``close_token`` in ``sentence``."""
        mention = None if close_token is None else self.credit_after(view, close_token, sentence)
        if mention is True:
            return None if self.salient is None else _Found(self.salient.name, None, self.salient)
        if mention is None:
            mention = self.credit_before(view, open_token, sentence)
        if mention is None and close_token is not None:
            mention = self.credit_later(view, close_token, sentence)
        if mention is None:
            mention = self.credit_headline(view, open_token, sentence)
        if mention is not None:
            return self.resolve(view, mention, sentence)
        subject = self.subject(view, sentence)  # "X raised concerns about “…”": the person the sentence is about
        if subject is None or subject.hi > open_token:
            return None
        found = self.resolve(view, subject, sentence)
        return found if found is not None and found.entity is not None and found.entity.person else None

    def credit_later(self, view: PassageView, close: int, sentence: range) -> Mention | None:
        """``… a “symmetry” in the relations, X has said``: a closing attribution after a comma."""
        tokens = view.tokens
        stop = min(sentence.stop, close + WINDOW)
        cues = view.cues
        for n in range(bisect.bisect_right(cues, close), len(cues)):
            k = cues[n]
            if k >= stop:
                break
            if tokens[k].lower == "according" and k + 2 < sentence.stop and tokens[k + 1].lower == "to":
                return self.phrase_after(tokens, k + 2, sentence.stop)
            if self._is_finite_speech_verb(tokens, k, sentence):
                mention = self.phrase_before(tokens, k, close + 1)
                if mention is not None and tokens[mention.lo - 1].text == ",":
                    return mention
        return None

    def credit_lead_in(self, view: PassageView, sentence: range) -> _Found | None:
        """The speaker of ``He told reporters:`` ending the passage, for the quote opening the next one."""
        tokens = view.tokens
        if sentence.stop != len(tokens) or tokens[-1].text != ":" or tokens[-1].quoted:
            return None
        mention = self.credit_before(view, len(tokens) - 1, sentence)
        found = None if mention is None else self.resolve(view, mention, sentence)
        return None if found is None else _Found(found.speaker, None, found.entity)

    def credit_headline(self, view: PassageView, open_token: int, sentence: range) -> Mention | None:
        """Headline style: ``Kallas: ‘We will never accept it’`` or ``EU will ‘never accept’ it – Kallas``.

        The name opens the passage before a colon, or ends it after a dash.
        """
        tokens = view.tokens
        if sentence.start == 0 and open_token > 0 and tokens[open_token - 1].text == ":":
            mention = self.subject(view, range(0, open_token - 1))
            return mention if mention is not None and mention.hi == open_token - 1 else None
        if sentence.stop != len(tokens):
            return None
        for k in range(sentence.stop - 2, max(open_token, sentence.stop - 8), -1):
            if tokens[k].quoted or tokens[k].mark:
                return None
            if tokens[k].text in _DASHES:
                mention = self.phrase_after(tokens, k + 1, sentence.stop)
                return mention if mention is not None and mention.hi == sentence.stop else None
        return None

    def _is_finite_speech_verb(self, tokens: Sequence[Token], k: int, sentence: range) -> bool:
        """A speech verb that is not ``to say``, ``the claim`` or ``insisting``."""
        token = tokens[k]
        if token.quoted or token.is_capitalized or token.lower not in self.words.speech_verbs:
            return False
        if token.lower.endswith("ing"):
            return False
        previous = tokens[k - 1] if k > sentence.start else None
        return previous is None or not (
            previous.lower in self.words.determiners or previous.lower == "to" or _is_possessive(previous)
        )

    def credit_after(self, view: PassageView, close: int, sentence: range) -> Mention | None | bool:
        """``“…,” X said`` / ``“…,” said X``: the mention after a quote; ``True`` for a bare ``concluded``.

        ``“…” – that is how X described it`` reads on after the dash and ``how``.
        """
        tokens = view.tokens
        words = self.words
        i = close + 1
        if i < sentence.stop and tokens[i].text == ",":
            i += 1
        if i < sentence.stop and tokens[i].text in _DASHES:
            how = next((k for k in range(i + 1, min(i + 5, sentence.stop)) if tokens[k].lower == "how"), None)
            if how is None:
                return None
            i = how + 1
        if i >= sentence.stop or tokens[i].quoted or tokens[i].mark or tokens[i].lower in words.prepositions:
            return None
        if tokens[i].lower in words.speech_verbs and not tokens[i].lower.endswith("ing"):
            mention = self.phrase_after(tokens, i + 1, sentence.stop)
            return mention if mention is not None else True
        mention = self.phrase_after(tokens, i, sentence.stop)
        if mention is None:
            return None
        j = mention.hi
        if j + 1 < sentence.stop and tokens[j].text == "," and (
            tokens[j + 1].lower in ("who", "which") or tokens[j + 1].lower.endswith("ing")
        ):
            j = self._after_clause(tokens, j + 1, sentence.stop)  # "X, who heads the fund, told"
        elif j < sentence.stop and tokens[j].text == ",":  # "the bloc’s top diplomat, Kaja Kallas, has said"
            inner = self.phrase_after(tokens, j + 1, sentence.stop)
            if inner is not None and inner.hi < sentence.stop and tokens[inner.hi].text == ",":
                if self._has_name(tokens, inner) or not self._has_name(tokens, mention):
                    mention = inner  # the name, not its title: "Helena Sousa, the deputy minister, said"
                j = inner.hi + 1
        while j < sentence.stop and tokens[j].lower in words.auxiliaries:
            j += 1
        if j < sentence.stop and tokens[j].lower in words.speech_verbs:
            return self._quoted_as(tokens, j, sentence) or mention
        return None

    @staticmethod
    def _after_clause(tokens: Sequence[Token], k: int, stop: int) -> int:
        """The token after the comma closing the clause at ``k`` (past ``stop`` when none does)."""
        while k < stop and tokens[k].text != ",":
            k += 1
        return k + 1

    def _quoted_as(self, tokens: Sequence[Token], verb: int, sentence: range) -> Mention | None:
        """``Belta quoted Lukashenko as saying``: the person quoted (``X was quoted by Belta``: not Belta)."""
        if tokens[verb].lower not in ("quoted", "quotes", "quoting"):
            return None
        mention = self.phrase_after(tokens, verb + 1, sentence.stop)
        if mention is None or tokens[mention.lo].lower == "by":
            return None
        if mention.hi < sentence.stop and tokens[mention.hi].lower == "as":
            return mention
        return None

    def credit_before(self, view: PassageView, open_at: int, sentence: range) -> Mention | None:
        """The words crediting a quote earlier in its sentence: the nearest speech verb's subject."""
        tokens = view.tokens
        words = self.words
        lo = max(sentence.start, open_at - WINDOW)
        cues = view.cues
        for n in range(bisect.bisect_left(cues, open_at) - 1, -1, -1):
            k = cues[n]
            if k < lo:
                break
            token = tokens[k]
            if token.quoted or token.mark:
                continue
            low = token.lower
            if low == "according" and k + 2 < sentence.stop and tokens[k + 1].lower == "to":
                return self.phrase_after(tokens, k + 2, sentence.stop)
            if low in words.speech_nouns and k > sentence.start and (
                _is_possessive(tokens[k - 1]) or tokens[k - 1].lower in ("his", "her", "their")
            ):
                owner = self._bare_phrase_before(tokens, k, sentence.start)
                if owner is not None:
                    return owner
            if low not in words.speech_verbs or token.is_capitalized:
                continue
            if k > sentence.start and (tokens[k - 1].lower in words.determiners or tokens[k - 1].lower == "to" or _is_possessive(tokens[k - 1])):
                continue  # "to say", "the claim": not a finite speech verb
            quoted = self._quoted_as(tokens, k, sentence)
            if quoted is not None:
                return quoted
            if k + 1 < sentence.stop and tokens[k + 1].lower == "by" and low != "quoted":
                agent = self.phrase_after(tokens, k + 2, sentence.stop)
                if agent is not None:
                    return agent
            if low.endswith("ing") and k > sentence.start and tokens[k - 1].lower == "as":
                continue  # "quoted X as saying": the verb before names the speaker
            if not low.endswith("ing"):
                mention = self.phrase_before(tokens, k, sentence.start)
                if mention is not None:
                    return mention
            return self.subject(view, sentence)
        return None
