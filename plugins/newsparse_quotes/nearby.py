"""The person (or body) a pronoun or a described subject points at within its sentence.

``an interview with X in which he said``: the nearest person before the relative
word; ``The firm’s deputy chair, Mei Tan, said``: the name set in apposition (a body's
too: ``The park’s operator, PT Halmahera Prima, said``); ``Board member Ana Ruiz, the
lone vote against, said``: the name after a title the subject's phrase was cut before;
``Shipping giant Maersk said``: the body so named; ``A cafe owner, who gave only her
first name, Dana, said``: that first name.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lists import affiliated_person_before, person_before
from .name_runs import NameRuns
from .people import Entity, is_verb
from .segments import Token
from .words import INDEFINITE, ORIGIN_WORDS, WINDOW, Mention, PassageView, Words, is_possessive, label_start, proxy_of_role

__all__ = ["apposed_entity", "apposed_person", "first_named", "named_subject", "person_before_relative"]

#: The most tokens of a clause giving a name (``who gave her name only as``), up to the name.
_NAME_GIVEN_TOKENS = 8
#: The most tokens of an apposition naming the subject (``, Lam’s son Marcus Lam Hoi-lam,``).
_APPOSITION_TOKENS = 10
#: The most lower-case words of a title between a capitalized word and a name (``school board trustee``).
_TITLE_WORDS = 3
#: Words for the part of a name a described person gave (``only his first name, Ali,``, ``only her surname, Cheung,``).
_NAME_WORDS = frozenset(["surname", "forename"])
_NAME_KINDS = frozenset(["first", "last", "given", "family"])
#: What may follow the name a clause gives: the clause's comma or the sentence's full stop (``…, her surname, Lee.``).
_NAME_CLOSERS = frozenset([",", "."])
#: The determiners of a described person whom a clause set off after it names (``a woman``, ``the woman``).
_DESCRIBED_OPENERS = INDEFINITE | {"the"}
#: Participles naming a described person right after the description (``a farmer surnamed Li``, ``a nurse named Ann Roe``).
_NAMING = frozenset(["surnamed", "named"])
#: The most tokens of a relative clause giving a described person's first name (``, who gave only his first name, Ali,``).
_RELATIVE_TOKENS = 16


def person_before_relative(names: NameRuns, view: PassageView, i: int, sentence: range) -> Entity | None:
    """The person named last before token ``i`` of the sentence."""
    tokens = view.tokens
    k = i - 1
    while k >= max(sentence.start, i - WINDOW):
        if tokens[k].is_capitalized and not tokens[k].quoted:
            start = k
            while start > sentence.start and tokens[start - 1].is_capitalized:
                start -= 1
            entity = names.entity(view, start, k + 1)
            if entity is not None and entity.person:
                return entity
            k = start
        k -= 1
    return None


def apposed_person(names: NameRuns, view: PassageView, mention: Mention, sentence: range) -> Entity | None:
    """``The firm’s deputy chair, Mei Tan, said …``: the person a described subject (``mention``,
    opening with a determiner or a possessive) names in an apposition set off by commas, when a
    verb follows it."""
    commas = _apposition_commas(names, view, mention, sentence)
    return None if commas is None else _person_between(names, view, commas)


def apposed_entity(names: NameRuns, view: PassageView, mention: Mention, sentence: range) -> Entity | None:
    """The person a described subject names in an apposition (:func:`apposed_person`), else the body (no place) it
    names whole there (``The park’s operator, PT Halmahera Prima Industri, said …``), the commas found once."""
    commas = _apposition_commas(names, view, mention, sentence)
    if commas is None:
        return None
    person = _person_between(names, view, commas)
    if person is not None:
        return person
    body = names.entity(view, commas[0] + 1, commas[1])
    return body if body is not None and not body.person and not body.place else None


def _person_between(names: NameRuns, view: PassageView, commas: tuple[int, int]) -> Entity | None:
    """The person named last between the ``commas`` of an apposition (``Ruth Vane (52), …``: past the bracket;
    ``Ann Lee of Fenwick Capital``: before the body she belongs to); never a place (``The mayor of Mamaroneck, New
    York, said``: the region of the town)."""
    named = affiliated_person_before(names, view, label_start(view.tokens, commas[1], commas[0] + 1))
    return None if named is None or named[1].place else named[1]  # not "The mayor of Mamaroneck, New York,"


#: Words opening a relative clause set off after a subject, which names someone else than the subject.
_CLAUSE_OPENERS = frozenset(["which", "who", "whose", "that", "where"])


def _apposition_commas(names: NameRuns, view: PassageView, mention: Mention, sentence: range) -> tuple[int, int] | None:
    """The commas around the apposition after a described subject (``mention``, opening with a determiner or owned by
    a name before its head: ``Pune City’s owner``; no preposition's object) when a verb follows it, perhaps after a
    description or a participle clause."""
    tokens = view.tokens
    k = mention.hi
    if k >= sentence.stop or tokens[k].text != "," or not (
        tokens[mention.lo].lower in names.words.determiners or any(map(is_possessive, tokens[mention.lo : mention.hi - 1]))
        or _capitalised_title(names.words, tokens, mention)
    ):
        return None
    if mention.lo > 0 and tokens[mention.lo - 1].lower in names.words.prepositions:
        return None  # "According to the prosecutors, Lacoste, 67, used": a preposition's object, the name the verb's subject
    if proxy_of_role(names.words, tokens, mention):
        return None  # "A spokesperson for the environment minister, Tanya Rowe, said": the minister is Rowe
    stop = min(sentence.stop, k + _APPOSITION_TOKENS)
    close = next((j for j in range(k + 1, stop) if tokens[j].text == ","), None)
    if close is None or tokens[k + 1].lower in _CLAUSE_OPENERS or any(t.lower == "by" for t in tokens[k + 1 : close]):
        return None  # "The tribunal, chaired by Fiona Gallagher, said": a clause naming its chair, no apposition
    after = _past_relative_clause(tokens, close, sentence.stop)  # "…, Senator X (Bauchi South), who moved it, said"
    verb = _past_description(names, view, after, sentence.stop)  # "Her mother, Ruth Vane, a nurse, said"
    verb = _past_participle_clause(names, view, verb - 1, sentence.stop)  # "…, while visiting Lagos, said"
    low = tokens[verb].lower if verb < sentence.stop else ""
    owned = tokens[mention.lo : mention.hi - 1]  # a name owning the head: "Nishan Gill's wife"; not "Her neighbour"
    new_subject = tokens[mention.lo].lower in INDEFINITE or any(t.is_capitalized and is_possessive(t) for t in owned)
    if not (names.people.is_verb(low) or (low in names.words.irregular_past and new_subject)):
        return None  # "One victim, Ann Lee, lost £96,000", "Nishan Gill's wife, Ann Lee, broke down": an irregular past too
    return k, close


def _capitalised_title(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` is a title in capitals with no determiner, its last word a role: ``Senate Leader, Senator X,``,
    ``Delta State Governor, X,`` (as West African papers set a title before the name)."""
    return mention.hi - mention.lo > 1 and tokens[mention.hi - 1].lower in words.roles and all(
        t.is_capitalized for t in tokens[mention.lo : mention.hi]
    )


def _past_relative_clause(tokens: Sequence[Token], comma: int, stop: int) -> int:
    """The comma closing a relative clause ``who …,`` right after the ``comma`` closing a name in apposition, else
    that comma: ``Senate Leader, Senator X (Bauchi South), who moved the motion, said``."""
    if comma + 1 >= stop or tokens[comma + 1].lower != "who":
        return comma
    end = min(stop, comma + 2 * _APPOSITION_TOKENS)
    return next((j for j in range(comma + 2, end) if tokens[j].text == "," and not tokens[j].quoted), comma)


def _past_description(names: NameRuns, view: PassageView, comma: int, stop: int) -> int:
    """The token after the ``comma`` closing a name in apposition, or after an age, where the person is from, an
    indefinite description, or an age or a place and then a description, set off by commas right after it (``, 52,``,
    ``, from Mill Lane,``, ``, a part-time nurse,``, ``, 58, a retired clerk,``; not two descriptions: ``, a nurse who
    drives, a long way,``)."""
    tokens = view.tokens
    k = comma + 1
    age = True
    while age and k < stop and (tokens[k].text.isdigit() or tokens[k].lower in INDEFINITE or _names_origin(tokens, k, stop)):
        age = tokens[k].text.isdigit() or tokens[k].lower in ORIGIN_WORDS
        end = min(stop, k + _APPOSITION_TOKENS)
        close = next((j for j in range(k + 1, end) if tokens[j].text == "," or tokens[j].quoted), end)
        if close >= end or tokens[close].text != ",":
            return stop
        k = close + 1
    return k


def _names_origin(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """True for ``from`` or ``of`` before a capitalized word at ``k``: where the person named is from (``from Mill Lane``)."""
    return tokens[k].lower in ORIGIN_WORDS and k + 1 < stop and tokens[k + 1].is_capitalized


def _past_participle_clause(names: NameRuns, view: PassageView, comma: int, stop: int) -> int:
    """The token after the ``comma`` before it, or past a participle's clause set off by commas right after
    it, maybe opened by a subordinator (``, while criticising the budget,``, ``, speaking in Lagos,``)."""
    tokens = view.tokens
    k = comma + 1
    if k >= stop or tokens[comma].text != ",":
        return k
    lead = k + (tokens[k].lower in names.words.clause_openers)
    if lead >= stop or tokens[lead].is_capitalized or not tokens[lead].lower.endswith("ing"):
        return k
    end = min(stop, lead + _APPOSITION_TOKENS)
    close = next((j for j in range(lead + 1, end) if tokens[j].text == "," or tokens[j].quoted), end)
    return close + 1 if close < end and tokens[close].text == "," else k


def named_subject(names: NameRuns, view: PassageView, mention: Mention, sentence: range) -> Mention:
    """The subject ``mention``, cut after a capitalized word that names no person, run on over up to three
    lower-case words of a title to the name right after them: a person's (``Board member Ana Ruiz``, ``Party
    whip Ana Ruiz``: all of it) or, when a verb follows, a body's (``Metro operator Metroselskabet said``,
    ``Shipping giant Maersk said``: the name); else ``mention`` (a word there is no noun of a title: a
    function word, a verb, an adverb, a word in ``-s`` that is no role: ``Acme hires Ana Ruiz``)."""
    tokens, words = view.tokens, names.words
    if mention.hi >= sentence.stop or not tokens[mention.hi - 1].is_capitalized:
        return mention
    k = mention.hi
    limit = min(sentence.stop, k + _TITLE_WORDS)
    while k < limit and not tokens[k].is_capitalized:
        token = tokens[k]
        low = token.lower
        if token.quoted or low in words.function_words or not token.text.isalpha() or is_verb(words, low):
            return mention
        if low.endswith(("s", "ly", "ing")) and low not in words.roles:
            return mention
        k += 1
    if k == mention.hi or k >= sentence.stop or not tokens[k].is_capitalized:
        return mention
    if person_before(names, view, mention.hi) is not None:
        return mention  # not "Ann Lee met minister Ivan Petrov"
    end = names.people.name_end(tokens, k)
    named = person_before(names, view, end)
    if named is not None:
        return Mention(mention.lo, end) if named[0] == k else mention
    entity = names.entity(view, k, end) if end > k else None
    if entity is None or entity.person or entity.place or end >= sentence.stop:
        return mention
    return Mention(k, end) if names.people.is_verb(tokens[end].lower) else mention


#: Possessive pronouns that may open a source who gives a name (``Her neighbour, who gave only his first name, Ihor,``).
_OWNERS = frozenset(["his", "her", "their"])


def first_named(names: NameRuns, view: PassageView, mention: Mention, sentence: range) -> Entity | None:
    """``A cafe owner, who gave only her first name, Dana, said``: the person an indefinite described
    subject (``mention``) names by a first name or surname in the clause set off after it (``Another
    shopper, a woman who gave only her surname, Cheung, said``) or right after ``surnamed`` or ``named``
    (``said a farmer surnamed Li``) or after ``name`` and ``as`` in a clause set off by commas (``one woman, who gave
    her name only as Tatyana, told RT``), or one a possessive pronoun opens (``Her neighbour, who gave only his first name,
    Ihor,``); the name is a person's."""
    tokens = view.tokens
    k = mention.hi
    if k >= sentence.stop or (tokens[mention.lo].lower not in _DESCRIBED_OPENERS and tokens[mention.lo].lower not in _OWNERS):
        return None
    if tokens[k].lower in _NAMING:
        return _name_after(names, view, k + 1, sentence)
    if tokens[k].lower == "who":  # "said a shopkeeper who gave only her first name, Dilcia, for fear …"
        return _name_given_as(names, view, k, sentence) or _name_in_clause(names, view, k + 1, sentence)
    if tokens[k].text != ",":
        return None
    if k + 1 < sentence.stop and tokens[k + 1].lower == "who" and (given := _name_given_as(names, view, k + 1, sentence)):
        return given  # "one woman, who gave her name only as Tatyana, told RT"
    return _name_in_clause(names, view, k + 2, sentence)


def _name_in_clause(names: NameRuns, view: PassageView, start: int, sentence: range) -> Entity | None:
    """The person named after ``first name``, ``surname`` or the like and a comma in the clause from token ``start``
    on, the name closed by a comma or the sentence's end (``who gave only her first name, Dilcia,``)."""
    tokens = view.tokens
    for j in range(start, min(sentence.stop - 3, start + _RELATIVE_TOKENS - 2)):
        low = tokens[j].lower
        if tokens[j + 1].text == "," and (low in _NAME_WORDS or (low == "name" and tokens[j - 1].lower in _NAME_KINDS)):
            end = names.people.name_end(tokens, j + 2)
            entity = names.entity(view, j + 2, end) if end < sentence.stop and tokens[end].text in _NAME_CLOSERS else None
            if entity is None or entity.place:
                return None
            entity.person = True
            return entity
    return None


def _name_given_as(names: NameRuns, view: PassageView, who: int, sentence: range) -> Entity | None:
    """The person a clause opening with ``who`` at token ``who`` names after ``name`` or ``be identified`` and ``as``
    (``a woman who gave her name as Maritza said``, ``a driver who gave his name only as Karim``, ``the woman, who
    asked to be identified only as Chan``), else ``None``."""
    tokens = view.tokens
    named = False
    for j in range(who + 1, min(sentence.stop - 1, who + _NAME_GIVEN_TOKENS)):
        named = named or tokens[j].lower == "name" or (tokens[j].lower == "identified" and tokens[j - 1].lower == "be")
        if tokens[j].lower == "as" and named and tokens[j + 1].is_capitalized and not tokens[j + 1].quoted:
            entity = names.entity(view, j + 1, names.people.name_end(tokens, j + 1))
            if entity is None or entity.place:
                return None
            entity.person = True
            return entity
    return None


def _name_after(names: NameRuns, view: PassageView, k: int, sentence: range) -> Entity | None:
    """The person named at token ``k``, after ``surnamed`` or ``named``, when the name closes the clause (a comma,
    the sentence's end or a quote follows): not ``A panel named Ann Lee as its chair``."""
    tokens = view.tokens
    if k >= sentence.stop or not tokens[k].is_capitalized:
        return None
    end = names.people.name_end(tokens, k)
    if end == k or (end < sentence.stop and tokens[end].text not in ",.;" and not tokens[end].quoted):
        return None
    entity = names.entity(view, k, end)
    if entity is None or entity.place:
        return None
    entity.person = True
    return entity
