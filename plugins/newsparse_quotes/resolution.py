"""Resolving a mention to the speaker it names: a pronoun, surname, role or body to a full name."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import compress, product, takewhile

from attrs import define

from .bodies import (
    bodies_of_kind, body_named_before, body_of_kind, body_spoke_before, described_by, headed_body, is_body_head, kind_head, may_take_up, named_body, speaking_body, speaks_after, taken_up, vague,
)
from .descriptions import Descriptions, lower_body, plain
from .epithets import YEAR_OLD, age_hyphen, epithet, epithet_age, epithet_person
from .gate import Gate
from .genders import gender_by_titles
from .lexicon import is_common_word_name, is_first_name, is_ordinary_word
from .lists import given_name_shared, given_names_listed, people_listed, person_before
from .name_runs import NameRuns
from .nearby import apposed_entity, apposed_person, first_named, named_subject, person_before_relative
from .people import Entity, People, sits_after_body, sole_holder
from .phrases import AGENT_ENDINGS, Phrases, has_name, opens_lead_in, past_time
from .reported import BE_FORMS, CITING, TELLING
from .salience import Nearer, Taken, agreeing
from .segments import LOWER, TEXT, Token
from .words import (
    ARTICLES,
    DEGREE_WORDS,
    INDEFINITE,
    PERSONAL,
    POSSESSIVE_ENDS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    WINDOW,
    Mention,
    PassageView,
    Words,
    bare,
    compound_adjective,
    is_possessive,
    label_start,
    name_in_s,
    singular,
)

#: Words joining the last item of a list of names.
_LIST_AND = frozenset(("and", "&"))
#: The most tokens of one name in a list of bodies or places (``the Democratic Republic of Congo``: a break).
_LIST_ITEM_TOKENS = 4

__all__ = ["OBJECT_PRONOUNS", "Found", "Resolver", "one_person", "past_relative"]

_BE = frozenset("is are was were be been being".split())
_ISSUED_BY = frozenset(["from", "by"])  # "a statement from X": X's message
#: A lone word picking one of a group just described, as a speech verb's inverted subject: ``“…,” said one, who …``.
_ONE_OF_GROUP = frozenset(["one", "another"])
#: The most words from a document cited after ``according to`` to the ``by`` naming its author (``a report released
#: last month by X``).
_DOCUMENT_BY_REACH = 5
#: Words joining a clause of its own after a comma: ``…, and the senator said``.
_CLAUSE_JOINS = frozenset(["and", "but", "while", "whereas"])
#: The most words between a speech noun and ``from``/``by`` naming its speaker (``a speech at a rally from``).
_ISSUER_GAP = 6
#: Tokens that close a clause after a name (``…, said Ann Lee, who``).
_CLAUSE_ENDS = frozenset(",.;")
#: ``the video reads``: what reads is a text, not who wrote it.
_READS = frozenset(["read", "reads"])
#: The most tokens of an unnamed source and its relative clause before its verb (``a trader, who …, said``).
_SOURCE_TOKENS = 16
#: A conjunction or a comma and an indefinite word opening a clause whose subject may be an unnamed source (``…, and a
#: trader said``, ``…, a board official told Reuters``).
_JOINED_SOURCES = frozenset(product([",", "and", "but", "while", "whereas", "whilst"], sorted(INDEFINITE)))
#: The most words of a role set beside a name with ``the`` (``the deputy town clerk``).
_DEFINITE_WORDS = 3
#: The most tokens of a relative clause between a described source and its verb.
_RELATIVE_TOKENS = 25
#: Determiners of a role that is not the person followed: ``a deputy``, and a person's possessive
#: pronouns (``his deputy`` is someone the person followed has, never that person; ``its`` is a body's).
_NOT_THE_ONE = INDEFINITE | frozenset(["his", "her"])
#: The fewest letters of an origin clipped to its end (``Bok`` of ``Springbok``).
_CLIPPED = 3
_ONE = frozenset("a an one".split())  # opens a phrase naming one unnamed person or thing
#: Possessive pronouns owning a body (``Her office said``) or words (``In his words: “…”``), by the pronoun they
#: stand for.
_OWNER_PRONOUNS = {"his": "he", "her": "she"}
#: The object forms of ``he``, ``she`` and ``they`` (``quoted him as saying``), by their subject form:
#: never the sentence's subject.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


@define
class Found:
    """A resolved attribution: the mention and the speaker it names, and the cue that credits it as
    printed (``said``, ``according to``)."""

    speaker: str | None
    mention: Mention | None
    entity: Entity | None = None
    cue: str | None = None


#: The words opening a described person whom a clause or an apposition after it may name: ``a``, ``one``, ``her``, ``the``.
_NAMED_AFTER = frozenset([*INDEFINITE, *_OWNER_PRONOUNS, "the"])
#: How many tokens back the preposition opening the first of two objects is looked for.
_OBJECT_REACH = 8
#: The word a court's name holds, whose documents speak for it.
_COURT = "court"
#: The prepositions inside a body's name: a speaker right after one, a capitalised word before it, is cut from it.
_CUT_JOINERS = frozenset(["of", "for"])


def _past_issuer(phrases: Phrases, tokens: Sequence[Token], mention: Mention, stop: int) -> Mention:
    """``A statement from Mayor Ann Lee``, ``a letter by the union``: a message (the ``messages`` list)
    from or by someone stands for its issuer, the words after ``from``/``by``; so does a message, document or
    body of data (the ``data_nouns`` list) followed by a verb of the ``issuing_verbs`` list and ``by``, maybe set
    off by a comma (``information released by Gartner``, ``The report, published by the bank,``); else ``mention``."""
    words, lo, hi = phrases.words, mention.lo, mention.hi
    k = hi + (hi < stop and tokens[hi].text == ",")
    if hi - lo <= 2 and k + 2 < stop and tokens[k].lower in words.issuing_verbs and tokens[k + 1].lower == "by" and (
        (noun := bare(tokens[hi - 1].text)) in words.messages or noun in words.documents or noun in words.data_nouns
    ) and (hi - lo == 1 or tokens[lo].lower in words.determiners):
        return phrases.phrase_after(tokens, k + 2, stop) or mention
    if hi - lo < 4 or tokens[lo].lower not in words.determiners or tokens[lo + 2].lower not in _ISSUED_BY:
        return mention
    return Mention(lo + 3, hi) if bare(tokens[lo + 1].text) in words.messages else mention


def _with_employer(words: Words, tokens: Sequence[Token], mention: Mention | None, stop: int) -> Mention | None:
    """A plural source or role of one or two words with the body it works at after ``at`` (``Economists at Sberbank
    CIB``, ``Analysts at Harbour Capital``): the whole phrase, which a later ``they`` takes up; else ``mention``."""
    if mention is None or mention.hi - mention.lo > 2 or mention.hi + 1 >= stop or tokens[mention.hi].lower != "at":
        return mention
    head = tokens[mention.hi - 1].lower
    if not (head in words.anonymous or (head[-1:] == "s" and head[:-1] in words.roles)) or not tokens[mention.hi + 1].is_capitalized:
        return mention
    end = mention.hi + 1
    while end < stop and tokens[end].is_capitalized and not tokens[end].quoted:
        end += 1
    return Mention(mention.lo, end)


def _before_reporter(resolver: Resolver, view: PassageView, mention: Mention) -> Mention:
    """An indefinite person's role followed by a body's name (``A logistics consultant FreightWaves``, read up to
    ``quotes`` or ``interviewed``): the body is the subject of a clause on the person, who is the mention; else
    ``mention``."""
    tokens, words = view.tokens, resolver.words
    if mention.hi - mention.lo < 3 or tokens[mention.lo].lower not in INDEFINITE:
        return mention
    k = next((k for k in range(mention.lo + 2, mention.hi) if tokens[k].is_capitalized), mention.hi)
    role = bare(tokens[k - 1].text)
    if k == mention.hi or not tokens[k - 1].text.islower() or (role not in words.roles and role not in words.person_nouns):
        return mention
    entity = resolver.names.entity(view, k, mention.hi)
    return Mention(mention.lo, k) if entity is not None and not entity.person and not entity.place else mention


def _past_panel(words: Words, tokens: Sequence[Token], mention: Mention) -> Mention:
    """``A single-judge bench of Justice Meera Deshpande``: a court's panel (the ``court_panels`` list) of one judge,
    titled by a judicial role and named, stands for that judge (the words after ``of``); else ``mention``."""
    lo, hi = mention.lo, mention.hi
    if hi - lo < 5 or tokens[lo].lower not in words.determiners:
        return mention
    of = next((k for k in range(lo + 1, min(hi, lo + _PANEL_WORDS)) if tokens[k].lower == "of"), None)
    if of is None or tokens[of - 1].lower not in words.court_panels or bare(tokens[of + 1].text) not in words.judicial_roles:
        return mention
    return Mention(of + 1, hi) if all(t.is_capitalized or t.text == "." for t in tokens[of + 1 : hi]) else mention


#: How many words a court's panel may stand after the determiner before ``of`` (``A single-judge bench of``).
_PANEL_WORDS = 5


class Resolver(Phrases):
    """Resolves mentions in page order, remembering who the text is about."""

    def __init__(self, words: Words, people: People, gate: Gate | None = None):
        super().__init__(words)
        self.people = people
        self.gate = Gate(words) if gate is None else gate  # the extractor's, shared by its articles
        self.names = NameRuns(words, people)
        self.salient: Entity | None = None  # the person the text is about
        #: Where that person was last taken up: the sentence and mention, read only when a pronoun asks.
        self._taken: Taken | tuple[PassageView, range, Mention | None] = Taken()
        self.taken_in: tuple[PassageView, range] | None = None  # the sentence where the salient person was last taken up
        self.nearer = Nearer(people)  # who may outrank that person for a pronoun
        self.last_body: Entity | None = None  # the body the text is about
        self._read = self._last_body_read = 0  # the sentences read, and how many when that body was noted (recent: 1 back)
        self.speaking_body: Entity | None = None  # the body last credited or subject of a speech verb
        self.quoted_names: set[int] = set()  # the ids of the names no person credited with a quote ("said Varga")
        self.last_group: Found | None = None  # the body or unnamed source last credited, for "it" and "they"
        self.last_speaker: Entity | None = None  # the person last credited with a quote
        self.source_last = False  # the text turned to an unnamed person after salient ("An executive at … said")
        self.unnamed_last = False  # the sentence read last opens with one unnamed person no rule credits
        #: The sources and bodies described so far, which a definite description takes up.
        self.descriptions = Descriptions(words, people)

    @property
    def taken(self) -> Taken:
        """Where the person the text is about was last taken up (see :class:`.salience.Taken`)."""
        if not isinstance(self._taken, Taken):
            self._taken = Taken.of(self.names, *self._taken)
        return self._taken

    def speaker(self, view: PassageView, mention: Mention, sentence: range) -> Found | None:
        """The speaker a mention names, or ``None`` when the words name nobody or fail the gate."""
        found = self.resolve(view, mention, sentence)
        if found is not None and found.entity is None and (apposed := apposed_entity(self.names, view, mention, sentence)):
            found = Found(apposed.name, mention, apposed)  # "Labor's treasury spokeswoman, Ann Lee, said …": Ann Lee
        if found is not None and found.entity is None and _unsure(self, view, mention, found.speaker):
            return None  # "the company" when the body followed may not be meant: nobody rather than a guess
        if found is not None and mention.lo > 1:
            found = _in_its_phrase(self, view, mention, sentence, found)
        return found if found is not None and self.gate.admits(found.speaker, found.entity) else None

    def resolve(self, view: PassageView, mention: Mention, sentence: range) -> Found | None:
        """What a mention names (not checked by the gate: for following the text), or ``None``."""
        words = self.words
        mention = _past_panel(words, view.tokens, _past_issuer(self, view.tokens, mention, sentence.stop))  # "A statement from Mayor X", "A bench of Justice X": X
        mention = _before_reporter(self, view, mention)  # "A consultant FreightWaves quotes": the consultant
        tokens = view.tokens[mention.lo : mention.hi]
        low = list(map(bare, map(TEXT, tokens)))
        if (size := len(low)) == 1 and (low[0] in words.pronouns or low[0] in OBJECT_PRONOUNS or low[0] in _OWNER_PRONOUNS):  # "he", "him", "his"
            return self._pronoun(view, mention, sentence, low[0])
        position = view.offset + tokens[0].start
        printed = _printed(words, view, mention, sentence)
        if (size == 3 and low[0] in words.partitives and low[1:] == ["of", "them"]) or (size == 1 and low[0] in _ONE_OF_GROUP):
            return _one_of_them(self, view, mention, position)
        if low[0] == "the" and (described := epithet(words, tokens)) is not None:  # "the 45-year-old": like "he"
            entity = None if _name_set_off(view.tokens, mention.hi) else _epithet_holder(self, view, mention, sentence, described)
            return None if entity is None else Found(entity.name, mention, entity)  # not "the 45-year-old, Ann Lee,"
        if size in (2, 3) and (owner := _kin_or_issuer(self, view, mention, sentence, low, position)) is not None:
            return owner  # "His partner": the one named "his partner, NAME" before; "Its report": the body "it" is
        core = label_start(tokens, size, 1)
        head_at = _head_end(words, tokens, core)  # "One source inside the government": "source"
        head = low[head_at - 1]  # "One source inside the government": "source"
        if (head in words.source_modifiers or (head[-3:] == "ing" and head not in words.body_units)) and head_at > 1:
            head = low[head_at - 2]  # "a source close to the talks", "a soldier fighting near X": the noun
        if head[-1:] == "s" and head not in words.speaker_heads and _group(words, tokens[head_at - 1], head):
            return Found(printed, mention)  # "Brown University researchers": a group, not one person
        titled = _indefinite_named(self, view, mention, sentence) if tokens[0].lower in _NAMED_AFTER else None
        titled = titled or (self.names.titled_person(view, mention.lo, mention.lo + core) if head_at < core else None)
        if titled is not None:
            return Found(titled.name, mention, titled)
        runs = self.names.runs(view, mention.lo, mention.lo + head_at)
        if _owned_by_name(self.names, view, mention, runs, head, head_at):
            return _name_owned(self, view, runs[-1], mention, head_at)  # "Ann Lee’s office", "Sarapuu’s sister"
        if runs and runs[-1][1] == head_at:
            first, last = runs[-1]
            entity = _acronym_holder(self, self.names.entity(view, mention.lo + first, mention.lo + last), tokens[head_at - 1], position)
            if entity is not None and entity.person:
                return Found(entity.name, mention, entity)
            if entity is not None or head not in words.roles:
                return _noted(self, Found(_named_in_full(printed, entity), mention, entity), tokens, low, head_at, position)
        if head_at == 2 and low[0] in _OWNER_PRONOUNS and head in words.bodies and head not in words.roles:
            return _owned(self, view, mention, sentence)  # "Her office said": "Ann Lee’s office"
        definite = (low[0] in words.determiners and low[0] not in INDEFINITE) or is_possessive(tokens[0])
        issuer = _document_issuer(self, head, position) if definite and size == 2 and head in words.documents else _message_owner(self, view, mention, sentence, head_at)
        if issuer is not None or (definite and size == 2 and head in words.messages):  # never "the post"
            return issuer and Found(issuer.speaker, mention, issuer.entity)  # "In a statement, the club said"
        if earlier := _earlier_source(self, view, sentence, mention, low, head_at, position):
            return Found(earlier, mention)  # "the person said" after "a person familiar with the talks said"
        entity = self._role_holder(view, mention, sentence, low, head_at, runs) if head in words.roles else None
        if entity is not None:
            return _its_holder(self, view, mention, sentence, entity)
        if definite and (one := _person_or_body(self, tokens, low, head_at, mention, position)) is not None:
            return one  # "the producer" after "Oscar producer Gil Cates": that person, before a body of the kind
        if _source_head(words, tokens, head, head_at):
            if _remembered_source(words, tokens, low, head_at):
                self.descriptions.describe(head, printed, position)
            return None if _unheld_role(self, tokens, low, head_at, position) else _source_voice(self, view, mention, low, printed)
        held = _role_named(self.people, low[1:head_at], mention, position) if definite and low[0] == "the" else None
        if held is not None:  # "the treasurer" after "Treasurer Greta Holm", "the town clerk" after "the town clerk, Ann Lee,"
            return held
        return Found(printed, mention) if _described(words, view.tokens, mention, mention.lo + head_at) else None

    def _role_holder(
        self, view: PassageView, mention: Mention, sentence: range, low: list[str], head_at: int,
        runs: list[tuple[int, int]],
    ) -> Entity | None:
        """The person a role names (``the prime minister``, ``the Ukrainian leader``): the one printed
        with that title, else, for a definite role naming no body, the person the text is about."""
        words = self.words
        tokens = view.tokens[mention.lo : mention.hi]
        position = view.offset + tokens[0].start
        head = low[head_at - 1]
        if _of_an_unnamed_one(low, head_at):
            return None  # "The president of one club in the relegation zone": an unnamed source, no holder named before
        if low[0] in INDEFINITE:  # an unnamed source, but in a lede "A county judge ruled …" / "Judge Ana Pugh …"
            if self.salient is not None or any(t.quoted for t in view.tokens[sentence.start : mention.lo]) or low[0] not in ("a", "an"):
                return None  # "“…,” a bank dealer said", "One shipping boss told …": left unnamed, not the one named later
            return _lede_holder(self, tokens, low, head, view.offset + tokens[-1].end)  # the one person later so titled
        titles = words.role_paraphrases.get(" ".join(w for w in low[1:] if w != "the")) if low[0] == "the" else None
        if titles:  # "the head of the government": the prime minister (or premier) named last
            return _office_holder(self.people, titles, position)
        modifiers = [w for w, t in zip(low[:head_at], tokens, strict=False) if w not in words.determiners and not is_possessive(t)]
        if len(low) == 1 and _holders_before(self.people, head, position) > 1:
            return None  # "Justice said" after "Chief Justice A and Justice B": either
        entity = apposed_person(self.names, view, mention, sentence) or _role_of_salient(self, modifiers, position, _foil_from(self, view, mention, sentence))
        if entity is None and head in words.generic_roles and len(modifiers) > 1:
            entity = _generic_holder(self.people, modifiers, position)  # "the Ukrainian leader": its president
        first = 1 if mention.lo == sentence.start else 0  # capitalized only as a sentence's first word
        named = {bare(t.text) for t in tokens[first : head_at - 1] if t.is_capitalized}
        if entity is None and not named:  # "the top diplomat": any diplomat named before; not "the American leader"
            entity = _ranked_holder(words, self.people, modifiers, position) or _holder_before(self.people, head, position)
        elif entity is None and low[0] == "the" and head in words.professions and not any(map(is_possessive, tokens[: head_at - 1])):
            entity = _untitled_one(self, view, position)  # "Kate Lund counted … says the Harbour Survey biologist"
        definite = (low[0] in words.determiners and low[0] not in _NOT_THE_ONE) or is_possessive(tokens[0])
        names_body = any(w in words.bodies for w in modifiers) or any(w in words.bodies for a, b in runs for w in low[a:b])
        names_body = names_body or any(map(is_possessive, tokens[: head_at - 1]))  # an owner: not the person followed
        names_body = names_body or _own_office(words, low, tokens, head_at)  # "of a shop", "the Bishop of Leeds"
        if entity is None and definite and head not in words.bodies and head not in words.asking_roles and not names_body and not _ranked(words, modifiers, head):
            # not "the district’s spokesperson", nor "the prime minister" (an office of its own)
            # "the Russian leader": the person the text is about, or, before anyone
            # was (a summary line), the first person the article goes on to name
            proxy = head in words.proxy_roles  # "the spokesman": never the person followed, maybe one named next
            entity = self.salient if not proxy and (not named or _may_be(self.people, self.salient, self.last_speaker, named, position)) else None
            entity = None if entity is not None and (_titled_otherwise(words, head, entity) or _reports(self, view, mention, sentence, entity)) else entity
            if entity is None and self.salient is None and not (low == ["the", head] and head in words.anonymous):
                entity = _next_holder(words, self.people, head, view.offset + tokens[-1].end)
                entity = None if entity is not None and _origin_conflicts(entity, named) else entity  # not "Beta chief executive X"
        elif entity is None and definite and names_body and head in words.top_roles and not any(t.is_capitalized for t in tokens[1:]) and (
            _sole_speaker(self, position) or (head in words.generic_roles and _titled_just_before(self, position, head))
        ):
            entity = self.salient  # "“…,” Glapiński said. “…,” the central bank president said.": no one else named
        elif entity is None and definite and names_body and self.salient is None:
            entity = _titled_next(self.people, modifiers, head, view.offset + tokens[-1].end)  # "The RBNZ Governor" in a lede
        return _as_described(words, self.people, modifiers, head, tokens[: head_at - 1], position, entity)

    def _pronoun(self, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> Found | None:
        """``it``/``they`` name the body the sentence is about or the one last credited (or an unnamed
        source: ``Officials … They said``); ``he``/``she`` the person the sentence or text is about.

        After a relative word (``an interview with X in which he said``) the nearest
        person before it is meant, unless the sentence's subject is the same pronoun (``He accepted X's
        comments, which he noted …``); otherwise the subject of the sentence, then the person last credited.  An object form (``him``, ``her``) never stands for the subject."""
        tokens = view.tokens
        object_form = pronoun in OBJECT_PRONOUNS
        pronoun = OBJECT_PRONOUNS.get(pronoun) or _OWNER_PRONOUNS.get(pronoun, pronoun)  # "In his words:": he
        subject = self.subject(view, sentence)
        before = subject is not None and subject.hi <= mention.lo and subject.lo != mention.lo and not object_form
        if pronoun in ("it", "they"):
            return _group_pronoun(self, view, mention, sentence, pronoun, subject if before else None)
        if pronoun in ("he", "she") and not object_form and (ahead := _cataphor(self, view, mention, sentence, pronoun) or _fronted_subject(self, view, mention, sentence, pronoun)):
            return ahead  # "Though he called it “smart,” Judge Ann Lee …": the person named after the clause
        entity, same = None, before and subject is not None and subject.hi - subject.lo == 1 and tokens[subject.lo].lower == pronoun
        if mention.lo > sentence.start and tokens[mention.lo - 1].lower in ("which", "whom", "where") and not same:
            # not when the sentence opens with the same pronoun: "He accepted X's comments, which he noted …"
            entity = person_before_relative(self.names, view, mention.lo, sentence)
        if entity is None and before and subject is not None and _fronted_apposition(tokens, subject, sentence) == subject:
            found = self.resolve(view, subject, sentence)  # not "A former engineer …, he is 44": "he" is who it describes
            if found is not None and found.entity is not None and found.entity.person:
                entity = found.entity
            elif found is not None and one_person(self.words, found.speaker, pronoun) and not _named_between(
                self.people, view, subject, mention
            ):
                return Found(found.speaker, mention)  # "A bureau spokesperson declined to discuss what she called “…”"
        position = view.offset + tokens[_outside_participle_clause(self.words, tokens, mention, sentence)].start
        if entity is None and self.unnamed_last and pronoun in ("he", "she"):
            return Found(None, mention)  # "A baker in Aswan put it bluntly. “…,” he said.": not the person followed
        if entity is None and (source := _last_source(self, view, mention, sentence, pronoun)) is not None:
            return Found(source.speaker, mention)  # "An executive at the plant said … “…,” he said."
        if entity is None:
            near = self.nearer(self.taken, self.salient, view.offset, position, pronoun)
            if len(near) > 1:
                return Found(None, mention)  # two people as near: nobody is sure, and no later rule guesses
            entity = near[0] if near else None
        people = self.people  # then the one-word name followed (no person was; not one opening a longer name:
        lone = lone_name(self.words, self.last_group)  # "Norland Fisheries"), else a person the pronoun fits, or
        if entity is None and lone is not None and _speaker_since(self, lone, position):
            return Found(None, mention)  # "Kerr said that …" after a person quoted: "he" may be either
        entity = entity or _salient_outside(self, view, mention, position) or (None if lone is None or lone.words[0] in people.run_openers else lone)
        entity = entity or people.last_person(position, pronoun, None) or people.last_person(position, None, None)
        entity = entity or lone  # one of gender not known yet, mentioned last
        if entity is None:
            return None
        clause_end = self.taken.clause_end if entity is self.salient else -1
        entity = agreeing(people, entity, pronoun, position, clause_end, partial(self.nearer.named, view.offset, position))
        return Found(None, mention) if entity is None else Found(entity.name, mention, entity)

    def note(self, found: Found | None, view: PassageView, sentence: range, *, quoted: bool = False) -> None:
        """Remember who the text is about, for the pronouns and roles that follow, as taken up in
        ``sentence`` of ``view``; ``quoted`` tells ``found`` was credited with a quote."""
        if found is None or found.speaker is None:
            return
        if quoted:
            self.descriptions.last_quoted = (found, view, sentence)
        if not _pronoun_mention(self.words, view, found.mention):  # "They scheduled …" describes no one anew
            self.source_last = found.entity is None and _one_described(self.words, found.speaker)
        if found.entity is not None and found.entity.person:
            self.salient = found.entity
            self.unnamed_last = False  # "A skipper, Ann Roe, who …": the person is named after all
            self._taken, self.taken_in = (view, sentence, found.mention), (view, sentence)
            self.nearer.follow(found.entity)
            if quoted:
                self.last_speaker = found.entity
            return
        self.last_group = found
        if found.entity is not None:
            self.last_body, self._last_body_read = found.entity, self._read
            if quoted:
                self.speaking_body = found.entity
                self.quoted_names.add(id(found.entity))

    def read(self, view: PassageView, sentence: range) -> None:
        """Follow the sentence's subject, so later pronouns resolve to the person or body it names.

        When the subject names no person, a person named right before a verb later in
        the sentence is followed (``As the storm hit, Sen. Ann Lee (R-LA) marched in.``), or
        one cited (``According to Ann Lee, the toll is higher.``).
        """
        self._read += 1
        if _bare_names(view.tokens, sentence):
            return  # a byline, "Jane Doe / Des Moines Register": the writer, no one the text is about
        mention = _with_employer(self.words, view.tokens, self.subject(view, sentence), sentence.stop)
        mention = None if mention is None else _fronted_apposition(view.tokens, mention, sentence)
        mention = None if mention is None else named_subject(self.names, view, mention, sentence)
        apposed = None if mention is None else apposed_entity(self.names, view, mention, sentence)
        if apposed is not None:
            found: Found | None = Found(apposed.name, mention, apposed)
        else:
            found = None if mention is None else self.resolve(view, mention, sentence)
        if found is not None and mention is not None and found.entity is not None and found.entity.person and _listed(view.tokens, mention):
            found = _people_of(self, view, mention, found)  # "Michael and Emily Eavis were …": both, whom "they" takes up
        found = _reached(self, view, mention, sentence) or _credited_whole(self.descriptions, view, sentence, found)
        found = _named_by_be(self, view, sentence, mention) or found  # "The first passenger was Sheila Mason": Mason
        entity = None if found is None else found.entity
        if found is not None and not (entity and entity.person) and not self.gate.admits(found.speaker, entity):
            found = None  # page chrome or a stray word is nobody the text is about
        elif found is not None and mention is not None and entity is None and _unsure(self, view, mention, found.speaker):
            found = None  # "The agency said" taking up no body: the body followed stays the one "it" names
        self.unnamed_last = mention is not None and not (found and found.entity) and _unnamed_one(self, view, mention, sentence, found)
        self.note(found, view, sentence)
        if self.source_last and self.salient and mention and found and _silent(self.words, view, mention, sentence, found.speaker):
            self.source_last = False  # "Hale said … A rancher near her paid $250. “…,” she said": not who said nothing
        if mention is not None:
            self.descriptions.note_issued(view, mention.hi, sentence, found)  # "X published a report. The report said"
        if entity is not None and found is not None and mention is not None and not entity.person and speaks_after(
            self.words, view.tokens, mention.hi, sentence.stop
        ):
            self.speaking_body, self.descriptions.last_quoted = entity, (found, view, sentence)  # "In a statement, Acme said"
        if found is None or found.entity is None or not found.entity.person:
            clause = clause_subject(self, view, sentence) or reporter(self, view, sentence, issuer=found is None)
            clause = clause or _trailing_source(self, view, sentence) or _said_last(self, view, sentence) or _fronted_topic(self, view, sentence)
            self.note(clause if clause is not None or found is not None else lone_subject(self, view, sentence), view, sentence)
        if view.cues:  # "citing", "cited" and "quoting" are cues
            _note_cited(self, view, sentence)
            _note_said_in(self, view, sentence)



def clause_subject(resolver: Resolver, view: PassageView, sentence: range, before: int | None = None) -> Found | None:
    """The first person of the sentence named right before a speech verb (maybe with a label in parentheses;
    ``Acme Motor expects …, Ann Lee said``: Ann Lee), else after ``according to``, else before another verb (not
    ``the death of miner Tom Reid was “paltry”, according to Jim Smyth``: Jim Smyth), with that verb or phrase as the
    cue; with ``before``, only one named in the window before that token."""
    tokens = view.tokens
    people = resolver.people
    first = sentence.start if before is None else max(sentence.start, before - WINDOW)
    lo = view.offset + tokens[first].start
    hi = view.offset + (tokens[sentence.stop - 1].end if before is None else tokens[before].start)
    subjects = [
        n for n in range(bisect.bisect_left(people.verb_subjects_at, lo), bisect.bisect_left(people.verb_subjects_at, hi))
        if people.verb_subjects[n].person
    ]
    speaking = next((n for n in subjects if people.verb_subjects_verb[n].lower() in resolver.words.speech_verbs), None)
    if speaking is None:
        cited = _according_to(resolver, view, sentence, first, before)
        if cited is not None or not subjects:
            return cited
    n = subjects[0] if speaking is None else speaking
    return Found(people.verb_subjects[n].name, None, people.verb_subjects[n], people.verb_subjects_verb[n])


def _according_to(resolver: Resolver, view: PassageView, sentence: range, first: int, before: int | None) -> Found | None:
    """The person named after ``according to`` from token ``first`` on (before token ``before``), with the phrase as
    the cue, else None."""
    tokens, cues = view.tokens, view.cues
    if not cues:  # most passages read hold no cue, so no ``according to``
        return None
    for n in range(bisect.bisect_left(cues, first), bisect.bisect_left(cues, before or sentence.stop)):
        k = cues[n]
        if tokens[k].lower == "according" and k + 2 < sentence.stop and tokens[k + 1].lower == "to":
            mention = resolver.phrase_after(tokens, k + 2, sentence.stop)
            found = None if mention is None else resolver.resolve(view, mention, sentence)
            if found is not None and found.entity is not None and found.entity.person:
                return Found(found.entity.name, None, found.entity, view.text[tokens[k].start : tokens[k + 1].end])
    return None


def _listed(tokens: Sequence[Token], mention: Mention) -> bool:
    """``and`` or ``&`` stands inside ``mention`` or right before it: the phrase may end a list of names."""
    return not _LIST_AND.isdisjoint(map(LOWER, tokens[max(0, mention.lo - 2) : mention.hi]))  # read in C


def _person_or_body(resolver: Resolver, tokens: Sequence[Token], low: list[str], head_at: int, mention: Mention, position: int) -> Found | None:
    """What a definite description names: for ``the HEAD``, a word of a kind of body, the person printed before with
    ``HEAD`` as a title missing from the role list (``the producer`` after ``Oscar producer Gil Cates``, though
    ``producer`` is a kind of company too), else the body it names (:func:`_described_body`)."""
    words = resolver.words
    kind = head_at == 2 and low[0] == "the" and low[1] not in words.roles and is_body_head(words, low[1])
    if kind and (held := _role_named(resolver.people, [low[1]], mention, position)) is not None:
        return held
    body = _described_body(resolver, tokens, low, head_at, position)
    return None if body is None else Found(body.name, mention, body)


def _described_body(resolver: Resolver, tokens: Sequence[Token], low: list[str], head_at: int, position: int) -> Entity | None:
    """The body a definite description names (:func:`_body_named`), or, for ``the`` and words in lower case before a
    head that ends a body's name, that body (``the umbrella union`` after ``Confederation of Trade Unions``,
    :func:`.bodies.headed_body`)."""
    head = low[head_at - 1]
    documented = head in resolver.words.documents  # "the order read": a court's document, never the body last named
    body = _body_named(resolver, tokens, low, head_at, position) if is_body_head(resolver.words, head) and not documented else None
    if body is None and low[0] == "the" and all(t.text.islower() for t in tokens[1:head_at]):
        body = _unless_told_apart(resolver.words, headed_body(resolver.people, head, position), tokens[1 : head_at - 1])
    return body


def _body_named(resolver: Resolver, tokens: Sequence[Token], low: list[str], head_at: int, position: int) -> Entity | None:
    """The body a definite description (``low``, its head at ``head_at - 1``) names, else ``None``
    (the description is then credited as printed, or not at all when vague).  Lower-case words before the head
    must all be words of the body's name or description (:func:`.bodies.described_by`): ``the energy company``
    after ``Nordvik Energy``, ``the transport operator`` after ``Metrolink, the city's transport operator,``.
    ``the lobby group`` is of the kind of an association (:func:`.bodies.kind_head`)."""
    head = kind_head(resolver.words, low[1 : head_at - 1], low[head_at - 1])
    people = resolver.people
    taken = partial(taken_up, resolver.words, resolver.last_body, resolver.speaking_body, head, resolver._read - resolver._last_body_read <= 1)
    body = _unless_told_apart(resolver.words, people.by_word(head, position), tokens[1 : head_at - 1])
    just_read = resolver._read - resolver._last_body_read <= 1  # a body followed in this sentence or the one before
    if body is not None and just_read and head_at == 2 and low[0] == "the" and (
        recent := taken_up(resolver.words, resolver.last_body, None, head, True)
    ) is not None and recent is not body and (head not in body.words or _of_kind(resolver.words, recent, head)):
        # "Thames Water had asked … In a letter, the company said": the body of the sentence before, unless the head is
        # a word of the other's name and not of this one's kind ("the commission" after "… Commission" is not "Techwise")
        return recent
    of_kind: list[Entity] = []
    # the words before the head but a place's compound adjective, which describes any body there ("the Denver-based company")
    plain = [t for t in tokens[1 : head_at - 1] if not compound_adjective(t.text, resolver.words.adjective_heads)]
    if body is None and low[0] == "the" and not any(map(is_possessive, tokens[1 : head_at - 1])):
        # "the anti-graft agency": the one "… Bureau" named before; not "the prosecutor’s office"
        named = [t.lower for t in plain if t.is_capitalized]
        of_kind = bodies_of_kind(people, head, named, position)
        body = body_of_kind(of_kind, position, position - tokens[0].start)  # since its passage starts
        later = taken() if body and head_at == 2 else None
        # a body of that kind named since, never one whose kind is untold ("the regulator" is not "Kudu", fined by it),
        # unless the head fits a body of any kind ("the group")
        fits = later in of_kind or head in resolver.words.generic_bodies
        body = later if later is not None and fits and later.last_before(position) > body.last_before(position) else body
    generic = body is None and head_at == 2 and head in resolver.words.generic_bodies
    if generic and body_spoke_before(people, position):
        return speaking_body(people, position)  # "the organization said" after "the Red Cross said"
    if body is None and all(t.text.islower() for t in plain):
        body = taken()  # with bodies of its kind named, only one of them: not "the Jakarta index" for "the brokerage"
        return body if body is not None and described_by(body, [t.lower for t in plain]) and (not of_kind or body in of_kind) else None
    return body


def _of_kind(words: Words, body: Entity, head: str) -> bool:
    """``the HEAD`` fits ``body`` by what its name or a description tells (:func:`.bodies.may_take_up`), or, for a body
    of no kind told, ``HEAD`` is a word for a company, which a trading name of no kind is most likely to be
    (``Nordvik Freight``: ``the company``, never ``the authority``)."""
    return may_take_up(words, body, head, False) or words.body_kinds.get(head) == _COMPANY


#: The kind of body a name that tells no kind most likely is.
_COMPANY = "company"


def _lede_holder(resolver: Resolver, tokens: Sequence[Token], low: list[str], head: str, end: int) -> Entity | None:
    """The one person titled ``head`` named first after ``end`` whom the indefinite role ``low`` of a lede names
    (``A county judge ruled …`` then ``Judge Ana Pugh``); none for an unnamed source's word other than a spokesperson's
    (``An official told …`` then ``Hamas official X``: officials are many) or where a capitalised word of the role or
    a body word before it is not one of the person's (``An Egyptian official``; ``A council leader`` is not
    ``opposition leader Ann Lee``)."""
    words = resolver.words
    if head in words.anonymous and head not in words.proxy_roles:
        return None
    holder = sole_holder(resolver.people, head, end)
    named = {w for w, t in zip(low[1:-1], tokens[1:], strict=False) if t.is_capitalized or w in words.bodies}
    return holder if holder is not None and named <= holder.roles | holder.origins else None


def _in_its_phrase(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, found: Found) -> Found | None:
    """``found`` read with the words before ``mention``: the people of ``A of Ohio``, the bodies of a list, and
    nobody for a name's end cut from it (``The Care of Prisoners of War said``: not ``War``), for the second object of
    a preposition (``A senior official at the Financial Services and the Treasury Bureau said``: not ``the Treasury
    Bureau``) or for where a body sits (``A nurse at the National Hospital, Abuja, who …, said``: not ``Abuja``)."""
    found = _bodies_listed(resolver.words, view, mention, sentence, _people_of(resolver, view, mention, found))
    if found is None or found.mention != mention:
        return found
    placed = found.entity is not None and found.entity.place and sits_after_body(resolver.words, view.tokens, mention.lo, mention.hi)
    cut = _cut_from_name(view.tokens, mention, found) or _second_object(resolver.words, view.tokens, mention)
    return None if placed or cut else found


def _second_object(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` follows ``and`` after capitalised words that a preposition opens, perhaps with ``the``: it is the
    second of two objects of that preposition, part of a longer subject (``A senior official at the Financial
    Services and the Treasury Bureau said``), never a speaker of its own."""
    if tokens[mention.lo - 1].lower != "and":
        return False
    k, lo = mention.lo - 2, max(0, mention.lo - _OBJECT_REACH)
    while k > lo and (tokens[k].is_capitalized or tokens[k].lower == "the"):
        k -= 1
    return k < mention.lo - 2 and tokens[k].lower in words.prepositions and tokens[k + 1].lower == "the"


def _cut_from_name(tokens: Sequence[Token], mention: Mention, found: Found) -> bool:
    """``found``, no person, is the end of a longer name cut after ``of`` or ``for`` (``War`` of ``the Treatment of
    Prisoners of War``, ``America`` of ``Bank of America``): a name, and the word before the preposition is capitalised
    and not in it."""
    if (found.entity is not None and found.entity.person) or not (found.speaker or "")[:1].isupper():
        return False  # not "the residents" of "Most of the residents"
    joiner, before = tokens[mention.lo - 1], tokens[mention.lo - 2]
    return joiner.lower in _CUT_JOINERS and before.is_capitalized and before.text not in found.speaker


def _document_issuer(resolver: Resolver, head: str, position: int) -> Found | None:
    """Who issued ``the HEAD`` (:meth:`.descriptions.Descriptions.issuer`), else, for a court's document (``the order``,
    ``the ruling``, ``the judgment``: table ``court_documents``), the court named last before ``position``."""
    issuer = resolver.descriptions.issuer(head)
    if issuer is not None or head not in resolver.words.court_documents:
        return issuer
    court = resolver.people.by_word(_COURT, position)
    return None if court is None or court.person else Found(court.name, None, court)


def _unless_told_apart(words: Words, body: Entity | None, modifiers: Sequence[Token]) -> Entity | None:
    """``body``, whose name holds the head of a description, unless a body word among the description's lower-case
    modifiers is not one of its own (``the federal police union`` is not the ``European Union``; ``the powerful
    union`` may be), nor, where an owner is printed, a word of the owner's (``the state attorney general’s office`` is
    not the ``Marlow County Sheriff’s Office``; ``the sheriff’s office`` is)."""
    if body is None:
        return None
    owned = any(map(is_possessive, modifiers))  # "the state attorney general’s office": its owner's words tell it apart
    told = (bare(t.text) for t in modifiers if t.text.islower() and (owned or t.lower in words.bodies) and t.text.isalpha() or (owned and is_possessive(t)))
    return body if described_by(body, list(told)) else None


def _credited_whole(descriptions: Descriptions, view: PassageView, sentence: range, found: Found | None) -> Found | None:
    """``found``, the subject of ``sentence``, or the longer phrase opening with it that a quote of the sentence
    was credited to (``“…,” Save the Children said``: not ``Save``, where the subject ends at ``the``)."""
    quoted = descriptions.last_quoted
    if found is None or found.mention is None or quoted is None or quoted[1] is not view or quoted[2] != sentence:
        return found
    whole = quoted[0].mention
    return quoted[0] if whole is not None and whole.lo == found.mention.lo and whole.hi > found.mention.hi else found


def _people_of(resolver: Resolver, view: PassageView, mention: Mention, found: Found) -> Found | None:
    """``Ana Ruiz of Texas said``: the person, not the place after ``of``; ``A of Ohio, B and C said``: the
    people listed, as printed without their places (``A, B and C``); nobody when a part of the list names
    no person, unless the mention opens with a title the ``and`` is part of (``Works and Transport Minister X``)."""
    before = person_before(resolver.names, view, mention.lo - 1) if view.tokens[mention.lo - 1].lower == "of" else None
    if before is not None:
        (start, last), hi = before, mention.lo - 1
    elif found.entity is not None and found.entity.person:
        start, last, hi = mention.lo, found.entity, mention.hi
    elif mention.hi - mention.lo == 1 and (start := given_names_listed(resolver.words, view.tokens, mention.lo)) is not None:
        printed = view.text[view.tokens[start].start : view.tokens[mention.lo].end]
        return Found(printed, Mention(start, mention.hi))  # "his wife Linda and children Alex and Jack said"
    else:
        return found
    named = hi - len(last.words)  # where the last person's name starts, printed in full
    if named >= start and (given := given_name_shared(resolver.words, view.tokens, named, last)) is not None and given >= start - 2:
        return Found(view.text[view.tokens[given].start : view.tokens[hi - 1].end], Mention(given, hi))  # "Michael and Emily Eavis"
    first, people = people_listed(resolver.names, view, start, last)
    if not people:
        return found if bare(view.tokens[start].text) not in last.words else None
    if len(people) == 1:
        return found if last is found.entity else Found(last.name, Mention(start, hi), last)
    names = [p.name for p in people]
    return Found(f"{', '.join(names[:-1])} and {names[-1]}", Mention(first, hi))


def _bodies_listed(words: Words, view: PassageView, mention: Mention, sentence: range, found: Found | None) -> Found | None:
    """``Poland, the Netherlands and Sweden argued``, ``Acme and Beta said``: a list of names of bodies or places joined by
    commas and ``and`` that opens the sentence and ends with ``mention`` is credited whole, as printed, never its last item alone; not a
    list of people (:func:`_people_of`), nor one a preposition opens (``In Ohio, Amy Hart and …``)."""
    tokens = view.tokens
    if found is None or (found.entity is not None and found.entity.person) or tokens[mention.lo - 1].lower not in _LIST_AND:
        return found
    if found.mention is not None and found.mention.lo < mention.lo:
        return found  # people listed
    if not (tokens[mention.lo].is_capitalized or tokens[mention.lo].lower == "the"):
        return found
    k, items, item = mention.lo - 1, 1, 0
    lead_in = None  # the comma after the words before the list, where those are no item of it
    while k > sentence.start:
        token = tokens[k - 1]
        if token.text == "," and tokens[k].lower in _LIST_AND:
            pass  # a serial comma: "Poland, Denmark, and Sweden"
        elif token.text == "," or token.lower in _LIST_AND:
            lead_in = k - 1 if token.text == "," and item else None
            items, item = (items + 1, 0) if item else (items, -_LIST_ITEM_TOKENS)
        elif (token.is_capitalized or token.lower == "the") and not token.quoted and token.lower not in words.prepositions and token.lower not in words.lead_words:
            item += 1
        elif token.text == "." and k - 2 >= sentence.start and len(tokens[k - 2].text) == 1 and tokens[k - 2].is_capitalized:
            pass  # the full stop of an initial: "U.S. Customs and Border Protection"
        else:
            k = -1
            break
        if not 0 <= item <= _LIST_ITEM_TOKENS:
            return found  # two marks in a row, or an item too long for a name
        k -= 1
    if k < 0 or item == 0:
        if lead_in is None or not opens_lead_in(words, tokens, sentence.start, lead_in):
            return found  # "A spokesperson for the Department of Climate Change, Energy and Water": a name's words
        k = lead_in + 1  # "In Brussels, France and Germany said": the list after the lead-in
    if any(bare(t.text) in words.roles for t in tokens[k : mention.hi]):
        return found  # "The Prime Minister and Foreign Minister": two posts, two people, no list of bodies
    return Found(view.text[tokens[k].start : tokens[mention.hi - 1].end], Mention(k, mention.hi), None)


def _role_of_salient(resolver: Resolver, modifiers: list[str], position: int, sentence_at: int) -> Entity | None:
    """The person titled with ``modifiers`` (``the president``) mentioned last, or the person the text is about
    when so titled too: ``President Ana Ruiz … met President Joe Biden … “…,” Ruiz said`` / ``“…,” the president said`` is
    Ana Ruiz.  A holder named from ``sentence_at`` on (in the description's own sentence, past its subject) is a foil,
    not the one it stands for: ``On the talks with President Biden, the president said`` is the other president, when
    one was named before."""
    entity = resolver.people.by_role(modifiers, position)
    if entity is not None and entity.last_before(position) >= sentence_at:
        entity = resolver.people.by_role(modifiers, sentence_at, other_than=entity) or entity
    if entity is not None and _ranked_otherwise(resolver.words, modifiers, entity):
        entity = _plain_holder(resolver.people, modifiers, position) or entity
    salient = resolver.salient
    if entity is not None and salient is not None and salient.person and salient is resolver.last_speaker:
        outranked = _ranked_otherwise(resolver.words, modifiers, salient) and not _ranked_otherwise(resolver.words, modifiers, entity)
        return salient if set(modifiers) <= salient.roles and not outranked else entity
    return entity


def _ranked_otherwise(words: Words, modifiers: Sequence[str], entity: Entity) -> bool:
    """``entity`` is printed with a rank of another office that ``modifiers`` lack (``Deputy Finance Minister X`` for
    ``the minister``)."""
    return not (entity.roles & words.other_office_ranks).issubset(modifiers)


def _plain_holder(people: People, modifiers: Sequence[str], position: int) -> Entity | None:
    """The person titled with all of ``modifiers`` and no rank of another office, mentioned last before ``position``:
    ``the minister`` is ``Economy Minister Ann Lee`` rather than ``Deputy Finance Minister John Roe`` named after her."""
    wanted = set(modifiers)
    held = [e for e in people.entities if e.person and wanted <= e.roles and e.last_before(position) >= 0]
    plain = [e for e in held if not _ranked_otherwise(people.words, modifiers, e)]
    return max(plain, key=lambda e: e.last_before(position), default=None)


def _indefinite_named(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Entity | None:
    """The person an indefinite source names after all: a first name it gave (``A cafe owner, who gave only her first
    name, Dana,``; ``the woman, who asked to be identified only as Chan``) or, but after ``the``, a name in apposition
    (``One analyst, Ann Lee of Fenwick, said``)."""
    named = first_named(resolver.names, view, mention, sentence)
    if named is not None or view.tokens[mention.lo].lower == "the":
        return named
    return apposed_person(resolver.names, view, mention, sentence)


def _reports(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, entity: Entity) -> bool:
    """``entity`` is the subject of ``sentence`` before the role ``mention``, in the same clause: the role is someone
    its words are about (``Ann Lee said the driver told officers …``: the driver is not Ann Lee; not ``…, and the
    senator said``, a clause of its own)."""
    subject = resolver.subject(view, sentence)
    if subject is None or subject.hi > mention.lo:
        return False
    tokens = view.tokens
    if any(tokens[k].text == ";" or (tokens[k].text == "," and tokens[k + 1].lower in _CLAUSE_JOINS) for k in range(subject.hi, mention.lo)):
        return False
    found = resolver.resolve(view, subject, sentence)
    return found is not None and found.entity is entity


def _foil_from(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> int:
    """Where the names of ``sentence`` that the role ``mention`` in it cannot stand for start: past its subject,
    unless the role is that subject."""
    subject = resolver.subject(view, sentence)
    start = sentence.start if subject is None or subject.lo >= mention.lo else subject.hi
    return view.offset + view.tokens[min(start, sentence.stop - 1)].start


def _epithet_holder(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> Entity | None:
    """The person an epithet (``the 45-year-old``, fitting ``pronoun``) stands for: the one person printed before
    with that age (``Tom Hart, 45,``), else the person the sentence opened with (``Senator Ann Lee: “…,” the Ohio
    Democrat said``), else the one the text is about; never a person printed with another age."""
    position = view.offset + view.tokens[mention.lo].start
    age = epithet_age(view.tokens[mention.lo : mention.hi])
    aged = [e for e in resolver.people.entities if e.person and e.age == age and e.last_before(position) >= 0] if age else []
    if len(aged) == 1:
        return epithet_person(resolver.people, aged[0], pronoun)
    subject = resolver.subject(view, sentence)
    person = resolver.salient
    if subject is not None and subject.hi <= mention.lo and subject.lo != mention.lo:
        found = resolver.resolve(view, subject, sentence)
        person = found.entity if found is not None and found.entity is not None and found.entity.person else person
    if person is not None and age is not None and person.age not in (None, age):
        return None  # "Ann Lee, 52, …" / "“…,” the 45-year-old said": someone else
    return epithet_person(resolver.people, person, pronoun, view.tokens[mention.lo : mention.hi])


def _printed(words: Words, view: PassageView, mention: Mention, sentence: range) -> str:
    """The mention as printed, without the possessive ending of an owner inside its sentence (``the union’s``); a
    name's own ``'s`` stays (``Macy's`` of ``said Macy's, which …``)."""
    tokens = view.tokens
    last = tokens[mention.hi - 1]
    owner = mention.lo > sentence.start and is_possessive(last) and not name_in_s(words, tokens, mention.lo, mention.hi)
    return view.text[tokens[mention.lo].start : last.end - 2 * owner]


def _source_voice(resolver: Resolver, view: PassageView, mention: Mention, low: list[str], printed: str) -> Found:
    """A source as printed (with the clause describing it: :func:`_with_relative`), or the body it speaks for."""
    return _body_voice(resolver, low, mention) or Found(_with_relative(resolver.words, view, mention, printed), mention)


#: Conjunctions that join a finite verb's clause to another: no participle's clause goes on past one.
_CONJUNCTIONS = frozenset(["and", "but", "or", "that"])
#: The most tokens of a relative clause describing an unnamed source before its speech verb.
_RELATIVE_CLAUSE_TOKENS = 12


def _with_relative(words: Words, view: PassageView, mention: Mention, printed: str) -> str:
    """An unnamed source as ``printed`` with the relative clause that describes it up to its speech verb (``one
    person who works at the club`` of ``one person who works at the club told me``), or the clause a participle opens
    (``one person involved in the talks said``): who it is, as the text gives it.  ``printed`` where the phrase is no
    indefinite one or the clause holds a comma, a mark or a name."""
    tokens = view.tokens
    who = mention.hi
    if tokens[mention.lo].lower not in INDEFINITE or who + 2 >= len(tokens):
        return printed
    if tokens[who].lower == "who":
        opens = who + 1
    elif _participle(words, tokens[who]) and who not in view.cues and _opens_clause(words, view, who + 1):
        opens = who  # "One banker involved said", "one person briefed on the plan said"
    else:
        return printed
    cue = next((k for k in view.cues if opens < k <= who + _RELATIVE_CLAUSE_TOKENS and tokens[k - 1].lower != "to"), None)
    if cue is None or tokens[cue].lower not in words.speech_verbs:
        return printed
    if any(t.quoted or t.mark or not t.is_word or t.is_capitalized for t in tokens[who + 1 : cue]):
        return printed  # not "A nurse who treated Ivo Brandt": a name inside is no part of who speaks
    return view.text[tokens[mention.lo].start : tokens[cue - 1].end]


def _participle(words: Words, token: Token) -> bool:
    """``token`` is a past participle in lower case that may open a clause describing a noun (``involved``,
    ``briefed``, ``given``), no speech verb."""
    low = token.lower
    return token.text.islower() and (low.endswith("ed") or low in words.irregular_participles) and low not in words.speech_verbs


def _opens_clause(words: Words, view: PassageView, k: int) -> bool:
    """Token ``k``, after a participle, goes on with its clause up to a speech verb: a preposition other than ``to``
    (``involved in``, ``briefed on``) or the verb itself (``One banker involved said``), no clause of a finite verb
    joined by a conjunction (not ``A spokesman declined to comment but said``)."""
    tokens = view.tokens
    if k in view.cues:
        return True
    if tokens[k].lower not in words.prepositions or tokens[k].lower == "to":
        return False
    cue = next((c for c in view.cues if c > k), len(tokens))
    return not any(t.lower in _CONJUNCTIONS for t in tokens[k:cue])


def _name_set_off(tokens: Sequence[Token], hi: int) -> bool:
    """A comma and a capitalized word follow the phrase ending at token ``hi``: a name set off after it."""
    return hi + 1 < len(tokens) and tokens[hi].text == "," and tokens[hi + 1].is_capitalized and not tokens[hi + 1].quoted


#: Prepositions after a role that name what it is a role of: ``The president of one club``, ``a manager at a rival
#: club``.
_ROLE_COMPLEMENTS = frozenset(["of", "at", "from", "for", "with"])


def _of_an_unnamed_one(low: list[str], head_at: int) -> bool:
    """The role ending at ``head_at`` of ``low`` is of an unnamed one of its kind: a preposition and an indefinite
    determiner after it (``The president of one club``, ``the general manager of a rival club``)."""
    return head_at + 1 < len(low) and low[head_at] in _ROLE_COMPLEMENTS and low[head_at + 1] in INDEFINITE


def _generic_holder(people: People, modifiers: list[str], position: int) -> Entity | None:
    """The person a generic role with modifiers stands for (``the Ukrainian leader``: the one titled
    ``Ukrainian``, its president), unless a person titled with the role itself (``chief`` of ``chief
    executive Ann Lee``) was named since: ``the health chief`` after Health Secretary X, then that chief."""
    entity = people.by_role(modifiers[:-1], position)
    titled = _holder_before(people, modifiers[-1], position)
    if entity is not None and titled is not None and titled.last_before(position) > entity.last_before(position):
        return titled
    return entity


def _ranked_holder(words: Words, people: People, modifiers: list[str], position: int) -> Entity | None:
    """The person printed with the rank and role of a description before ``position`` (``the former trade and
    consumer affairs minister``: the one titled ``former minister``), when the description holds a rank word."""
    ranks = [w for w in modifiers[:-1] if w in words.rank_words]
    entity = people.by_role([*ranks, modifiers[-1]], position) if ranks else None
    return entity if entity is not None and entity.last_before(position) >= 0 else None


def _next_holder(words: Words, people: People, head: str, position: int) -> Entity | None:
    """The first person named after ``position``, when a role could stand for them before they are named: a public
    office or a body's top post (``the Russian leader``, ``the immigration minister`` before ``Peter Dutton says``)
    or the role they are printed with (``the captain`` before ``Captain Ana Ruiz``); never another role, one anyone
    may hold (``“…,” replied the pilot`` before ``Secretary Pete Lee``)."""
    entity = people.next_person(position)
    if entity is None or head in entity.roles:
        return entity
    office = head in words.generic_roles or head in words.top_roles or head in words.elected_offices or head in words.offices_of_state
    return entity if office else None


def _as_described(
    words: Words, people: People, modifiers: Sequence[str], head: str, owners: Sequence[Token], position: int,
    entity: Entity | None,
) -> Entity | None:
    """``entity``, found for the role ``head``, unless it holds the role otherwise than the description says: then the
    one person named before ``position`` who holds it so (``the first minister`` after ``first minister Ann Lee`` and
    ``former first minister Tom Roe``: Ann Lee), ``None`` where none or several do."""
    if entity is None or not _held_otherwise(words, modifiers, head, entity, owners):
        return entity
    held = [
        e for e in people.entities
        if e.person and head in e.roles and e.last_before(position) >= 0 and not _held_otherwise(words, modifiers, head, e, owners)
    ]
    return held[0] if len(held) == 1 else None


def _titled_next(people: People, modifiers: Sequence[str], head: str, position: int) -> Entity | None:
    """The first person named after ``position``, when printed with the role ``head`` and a word of the body the
    description names (``modifiers`` other than roles): ``The Reserve Bank (RBNZ) Governor believes …`` in a lede,
    then ``RBNZ Governor Ann Lee``; not ``Beta chief executive Tom Roe`` for ``The Acme chief executive``."""
    entity = people.next_person(position)
    if entity is None or head not in entity.roles:
        return None
    told = entity.roles | entity.origins
    return entity if any(word in told for word in modifiers if word not in people.words.roles) else None


def _holder_before(people: People, role: str | Sequence[str], position: int) -> Entity | None:
    """The person titled ``role`` (or all its words) mentioned last before ``position``; none named only after it."""
    entity = people.by_role([role] if isinstance(role, str) else role, position)
    return entity if entity is not None and entity.last_before(position) >= 0 else None


def _sole_speaker(resolver: Resolver, position: int) -> bool:
    """The person the text is about spoke last, holds no title, and is the only person named before ``position``."""
    salient = resolver.salient
    if salient is None or not salient.person or salient is not resolver.last_speaker or not salient.roles.isdisjoint(resolver.words.roles):
        return False
    return not any(e.person and e is not salient and e.last_before(position) >= 0 for e in resolver.people.entities)


def _titled_just_before(resolver: Resolver, position: int, head: str) -> bool:
    """For a description headed by a generic role ``head`` (``boss``, ``chief``, ``leader``: table ``generic_roles``; not
    ``the central bank president`` after ``Finance Minister Ana Ruiz``): the person the text is about holds a title and
    was named last, no other person named since, within :data:`_JUST_BEFORE` characters of ``position``, in a sentence
    that does not print ``head`` (``RMT general secretary Kevin Moss was unrepentant. “…,” the union boss said.``; not
    ``Minister Ann Reid met the union boss. “…,” the union boss said.``)."""
    salient = resolver.salient
    if salient is None or not salient.person or not salient.roles or resolver.taken_in is None:
        return False
    view, sentence = resolver.taken_in
    if any(t.lower in (head, head + "s") for t in view.tokens[sentence.start : sentence.stop]):
        return False
    last = salient.last_before(position)
    if last < 0 or position - last > _JUST_BEFORE:
        return False
    return not any(e.person and e is not salient and e.last_before(position) > last for e in resolver.people.entities)


#: How near a quote's description the titled person it takes up was named, in characters.
_JUST_BEFORE = 200


def _office_holder(people: People, titles: Sequence[Sequence[str]], position: int) -> Entity | None:
    """The person printed with one of ``titles`` (an office's, ``prime minister`` or ``premier``) mentioned last
    before ``position``; ``None`` when no holder was named before."""
    holders = filter(None, (_holder_before(people, title, position) for title in titles))
    return max(holders, key=lambda entity: entity.last_before(position), default=None)


def _holders_before(people: People, role: str, position: int) -> int:
    """How many people titled ``role`` are named before ``position``."""
    return sum(1 for entity in people.entities if entity.person and role in entity.roles and entity.last_before(position) >= 0)


def _acronym_holder(resolver: Resolver, entity: Entity | None, token: Token, position: int) -> Entity | None:
    """The person printed with the title an acronym in capitals stands for (``the PM``: ``Prime
    Minister``; ``the SHO`` after ``Station House Officer (SHO) Vikram Chauhan``), else ``entity``, what the run
    of the acronym names (no person)."""
    if entity is not None and entity.person:
        return entity
    if not token.text.isupper():
        return entity
    titled = resolver.people.printed_titles.get(token.lower)
    if titled is not None and titled.last_before(position) >= 0:
        return titled
    spelt = resolver.words.role_acronyms.get(token.lower)
    return (resolver.people.by_role(spelt, position) if spelt else _initials_holder(resolver, token.lower, position)) or entity


def _initials_holder(resolver: Resolver, acronym: str, position: int) -> Entity | None:
    """The person named last before ``position`` whose title words hold the letters of ``acronym``, one of them a
    role (``the DPP`` after ``Deputy Public Prosecutor Ashwin Nair``), for an acronym of three letters or more."""
    if not _MIN_TITLE_ACRONYM <= len(acronym) <= _MAX_TITLE_ACRONYM or not acronym.isalpha():
        return None
    letters = Counter(acronym)
    best, best_at = None, -1
    for entity in resolver.people.entities:
        titles = [w for w in entity.roles if w.isalpha()]
        if entity.person and (at := entity.last_before(position)) > best_at and not letters - Counter(w[0] for w in titles) and any(
            w[0] in letters and w in resolver.words.roles for w in titles
        ):
            best, best_at = entity, at
    return best


#: An acronym of a title printed before a name (``the DPP``) has this many letters at least and at most.
_MIN_TITLE_ACRONYM, _MAX_TITLE_ACRONYM = 3, 5


def _note_cited(resolver: Resolver, view: PassageView, sentence: range) -> None:
    """Note the unnamed sources ``sentence`` cites (``…, citing an official``, ``quoted an official as saying``) or has
    speak after its subject (``Acme raised prices, and a trader in Singapore said …``) for :meth:`.Descriptions.earlier_source`,
    and follow a body it cites after ``according to``."""
    tokens, cues, words = view.tokens, view.cues, resolver.words
    found = cues[bisect.bisect_left(cues, sentence.start) : bisect.bisect_left(cues, sentence.stop - 1)]
    if not found:
        return
    lowers = view.columns.lowers[sentence.start : found[-1]]
    joined = not _JOINED_SOURCES.isdisjoint(zip(lowers, lowers[1:]))  # read in C: most sentences hold none
    for k in found:
        low = tokens[k].lower
        if low == "according" and tokens[k + 1].lower == "to":
            cited = resolver.phrase_after(tokens, k + 2, sentence.stop)
            _note_body_cited(resolver, view, cited, sentence)
            _note_document_by(resolver, view, cited, sentence)
            if cited is not None and tokens[cited.lo].lower in INDEFINITE and _relative_speech_after(words, tokens, cited):
                resolver.note(resolver.resolve(view, cited, sentence), view, sentence)  # "according to a union official, who said"
            continue
        if low in CITING:
            mention = resolver.phrase_after(tokens, k + 1, sentence.stop)
        elif joined and low in words.speech_verbs and not low.endswith("ing") and _indefinite_before(view.columns.lowers, k, sentence.start + 1):
            mention = resolver.phrase_before(tokens, k, sentence.start)  # "…, and a trader, who …, said"
        else:
            continue
        if mention is not None and mention.lo > sentence.start and tokens[mention.lo].lower in INDEFINITE:
            resolver.resolve(view, mention, sentence)  # records it among the sources described


def _note_document_by(resolver: Resolver, view: PassageView, cited: Mention | None, sentence: range) -> None:
    """Note who issued a document cited after ``according to`` and printed with ``by`` and its author within a few
    words (``According to a report released last month by the Atlantic Policy Institute, …``): ``the report`` later
    is that author's (:meth:`.Descriptions.issuer`)."""
    tokens = view.tokens
    at = None if cited is None else next((k for k in range(cited.lo, cited.hi) if tokens[k].lower in resolver.words.documents), None)
    if at is None:
        return
    document = tokens[at].lower
    for k in range(at + 1, min(sentence.stop - 1, at + 1 + _DOCUMENT_BY_REACH)):
        if not tokens[k].is_word or tokens[k].quoted:
            return
        if tokens[k].lower == "by":
            author = resolver.phrase_after(tokens, k + 1, sentence.stop)
            found = None if author is None else resolver.resolve(view, author, sentence)
            if found is not None and found.entity is not None:
                resolver.descriptions.issued[document] = found
            return


def _relative_speech_after(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``, who`` and a speech verb follow ``mention``: the source cited speaks in the sentence (``according to a union
    official, who said …``), so a ``he said`` after it may be that source's."""
    k = mention.hi
    return k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == "who" and tokens[k + 2].lower in words.speech_verbs


def _note_body_cited(resolver: Resolver, view: PassageView, mention: Mention | None, sentence: range) -> None:
    """Follow a body ``sentence`` cites after ``according to`` (``…, according to the country’s national human
    rights commission.``, ``According to Ewec, …``: a body's word or a body's name printed where only a name fits),
    so that a later ``it said`` takes it up."""
    found = None if mention is None else resolver.resolve(view, mention, sentence)
    head = view.tokens[mention.hi - 1].lower if mention is not None else ""
    entity = None if found is None else found.entity
    named = entity is not None and not entity.person and not entity.place and entity.proper  # a body named before: "Ewec"
    if found is not None and found.speaker and not (entity and entity.person) and (head in resolver.words.bodies or named):
        resolver.note(found, view, sentence)


def _indefinite_before(lowers: Sequence[str], k: int, lo: int) -> bool:
    """An indefinite word (``a``, ``an``, ``one``) opening a clause after a conjunction or a comma (``and a
    trader``, ``, a board official``) stands in a source's length before token ``k`` (``lowers``: the words in
    lower case), from ``lo``; an apposition (``Ann Lee, a trader,``) gives no phrase opening with it."""
    window = lowers[max(lo - 1, k - _SOURCE_TOKENS) : k]
    return not _JOINED_SOURCES.isdisjoint(zip(window, window[1:]))


#: The most tokens of a fronted description before the comma and the pronoun it describes.
_FRONTED_TOKENS = 16


def _fronted_apposition(tokens: Sequence[Token], mention: Mention, sentence: range) -> Mention:
    """The pronoun a fronted indefinite description opening the sentence describes (``A former network engineer who
    joined the company in 2016, he is 44``: ``he``), else ``mention``: the description is no source of its own."""
    if mention.lo != sentence.start or tokens[mention.lo].lower not in INDEFINITE or tokens[mention.lo].lower == "one":
        return mention
    for k in range(mention.hi, min(sentence.stop - 1, mention.hi + _FRONTED_TOKENS)):
        if tokens[k].quoted or tokens[k].text in _FRONT_STOPS:
            return mention
        if tokens[k].text == ",":
            after = tokens[k + 1]
            return Mention(k + 1, k + 2) if after.lower in PERSONAL and not after.quoted else mention
    return mention


#: The writer as a sentence's subject (``I asked …``, ``We spoke to …``).
_WRITERS = frozenset(["i", "we"])
#: Marks that end a fronted description before any comma: a clause or quote goes on.
_FRONT_STOPS = frozenset(";:“”\"")


def _reached(resolver: Resolver, view: PassageView, mention: Mention | None, sentence: range) -> Found | None:
    """The one person a sentence of the writer's names after a verb of reaching (``I asked Chris Obi, a lecturer,
    what it means``; ``We spoke to Ann Lee``), or a hearing hears from (``The committee also heard from Donna Szabo,
    a retired nurse``): who the text is about next, whom ``he said`` takes up."""
    tokens = view.tokens
    if mention is not None and (heard := _heard_from(resolver, view, mention, sentence)) is not None:
        return heard
    start = sentence.start if mention is None else mention.lo
    if tokens[start].lower not in _WRITERS or (mention is not None and mention.hi - mention.lo != 1):
        return None
    verb = start + 1
    while verb < sentence.stop and tokens[verb].lower in resolver.words.auxiliaries:
        verb += 1
    if verb >= sentence.stop or tokens[verb].lower not in resolver.words.contact_verbs:
        return None
    named = resolver.nearer.named(view.offset + tokens[verb].end, view.offset + tokens[sentence.stop - 1].end)
    return Found(named[0].name, None, named[0]) if len(named) == 1 else None


def _heard_from(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Found | None:
    """The one person named after ``heard from`` right after the subject ``mention`` (an adverb or auxiliary
    between), else ``None``."""
    tokens, k = view.tokens, mention.hi
    while k < sentence.stop and (tokens[k].lower in resolver.words.auxiliaries or tokens[k].lower in _HEARD_ADVERBS):
        k += 1
    if k + 1 >= sentence.stop or tokens[k].lower != "heard" or tokens[k + 1].lower != "from":
        return None
    named = resolver.nearer.named(view.offset + tokens[k + 1].end, view.offset + tokens[sentence.stop - 1].end)
    return Found(named[0].name, None, named[0]) if len(named) == 1 else None


#: Adverbs between a hearing's subject and ``heard from`` (``The committee also heard from``).
_HEARD_ADVERBS = frozenset(["also", "then", "later", "earlier", "first"])


def _body_voice(resolver: Resolver, low: list[str], mention: Mention) -> Found | None:
    """The body a bare indefinite voice of one (``A spokesman``, ``a spokeswoman``: the ``body_voices`` list) speaks
    for: the named body followed in the sentence read last, the one before the quote's (``Invest NI confirmed the
    grant. A spokesman said …``: Invest NI); else ``None``."""
    body = resolver.last_body
    if len(low) != 2 or low[0] not in INDEFINITE or low[1] not in resolver.words.body_voices or body is None:
        return None
    recent = resolver._read == resolver._last_body_read  # the last sentence read, the one before the quote's
    return Found(body.name, mention, body) if recent and not body.person and not body.place else None


def _earlier_source(
    resolver: Resolver, view: PassageView, sentence: range, mention: Mention, low: list[str], head_at: int, position: int
) -> str | None:
    """The described source, as printed, that the definite description ``mention`` takes up: the indefinite subject of
    its own sentence, nearest, or one described before (:meth:`.descriptions.Descriptions.earlier_source`)."""
    if own := _described_subject(resolver, view, sentence, mention, low):
        return own
    tokens = view.tokens[mention.lo : mention.hi]
    if plain(tokens, low, head_at):
        return resolver.descriptions.earlier_source(low, low[head_at - 1], position, resolver.last_body)
    return None


def _described_subject(resolver: Resolver, view: PassageView, sentence: range, mention: Mention, low: list[str]) -> str | None:
    """The described source an indefinite phrase opening the sentence prints, as printed, which ``the HEAD`` later in
    the sentence takes up (``A city finance official, who …, said …, a schedule the official called “…”``); else None."""
    if len(low) != 2 or low[0] != "the":
        return None
    subject = resolver.subject(view, sentence)
    if subject is None or subject.hi > mention.lo:
        return None
    words = [t.lower for t in view.tokens[subject.lo : subject.hi]]
    if words[0] not in INDEFINITE or low[1] not in words or low[1] not in resolver.words.speaker_heads:
        return None
    return view.text[view.tokens[subject.lo].start : view.tokens[subject.hi - 1].end]


def _noted(resolver: Resolver, found: Found, tokens: Sequence[Token], low: list[str], head_at: int, position: int) -> Found:
    """``found``, a capitalized phrase as printed; noted as a described source when it is one with words after its
    head that a later definite description takes up (``Analysts at Norcross Bank``, then ``the analysts``:
    :func:`_remembered_source`)."""
    head = low[head_at - 1]
    if (head_at < len(low) or low[0] in INDEFINITE) and (found.entity is None or not found.entity.person) and head in resolver.words.speaker_heads and _remembered_source(
        resolver.words, tokens, low, head_at
    ):
        resolver.descriptions.describe(head, found.speaker or "", position)
    return found


def _remembered_source(words: Words, tokens: Sequence[Token], low: list[str], head_at: int) -> bool:
    """A described source a later definite description or ``one of them`` takes up: an indefinite one (``a senior
    official``), a number of them (``two people familiar with the talks``), a bare plural (``Analysts at Norcross
    Bank``), a role held in an unnamed one of something (``The owner of a rival team``), a body in lower case (``the housing
    department``) or a role an owner holds for someone (``the PM's spokesman``)."""
    head = low[head_at - 1]
    owned = head in words.proxy_roles and any(map(is_possessive, tokens[1 : head_at - 1]))
    bare_plural = head_at == 1 and singular(head) not in ("", head)  # "Analysts at Norcross Bank said": indefinite too
    of_one = head_at + 1 < len(low) and low[head_at] in _COMPLEMENTS and low[head_at + 1] in INDEFINITE  # "The owner of a rival team"
    return low[0] in INDEFINITE or low[0] in words.partitives or owned or bare_plural or of_one or (head in words.bodies and lower_body(tokens, low, head_at))


def _source_head(words: Words, tokens: Sequence[Token], head: str, head_at: int) -> bool:
    """``head`` (at ``head_at - 1`` of ``tokens``) heads a described source: an unnamed source, a body, a kind of
    body (``a distributor in Kerala``) or a part of one (``The armed wing of X``), a role, a person described by what they do (``One Leeds shopper``), a document, or a kin word with an owner (``The
    victim's brother``; ``Her brother`` is read before)."""
    if (
        head in words.anonymous or head in words.bodies or head in words.roles or head in words.person_nouns
        or head in words.documents or head in words.body_units or head in words.body_kinds
    ):
        return head not in words.body_units or tokens[0].lower not in POSSESSIVE_PRONOUNS  # not "its parliamentary wing"
    return head in words.kin and any(map(is_possessive, tokens[1 : head_at - 1]))


def _group_pronoun(
    resolver: Resolver, view: PassageView, mention: Mention, sentence: range, pronoun: str, subject: Mention | None
) -> Found | None:
    """Whom ``it`` or ``they`` at ``mention`` stands for: its antecedent (:func:`_it_antecedent`, ``subject`` the
    sentence's subject before it, if any), else the body or group credited last, else for ``it`` the person whose
    document spoke in the sentence before (:func:`_document_voice`)."""
    words = resolver.words
    found = _it_antecedent(resolver, view, mention, sentence, subject)
    if found is not None and found.entity is not None and found.entity.person and len(found.entity.words) == 1:
        found = Found(found.speaker, subject)  # "Centrica, the owner of X, said … it": a one-word name is a body
    if found is None or (found.entity is not None and found.entity.person):
        found = resolver.last_group
        if found is not None and pronoun == "it" and (_plural_noun(words, found.speaker) or _people_named(resolver.people, found)):
            body = resolver.speaking_body  # "Workers said … It said": a plural group is no "it"; the body that spoke last is
            found = None if body is None or body.person or _plural_noun(words, body.name) else Found(body.name, mention, body)
        elif found is not None and pronoun == "they" and _not_they(words, view.tokens, sentence.start, mention.lo, found):
            found = None  # "… 640 members of the union walked out over an offer they call “…”": not the group before
    if found is None and pronoun == "it":
        found = _document_voice(resolver, view, sentence)
    return None if found is None else Found(found.speaker, mention, _grouped(found.entity) if pronoun == "they" else found.entity)


def _document_voice(resolver: Resolver, view: PassageView, sentence: range) -> Found | None:
    """The person whose document (table ``documents`` or ``messages``) was credited with a quote in the sentence right
    before ``sentence`` of ``view``: ``it`` after ``“…,” the statement said.`` is that statement, the minister's who
    issued it (``It urged states to “…”``); else ``None``."""
    last = resolver.descriptions.last_quoted
    if last is None:
        return None
    found, where, said = last
    if where is not view or said.stop != sentence.start or found.entity is None or not found.entity.person or found.mention is None:
        return None
    head = view.tokens[found.mention.hi - 1].lower
    words = resolver.words
    return found if head in words.documents or head in words.messages else None


def _it_antecedent(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, subject: Mention | None) -> Found | None:
    """What ``it`` or ``they`` at ``mention`` stands for first: the body a relative clause reports (:func:`_relative_body`),
    the body the sentence cites (:func:`_cited_body`), the body a fronted clause has for its subject
    (:func:`_fronted_body`), else the sentence's ``subject`` before it, where given."""
    found = _relative_body(resolver, view, mention, sentence) or _cited_body(resolver, view, mention, sentence)
    found = found or _fronted_body(resolver, view, mention, sentence)
    subject = subject if subject is None else _apposed_name(resolver, view.tokens, subject, sentence) or subject
    return found or (None if subject is None else resolver.resolve(view, subject, sentence))


def _fronted_body(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Found | None:
    """The body ``it``, opening the main clause after a clause that a conjunction opens ``sentence`` with (table
    ``clause_openers``), stands for: that clause's subject, where it names a body (``While South East Water, which
    covers Fleet, has yet to act, it has warned …``: the water company, not the body credited before); else
    ``None``."""
    tokens = view.tokens
    comma = mention.lo - 1
    if tokens[mention.lo].lower != "it" or comma <= sentence.start + 1 or tokens[comma].text != ",":
        return None
    if tokens[sentence.start].lower not in resolver.words.clause_openers:
        return None
    subject = resolver.phrase_after(tokens, sentence.start + 1, comma)
    found = None if subject is None else resolver.resolve(view, subject, sentence)
    return found if found is not None and found.entity is not None and not found.entity.person else None


def _apposed_name(resolver: Resolver, tokens: Sequence[Token], subject: Mention, sentence: range) -> Mention | None:
    """The name set off by commas after a ``subject`` that describes it with ``a`` or ``an`` (``A new party, the
    Jatiya Chhatra Front (JCF), wants … what it calls “…”``: the front), else ``None``."""
    k = subject.hi
    if tokens[subject.lo].lower not in INDEFINITE or k + 1 >= sentence.stop or tokens[k].text != ",":
        return None
    name = resolver.phrase_after(tokens, k + 1, sentence.stop)
    if name is None or name.hi >= sentence.stop or tokens[name.hi].text != "," or not has_name(resolver.words, tokens, name):
        return None
    return name


def _relative_body(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Found | None:
    """The body ``it`` stands for inside a relative clause on it that reports its words (``an investigation by the
    National Crime Agency, which said it had examined 6,000 emails in what it called “…”``): the phrase before
    ``, which``, where it names a body; else ``None``."""
    tokens = view.tokens
    which = next((k for k in range(mention.lo - 1, sentence.start + 1, -1) if tokens[k].lower == "which" and tokens[k - 1].text == ","), None)
    if which is None or not any(tokens[k].lower in resolver.words.speech_verbs for k in range(which + 1, mention.lo)):
        return None
    antecedent = resolver.phrase_before(tokens, which + 1, sentence.start)
    found = None if antecedent is None else resolver.resolve(view, antecedent, sentence)
    return found if found is not None and found.entity is not None and not found.entity.person else None


def _cited_body(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Found | None:
    """The body a sentence opening with ``According to`` cites, which ``it`` describing something in it stands for
    (``According to the Ministry of Justice, the fund has paid out $6.2m, a result it described as “…”``: the
    ministry, not the fund); else ``None``."""
    tokens, start, words = view.tokens, sentence.start, resolver.words
    if tokens[start].lower != "according" or tokens[start + 1].lower != "to" or mention.hi >= sentence.stop:
        return None
    verb = tokens[mention.hi].lower
    if verb not in words.speech_verbs and verb not in words.naming_verbs and verb not in words.verdict_verbs:
        return None
    cited = resolver.phrase_after(tokens, start + 2, sentence.stop)
    found = None if cited is None or cited.hi >= mention.lo else resolver.resolve(view, cited, sentence)
    return found if found is not None and found.entity is not None and not found.entity.person else None


def _its_holder(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, holder: Entity) -> Found | None:
    """``holder``, the person a role takes up, unless ``its`` or ``their`` owns the role, a body is named before it in
    its sentence, and the holder's titles name another body (``According to the Police Federation, … what its chair
    called`` is not ``The committee’s chair, Ann Lee``, named before): then nobody, never the role as printed."""
    found = Found(holder.name, mention, holder)
    owned = [word for word in holder.roles if word in resolver.words.bodies]
    if not owned or view.tokens[mention.lo].lower not in _BODY_OWNERS:
        return found
    names = resolver.names
    bodies = [
        entity for first, last in names.runs(view, sentence.start, mention.lo)
        if (entity := names.entity(view, sentence.start + first, sentence.start + last)) is not None and not entity.person
    ]
    return None if bodies and not any(word in bodies[-1].words for word in owned) else found


def _one_described(words: Words, speaker: str | None) -> bool:
    """``speaker``, credited as printed, describes one person a later ``he``/``she`` may mean: an indefinite phrase
    (:func:`one_person`), a role its owner has (:func:`_owned_one`) or ``the``, lower-case modifiers and a person's
    noun (``The older man``, ``the second passenger``; not ``the man``, who may be someone named before, nor a role,
    whose holder may be: ``the new party president``)."""
    if one_person(words, speaker) or _owned_one(words, speaker):
        return True
    parts = (speaker or "").split()
    if len(parts) < _DESCRIBED_WORDS or parts[0].lower() != "the" or not all(part.islower() for part in parts[1:]):
        return False
    head = parts[-1]
    return (head in words.male or head in words.female or head in words.person_nouns) and singular(head) == ""  # no role: a holder's


def _outside_participle_clause(words: Words, tokens: Sequence[Token], mention: Mention, sentence: range) -> int:
    """Where the people ``he``/``she`` at ``mention`` may stand for are named before: the start of its sentence when
    the pronoun opens the main clause after a participle clause opening the sentence, whose understood subject it is
    (``Criticising Harbour Foods, she said …``, ``Asked about Ann Lee, he said …``: no one named in that clause is
    meant), or after a prepositional phrase holding the pronoun's own possessive or naming another party (table
    ``party_prepositions``: ``Of his dispute with Tom Baa, he said …``, ``In an interview with Tom Baa, he said …``:
    the other party is not he); else the pronoun itself."""
    start = sentence.start
    first = tokens[start].lower
    if mention.lo - 1 <= start or tokens[mention.lo - 1].text != ",":
        return mention.lo
    if first in words.prepositions and tokens[start].is_capitalized:
        owner = _PRONOUN_OWNERS.get(tokens[mention.lo].lower)
        party = words.party_prepositions
        phrase = tokens[start + 1 : mention.lo]
        return start if owner is not None and any(t.lower == owner or t.lower in party for t in phrase) else mention.lo
    after_clause = first.endswith(("ing", "ed"))
    return start if after_clause and opens_lead_in(words, tokens, start, sentence.stop) else mention.lo


def _salient_outside(resolver: Resolver, view: PassageView, mention: Mention, position: int) -> Entity | None:
    """The person the text is about, unless named only between ``position`` and the pronoun ``mention``: in the phrase
    opening its sentence that :func:`_outside_participle_clause` sets apart (``In an interview with Tom Baa, he
    said``)."""
    salient, at = resolver.salient, view.offset + view.tokens[mention.lo].start
    if salient is None or position >= at or salient.last_before(position) >= 0:
        return salient
    return None if salient.last_before(at) >= position else salient


#: The possessive of ``he`` and ``she``.
_PRONOUN_OWNERS = {pronoun: owner for owner, pronoun in _OWNER_PRONOUNS.items()}


def _cataphor(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> Found | None:
    """``he``/``she`` right after the conjunction opening ``sentence`` (table ``clause_openers``) stands for the person
    who opens the main clause after that clause's comma, maybe past a closing quote mark: ``Though he called the plan
    “reckless,” Senator Tom Roe voted for it`` (Tom Roe), if the pronoun fits him or her, or for one person described
    there (``While he praised it, a senior aide warned …``)."""
    tokens = view.tokens
    if mention.lo != sentence.start + 1 or tokens[sentence.start].lower not in resolver.words.clause_openers:
        return None
    comma = next((k for k in range(mention.hi, sentence.stop) if tokens[k].text == ","), sentence.stop)
    k = comma + 1
    while k < sentence.stop and tokens[k].mark:
        k += 1  # the mark closing a quote: "… “reckless,” Senator Tom Roe"
    main = resolver.phrase_after(tokens, k, sentence.stop) if k < sentence.stop else None
    found = None if main is None else resolver.resolve(view, main, sentence)
    entity = None if found is None else found.entity
    if found is not None and entity is None and one_person(resolver.words, found.speaker, pronoun):
        return Found(found.speaker, mention)  # "While he praised it, the committee's chairman warned …"
    if entity is None or not entity.person or resolver.people.gender(entity) not in (None, pronoun):
        return None
    return Found(entity.name, mention, entity)


def _fronted_subject(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> Found | None:
    """``he``/``she`` opening the main clause after a clause that a conjunction opens ``sentence`` with (table
    ``clause_openers``) stands for one person described as that clause's subject: ``When one local teacher was asked
    why, she said …``; not where the clause names someone else after its subject (``When the judge sentenced Ann Lee,
    she …``)."""
    tokens = view.tokens
    comma = mention.lo - 1
    if comma <= sentence.start + 1 or tokens[comma].text != "," or tokens[sentence.start].lower not in resolver.words.clause_openers:
        return None
    subject = resolver.phrase_after(tokens, sentence.start + 1, comma)
    if subject is None or any(t.is_capitalized for t in tokens[subject.hi : comma]):
        return None
    found = resolver.resolve(view, subject, sentence)
    return Found(found.speaker, mention) if found is not None and found.entity is None and one_person(resolver.words, found.speaker, pronoun) else None


#: A line of bare names (a byline) has at most this many tokens.
_BARE_NAME_TOKENS = 6


def _bare_names(tokens: Sequence[Token], sentence: range) -> bool:
    """``sentence`` is a few capitalised words alone, no verb nor quote among them: a byline or an outlet's name; or,
    a whole passage with no full stop, such words and one noun in lower case after them: a caption's or a heading's
    label (``Pan Am stadium``), of no one the text is about."""
    if len(sentence) > _BARE_NAME_TOKENS or any(tokens[k].quoted for k in sentence):
        return False
    last = tokens[sentence.stop - 1]
    label = sentence.start == 0 and sentence.stop == len(tokens) and len(sentence) > 2 and last.text.isalpha() and last.text.islower()
    label = label and not last.text.endswith("s") and not last.text.endswith("ed")  # no verb: "Ann Lee resigns"
    return all(tokens[k].is_capitalized for k in sentence[: -1 if label else None])


def _silent(words: Words, view: PassageView, mention: Mention, sentence: range, speaker: str | None) -> bool:
    """The described source ``speaker``, subject of ``sentence``, says nothing there: no speech verb follows it (``…,
    saying`` is one), and it is no one whose job is speaking (``A spokesman ruled out …`` is heard; ``A rancher near
    her paid $250`` is not)."""
    if any(word.lower() in words.body_voices for word in (speaker or "").split()):
        return False
    return not any(view.tokens[k].lower in words.speech_verbs for k in range(mention.hi, sentence.stop))


def _owned_one(words: Words, speaker: str | None) -> bool:
    """``speaker`` is one person described by a role or kin word its owner has: ``The victim's brother``,
    ``the firm's spokesman`` (a later ``he`` may mean that person)."""
    parts = (speaker or "").split()
    head = bare(parts[-1]) if len(parts) > 1 else ""
    return any(p.endswith(POSSESSIVE_ENDS) for p in parts[:-1]) and (head in words.kin or head in words.roles) and not head.endswith("s")


def _fits(words: Words, source: str | None, pronoun: str) -> bool:
    """The words of the described source's head tell no gender other than the pronoun's (``the victim's brother`` is
    no ``she``): not those of its owner nor of its complement (``a spokesman for Miss Lee``, ``Mrs Lee's spokesman``
    are ``he``)."""
    printed = (source or "").split()
    end = next((n for n, w in enumerate(printed) if n and w.lower() in _COMPLEMENTS), len(printed))
    start = next((n + 1 for n in range(end - 1, -1, -1) if printed[n].endswith(POSSESSIVE_ENDS)), 0)
    told = gender_by_titles(words, {bare(w) for w in printed[start:end]})
    return told is None or told == pronoun


#: Prepositions opening a role's complement (``the owner of a shop``), not an adjunct (``in an interview``).
_COMPLEMENTS = frozenset(["of", "for", "at", "from"])


def _own_office(words: Words, low: list[str], tokens: Sequence[Token], head_at: int) -> bool:
    """The complement after a role's head (``low``, ``tokens`` from ``head_at``, opening with ``of``, ``for``, ``at``
    or ``from``) makes it someone new (``the owner of a shop``) or an office of its own (``the Bishop of Leeds``,
    ``the head of the Red Cross``): a body word, an indefinite word or a capitalized word; not an adjunct of the
    speech (``the pitcher in an interview``)."""
    if head_at >= len(low) or low[head_at] not in _COMPLEMENTS:
        return False
    return any(w in words.bodies or w in INDEFINITE or t.is_capitalized for w, t in zip(low[head_at:], tokens[head_at:], strict=True))


def _owned_by_name(names: NameRuns, view: PassageView, mention: Mention, runs: list[tuple[int, int]], head: str, head_at: int) -> bool:
    """``mention``'s head (``head``, ending at ``head_at``) is an anonymous source's, a body's or a kin word owned by the
    last name of ``runs`` printed with ``'s`` before it (``Ann Lee’s office``; a kin word's owner a person:
    ``Sarapuu’s sister``, not ``the Kremlin’s son``)."""
    if not runs or runs[-1][1] >= head_at or not is_possessive(view.tokens[mention.lo + runs[-1][1] - 1]):
        return False
    words = names.words
    if head in words.anonymous or head in words.bodies:
        return True
    owner = names.entity(view, mention.lo + runs[-1][0], mention.lo + runs[-1][1])
    return head in words.kin and owner is not None and owner.person


def _name_owned(resolver: Resolver, view: PassageView, run: tuple[int, int], mention: Mention, head_at: int) -> Found:
    """``Ann Lee’s office`` (``mention``, its owner's name the ``run`` of its tokens, its head ending at ``head_at``):
    credited as printed, the owner by the fullest name the article gives.  A body so owned (``Kenya’s health
    ministry``) is the one a later ``the ministry`` takes up (:meth:`.descriptions.Descriptions.earlier_source`), as
    printed up to its head."""
    tokens = view.tokens[mention.lo : mention.hi]
    first, last = run
    owner = resolver.names.entity(view, mention.lo + first, mention.lo + last)
    owner_name = owner.name if owner else view.text[tokens[first].start : tokens[last - 1].end - 2]
    owned = f"{owner_name}{tokens[last - 1].text[-2]}s "  # as printed: "Ann Lee's office" in a text of straight apostrophes
    head = bare(tokens[head_at - 1].text).lower()
    if head in resolver.words.bodies:
        resolver.descriptions.describe(head, owned + _as_printed(view, tokens[last:head_at]), view.offset + tokens[0].start)
    return Found(owned + _as_printed(view, tokens[last:]), mention)


def _as_printed(view: PassageView, tokens: Sequence[Token]) -> str:
    """The text of ``tokens`` as printed, their spacing kept (``supporters’ group``); empty for none."""
    return view.text[tokens[0].start : tokens[-1].end] if tokens else ""


def _role_named(people: People, role: list[str], mention: Mention, position: int) -> Found | None:
    """The person printed before ``position`` with the title ``role`` missing from the role list: a title
    opening the name (``Treasurer Greta Holm`` for ``the treasurer``), printed after an owner before it
    (``Christie's auctioneer Jussi Pylkkanen`` for ``the auctioneer``) or set before it in apposition (``the
    town clerk, Ann Lee,`` for ``the clerk``, ``the town clerk``); else ``None``."""
    titled = people.by_title(role[0], position) if len(role) == 1 else None
    if titled is not None:
        return Found(titled.name.split(None, 1)[1], mention, titled)
    owned = people.printed_titles.get(role[0]) if len(role) == 1 else None
    if owned is not None and owned.last_before(position) >= 0:
        return Found(owned.name, mention, owned)  # "the auctioneer" after "Christie's auctioneer Jussi Pylkkanen"
    if not 0 < len(role) <= _DEFINITE_WORDS or f"the {role[-1]}" not in people.apposed_roles:
        return None  # "the new weapons include …": no role set beside a name
    held = people.by_role([*map(bare, role[:-1]), f"the {role[-1]}"], position)  # "the agency's president"
    return None if held is None or held.last_before(position) < 0 else Found(held.name, mention, held)


def _held_otherwise(words: Words, modifiers: Sequence[str], head: str, entity: Entity, owners: Sequence[Token]) -> bool:
    """``entity`` holds the role ``head`` at another rank, office, portfolio or body than the description says."""
    return (
        _other_rank(words, modifiers, head, entity) or _other_office(words, modifiers, head, entity)
        or _other_portfolio(words, modifiers, head, entity) or _other_owner(words, owners, entity)
    )


def _other_owner(words: Words, owners: Sequence[Token], entity: Entity) -> bool:
    """An owner in lower case before the role (``the company’s spokeswoman``) is of another kind of body than all
    those ``entity``'s titles name (``Ann Lee, spokeswoman for the union,``): another body's holder of the role."""
    kinds = words.body_kinds
    held = {kinds.get(w, w) for w in entity.roles if w in kinds or w in words.bodies}
    owned = {kinds.get(bare(t.text)) for t in owners if is_possessive(t) and t.text.islower()} - {None}
    return bool(held) and bool(owned) and held.isdisjoint(owned)


def _other_rank(words: Words, modifiers: Sequence[str], head: str, entity: Entity) -> bool:
    """``entity`` holds the role ``head`` without a rank ``modifiers`` name: ``the prime minister`` is not
    ``Energy Minister X``, ``the deputy mayor`` not ``Mayor Y``."""
    ranks = [w for w in modifiers if w in words.rank_words]
    return bool(ranks) and head in entity.roles and not set(ranks) <= entity.roles


def _other_office(words: Words, modifiers: Sequence[str], head: str, entity: Entity) -> bool:
    """``entity`` is printed with the role ``head`` under a rank that ``modifiers`` lack: of an office not held
    (``the health secretary`` is not ``shadow health secretary X``), or of another office when the role is bare
    (``the mayor`` is not ``deputy mayor Ann Lee``, but ``the minister`` may be ``Deputy Transport Minister X``, one
    of many ministers named by a portfolio; ``the finance minister`` may be ``Deputy Prime Minister and Finance
    Minister X``)."""
    if head not in entity.roles:
        return False
    ranks = entity.roles & words.unheld_ranks
    if len(modifiers) <= 1 and words.portfolios.isdisjoint(entity.roles):
        ranks |= entity.roles & words.other_office_ranks
    return not ranks <= set(modifiers)


def _other_portfolio(words: Words, modifiers: Sequence[str], head: str, entity: Entity) -> bool:
    """``entity`` is printed with a portfolio and a role's ``modifiers`` name another one: ``the health minister``
    is not ``Finance Minister X`` (but may be ``Minister X``, printed with none); a word for any head (``the finance
    chief``) is not a person printed with other posts only (``group leader X``; but ``chief executive X`` may be)."""
    wanted = words.portfolios.intersection(modifiers[:-1])
    if not wanted or wanted <= entity.roles:
        return False
    generic = head in words.generic_roles and head not in entity.roles and not words.roles.isdisjoint(entity.roles)
    return not words.portfolios.isdisjoint(entity.roles) or generic


def _head_end(words: Words, tokens: Sequence[Token], core: int) -> int:
    """Where a mention's head ends: at its first preposition in lower case (``One source inside the government``,
    not ``Doctors Without Borders``) or participle taking an object, past one inside a body's name that a title and a name follow (``Bank of Japan
    Governor Kazuo Ueda``: the whole mention); ``core`` where there is none."""
    for k in range(1, core):
        if tokens[k].text in words.prepositions and not _titled_after_body(words, tokens, k, core) and not _named_after_portfolio(tokens, k, core):
            return k
        if k > 1 and k + 1 < core and _participle_with_object(words, tokens, k):
            return k  # "A lawyer representing one of the companies": the lawyer
    return core


def _named_after_portfolio(tokens: Sequence[Token], k: int, core: int) -> bool:
    """``for`` or ``of`` at token ``k`` opens a title's portfolio or place, capitalized words up to ``core`` that end
    in a person's name, a known first name and a surname (``Unite regional secretary for Wales Peter Hughes``): the
    mention is the person, headed by no role before it."""
    after = tokens[k + 1 : core]
    return tokens[k].text in ("for", "of") and len(after) >= 3 and all(t.is_capitalized and t.is_word for t in after) and (
        is_first_name(after[-2].lower)
    )


def _participle_with_object(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a participle in ``-ing`` taking an object after it (``representing one of``, ``advising the
    board``), not a modifier before the head (``A senior banking official``)."""
    text, after = tokens[k].text, tokens[k + 1]
    return text.islower() and text.endswith("ing") and (
        after.lower in words.determiners or after.lower in words.partitives or after.is_capitalized
    )


def _titled_after_body(words: Words, tokens: Sequence[Token], k: int, core: int) -> bool:
    """The preposition at token ``k`` joins a capitalized body word to capitalized words that end in a title and a
    name: ``Bank of Japan Governor Kazuo Ueda``, ``University of Oxford Professor Ann Lee``; or in a lower-case noun
    the body's name describes: ``A Bank of Korea official``."""
    if not (tokens[k - 1].is_capitalized and bare(tokens[k - 1].text) in words.bodies):
        return False
    rest = tokens[k + 1 : core]
    if len(rest) >= 2 and rest[-1].text.islower() and all(t.is_capitalized for t in rest[:-1]):
        return True  # "A Bank of Korea official": the body's name, then the noun it describes
    titled = [n for n, t in enumerate(rest) if t.is_capitalized and bare(t.text) in words.roles]
    return bool(titled) and len(rest) - titled[-1] > 2 and all(t.is_capitalized or t.text == "." for t in rest)


#: Titles of rank, which name no post: ``Lord Ardmillan``, a Scottish judge, may be ``the judge``.
_RANKS = frozenset(["lord", "lady", "sir", "dame"])


def _titled_otherwise(words: Words, head: str, entity: Entity) -> bool:
    """The role ``head`` and the titles ``entity`` is printed with are of the bench and of another post, one each:
    ``the councillor`` is not ``Judge Ann Roe``, nor ``the judge`` ``Mayor Tom Hart``; a judge holds no other post.
    Nor are two offices of ``elected_offices``: ``the mayor`` is not ``Association president Ann Roe``; nor a public
    office (``offices_of_state`` too) one printed only with other posts: ``the minister`` is not ``Harbour manager X``, nor
    an unnamed source's word (``the official``) one printed only with professions (``transport economist X``), nor a
    profession (``the cardiologist``) one printed with another or with a public office (``Ann Lee, a lawyer``,
    ``Minister X``).  A title of
    rank (``Lord``, ``Lady``, ``Sir``, ``Dame``) names no post."""
    if head in words.anonymous and head not in entity.roles and not entity.roles.isdisjoint(words.professions):
        return True  # "the official" is not "transport economist X"
    held = words.professions | words.elected_offices | words.offices_of_state
    if head in words.professions and head not in entity.roles and not entity.roles.isdisjoint(held):
        return True  # "the cardiologist" is not "Ann Lee, a lawyer", "the contractor" not "Minister X"
    titles = entity.roles & words.roles - _RANKS  # "Lord Ardmillan" holds no post by that title: the judge may
    if not titles or head in titles:
        return False
    if head in words.elected_offices and not titles.isdisjoint(words.elected_offices):
        return True  # "the mayor" is not "Association president X"
    public, posts = words.elected_offices | words.offices_of_state, titles - words.name_titles - words.generic_roles
    if head in public and head not in words.top_roles and posts and posts.isdisjoint(public):
        return True  # "the minister" is not "Harbour manager X"
    bench = words.judicial_roles
    return head not in bench if titles <= bench else head in bench and titles.isdisjoint(bench)


def _ranked(words: Words, modifiers: Sequence[str], head: str) -> bool:
    """A rank word makes the role an office of its own (``the prime minister``, ``the deputy mayor``), as some
    heads are (``the Taoiseach``: the ``own_offices`` list): only a person printed with that title holds it, never
    the person the text is about."""
    return head in words.own_offices or any(w in words.rank_words for w in modifiers)


def _unheld_office(words: Words, low: Sequence[str], tokens: Sequence[Token], head_at: int) -> bool:
    """``the prime minister``, ``the Czech player`` printed with no one holding it: neither the person
    followed nor a source as printed, so nobody (a nationality points at one person the text names); not a role
    an owner holds for someone (``the prime minister's official spokesman``: a source as printed)."""
    modifiers = low[1 : head_at - 1]
    return low[0] == "the" and low[head_at - 1] in words.roles and not any(map(is_possessive, tokens[1 : head_at - 1])) and (
        _ranked(words, modifiers, low[head_at - 1]) or any(word in words.demonyms for word in modifiers)
    )


def _unheld_role(resolver: Resolver, tokens: Sequence[Token], low: Sequence[str], head_at: int, position: int) -> bool:
    """An office no one holds (:func:`_unheld_office`), or a definite role of one person that a name or an owner ties
    to a body or place (``the Telford boss``, ``the state's chief executive``, ``the chairman of the SEC``), that no
    one named holds, after people were named: most often a named person described in other words, so nobody rather
    than the words as printed.  Not a role held for someone (table ``proxy_roles``: ``the spokesman``), of the bench
    (``the judge``) or of the press (``asking_roles``: ``the BBC's correspondent``), often left unnamed, nor an office
    printed as a title (``the Bishop of Leeds``), a bare role (``the mayor``) or one of an unnamed thing (``the
    president of one club``)."""
    words, head = resolver.words, low[head_at - 1]
    if _unheld_office(words, low, tokens, head_at):
        return True
    if low[0] != "the" or head not in words.roles or head in words.proxy_roles or head in words.judicial_roles or head in words.asking_roles:
        return False
    if tokens[head_at - 1].is_capitalized or INDEFINITE.intersection(low[head_at:]) or not any(t.is_capitalized or is_possessive(t) for t in tokens[1:]):
        return False
    return any(entity.person and entity.last_before(position) >= 0 for entity in resolver.people.entities)


#: Possessive pronouns owning a document, by the pronoun they stand for (``Its report said``).
_ISSUER_PRONOUNS = {"its": "it", "their": "they"}


def _kin_or_issuer(
    resolver: Resolver, view: PassageView, mention: Mention, sentence: range, low: Sequence[str], position: int
) -> Found | None:
    """What a possessive pronoun and one noun name: the person named before with that kin word as a title (``His
    partner`` after ``his partner, Ana Morel,``), or the body the pronoun stands for when the noun is a document it
    issued (``Audit Scotland warned … Its report said``), or that a definite description of it owns (``the club’s
    statement``: the club); else ``None``."""
    if len(low) == 3:
        return _body_document(resolver, view, mention, sentence, low)
    if low[0] in _OWNER_PRONOUNS:
        kin = _kin_named(resolver.people, low[1], position)
        return None if kin is None else Found(kin.name, mention, kin)
    if low[0] not in _ISSUER_PRONOUNS or low[1] not in resolver.words.documents:
        return None
    found = resolver._pronoun(view, Mention(mention.lo, mention.lo + 1), sentence, _ISSUER_PRONOUNS[low[0]])
    entity = None if found is None else found.entity
    return None if found is None or found.speaker is None or (entity is not None and entity.person) else Found(found.speaker, mention, entity)


def _body_document(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, low: Sequence[str]) -> Found | None:
    """The body ``the HEAD’s DOCUMENT`` names, a document or message of a body it describes (tables ``documents``,
    ``messages``): ``according to the club’s statement`` is the club named before (``Peninsula United``), or
    ``None``."""
    words = resolver.words
    if low[0] != "the" or not is_possessive(view.tokens[mention.lo + 1]) or (low[2] not in words.documents and low[2] not in words.messages):
        return None
    found = resolver.resolve(view, Mention(mention.lo, mention.lo + 2), sentence)
    entity = None if found is None else found.entity
    return None if entity is None or entity.person else Found(entity.name, mention, entity)


def _kin_named(people: People, kin: str, position: int) -> Entity | None:
    """The person named before ``position`` with the kin word ``kin`` as a title (``his partner, Ana
    Morel,``), for ``His partner``; ``None`` for a word of no kin or when nobody was named so."""
    if kin not in people.words.kin:
        return None
    entity = people.by_role([kin], position)
    return entity if entity is not None and entity.last_before(position) >= 0 else None


def _named_in_full(printed: str, entity: Entity | None) -> str:
    """A body's acronym printed alone (``the ED``, ``NABU``) as the body's name, where the article gave the acronym in
    brackets after that name (``The Enforcement Directorate (ED)``, :mod:`.people`); else ``printed``."""
    acronym = printed.removeprefix("the ").removeprefix("The ")
    if entity is None or entity.person or not acronym.isupper() or " " in acronym or acronym.lower() in entity.words:
        return printed
    return entity.name


def _message_owner(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, head_at: int) -> Found | None:
    """The body or person that owns the message or document ``mention`` heads, where a description names it (``The
    bank’s statement`` after ``The State Bank of Pakistan …``: the bank); else ``None`` (``The inquiry’s report``
    stays as printed)."""
    tokens, words = view.tokens, resolver.words
    head = bare(tokens[mention.lo + head_at - 1].text)
    if head_at < 3 or not is_possessive(tokens[mention.lo + head_at - 2]) or tokens[mention.lo].lower in INDEFINITE:
        return None
    if head not in words.messages and head not in words.documents:
        return None
    found = resolver.resolve(view, Mention(mention.lo, mention.lo + head_at - 1), sentence)
    return found if found is not None and found.entity is not None else None


def _owned(resolver: Resolver, view: PassageView, mention: Mention, sentence: range) -> Found:
    """``Her office``, ``his party`` (``mention``, opening with a possessive pronoun): the body of the person
    the pronoun stands for, by that person's name and the article's apostrophe (``Ann Lee’s office``); nobody when it stands for no one
    person."""
    pronoun = _OWNER_PRONOUNS[view.tokens[mention.lo].lower]
    found = resolver._pronoun(view, Mention(mention.lo, mention.lo + 1), sentence, pronoun)
    if found is None or found.entity is None or not found.entity.person:
        return Found(None, mention)
    return Found(f"{found.entity.name}{resolver.people.apostrophe}s {view.tokens[mention.lo + 1].text}", mention)


def _last_source(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, pronoun: str) -> Found | None:
    """The described source credited last, which ``he``/``she`` takes up (``An executive at the plant said … “…,” he
    said.``), unless a person is named in the pronoun's sentence before it (``… confirmed that Ann Lee will sell
    shares, a move she described as “…”``: Ann Lee)."""
    source = resolver.last_group
    if not resolver.source_last or source is None or not _fits(resolver.words, source.speaker, pronoun):
        return None
    if _named_since(resolver, source, view.offset + view.tokens[mention.lo].start):
        return None  # "… said one fisherman. Van Wyk's team plans a pilot. “…,” he said": Van Wyk
    return None if _named_between(resolver.people, view, Mention(sentence.start, sentence.start + 1), mention) else source


def _pronoun_mention(words: Words, view: PassageView, mention: Mention | None) -> bool:
    """``mention`` is a lone pronoun (``They``), which takes up who was described before and describes no one."""
    return mention is not None and mention.hi - mention.lo == 1 and view.tokens[mention.lo].lower in words.pronouns


def _named_since(resolver: Resolver, source: Found, position: int) -> bool:
    """A person is named after the sentence that credited the described ``source`` with the last quote and before
    ``position``: the pronoun may stand for that person."""
    quoted = resolver.descriptions.last_quoted
    if quoted is None or quoted[0].speaker != source.speaker:
        return False
    found, view, sentence = quoted
    lo = view.offset + view.tokens[sentence.stop - 1].end
    person = resolver.people.next_person(lo)
    return person is not None and person.last_before(position) >= lo


def _named_between(people: People, view: PassageView, subject: Mention, mention: Mention) -> bool:
    """A person is named in the ``subject`` or after it, before the pronoun ``mention`` (``A judge ruled Ann
    Lee had lied when she …``, ``A lawyer for Ann Lee said she …``): the pronoun may stand for that person."""
    lo, hi = view.offset + view.tokens[subject.lo].start, view.offset + view.tokens[mention.lo].start
    person = people.next_person(lo)
    return person is not None and person.last_before(hi) >= lo


def _unnamed_one(resolver: Resolver, view: PassageView, mention: Mention, sentence: range, found: Found | None) -> bool:
    """``sentence``, its subject ``mention`` crediting nobody or a described source that is no role
    (``found``: ``A lifeguard``), opens with one unnamed person or thing (``A baker in Aswan``, ``One
    Lagos trader``; not a time, ``A week later``), or any subject whose name a relative clause withholds
    (``The mill's owner, who asked not to be named,``) or an epithet no one printed before takes up (``The 33-year-old
    star addressed …``), and names no person (``A skipper, Ann Roe, …`` does)."""
    tokens, words = view.tokens, resolver.words
    if found is not None and one_person(words, found.speaker):
        return False
    described = epithet(words, tokens[mention.lo : mention.hi]) is not None
    if tokens[mention.lo].lower not in _ONE and not _withheld(words, tokens, mention) and not described:
        return False
    if _measured(tokens, mention):
        return False  # "A 10kg bag of maize meal rose …": a thing by its measure, no one unnamed
    lowers = [t.lower for t in tokens[mention.lo + 1 : mention.hi]]
    if _head_word(words, lowers) in words.bodies:
        return False  # "A rival faction accused her …": a body, whom no "he" or "she" stands for
    before = takewhile(lambda w: w not in words.prepositions, lowers)
    if not (described or any(_may_be_someone(words, w) for w in before)):
        return False  # "A snowfall warning is in effect …": a thing, whom no "he" or "she" stands for
    lead = (t.lower for t in tokens[mention.lo + 1 : mention.hi + 1])
    if any(w in words.lead_words and w not in words.prepositions for w in lead):
        return False  # "A week later the ministry …": a time, not a person
    lo, hi = view.offset + tokens[sentence.start].start, view.offset + tokens[sentence.stop - 1].end
    person = resolver.people.next_person(lo)
    return person is None or person.last_before(hi) < lo


def _may_be_someone(words: Words, head: str) -> bool:
    """``head``, a noun in lower case, may name a person: a speaker noun, role, person noun, kin word, word of a
    sex or nationality, or a noun by its ending for someone (``baker``, ``promoter``, ``resident``)."""
    return (
        head in words.speaker_heads or head in words.roles or head in words.person_nouns or head in words.kin
        or head in words.male or head in words.female or head in words.demonyms or head.endswith(AGENT_ENDINGS)
    )


def _measured(tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` opens with an article and a measure in figures (``A 10kg bag``, ``A 2-litre bottle``), not an age
    (``A 45-year-old``)."""
    k = mention.lo + 1
    if k >= mention.hi or not tokens[k].text[:1].isdigit():
        return False
    return not (k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].lower in YEAR_OLD)


def _head_word(words: Words, lowers: Iterable[str]) -> str:
    """The head of a phrase's words in lower case after its determiner: the last word before any preposition,
    participle, source modifier or relative pronoun (``faction`` of ``A rival faction within the party``,
    ``executive`` of ``An executive at one of the plants``, ``paramedic`` of ``A paramedic who asked not to be
    named``)."""
    head = ""
    for word in lowers:
        if word in words.prepositions or (head and (word.endswith("ing") or word in words.source_modifiers or word in RELATIVE_PRONOUNS)):
            break
        head = word
    return head


def _withheld(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """A relative clause right after ``mention`` withholds the source's name: ``The mill's owner, who spoke
    on condition that he not be identified, said`` (a negation or ``anonymity`` there; not ``who was named
    chief executive``)."""
    end = past_relative(tokens, mention)
    if end == mention.hi:
        return False  # most subjects have no relative clause after them
    clause = [t.lower for t in tokens[mention.hi : end]]
    negated = any(w in ("not", "neither", "nor") for w in clause)
    return any(w in words.anonymity and (negated or w.startswith("anonym")) for w in clause)


def _unsure(resolver: Resolver, view: PassageView, mention: Mention, speaker: str | None) -> bool:
    """``mention`` is a bare ``the company`` or ``the agency`` credited as printed (``speaker``,
    :func:`.bodies.vague`) while a body is followed or was named before (``by the state Department of
    Labor``): it may mean that body or another.  A group named by one plural word (``Gunmen`` opening a
    sentence) is no such body: ``the police`` after it is the police."""
    if not vague(resolver.words, view, mention, speaker):
        return False
    followed = resolver.last_body is not None and not resolver.last_body.common_plural
    return followed or resolver.speaking_body is not None or body_named_before(
        resolver.people, view.offset + view.tokens[mention.lo].start
    )


def _note_said_in(resolver: Resolver, view: PassageView, sentence: range) -> None:
    """Note who said something in a document, the subject of a speech verb before ``in`` inside the sentence (``The
    volume is up 18%, the ministry said in a statement, adding …``): whom a later ``the statement read`` credits."""
    tokens, cues = view.tokens, view.cues
    for k in cues[bisect.bisect_left(cues, sentence.start + 1) : bisect.bisect_left(cues, sentence.stop - 1)]:
        if tokens[k + 1].lower == "in" and tokens[k].lower in resolver.words.speech_verbs:
            mention = resolver.phrase_before(tokens, k, sentence.start)
            found = None if mention is None else resolver.resolve(view, mention, sentence)
            if found is not None and found.speaker is not None:
                resolver.descriptions.note_issued(view, k, sentence, found)


def reporter(resolver: Resolver, view: PassageView, sentence: range, *, issuer: bool) -> Found | None:
    """The person a sentence whose subject names nobody reports: named after a speech verb (no verb of
    telling) set off by a comma and closing the clause (``The man left before an answer, said Ann Lee,
    who …``), named after ``by`` right after a verb of saying in the passive (table ``utterance_verbs``:
    ``Residents were assured by the premier, Ann Lee, that they would be safe``; not ``praised by``), or, with
    ``issuer``, after ``from``/``by`` a few words past a speech noun (``The vote follows a tough speech at a rally
    from union chief Tom Roe``); else ``None``."""
    tokens, words, cues = view.tokens, resolver.words, view.cues
    for k in cues[bisect.bisect_left(cues, sentence.start) : bisect.bisect_left(cues, sentence.stop)] if cues else ():
        low = tokens[k].lower
        if low in words.speech_verbs and low not in TELLING and k > sentence.start and tokens[k - 1].text == ",":
            mention = resolver.phrase_after_verb(tokens, k + 1, sentence.stop)
            closes = mention is not None and (mention.hi >= sentence.stop or tokens[mention.hi].text in _CLAUSE_ENDS)
        elif low in words.utterance_verbs and tokens[k - 1].lower in BE_FORMS and k + 2 < sentence.stop and tokens[k + 1].lower == "by":
            mention, closes = resolver.phrase_after(tokens, k + 2, sentence.stop), True
        elif issuer and low in words.speech_nouns and (by := _issued_by(words, tokens, k, sentence.stop)) > 0:
            mention, closes = resolver.phrase_after(tokens, by + 1, sentence.stop), True
        else:
            continue
        found = resolver.resolve(view, mention, sentence) if mention is not None and closes else None
        if found is not None and found.entity is not None and found.entity.person:
            return Found(found.entity.name, None, found.entity, tokens[k].text)
    return None


def _trailing_source(resolver: Resolver, view: PassageView, sentence: range) -> Found | None:
    """The unnamed source whose report closes the sentence after a comma, with at most its hearer after the verb
    (``The agency plans a larger trial from 2026, a Eurocontrol spokesman told Horizon.``), or the one-word name
    there (``Workers at the plant make $18 an hour, Fain said.``, :func:`lone_name`): whom a later ``he said`` takes
    up, never a person named before; or a body named there by two words or more (``Three crew fell ill, Acme Cruises
    said.``), which a later ``the company`` takes up; else ``None``."""
    tokens, words, cues = view.tokens, resolver.words, view.cues
    end = sentence.stop - 1 if tokens[sentence.stop - 1].text in _CLAUSE_ENDS else sentence.stop
    for k in reversed(cues[bisect.bisect_left(cues, sentence.start) : bisect.bisect_left(cues, end)] if cues else ()):
        low = tokens[k].lower
        if low not in words.speech_verbs or low.endswith("ing") or end - k > _HEARER_TOKENS or any(t.quoted for t in tokens[k:end]):
            continue
        mention = resolver.phrase_before(tokens, k, sentence.start)
        if mention is None or mention.lo <= sentence.start or tokens[mention.lo - 1].text != ",":
            return None
        if mention.hi - mention.lo == 1 and tokens[mention.lo].is_capitalized:
            found = resolver.resolve(view, mention, sentence)
            return found if found is not None and found.entity is not None and lone_name(words, found) is found.entity else None
        if tokens[mention.lo].lower in INDEFINITE:
            found = resolver.resolve(view, mention, sentence)
            return found if found is not None and found.entity is None and one_person(words, found.speaker) else None
        found = resolver.resolve(view, mention, sentence) if tokens[mention.lo].is_capitalized else None
        body = None if found is None else found.entity
        return found if body is not None and not body.person and named_body(body) else None  # "…, Acme Cruises said."
    return None


def _said_last(resolver: Resolver, view: PassageView, sentence: range) -> Found | None:
    """The person named after a speech verb that follows a comma and closes the sentence, perhaps with an apposition
    after the name (``Violators face fines of up to $5,000, said Lt. Ann Roe, a coast guard spokeswoman.``): whom a
    later ``he said`` takes up; else ``None`` (``…, told Ivan Roe.`` names the hearer)."""
    tokens, words = view.tokens, resolver.words
    for k in range(sentence.start + 2, sentence.stop - 1):  # read in passages with no quote too, which have no cues
        low = tokens[k].lower
        if tokens[k - 1].text != "," or low not in words.speech_verbs or low.endswith("ing"):
            continue
        if low in TELLING or low in words.asking_verbs or any(t.quoted for t in tokens[k : sentence.stop]):
            return None
        mention = resolver.phrase_after_verb(tokens, k + 1, sentence.stop)
        if mention is None or mention.lo != k + 1 or (mention.hi < sentence.stop and tokens[mention.hi].text not in _CLAUSE_ENDS):
            return None
        found = resolver.resolve(view, mention, sentence)
        return found if found is not None and found.entity is not None and found.entity.person else None
    return None


def _fronted_topic(resolver: Resolver, view: PassageView, sentence: range) -> Found | None:
    """The person a sentence opens with after ``For`` and sets off by a comma, where its subject names no one (``For
    nurse Sophie Lam, 29, who shares a house, the increase means …``): the person the text turns to, whom a later
    ``she said`` takes up; else ``None``."""
    tokens, start = view.tokens, sentence.start
    if tokens[start].lower != "for":
        return None
    comma = next((k for k in range(start + 2, min(sentence.stop, start + _TOPIC_TOKENS)) if tokens[k].text == ","), None)
    runs = [] if comma is None else resolver.names.runs(view, start + 1, comma)
    if not runs:
        return None
    first, last = runs[-1]
    entity = resolver.names.entity(view, start + 1 + first, start + 1 + last)
    return Found(entity.name, Mention(start + 1 + first, start + 1 + last), entity) if entity is not None and entity.person else None


def _named_by_be(resolver: Resolver, view: PassageView, sentence: range, mention: Mention | None) -> Found | None:
    """The person a description in lower case, the sentence's subject, is said to be (``The first passenger on board
    was Sheila Mason, 72, from Balerno.``), or the subject after the verb of a sentence a place or time opens
    (``Just ahead of Afzal is Alf Major, who …``): the person the text turns to, whom a later ``she said`` takes up;
    else ``None``."""
    tokens = view.tokens
    if _opens_with_place_or_time(resolver.words, tokens, sentence):  # "Just ahead of Afzal is Alf Major, who …": inverted
        be = next((k for k in range(sentence.start + 1, min(sentence.stop - 1, sentence.start + _BE_REACH)) if tokens[k].lower in _IDENTITY), None)
        if be is None or any(t.text == "," for t in tokens[sentence.start : be]):
            return None
    elif mention is None or tokens[mention.lo].lower not in ARTICLES or any(t.is_capitalized for t in tokens[mention.lo + 1 : mention.hi]):
        return None
    else:
        be = next((k for k in range(mention.hi, min(sentence.stop - 1, mention.hi + _BE_REACH)) if tokens[k].lower in _IDENTITY), None)
    runs = [] if be is None else resolver.names.runs(view, be + 1, min(sentence.stop, be + 1 + _TOPIC_TOKENS))
    if not runs or runs[0][0] != 0:
        return None  # "was a nurse", "was in Leeds": no name right after the verb
    first, last = runs[0]
    if is_possessive(tokens[be + last]):
        return None  # "The man was Ann Lee's husband": not Ann Lee
    entity = resolver.names.entity(view, be + 1 + first, be + 1 + last)
    return Found(entity.name, Mention(be + 1 + first, be + 1 + last), entity) if entity is not None and entity.person else None


def _opens_with_place_or_time(words: Words, tokens: Sequence[Token], sentence: range) -> bool:
    """``sentence`` opens with a lead word (``In the queue``, ``Behind him``), maybe after an ordinary word or two
    (``Just ahead of``, ``Just behind``), or a participle (``Heading up the swarm``, ``Leading the charge``)."""
    first = tokens[sentence.start].lower
    return first in words.lead_words or (first[-3:] == "ing" and is_ordinary_word(first)) or (
        (is_ordinary_word(first) or is_common_word_name(first))
        and any(t.lower in words.prepositions for t in tokens[sentence.start + 1 : min(sentence.stop, sentence.start + 3)])
    )


#: The forms of ``be`` that say who a description is, and how far after the subject they are looked for.
_IDENTITY = frozenset(["was", "is"])
_BE_REACH = 12


#: The most tokens between ``For`` opening a sentence and the comma closing the person it turns to.
_TOPIC_TOKENS = 8
#: The most tokens after the verb of a report closing its sentence: the verb and its hearer (``told Horizon``).
_HEARER_TOKENS = 3


def _issued_by(words: Words, tokens: Sequence[Token], k: int, stop: int) -> int:
    """The ``from`` or ``by`` after the speech noun at token ``k``, past at most :data:`_ISSUER_GAP`
    words, none a verb form (``a speech at a rally in Taupo from``), else -1."""
    for j in range(k + 1, min(stop - 1, k + 2 + _ISSUER_GAP)):
        token = tokens[j]
        low = token.lower
        if low in _ISSUED_BY:
            return j
        if token.quoted or not token.text.isalpha() or low.endswith("ed") or low in words.clause_words:
            return -1  # "a speech that was praised by X": X praised it, said nothing
        if low in words.speech_verbs or low in words.auxiliaries or low in words.irregular_past:
            return -1
    return -1


def lone_subject(resolver: Resolver, view: PassageView, sentence: range) -> Found | None:
    """The last one-word name of the sentence printed right before a verb that :func:`lone_name` takes
    for a person (``But the way he took it showed the miss had not lingered and Okafor was
    impressed``), for a sentence whose subject names nobody."""
    people = resolver.people
    lo = view.offset + view.tokens[sentence.start].start
    hi = view.offset + view.tokens[sentence.stop - 1].end
    for n in reversed(range(bisect.bisect_left(people.verb_subjects_at, lo), bisect.bisect_left(people.verb_subjects_at, hi))):
        entity = people.verb_subjects[n]
        if lone_name(resolver.words, Found(entity.name, None, entity)) is entity:
            return Found(entity.name, None, entity, people.verb_subjects_verb[n])
    return None


def _speaker_since(resolver: Resolver, lone: Entity, position: int) -> bool:
    """The one-word name ``lone``, credited with a quote before, is followed again after the last mention of
    the person the text is about (``“…,” said Kerr. “…,” said Bo Reyes. Kerr said that … “…,” he
    said``): as near, and never known as a person or a body, so a pronoun may stand for either."""
    salient = resolver.salient
    return (
        salient is not None and id(lone) in resolver.quoted_names and lone.last_before(position) > salient.last_before(position)
    )


def _grouped(entity: Entity | None) -> Entity | None:
    """``entity``, which ``they`` stands for, marked as a group when it is no person (``the Avengers … They added``)."""
    if entity is not None and not entity.person:
        entity.group = True
    return entity


def lone_name(words: Words, last_group: Found | None) -> Entity | None:
    """With no person named yet, the one-word name last followed (``Burton explained. … he said``):
    printed before a verb, no place, body, acronym or ordinary word (``Shelling resumed. … he said``), nor a group that
    ``they`` stood for (``the Avengers … They added``), nor a first name that is one of the commonest words (``Red is a
    lucky colour. … he says``)."""
    entity = last_group.entity if last_group is not None else None
    if entity is None or len(entity.words) != 1 or entity.place or not entity.proper or entity.name.isupper() or entity.group:
        return None  # no place, dateline, nor a group "they" stood for
    word = entity.words[0]  # not "Red is a lucky colour": a first name, but most likely the word
    return None if word in words.speaker_heads or entity.ordinary or is_common_word_name(word) else entity



def _described(words: Words, tokens: Sequence[Token], mention: Mention, head_hi: int) -> bool:
    """A described source as printed, right before or after its speech verb (``the airline said``,
    ``said one onlooker``): a determiner and up to three lower-case words up to ``head_hi``, the last a
    noun, an age counting as one (``one 92-year-old rider``); a phrase after a preposition may follow them,
    or a plural noun alone, right before the verb (``The minority in parliament said``, ``Voters in Ohio said``); after
    ``according to`` too (``“…,” according to one shop steward``)."""
    if tokens[mention.lo].lower in POSSESSIVE_PRONOUNS:
        return False  # "its literature", "their board": a pronoun is never printed as a speaker
    ages = [j for j in range(mention.lo + 1, head_hi - 1) if age_hyphen(tokens, j)]
    n = head_hi - mention.lo - 2 * len(ages)
    if n == 1 and tokens[mention.lo].lower in words.partitives and _one_of_group(words, tokens[mention.lo : mention.hi]):
        return True  # "said one of the officials"
    if not (n == 1 and head_hi < mention.hi) and not (2 <= n <= 4 and tokens[mention.lo].lower in words.determiners):
        return False  # the shape first, the verb only when it fits (most subjects are names)
    k = mention.hi
    if k < len(tokens) and tokens[k].text == ",":
        k = past_relative(tokens, mention)  # "A delegate, who asked not to be named, said"
        k = _past_indefinite_apposition(tokens, k) if k == mention.hi else k  # "The older man, a retired diver, told"
    k = past_time(words, tokens, k, len(tokens))  # "the regulator on Monday said"
    while k < len(tokens) and tokens[k].lower in words.auxiliaries:
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower.endswith("ing"):
        k += 1  # "quoted a grain buyer at the elevator as saying": the source relayed speaks
    passive = k > mention.hi and tokens[k - 1].lower in _BE and not _relayed_as(tokens, k)  # "a video was posted"
    verb = tokens[k].lower if k < len(tokens) else ""
    clause = k > mention.hi or verb in words.speech_verbs  # the phrase is the subject of a verb after it
    cited = mention.lo > 1 and tokens[mention.lo - 1].lower == "to" and tokens[mention.lo - 2].lower == "according"
    speaks = (verb in words.speech_verbs and not passive and verb not in _READS) or (
        not clause and mention.lo > 0 and (tokens[mention.lo - 1].lower in words.speech_verbs or cited)
    )
    if head_hi < mention.hi and not ((clause or cited) and speaks):
        return False  # "said the rest of the team": no object of a preposition after the verb
    aged = {j + d for j in ages for d in (-1, 0, 1)}  # "92", "-", "year-old": one word, that describes
    tokens = [t for j, t in enumerate(tokens[mention.lo : head_hi], mention.lo) if j not in aged]
    group = head_hi < mention.hi and len(tokens) == 1 and tokens[0].text[1:].islower() and singular(tokens[0].lower)
    if not speaks or not (group or (2 <= n <= 4 and tokens[0].lower in words.determiners)):
        return False  # but "Protesters in Lima said": a plural noun and its phrase
    head = tokens[-1].lower
    one = tokens[0].lower in _ONE and not head.endswith("s") and k > head_hi  # "a European delegate, who …, said"
    if any(_not_described(words, t) and not (one and (t.lower in words.demonyms or _named_modifier(words, t))) for t in tokens[1:-1]):
        return False  # a name, or a role not resolved ("the prime minsiter")
    if len(tokens) > 2 and tokens[-2].lower in DEGREE_WORDS:
        return False  # "The most severe alert …": an adjective after a degree word, no noun to speak
    return head not in words.function_words and head not in words.pronouns and not head.endswith(("ly", "ing"))


def _relayed_as(tokens: Sequence[Token], k: int) -> bool:
    """The passive at ``k`` relays its subject's words: ``was quoted by the Times as saying``, ``was cited as
    saying`` (``as`` and a gerund within a few words)."""
    if k >= len(tokens) or tokens[k].lower not in _RELAYED_AS:
        return False
    return any(
        tokens[j].lower == "as" and tokens[j + 1].lower.endswith("ing") for j in range(k + 1, min(len(tokens) - 1, k + _RELAY_REACH))
    )


#: Passives that relay their subject's words, and how far their ``as saying`` may stand.
_RELAYED_AS = frozenset(["quoted", "cited"])
_RELAY_REACH = 8
#: Relative pronouns whose clause is passed between a described source and its verb.
#: Possessive pronouns that stand for a body owning a role (``its chair``, ``their spokesman``).
_BODY_OWNERS = frozenset(["its", "their"])
#: The fewest words of a definite description a later pronoun takes up: ``the``, a modifier and a noun.
_DESCRIBED_WORDS = 3
_SKIPPED_RELATIVES = frozenset(["who", "which"])
_INDEFINITE_ARTICLES = frozenset(["a", "an"])
#: Words after which an apposition names where the one described lives or works: ``a student from Tembisa``.
_FROM_WORDS = frozenset(["from", "in", "at", "near"])


def _past_indefinite_apposition(tokens: Sequence[Token], k: int) -> int:
    """The token after an apposition ``, a …,`` set off at the comma ``k`` (``The older man, a retired pearl diver,
    told``), no quote, mark or name inside but where the one described is from (``one participant, a student from
    Tembisa, said``; not ``The organizers, a coalition called Care Not Cuts, said``); else ``k``."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in _INDEFINITE_ARTICLES:
        return k
    placed = False  # after "from" or "in": a place's name
    for j in range(k + 2, min(len(tokens), k + _RELATIVE_TOKENS)):
        if tokens[j].quoted or tokens[j].mark or (tokens[j].is_capitalized and not placed):
            return k
        if tokens[j].text == ",":
            return j + 1
        placed = placed or tokens[j].lower in _FROM_WORDS
    return k


def past_relative(tokens: Sequence[Token], mention: Mention) -> int:
    """The token after a relative clause ``, who …,`` or ``, which …,`` (no quote inside) right after
    ``mention`` when it opens a clause (not ``at one of those makers, who …``), else the token after ``mention``."""
    k = mention.hi
    if k + 1 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in _SKIPPED_RELATIVES:
        return k
    if mention.lo > 0 and tokens[mention.lo - 1].is_word:
        return k
    for j in range(k + 2, min(len(tokens), k + _RELATIVE_TOKENS)):
        if tokens[j].quoted or tokens[j].mark:
            return k
        if tokens[j].text == ",":
            return j + 1
    return k


def _one_of_them(resolver: Resolver, view: PassageView, mention: Mention, position: int) -> Found | None:
    """``One of them`` after a group of sources described (``two people familiar with the talks``): that group, or the
    one person an indefinite description set off after it describes, as printed (``One of them, a senior official at
    the ministry, said``)."""
    tokens, k = view.tokens, mention.hi
    if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in INDEFINITE:
        apposed = resolver.phrase_after(tokens, k + 1, len(tokens))
        printed = None if apposed is None else view.text[tokens[apposed.lo].start : tokens[apposed.hi - 1].end]
        if apposed is not None and apposed.hi < len(tokens) and tokens[apposed.hi].text == "," and one_person(resolver.words, printed):
            return Found(printed, mention)
    group = resolver.descriptions.last_group(position)
    return None if group is None else Found(group, mention)


def _one_of_group(words: Words, tokens: Sequence[Token]) -> bool:
    """The words of ``tokens`` pick one or some of a group of people by a plural role or source noun, maybe
    described after it: ``one of the officials``, ``two of the nurses``, ``one of two people familiar with the
    talks`` (not ``one of the reasons``)."""
    low = [t.lower for t in tokens]
    if len(low) < 4 or low[0] not in words.partitives or low[1] != "of" or not (low[2] in words.determiners or low[2] in words.partitives):
        return False
    end = next((k for k in range(3, len(low)) if low[k] in words.prepositions), len(low))
    if end - 1 > 3 and low[end - 1] in words.source_modifiers:
        end -= 1  # "people familiar with the matter": the noun before the modifier
    noun = "person" if low[end - 1] == "people" else singular(low[end - 1])
    return noun in words.roles or noun in words.anonymous


def _untitled_one(resolver: Resolver, view: PassageView, position: int) -> Entity | None:
    """The one person named in the passage of ``view`` before ``position``, when no title names that person:
    a profession described with a body's name (``the Harbour Survey biologist``) takes up a person introduced
    without a title (``Kate Lund counted the geese.``); else ``None``."""
    near = resolver.nearer.named(view.offset, position)
    return near[0] if len(near) == 1 and near[0].roles.isdisjoint(resolver.words.roles) else None


def _origin_conflicts(entity: Entity, named: set[str]) -> bool:
    """A title of ``entity`` names an origin (``Beta`` of ``Beta chief executive Tom Roe``) and a word of ``named``, the
    capitalized words of a description, is none of its origins (``The Acme chief executive``); an origin may be clipped
    to its end (``the Bok coach`` of ``Springbok coach X``)."""
    return bool(entity.origins) and not all(any(o.endswith(w) and len(w) >= _CLIPPED for o in entity.origins) for w in named)


def _may_be(people: People, entity: Entity | None, last_speaker: Entity | None, named: set[str], position: int) -> bool:
    """``the American leader`` may be ``entity`` only if it was just quoted (``last_speaker``) or is the one person
    named before ``position`` (``Ann Lee warned her players … said the Harbour boss``), and no title of it names
    another origin (``Russian President X``); an origin may be clipped to its end (``the Bok coach`` of
    ``Springbok coach X``)."""
    if entity is None:
        return False
    if entity is not last_speaker and any(e.person and e is not entity and e.last_before(position) >= 0 for e in people.entities):
        return False
    return not _origin_conflicts(entity, named)


def _named_modifier(words: Words, token: Token) -> bool:
    """``token``, a capitalised word of a name before the head of an indefinite source, describes it: ``A Western
    Conference scout``, ``a Tesla engineer``; not a role (``a Minister``) nor a first name, which may start a
    person's name (``one Kerry County haulier``)."""
    return token.is_capitalized and token.text.isalpha() and token.lower not in words.roles and not is_first_name(token.lower)


def _not_described(words: Words, token: Token) -> bool:
    """``token``, a modifier of a described source, makes it no description: a name or a role not resolved;
    a compound adjective (``a Dubai-based broker``) describes."""
    if compound_adjective(token.text, words.adjective_heads):
        return False
    return token.is_capitalized or not token.text.isalpha() or token.lower in words.roles


def _group(words: Words, token: Token, head: str) -> bool:
    """``head`` (of ``token``) is a plural role or, in lower case, a plural body: ``researchers``,
    ``rail unions`` (not ``Tom Banks``)."""
    one = singular(head)
    return one in words.roles or (one in words.bodies and not token.is_capitalized)


def _other_group(words: Words, tokens: Sequence[Token], lo: int, hi: int, speaker: str | None) -> bool:
    """A plural noun of people (``members``, ``workers``, ``officials``) other than the head of ``speaker``,
    the group last credited, or members of a party (``Republicans``), stands between tokens ``lo`` and ``hi``: ``they``
    there may be that group (``… when 640 members of the union walked out over an offer they call “…”``, ``…
    Republicans because they say it will “correct” …``)."""
    last = (speaker or "").lower().split()[-1:]
    for token in tokens[lo:hi]:
        low = token.lower
        if token.quoted or not low.endswith("s") or low in last:
            continue
        if token.is_capitalized:
            if singular(low) in words.party_members:
                return True
            continue
        if low in words.anonymous or singular(low) in words.roles or singular(low) in words.anonymous:
            return True
    return False


def _plural_noun(words: Words, speaker: str | None) -> bool:
    """``speaker`` is headed by an ordinary English word in the plural (``Workers``, ``Foreign investors``, ``Members
    of the Pilots' Association``), which ``it`` does not stand for; a name (``Reuters``, ``Acme Holdings``) is none."""
    if not speaker:
        return False
    parts = speaker.split(" ")
    at = next((k for k, part in enumerate(parts) if k and part in words.prepositions), len(parts))
    head = parts[at - 1]  # the word before a preposition the phrase goes on with: "Members" of "Members of X"
    low = head.lower()
    return (at == 1 or head.islower()) and low.endswith("s") and is_ordinary_word(low)


def _not_they(words: Words, tokens: Sequence[Token], lo: int, hi: int, found: Found) -> bool:
    """``they`` at token ``hi`` does not stand for ``found``, the group last credited: another group stands between
    tokens ``lo`` and ``hi`` (:func:`_other_group`), or ``found`` is one document (:func:`_one_document`)."""
    return _other_group(words, tokens, lo, hi, found.speaker) or _one_document(words, found)


def _one_document(words: Words, found: Found) -> bool:
    """``found`` credits one document as printed (``The feasibility study in north Wales``, headed by a word of the
    ``documents`` list in the singular before any preposition), which ``they`` never stands for."""
    if found.entity is not None or not found.speaker:
        return False
    parts = found.speaker.split(" ")
    at = next((k for k, part in enumerate(parts) if k and part in words.prepositions), len(parts))
    return parts[at - 1].lower() in words.documents and not parts[at - 1].endswith("s")


def _people_named(people: People, found: Found) -> bool:
    """``found`` credits people listed by name (``Ann Lee and Tom Roe``, ``Ann and Tom Lee``), whom ``it`` never stands
    for: a list whose last word is a person's name."""
    if found.entity is not None or not found.speaker or " and " not in found.speaker:
        return False
    last = people.find((bare(found.speaker.rpartition(" ")[2]).lower(),))
    return last is not None and last.person


def _the_role_of_an_unnamed_one(words: Words, parts: list[str]) -> bool:
    """``parts`` open with ``the`` and a role of an unnamed one of its kind (``The president of one club``)."""
    low = [part.lower() for part in parts]
    at = next((k for k, word in enumerate(low) if word in words.prepositions), None)
    return low[0] == "the" and at is not None and _of_an_unnamed_one(low, at)


def one_person(words: Words, speaker: str | None, pronoun: str = "") -> bool:
    """``speaker`` describes one unnamed person: an indefinite phrase (or a role of an unnamed one of its kind, ``The
    president of one club``) whose head, the last word before
    any preposition, participle or source modifier, is a role in the singular (``An executive at one of the
    plants``, ``a senior official``, ``An activist working inside the city``, a nationality: ``A Singaporean who runs a
    plant``; not ``the Ukrainian leader``, a person named elsewhere; ``One Leeds shopper``: a person noun), whose gender does not contradict ``pronoun`` (not ``a spokeswoman`` for ``he``)."""
    parts = (speaker or "").split()
    if not parts or (parts[0].lower() not in INDEFINITE and not _the_role_of_an_unnamed_one(words, parts)):
        return False
    head = _head_word(words, map(str.lower, parts[1:]))
    other = words.female if pronoun == "he" else words.male if pronoun == "she" else frozenset()
    person = head in words.roles or head in words.person_nouns or head in words.demonyms  # "a witness", "An American"
    return person and not singular(head) and head not in other
