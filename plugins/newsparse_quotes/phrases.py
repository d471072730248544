"""Noun phrases around a speech cue: the words that may name a speaker, and a sentence's subject."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .bodies import in_body_name
from .epithets import YEAR_OLD, age_hyphen
from .lexicon import is_first_name, is_ordinary_word
from .places import is_place
from .reported import RELAYED_BY
from .segments import LOWER, Token, past_quoted
from .words import (
    ARTICLES,
    DASHES,
    DATELINE_TOKENS,
    INDEFINITE,
    NAME_PARTICLES,
    ORDINAL_ENDS,
    ORIGIN_WORDS,
    RELATIVE_PRONOUNS,
    WINDOW,
    Mention,
    PassageView,
    Words,
    ampersand,
    and_in_title,
    bare,
    bridged_particle,
    compound_adjective,
    initial_dot,
    title_hyphen,
    saints_dot,
    is_possessive,
    label_end,
    label_start,
    modifies_head,
    name_in_s,
    numbered,
    party_label_start,
    past_region,
    proxy_of_role,
    retired_mark,
    singular,
    title_in,
    title_surname,
)

__all__ = ["AGENT_ENDINGS", "Phrases", "name_in_object", "names_apposition", "names_someone", "opens_lead_in", "past_adverb", "past_time", "time_start"]

#: Copulas after which an opening prepositional phrase puts the subject (``Among them was X``).
_COPULAS = frozenset(["was", "were", "is", "are"])
#: The most tokens of an opening prepositional phrase before such a copula.
_INVERSION_TOKENS = 10
#: Words that join the parts of a body's name (``Snow and Ice Center``, ``Bank of Spain``).
_JOINERS = frozenset(["and", "of", "for", "&"])
#: Lower-case words that may go on a name in a phrase: those joiners and particles (``Banco de Portugal``).
_IN_NAMES = _JOINERS | NAME_PARTICLES
#: The most tokens of a plain noun phrase with ``the`` a full name set off after it may name: ``the bill's sponsor``.
_NOUN_TOKENS = 3
#: Words opening a noun of one known person, whose name a comma may set off after it: ``the``, and the possessives.
_DEFINITE = frozenset(["the", "its", "their", "his", "her", "our"])
#: Joiners a body's name may hold with ``the`` after them (``the Ministry of the Interior``), and that join a role to
#: its portfolio (``chief of research``, ``minister for trade``).
_OF_FOR = frozenset(["of", "for"])
#: The most tokens a speaker phrase holds (``National Snow and Ice Center Deputy Lead Scientist Twila Moon``).
PHRASE_TOKENS = 12
#: How many more tokens a name inside a phrase may run on past :data:`PHRASE_TOKENS` (``A spokesperson for the
#: Department of Climate Change, Energy, the Environment and Water``).
_NAME_RUN_ON_TOKENS = 7
#: Words that open a list of examples, not a name in apposition (``Rail unions, including Aslef,``).
_EXAMPLES = frozenset(["including", "like", "notably", "especially", "such", "excluding", "among"])
#: Words after which a noun phrase opens a clause: ``and one of them, X, said``, ``in which one of them, X, wrote``.
_CLAUSE_OPENERS = RELATIVE_PRONOUNS | {"and", "but"}
#: The most tokens of a relative clause between a subject and its verb (``X, which has cut prices …, said``).
_RELATIVE_TOKENS = 25
#: Personal pronouns that may be a sentence's subject right after an opening adverb or participle clause.
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "i", "we"])
#: The most words of a participle's clause set off by commas between a subject and its verb (``, speaking at a
#: news conference in Kyiv alongside the Polish prime minister,``).
_PARTICIPLE_TOKENS = 14
#: The most tokens of a participle's object before the comma closing its clause (``Wearing tennis shoes,``).
_PARTICIPLE_OBJECT = 8
#: Conjunctions opening a sentence before its subject: ``But Councillor Ann Lee disagreed.``
_OPENING_CONJUNCTIONS = frozenset(["but", "and", "yet", "so", "or", "nor"])
#: The most tokens of a name set off by commas at a relative clause's end (``Snow White and the Huntsman``).
_NAME_TOKENS = 7
#: Apostrophes printed as tokens of their own (``the Harrises’``).
_APOSTROPHES = frozenset("’'")
#: The marks inside a name read backwards: an initial's or a title's full stop, ``&``, an age's hyphen.
_NAME_MARKS = frozenset(".&-")
#: Marks a phrase may hold (see :func:`_mark_inside`): full stops, hyphens, apostrophes.
_MARKS_INSIDE = frozenset(".-!") | _APOSTROPHES
#: The words :func:`_in_name` may go on a name with, in lower case: a title's ``in`` and ``&``.
_IN_OR_AMPERSAND = frozenset(["in", "&"])
#: The tokens a phrase may run on over: its marks, and ``and`` between two portfolios of one post.
_INSIDE_WORDS = _MARKS_INSIDE | {"and"}
#: The most lower-case words of a role between a body's short form and a name (``sporting director``).
_ROLE_WORDS = 3
#: The most tokens after the ``and`` of a post up to the name (``and Medical Editor Dr Ann``).
_POST_TOKENS = 6
#: The most tokens of a time adverbial between a subject and its verb (``earlier this week``).
_TIME_TOKENS = 4
#: Prepositions that attach a phrase to the noun before them (``knowledge of the talks``), unlike ``after``.
_ATTACHING = frozenset(["of", "with"])
#: Adverbs that may open an apposition before its determiner (``, now an adviser to the party,``).
_APPOSITION_ADVERBS = frozenset(["now", "formerly", "then", "also"])
#: Prepositions that may also open a clause (``After the minister said …``): a phrase after one may be a subject.
_CLAUSE_PREPOSITIONS = frozenset(["after", "before"])
#: Relative pronouns opening a clause about a person before a verb (``a farmer whose barn burned said``).
_PERSON_RELATIVES = frozenset(["who", "whose"])
#: Relative pronouns opening a clause set off by commas (``the NSS, which warns,``, ``X, whose firm …,``).
_RELATIVES = _PERSON_RELATIVES | {"which"}


class Phrases:
    """Finds the noun phrases the attribution rules read, in tokens of one passage."""

    def __init__(self, words: Words):
        self.words = words
        self._subjects: dict[tuple[int, int, int], Mention | None] = {}  # by passage offset and token range

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
        stop = min(sentence.stop, sentence.start + WINDOW)
        i = _subject_start(words, tokens, sentence.start, stop)
        while i < stop:
            token = tokens[i]
            if token.quoted:  # the words of a quote opening the sentence, skipped at once
                i = past_quoted(tokens, i, stop)
                continue
            if token.mark or token.text in ",;:–—-":
                i += 1
                continue
            if i + 1 < stop and tokens[i + 1].lower in _SUBJECT_PRONOUNS and _opening_adverb(words, token):
                i += 1  # "Soon he was pulling …": he
                continue
            if opens_lead_in(words, tokens, i, stop):
                while i < stop and tokens[i].text != ",":
                    i += 1
                i = _past_lead_in_region(tokens, i, stop)  # "In Ridge, N.H., the director said": the town's state too
                continue
            mention = self.phrase_after(tokens, i, stop)
            if mention is not None and _modifier_cut(self, tokens, mention, stop):
                mention = Mention(mention.lo, mention.hi + 1)  # "Hospital bosses overspent …": not "Hospital"
            if mention is not None and (pair := _given_names_paired(tokens, Mention(mention.hi - 1, mention.hi), stop)):
                return Mention(mention.lo, pair.hi)  # "Organisers Michael and Emily Eavis were …": both
            return _with_affiliation(words, tokens, mention, stop, self.phrase_after)
        return None

    def _stops_phrase(self, token: Token) -> bool:
        words = self.words
        low = token.lower
        if token.quoted or token.mark or not token.is_word:
            return True
        if token.is_capitalized:
            return low in words.clause_words  # "But" or "When" opening a sentence ends the phrase after it
        if low in words.source_modifiers:
            return False
        return (  # the endings sliced, not asked of ``endswith``: this runs on most words of every phrase
            low in words.speech_verbs or low in words.auxiliaries or low in words.clause_words
            or (low[-2:] == "ly" and low not in words.speaker_heads and low not in words.ly_adjectives)  # not "assembly", "elderly"
            or (low[-2:] == "ed" and "-" not in low) or low in words.irregular_past  # a past form: "… the city broke down"
        )  # a compound in "-ed" is an adjective: "a new student-led party"

    def phrase_after(self, tokens: Sequence[Token], i: int, hi: int) -> Mention | None:
        """The noun phrase starting at ``i`` (``the prime minister``, ``Kremlin spokesman Dmitry Peskov``)."""
        words = self.words
        j = i
        stop = min(hi, i + PHRASE_TOKENS + _NAME_RUN_ON_TOKENS)
        in_name = False
        while j < stop and (in_name or j - i < PHRASE_TOKENS):  # a body's long name may run on past the limit
            token = tokens[j]
            text = token.text
            # most tokens are no such mark, title's "in" ("Agent in Charge"), "&", brand's number nor rank ("the world No. 2")
            if (text in _INSIDE_WORDS and _inside_phrase(words, tokens, i, j, stop)) or (in_name and _goes_on_in_name(self, tokens, j, stop, hi)):
                j += 1 + (text == "," and tokens[j + 1].text == "the")  # "…, Energy, the Environment and Water"
                continue
            if j > i and (tokens[j - 1].lower == "no" and (rank := _rank_after(tokens, j, stop)) or (rank := _mark_in_name(tokens, j, stop, in_name))):
                j += rank  # "the world No. 2"; "Col (Rtd) Ann Lee"; "Albay 2nd District Rep. X": an ordinal in a title
                continue
            if token.lower in _IN_NAMES and (in_name or _body_post(words, tokens, i, j) or _after_role(words, tokens, i, j)) and (  # "Snow and Ice Center"
                step := int(_joins_body_name(words, tokens, j, hi)) if token.lower in _JOINERS else _particle_joins(tokens, j, stop)
            ):
                j += step + (token.lower in _OF_FOR and tokens[j + 1].lower == "the")  # "Ministry of the Interior"
                continue
            capitalized = token.is_capitalized
            if in_name and token.lower in words.weekdays:
                break  # "said Mayor Ann Lee Monday": the day ends the name
            if (capitalized or token.lower in words.determiners) and j - i == 2 and tokens[i].lower in words.determiners and tokens[j - 1].lower in words.speech_nouns:
                break  # "“…”, an accusation Lee rejects", "a claim the party denied": the words' noun, no relative clause on them
            if not capitalized and self._stops_phrase(token) and not (
                _noun_after(words, tokens, j) if j > i else _noun_first(self.words, tokens, j, hi)
            ) and not (token.lower in words.documents and _document_head(words, tokens, i, j, hi)):
                break
            if capitalized and (token.quoted or token.mark):
                break  # a quoted word ends the phrase
            if j + 1 < hi and tokens[j + 1].lower == "that" and _verb_before_that(self.words, tokens, j, i):
                break
            low = bare(token.text)
            if in_name and not capitalized and not (
                low in words.speaker_heads or low in words.body_units or is_possessive(tokens[j - 1]) or is_possessive(token)  # "the Pacific island's"
                or _plural_possessive(tokens, j - 1)  # "Vines’ mother"
                or (low[-1:] == "s" and low[:-1] in words.roles and not (j + 1 < hi and tokens[j + 1].is_capitalized))  # "EU leaders"
                or _head_within(words, tokens, j, stop, self._stops_phrase)
            ):
                if (after := _runs_on(words, tokens, i, j, hi)) > j:
                    j = after  # "Consumer group Power for the People", "former Kenya selector Ann Lee"
                    continue
                if _name_cut(words, tokens, j, hi):
                    return None  # "The group Vaga zelena said": never "The group Vaga"
                j += tokens[i].lower in words.determiners and (_agent_noun(words, tokens[j]) or _head_of_who(words, tokens, j, hi))  # "one GOP operative"
                break
            in_name = capitalized and (low not in words.determiners or in_name) and low not in words.demonyms and not (
                "-" in token.text and compound_adjective(token.text, words.adjective_heads) and low not in words.roles
            )  # "European" of "its largest European distributors said": an adjective, no name; "One" of "Capital One": a name's
            j += 1
            if j - i == 1 and low in words.pronouns:
                break
        if in_name:
            j = _name_tail_end(self, tokens, i, j, hi)
        if j > i and ((last := tokens[j - 1].lower) in words.prepositions or (last in words.determiners and not in_name)):
            j -= 1
        return Mention(i, j) if j > i else None

    def phrase_after_verb(self, tokens: Sequence[Token], i: int, hi: int) -> Mention | None:
        """The phrase after a speech verb at ``i - 1``; a body's short form there never swallows the
        role and the person it goes on to name: ``said Galway sporting director Ann Lee``; a described
        speaker or a role is the name set after it: ``said one resident, Yaw Boateng.``."""
        mention = self.phrase_after(tokens, i, hi)
        if mention is not None and (pair := _given_names_paired(tokens, mention, hi)) is not None:
            return pair  # "said Michael and Emily Eavis": both, not "Michael"
        apposed = None if mention is None else _apposed_name(self.words, tokens, mention, hi, self.phrase_after)
        if mention is not None and apposed is mention and (joined := _roles_joined(self, tokens, mention, hi)) is not None:
            return joined  # "said former India opener and commentator Vikram Sethi": one person's two roles
        if mention is None or apposed is not mention or not tokens[mention.lo].is_capitalized:
            return apposed
        roles = self.words.roles
        if bare(tokens[mention.hi - 1].text) in roles and (j := _past_listed_roles(self.words, tokens, mention.hi, hi)) > mention.hi:
            name = self.phrase_after(tokens, j, hi)  # "said Sydney actress, director and producer Pauline Chan"
            return Mention(mention.lo, name.hi) if name is not None and has_name(self.words, tokens, name) else mention
        for k in range(mention.hi, min(hi - 1, mention.hi + _ROLE_WORDS)):
            token = tokens[k]
            if token.quoted or token.is_capitalized or not token.text.replace("-", "").isalpha() or token.lower in self.words.function_words:
                return _named_after_words(self, tokens, mention, k, hi)  # not "said Lee to minister Ivan Petrov"
            if bare(token.text) in roles or _occupation(self.words, tokens, mention, k, hi):
                name = self.phrase_after(tokens, _past_listed_roles(self.words, tokens, k + 1, hi), hi)
                return mention if name is None or not has_name(self.words, tokens, name) else Mention(mention.lo, name.hi)
        return mention

    def phrase_before(self, tokens: Sequence[Token], i: int, lo: int) -> Mention | None:
        """The noun phrase ending just before ``i`` (skipping auxiliaries, adverbs and an apposition)."""
        words = self.words
        while i > lo and (tokens[i - 1].lower in words.auxiliaries or _adverb(words, tokens, i - 1, lo)):
            i -= 1  # "which one official privately described": the official
        i -= _ending_stop(words, tokens, i, lo)  # "Ann Lee Jr. said", "Acme Inc. said": the full stop closes the name
        i = _past_time_aside(words, tokens, time_start(words, tokens, i, lo), lo)  # "The ministry on Tuesday accused", "X, a day later, said"
        while i > lo and tokens[i - 1].lower in words.auxiliaries:
            i -= 1
        label = party_label_start(tokens, i, lo)
        if label < i:  # "Sen. Ann Lee, D-N.M., said": the name before the label
            return self._bare_phrase_before(tokens, label, lo)
        if i - 1 > lo and tokens[i - 1].lower in ("which", "who") and tokens[i - 2].text == ",":
            return _before_relative(self, tokens, i - 1, lo)  # "the NSS, which warns"; "X, president of Y, who called"
        if i > lo and tokens[i - 1].text == ",":
            relative = _relative_start(tokens, i - 1, lo)
            if relative is not None and (head := _relative_head(self, tokens, relative, i - 1, lo)) is not None:
                return head
            who = _relative_who(tokens, i - 1, lo)  # ", citing two officials who took part in the talks,"
            inner = self._bare_phrase_before(tokens, i - 1 if who is None else who, lo)
            if (participle := _participle_before(tokens, i - 1, lo)) is not None:
                if inner is not None and participle == inner.lo - 1 and tokens[participle].lower in ("citing", "quoting") and _names_source(words, tokens, inner):
                    return inner  # "The paper, citing a source, said": the source; "citing its own data": the paper
                return _whole_phrase(self, tokens, self._bare_phrase_before(tokens, participle - 1, lo), lo)  # "X, speaking at a rally in Y, said"
            if inner is None:
                return None
            inner = _coordinated_title(self, tokens, inner, lo)  # "X, GM chair and CEO, said": the whole title
            return _apposition_head(self, tokens, inner, i - 1, lo)
        mention = self._bare_phrase_before(tokens, i, lo)  # "the man who ran what prosecutors called": not "the man"
        who = None if mention is not None and mention.lo > lo and tokens[mention.lo - 1].lower == "what" else _relative_who(tokens, i, lo)
        named = None if who is None else self._bare_phrase_before(tokens, who, lo) or _name_run_before(words, tokens, who, lo)
        if named is not None and named.hi == who:  # "the officer hunting for Ann Lee who vanished said": not Ann Lee
            return None if who < i - 1 and _after_preposition(words, tokens, named, lo) else named
        reduced = _reduced_relative(words, tokens, mention) or _past_fronted(words, tokens, mention)  # "in a move analysts called": analysts
        if reduced is None and mention is not None and _object_of_preposition(self.words, tokens, mention, lo):
            return _affiliated(self, tokens, mention, lo) or _titled_name(self.words, tokens, mention, lo)  # "a knife to his throat said"
        reduced = reduced or _addressed_message(words, tokens, mention)  # "Lee’s statement to staff said": the statement
        return _whole_phrase(self, tokens, _past_fronted_phrase(words, tokens, reduced or _affiliated(self, tokens, mention, lo) or _described_name(self, tokens, mention, lo) or _joined_object(self, tokens, mention, lo) or mention), lo)


    def _bare_phrase_before(self, tokens: Sequence[Token], i: int, lo: int) -> Mention | None:
        words = self.words
        end = i
        i = label_start(tokens, i, lo)  # "the National Anti-Corruption Bureau of Ukraine (NABU)"
        k = i
        relayed = False
        while k > lo and i - k < PHRASE_TOKENS:
            token = tokens[k - 1]
            low = token.lower
            if k - 1 > lo and token.text in _NAME_MARKS and (
                initial_dot(tokens, k - 1, words.name_titles) or ampersand(tokens, k - 1) or saints_dot(tokens, k - 1)
                or (token.text == "-" and (age_hyphen(tokens, k - 1) or title_hyphen(tokens, k - 1, words.name_titles)))
            ):
                k -= 1  # "Sen. Ann Lee", "J.D. Vance", "Smith & Wesson", "the 45-year-old"
                continue
            if low == ")" and k < i and (label := label_start(tokens, k, lo)) < k and label > lo and tokens[label - 1].is_capitalized:
                k = label  # "a Liberal Party (LP) deputy": the body's acronym inside the phrase
                continue
            if k - 1 > lo and k < i and token.text in _APOSTROPHES and _plural_possessive(tokens, k - 1):
                k -= 1  # "the Nurses' Union"
                continue
            if low == "and" and k - 1 > lo and tokens[k - 2].is_capitalized and _joins_body_name(self.words, tokens, k - 1, i):
                k -= 1  # "the Food and Agriculture Organization"
                continue
            if low in _LISTING and k - 2 > lo and _listed_field(self, tokens, k - 1, i):
                k -= 1  # "the Foreign, Commonwealth and Development Office"; "…, Energy, the Environment and Water"
                continue
            if low in words.prepositions and not token.is_capitalized:
                if low == "of" and k - 2 >= lo and tokens[k - 2].lower in words.body_units and (unit := _unit_start(words, tokens, k - 2, lo)) is not None:
                    return Mention(unit, end)  # "the Queensland branch of the union": the part speaks for itself
                if low == "by" and not relayed and k - 2 > lo and tokens[k - 2].lower in RELAYED_BY:
                    k = i = end = k - 2  # "an aide quoted by Reuters said": the aide; read on before "quoted" (once)
                    relayed = True
                    continue
                if _source_before(words, tokens, k - 1, lo) or (k < i and _in_body_name_before(words, tokens, k - 1, lo)):
                    k -= 1  # "Consumer group Power for the People": the body's whole name
                    continue
                noun = k < i and self._noun_before(tokens, k - 1, lo, i)
                start = self._phrase_start(tokens, k - 2, lo) if noun else None
                if start is not None:
                    return Mention(start, end)  # "The minority in parliament": all of it, not "parliament"
                placed = k < i and low in words.place_prepositions and k - 2 >= lo and (tokens[k - 2].is_word or tokens[k - 2].text == ",")
                if placed or (noun and low in _ATTACHING):  # "… in Bonn said": never "Bonn"; "people with knowledge of the talks"
                    return _titled_name(words, tokens, Mention(k, end), lo)  # but "Leader of X in the Council Ann Lee said"
                break
            if low in ("and", "or") and k < i and tokens[k].is_capitalized and (listed := _listed_names_start(words, tokens, k - 1, lo)) is not None:
                k = listed  # "Researchers at Oxford, Cambridge and Durham": the list, never "Durham"
                continue
            if low in words.determiners and low != "that" and k < i and _noun_phrase_ends(self, tokens, k - 2, lo):
                k -= 1
                break  # "a proposal the bank has called": the bank's own phrase, after a phrase it does not belong to
            if _name_alone(words, tokens, k, i, lo) or _stops_at(self, tokens, k, i, lo):
                break  # "a move Labour criticised": the name alone; but not at "the retired sprinter", "an unnamed source"
            if low in words.pronouns and k < i:
                break
            k -= 1
            if low in words.pronouns:
                break
        k = _past_pointed_noun(words, tokens, _past_lead_word(words, tokens, _word_start(tokens, k, i), i), i)  # "Meanwhile the ministry said"
        return Mention(k, end) if k < i else None

    def _noun_before(self, tokens: Sequence[Token], preposition: int, lo: int, hi: int) -> bool:
        """A lower-case noun right before the preposition at ``preposition``: the phrase after it (up
        to ``hi``) belongs to a larger one (``The minority in parliament``, ``Teachers from X``, ``Some
        in the party``, ``The rest of the team``, ``A council in the north-east of England``; not ``Most of the
        residents``, a part of a group)."""
        k = preposition - 1
        if k < lo:
            return False
        token = tokens[k]
        low = token.lower
        words = self.words
        if low in words.partitives or low.isdigit():  # "Most of the residents": the residents
            group = tokens[hi - 1].lower.endswith("s") and not tokens[hi - 1].is_capitalized
            return tokens[preposition].lower != "of" or not group or (k > lo and tokens[k - 1].lower in words.prepositions)  # "an executive at one of X's customers"
        return (
            _hyphenated_word(token.text)
            and not token.quoted
            and not (token.is_capitalized and k > lo)
            and low not in words.function_words
            and low not in words.lead_words
            and low not in words.calendar
            and not self._stops_phrase(token)
            and not low.endswith("ing")
        )

    def _phrase_start(self, tokens: Sequence[Token], head: int, lo: int) -> int | None:
        """Where the noun phrase headed by token ``head`` (or by a noun a preposition joins a part to: ``an executive at
        one of them``) starts, when it opens a clause (at ``lo``, after a comma, ``that``, ``and``, ``but``), else ``None``."""
        k = head
        while k > lo and head - k < PHRASE_TOKENS:
            token = tokens[k - 1]
            if token.lower in self.words.determiners or is_possessive(token):
                k -= 1
                break
            if token.is_capitalized or not token.text.isalpha() or self._stops_phrase(token):
                break
            if token.lower in self.words.function_words or token.lower in self.words.prepositions:
                break
            k -= 1
        if k == lo:
            return k
        previous = tokens[k - 1]
        if _part_of(self.words, tokens, head, k) and k - 2 > lo and self._noun_before(tokens, k - 1, lo, head + 1):
            return self._phrase_start(tokens, k - 2, lo)  # "an executive at one of the developers"
        return k if previous.text in ",;:" or previous.lower in _CLAUSE_OPENERS or previous.mark == "close" else None


#: A capitalised ordinary word cut from the noun after it has at least this many letters (not ``I``, ``We``, ``You``).
_MIN_MODIFIER_CHARS = 4


def _modifier_cut(phrases: Phrases, tokens: Sequence[Token], mention: Mention, stop: int) -> bool:
    """``mention`` is one ordinary word in the singular, capitalised or in capitals, cut from the plural noun after it
    that goes on the phrase: ``Hospital`` of ``Hospital bosses overspent …``, ``HEALTH`` of ``HEALTH bosses …`` (a tabloid's
    opening word in capitals): the subject takes that noun too, and no name is read from the word, though it may
    name a kind of body.  ``Police said``, ``Acme bosses`` (no ordinary word) and ``Metro operator Kelvara`` (a name
    after the noun) keep theirs."""
    k = mention.lo
    if mention.hi != k + 1 or k + 1 >= stop or not tokens[k].is_capitalized or len(tokens[k].text) < _MIN_MODIFIER_CHARS:
        return False  # "I suspect …", "We think …": the writer, never a modifier
    if tokens[k].lower in phrases.words.pronouns or tokens[k].lower.endswith("s") or not is_ordinary_word(tokens[k].lower):
        return False  # "Patients presenting …": a plural heads its own phrase
    after = tokens[k + 1]
    low = after.lower
    if not low.endswith("s") or low.endswith("ss"):
        return False  # the noun it modifies names people or things in the plural: "bosses", "chiefs"
    named_next = k + 2 < stop and tokens[k + 2].is_capitalized  # "Metro operator Kelvara": a descriptor and a name
    return (
        after.is_word and not after.is_capitalized and not after.quoted and not phrases._stops_phrase(after)
        and low not in phrases.words.prepositions and low not in phrases.words.function_words and not named_next
    )


def _name_tail_end(phrases: Phrases, tokens: Sequence[Token], i: int, j: int, hi: int) -> int:
    """Where a phrase whose name ends at token ``j`` ends: past an acronym or party after it (``(NABU)``, ``(R-Tenn.)``),
    and a role and name after that (:func:`_past_role_after_label`), or a group's ``of`` (:func:`_past_group_of`)."""
    return _past_group_of(phrases, tokens, i, _past_role_after_label(phrases, tokens, label_end(tokens, j, hi), hi), hi)


def _past_group_of(phrases: Phrases, tokens: Sequence[Token], i: int, j: int, hi: int) -> int:
    """Past ``of`` and the body after it where the phrase from ``i`` to ``j`` is one plural common word capitalized as a
    sentence's first (``Members of the Rail, Maritime and Transport union (RMT)``, ``Members of the BMA's consultants
    committee``): the group, never ``Members`` alone; else ``j`` (``Residents of the valley`` are ``Residents``)."""
    low = tokens[i].lower
    if j != i + 1 or j + 2 >= hi or tokens[j].lower != "of" or tokens[j + 1].lower != "the" or low[-1:] != "s":
        return j
    rest = phrases.phrase_after(tokens, j + 1, hi) if is_ordinary_word(low) else None
    if rest is None or rest.hi - rest.lo < 2 or not tokens[rest.lo + 1].is_capitalized:
        return j  # "of the valley", "of the estate near Ann Lee": no body's name after "the"
    return label_end(tokens, rest.hi, hi)


def _past_role_after_label(phrases: Phrases, tokens: Sequence[Token], j: int, hi: int) -> int:
    """Past a role and a name at token ``j``, right after a body's acronym in brackets (``expert Christina Hood`` of
    ``Emissions Trading Scheme (ETS) expert Christina Hood``), else ``j``."""
    if tokens[j - 1].text != ")" or j + 1 >= hi or tokens[j].lower not in phrases.words.speaker_heads or not tokens[j + 1].is_capitalized:
        return j
    role = phrases.phrase_after(tokens, j, hi)
    return j if role is None else role.hi


def _titled_name(words: Words, tokens: Sequence[Token], mention: Mention, lo: int) -> Mention | None:
    """The person's name (a given name or initials, then a surname) closing ``mention``, a phrase after a preposition,
    where the sentence opens with a capitalised role whose title runs on to it (``Director of services for housing
    Niall Fitzsimons said``, ``Leader of the Opposition in the Legislative Council K. Raghavendra Rao said``): the
    subject is the name its title leads to."""
    if not tokens[lo].is_capitalized or tokens[lo].lower not in words.roles or any(t.quoted or not (t.is_word or t.text == ".") for t in tokens[lo:mention.hi]):
        return None
    start = _name_start(tokens, mention.lo, mention.hi)
    if start is None or any(t.is_capitalized and is_first_name(t.lower) for t in tokens[lo + 1 : start]):
        return None  # "Economist Ann Lee of the consultancy Andina Research": a person's name comes first
    return Mention(start, mention.hi)


def _name_start(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """Where a person's name closing tokens ``lo:hi`` starts: a given name and a surname (``Niall Fitzsimons``), or
    initials and one or two names (``K. Raghavendra Rao``); else ``None``."""
    if hi - lo < 2 or not (tokens[hi - 1].is_capitalized and tokens[hi - 2].is_capitalized):
        return None
    for k in (hi - 3, hi - 4):  # "K . Rao", "K . Raghavendra Rao"
        if k - 1 >= lo and tokens[k].text == "." and len(tokens[k - 1].text) == 1 and tokens[k - 1].is_capitalized:
            return k - 1
    return hi - 2 if hi - 2 > lo and is_first_name(tokens[hi - 2].lower) else None


def _part_of(words: Words, tokens: Sequence[Token], head: int, k: int) -> bool:
    """The phrase opening at token ``k`` is headed by a part (token ``head``: ``one``, ``some``) and a preposition
    before it joins it to a noun (``at one of the developers``)."""
    return tokens[head].lower in words.partitives and tokens[k - 1].lower in words.prepositions


def _past_lead_in_region(tokens: Sequence[Token], comma: int, stop: int) -> int:
    """Past the state or country set off by commas after a lead-in's town (``In Ridge, N.H.,``, ``In Leeds, England,``),
    printed as an abbreviation or a place of the gazetteers; else ``comma`` (``In Leeds, Ann, a nurse, said``)."""
    end = past_region(tokens, comma, stop)
    if end == comma:
        return comma
    region = tokens[comma + 1 : end - 1]
    return end if region[-1].text == "." or len(region) > 1 or is_place((region[0].lower,)) else comma


def opens_lead_in(words: Words, tokens: Sequence[Token], i: int, stop: int) -> bool:
    """Token ``i`` opens a lead-in up to its comma, no part of the subject: ``In July, X``, ``Slowly, X``, ``Across
    the aisle, X``, ``Wearing a suit, X``, a subordinate clause (``As police arrived, X``); not a given name in ``-ly``
    (``Billy Payne, a forecaster, …, said``)."""
    token = tokens[i]
    if token.lower in words.lead_words or (token.is_capitalized and (
        (token.lower[-2:] == "ly" and not is_first_name(token.lower)) or token.lower in words.prepositions or token.lower in words.clause_openers
    )):
        return True
    return _opening_participle(words, tokens, i, stop)


def _opening_adverb(words: Words, token: Token) -> bool:
    """``token``, opening a sentence right before a personal pronoun with no comma, is an adverb of the
    ``lead_words`` (no preposition) or in ``-ly``: ``Soon he was …``, ``Later she told …``, ``Slowly they …``."""
    if not token.is_capitalized:
        return False
    return token.lower[-2:] == "ly" or (token.lower in words.lead_words and token.lower not in words.prepositions)


def _opening_participle(words: Words, tokens: Sequence[Token], i: int, stop: int) -> bool:
    """A capitalized ``-ing`` word before a preposition or determiner opens a participle clause, no
    part of the subject after its comma: ``Seizing on the row, Ann Lee said``, ``Speaking to reporters, …``;
    so does an ordinary ``-ing`` word whose clause a comma and a pronoun close (``Sentencing Ng on Thursday, he``);
    so does a capitalized ``-ed`` word or irregular participle (``Told``, ``Given``) set off by its comma (``Irked, Ann
    Lee calmly replied``), not a name (``Ted, …``), or before a preposition or a clause word (``Asked about the vote,
    …``, ``Pressed on whether …``, ``Told that …``),
    and a clause word before an ``-ed`` or ``-ing`` word (``When asked if …, Lee smiled``, ``While speaking …``)."""
    token = tokens[i]
    if i + 1 >= stop or not token.is_capitalized:
        return False
    low, after = token.lower, tokens[i + 1].lower
    if low in words.clause_words and after.endswith(("ed", "ing")) and len(after) > 4 and tokens[i + 1].text.islower():
        return True
    participle = (low[-2:] == "ed" and len(low) > 4 and not is_first_name(low)) or low in words.irregular_participles
    if participle and (
        after == "," or after in words.prepositions or after in words.clause_words
    ):
        return True
    if low[-3:] != "ing":
        return False
    if after in words.prepositions or after in words.determiners:
        return True
    if is_ordinary_word(low) and _comma_before_pronoun(tokens, i + 1, stop):
        return True  # "Sentencing Ng on Thursday, he told the court": its object may be a name
    return len(low) > 5 and _comma_before_subject(words, tokens, i + 1, stop)


def _comma_before_pronoun(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A comma and a personal pronoun, the subject, follow within :data:`_PARTICIPLE_OBJECT` tokens from ``k``."""
    for j in range(k, min(stop - 1, k + _PARTICIPLE_OBJECT)):
        if tokens[j].quoted:
            return False
        if tokens[j].text == ",":
            return tokens[j + 1].lower in _SUBJECT_PRONOUNS
    return False


def _comma_before_subject(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A comma closes the words in lower case from token ``k`` (a participle's object, at most
    :data:`_PARTICIPLE_OBJECT` of them: ``Wearing tennis shoes and pink leggings,``) before a capitalized
    word or a personal pronoun, the subject (``Rising prices, weak demand and …`` go on in lower case)."""
    for j in range(k, min(stop - 1, k + _PARTICIPLE_OBJECT)):
        token = tokens[j]
        if token.text == ",":
            after = tokens[j + 1]
            return j > k and (after.is_capitalized or after.lower in _SUBJECT_PRONOUNS) and not after.quoted
        if not token.is_word or token.is_capitalized or token.quoted:
            return False
    return False


def _given_names_paired(tokens: Sequence[Token], mention: Mention, hi: int) -> Mention | None:
    """``mention``, one given name, and ``and`` with a given name and a surname after it: two people who share the
    surname (``Michael and Emily Eavis``), the phrase of both; else ``None``."""
    k = mention.hi
    if k + 2 >= hi or tokens[k].lower != "and" or mention.hi - mention.lo != 1 or (k + 3 < hi and tokens[k + 3].is_capitalized):
        return None  # most phrases: no "and" after them
    given, other, surname = tokens[mention.lo], tokens[k + 1], tokens[k + 2]
    if not (other.is_capitalized and surname.is_capitalized) or not all(is_first_name(t.lower) for t in (given, other)):
        return None
    return Mention(mention.lo, k + 3)


def _after_preposition(words: Words, tokens: Sequence[Token], mention: Mention, lo: int) -> bool:
    """``mention`` follows a preposition in lower case (``the hunt for Ann Lee``): the object of a phrase, never the
    subject of a verb after a relative clause on it (``who vanished``); but the subject of a verb opening that clause
    (``criticism from Ann Lee who called it``)."""
    return mention.lo - 1 >= lo and tokens[mention.lo - 1].text in words.prepositions


def _object_of_preposition(words: Words, tokens: Sequence[Token], mention: Mention, lo: int) -> bool:
    """``mention``, a described phrase, is the object of the preposition right before it (``held a knife to his
    throat said``), not a part of a group (``Most of the residents``)."""
    k = mention.lo - 1
    if k < lo or tokens[k].text not in words.prepositions or tokens[k].text in _CLAUSE_PREPOSITIONS:
        return False
    if tokens[mention.lo].is_capitalized:
        return False
    return not (tokens[k].text == "of" and k - 1 >= lo and tokens[k - 1].lower in words.partitives)


def _joins_body_name(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The joiner at ``j`` (``and``, ``of``) is inside the name of a body (``the Snow and Ice Center``, ``the Ministry of
    (the) Economy``; a body noun in lower case may end it: ``the Parks and Wildlife office``) or of a post: a role,
    ``for`` or ``of`` and a capitalized portfolio (``Minister for Trade``)."""
    previous = bare(tokens[j - 1].text)
    if tokens[j].lower in _OF_FOR and (
        previous in words.roles or previous in words.bodies or (tokens[j].lower == "of" and previous in words.jurisdiction_words)
        or _inside_body_name(words, tokens, j) or (previous in words.title_tails and j >= 2 and tokens[j - 2].lower == "in")
    ):  # "Special Agent in Charge of FBI Atlanta Keri Fairly": a title's tail and its body
        return _named_after_joiner(tokens, j, hi)
    if tokens[j].lower == "and" and any(bare(t.text) in words.roles for t in tokens[max(0, j - 3) : j]):
        return _joined_post(words, tokens, j, hi)  # "President and CEO Gary Pruitt": one post
    k = j + 1
    while k < min(hi, j + 5) and tokens[k].is_capitalized and not tokens[k].quoted:
        if bare(tokens[k].text) in words.bodies:
            return True
        k += 1
    if j + 1 < k < hi and tokens[k].lower in words.bodies:
        return True  # "the Fisheries and Oceans Canada office": a body noun in lower case after the name
    return (j + 1 < hi and in_body_name(words, tokens, j + 1)) or _joins_title(words, tokens, j, hi)  # "Ministry of A and B"


def _addressed_message(words: Words, tokens: Sequence[Token], mention: Mention | None) -> Mention | None:
    """``mention`` cut before the ``to`` that follows its message or document noun and names whom it was addressed
    to (``Lee’s statement to staff said``, ``the bank’s letter to shareholders said``): the statement speaks; else
    ``None``."""
    if mention is None:
        return None
    for k in range(mention.lo + 1, mention.hi - 1):
        if tokens[k].lower == "to" and (tokens[k - 1].lower in words.messages or tokens[k - 1].lower in words.documents):
            return Mention(mention.lo, k)
    return None


def name_in_object(words: Words, tokens: Sequence[Token], mention: Mention, lo: int) -> bool:
    """``mention``, a name, is the object of a preposition after a noun in lower case that heads the subject
    (``routes through Poland would add``, ``pressure on Warsaw will mount``): not the subject itself."""
    k = mention.lo - 1
    if k - 1 < lo or not tokens[mention.lo].is_capitalized:
        return False
    preposition, noun = tokens[k], tokens[k - 1]
    if preposition.text not in words.prepositions or preposition.text in _CLAUSE_PREPOSITIONS or preposition.text in ("of", "by"):
        return False
    return noun.text.isalpha() and noun.text.islower() and noun.lower not in words.function_words and not noun.quoted


def _coordinated_title(phrases: Phrases, tokens: Sequence[Token], inner: Mention, lo: int) -> Mention:
    """``inner``, a title, with the title joined to it by ``and`` when a comma opens both (``, GM chair and
    CEO,``), so the apposition is read whole; else ``inner``."""
    if inner.lo - 1 <= lo or tokens[inner.lo - 1].lower not in ("and", "&") or bare(tokens[inner.hi - 1].text) not in phrases.words.roles:
        return inner  # not "Ann Lee, Tom Vale and Jack Roe,": a list of people
    before = phrases._bare_phrase_before(tokens, inner.lo - 1, lo)
    return Mention(before.lo, inner.hi) if before is not None and before.lo > lo and tokens[before.lo - 1].text == "," else inner


def names_apposition(words: Words, tokens: Sequence[Token], inner: Mention) -> bool:
    """The apposition ``inner`` names the speaker (``the deputy minister, Ana Sousa,``), not
    describes the one before it (``Ana Sousa, a Lisbon lawyer,``, ``Ana Sousa, Labour group leader,``,
    ``Ana Sousa, Governor of the Central Bank,``: a description ends in a noun in lower case or a role), nor
    follows it with letters (``Ana Sousa, KC,``: ``post_nominals``)."""
    if tokens[inner.lo].lower in INDEFINITE or tokens[inner.lo].lower in _EXAMPLES:
        return False
    if all(t.text.isupper() and t.lower in words.post_nominals for t in tokens[inner.lo : inner.hi] if t.is_word):
        return False  # "Emeka Obi, SAN, said": letters after the name, no name of their own
    prepositions = words.prepositions
    head = next((k for k in range(inner.lo, inner.hi) if tokens[k].lower in prepositions), inner.hi)
    named = Mention(inner.lo, head)  # not "chief economist at the X Federation"
    last = next((t for t in reversed(tokens[inner.lo : head]) if t.is_word), None)
    surname = last is not None and (bare(last.text) not in words.roles or title_surname(words, tokens[inner.lo : head]))
    surname = surname and not (last.lower in words.party_members and not tokens[inner.lo].is_capitalized)  # "the panel's ranking Republican"
    return (
        last is not None and last.is_capitalized and surname  # not "Governor of the Bank"; "Kevin Bishop" is a name
        and has_name(words, tokens, named) and not _only_possessors(words, tokens, named)
    )


def _affiliated(phrases: Phrases, tokens: Sequence[Token], mention: Mention | None, lo: int) -> Mention | None:
    """The name before ``of`` and the body ``mention`` its bearer belongs to, the comma closing that apposition
    left out (``Ann Lee, of Acme Ltd said``) or none set off (``Ann Lee of the Jan Vikas Party said``: a person's
    plain name only): the name; else ``None``."""
    if mention is None or mention.lo - 2 <= lo or tokens[mention.lo - 1].lower != "of":
        return None
    comma = tokens[mention.lo - 2].text == ","
    named = phrases._bare_phrase_before(tokens, mention.lo - 1 - comma, lo)
    if named is None or not all(t.is_capitalized for t in tokens[named.lo : named.hi]):
        return None
    if not comma and not _plain_name(phrases.words, tokens, named):
        return None
    body = bare(tokens[mention.hi - 1].text) in phrases.words.bodies  # "of the county police"
    return named if body or has_name(phrases.words, tokens, mention) else None


def _unit_start(words: Words, tokens: Sequence[Token], unit: int, lo: int) -> int | None:
    """Where the phrase headed by the part of a body at token ``unit`` (table ``body_units``) starts: at its
    determiner or owner, past words in either case (``the Queensland branch``, ``Hamas’s armed wing``); else ``None``."""
    k = unit
    while k > lo and unit - k < PHRASE_TOKENS:
        token = tokens[k - 1]
        if token.lower in words.determiners or is_possessive(token):
            return k - 1
        if not token.text.isalpha() or token.lower in words.function_words or token.lower in words.prepositions:
            return None
        k -= 1
    return None


def _plain_name(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` is a bare name of two or more words, all capitalized, with no role or determiner
    (``Dana Holt``; not ``Acme Director``, ``The Board``, ``In Paris``)."""
    span = tokens[mention.lo : mention.hi]
    return len(span) > 1 and all(
        t.is_capitalized and t.text.isalpha() and t.lower not in words.function_words and bare(t.text) not in words.roles
        for t in span
    )


def _holder_before_role(phrases: Phrases, tokens: Sequence[Token], role: Mention, lo: int) -> Mention | None:
    """The name of capitalized words opening the clause before the comma that opens ``role``, a bare role opening or
    ending with a word of table ``speaker_roles`` (``chief economist``, ``Chief Economist``, ``minister of mines``):
    who holds it, where a body's name follows it after another comma (``Ann Lee, chief economist, Harbour Bank,
    said``); None elsewhere."""
    roles = phrases.words.roles
    if role.lo - 2 <= lo or tokens[role.lo - 1].text != "," or not (bare(tokens[role.hi - 1].text) in roles or bare(tokens[role.lo].text) in roles):
        return None  # "chief economist", "minister of mines and minerals development"
    if tokens[role.lo].lower in phrases.words.determiners:
        return None  # "X, the chief economist, Y, said": an apposition of its own, read as before
    name = phrases._bare_phrase_before(tokens, role.lo - 1, lo)
    if name is None or name.lo != lo or not all(t.is_capitalized for t in tokens[name.lo : name.hi]):
        return None
    return name


def _role_after_name(words: Words, tokens: Sequence[Token], outer: Mention, inner: Mention) -> bool:
    """The apposition ``inner`` after the bare name ``outer`` ends in a role printed in capitals:
    ``Dana Holt, Riverside Club Chairwoman,`` describes Dana Holt (``Leonard King,`` after a
    description is a name: ``outer`` is no bare name there)."""
    return bare(tokens[inner.hi - 1].text) in words.roles and _plain_name(words, tokens, outer)


def _in_name(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j``, inside a name, goes on with it: a title's ``in`` (``Agent in Charge``) or an ampersand between
    capitalized words (``Marks & Spencer chairman Tom Vale``: one body's name, as read backwards)."""
    return (tokens[j].lower == "in" and title_in(words, tokens, j)) or ampersand(tokens, j)


def _name_alone(words: Words, tokens: Sequence[Token], k: int, i: int, lo: int) -> bool:
    """The name at ``k:i`` opens a clause on the noun before it (:func:`_clause_on_noun`) and its verb follows it."""
    return lo < k < i and _clause_on_noun(words, tokens, k - 1, lo) and _verb_after_name(words, tokens, k, i)


def _clause_on_noun(words: Words, tokens: Sequence[Token], noun: int, lo: int) -> bool:
    """An indefinite article and a plain lower-case noun at ``noun`` right before a name that the verb follows (``a
    move Labour criticised``, ``a claim Moscow dismissed``): the name is the subject of a clause on the noun, no word
    of its phrase; not a role, person, body or source, nor after ``the`` or a possessive, where the name is the noun's
    own (``the minister Ann Lee``, ``its rival Telvio``)."""
    token = tokens[noun]
    return (
        noun - 1 >= lo and tokens[noun - 1].lower in INDEFINITE and token.text.isalpha() and token.text.islower()
        and token.lower not in words.roles and token.lower not in words.speaker_heads
    )


def _verb_after_name(words: Words, tokens: Sequence[Token], k: int, i: int) -> bool:
    """Tokens ``k:i`` are capitalized words, and a word that is no clause word follows them (the verb)."""
    return (
        i < len(tokens) and tokens[i].is_word and tokens[i].lower not in words.clause_words
        and all(t.is_capitalized for t in tokens[k:i])
    )


def _described_name(phrases: Phrases, tokens: Sequence[Token], mention: Mention | None, lo: int) -> Mention | None:
    """The bare name opening the clause before a description whose closing comma is left out
    (``Dana Holt, president of the club said``, ``Dana Holt, a club member said``), perhaps after a sentence adverb set
    off by a comma (``However, Dana Holt, president of the club (HC) revealed``): the name; else ``None``.  A pronoun
    there is the subject, no description: the name before it is a fronted clause's (``Criticising Harbour Foods, she
    said``, ``Ann Lee, he said, …``)."""
    if mention is None or mention.lo - 2 < lo or tokens[mention.lo - 1].text != "," or tokens[mention.lo].lower in _SUBJECT_PRONOUNS:
        return None
    words = phrases.words
    named = phrases._bare_phrase_before(tokens, mention.lo - 1, lo)
    if named is None or not (named.lo == lo or _after_set_off_adverb(words, tokens, named.lo, lo)) or not _plain_name(words, tokens, named):
        return None
    described = not names_apposition(words, tokens, mention) or _role_after_name(words, tokens, named, mention)
    return named if described else None


def _after_set_off_adverb(words: Words, tokens: Sequence[Token], at: int, lo: int) -> bool:
    """Token ``at`` follows a capitalized sentence adverb opening the clause at ``lo`` and its comma (``However,``,
    ``Meanwhile,``, ``Initially,``)."""
    if at != lo + 2 or tokens[lo + 1].text != ",":
        return False
    first = tokens[lo]
    return first.is_capitalized and (first.lower in words.mood_openers or first.lower in words.lead_words or _sentence_adverb(words, first.lower))


def _rank_after(tokens: Sequence[Token], j: int, stop: int) -> int:
    """How many tokens from ``j``, right after ``No`` inside a phrase, print a rank, maybe after a full stop
    (``No. 2``, ``No 1``); else 0."""
    if tokens[j].text.isdigit():
        return 1
    return 2 if tokens[j].text == "." and j + 1 < stop and tokens[j + 1].text.isdigit() else 0


def _listed_field(phrases: Phrases, tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Token ``k``, a comma or a ``the`` after one, is inside a body's name listing its fields (:func:`_comma_in_body_name`);
    an ``and`` joins two portfolios of one post read back from its role (``the deputy police and crime commissioner``,
    :func:`_shared_portfolio`)."""
    if tokens[k].text == "and":
        opening = next((m for m in range(k - 1, max(-1, k - _ROLE_WORDS - 2), -1) if tokens[m].lower in phrases.words.determiners), None)
        return opening is not None and _shared_portfolio(phrases.words, tokens, opening, k, hi)
    comma = k - 1 if tokens[k].text == "the" else k
    return tokens[comma].text == "," and tokens[comma - 1].is_capitalized and _comma_in_body_name(phrases, tokens, comma, hi)


def _comma_in_body_name(phrases: Phrases, tokens: Sequence[Token], comma: int, hi: int) -> bool:
    """The comma at ``comma`` parts the words of a body's name listed up to ``and``: ``the Foreign,
    Commonwealth and Development Office``, ``the Digital, Culture, Media and Sport Committee``, ``the Department of
    Climate Change, Energy, the Environment and Water`` (a field may open with ``the``)."""
    k = comma
    while k < hi and tokens[k].text == ",":
        field = k + 1 + (k + 1 < hi and tokens[k + 1].text == "the")  # "Climate Change, Energy, the Environment and Water"
        k = field
        while k < hi and tokens[k].is_capitalized and not tokens[k].quoted:
            k += 1
        if k == field:
            return False
    return k < hi and tokens[k].lower == "and" and _joins_body_name(phrases.words, tokens, k, hi)


#: Tokens that may stand between the fields a body's name lists (``Climate Change, Energy, the Environment``).
_LISTING = frozenset([",", "the", "and"])


def _noun_phrase_ends(phrases: Phrases, tokens: Sequence[Token], j: int, lo: int) -> bool:
    """Tokens up to ``j`` end a noun phrase of a determiner and a lower-case noun (``a proposal``,
    ``the move``, ``a finding``: after the determiner a form in ``-ing`` is a noun), no function word, verb form or
    speech verb (not ``told reporters``)."""
    if j - 1 < lo or tokens[j - 1].lower not in phrases.words.determiners:
        return False
    token = tokens[j]
    low = token.lower
    return (
        token.text.isalpha()
        and not token.is_capitalized
        and not token.quoted
        and low not in phrases.words.function_words
        and not phrases._stops_phrase(token)
    )


def _stops_at(phrases: Phrases, tokens: Sequence[Token], k: int, i: int, lo: int) -> bool:
    """The word before token ``k`` stops a phrase read back from ``i`` (:meth:`Phrases._stops_phrase`), unless it
    modifies a noun after it: ``the retired sprinter``, ``an unnamed source``, a speech verb's base form before a
    body's head (``state media``)."""
    token = tokens[k - 1]
    if not phrases._stops_phrase(token) or (k - 2 >= lo and _noun_after(phrases.words, tokens, k - 1)):
        return False
    return not (k < i and modifies_head(phrases.words, token.lower, tokens[k].lower))


def _apposition_head(phrases: Phrases, tokens: Sequence[Token], inner: Mention, comma: int, lo: int) -> Mention | None:
    """Who the phrase ``inner``, ending at the comma ``comma``, speaks of: itself where it names someone set off
    after another phrase (``X, 58, a lawyer,``: X unless ``inner`` is a name; the name before the body it belongs to:
    ``the lead attorney, Ann Lee of the Bluegrass Project,``), else the name before the apposition
    the comma closes (``X, now an adviser to Y, said``: X), or the phrase before an apposition saying where someone
    is from (``Dr Ann Lee, of the University of Leeds, said``: Dr Ann Lee; ``Doig, of Well Street, Paisley, told``:
    Doig, the town after the street too; ``Tom Reid of Acme, Leeds, said``: Tom Reid); None where there is none."""
    words = phrases.words
    origin = _origin_before(phrases, tokens, inner, lo)  # "Doig, of Well Street, Paisley, told": Doig
    if origin is not inner and tokens[origin.lo - 1].lower in ORIGIN_WORDS and tokens[origin.lo - 2].text != ",":
        return phrases._bare_phrase_before(tokens, origin.lo - 1, lo)  # "Tom Reid of Acme, Leeds, said": Tom Reid
    inner = origin
    if _after_set_off_age(tokens, inner.lo, lo):  # "Ann Lee, 23, London Road, Carlisle, added": Ann Lee
        return phrases._bare_phrase_before(tokens, inner.lo - 3, lo)
    if inner.lo - 2 > lo and tokens[inner.lo - 1].lower in ORIGIN_WORDS and tokens[inner.lo - 2].text == ",":
        return phrases._bare_phrase_before(tokens, _before_age(tokens, inner.lo - 2, lo), lo)  # "Dr Ann Lee, of the University of Leeds, said"
    if inner.lo - 2 > lo and tokens[inner.lo - 1].lower == "of":  # "…, Janelle Ruiz of the Bluegrass Project,"
        named = phrases._bare_phrase_before(tokens, inner.lo - 1, lo)
        if named is not None and named.lo > lo and tokens[named.lo - 1].text == "," and names_apposition(words, tokens, named):
            inner = named
    if inner.lo > lo and tokens[inner.lo - 1].text == "," and not _is_region_comma(words, tokens, inner.lo - 1, inner.hi):
        label = party_label_start(tokens, inner.lo, lo)  # "Sen. Ann Lee, R-Boise, the panel's chair,": Ann Lee
        outer = phrases._bare_phrase_before(tokens, label if label < inner.lo else _before_age(tokens, inner.lo - 1, lo), lo)
        if outer is not None and (_adverbial(words, tokens, outer) or _opening_object(words, tokens, outer, lo)):
            return inner  # "Last week, the boat builder, which …, said": the builder; "Outside court, Lee's sister, …"
        if outer is not None and proxy_of_role(words, tokens, outer):
            return outer  # "A spokesperson for the environment minister, Tanya Rowe, said": the minister is Rowe
        if outer is not None and (person := _holder_before_role(phrases, tokens, outer, lo)) is not None:
            return person  # "Ann Lee, chief economist, Harbour Bank, said": Ann Lee, her role and her bank
        if outer is not None:
            named = names_apposition(words, tokens, inner) and not _role_after_name(words, tokens, outer, inner)
            return inner if named else _named_before(phrases, tokens, outer, lo)
        if _described_by_relative(tokens, inner.lo - 1, lo) and names_apposition(words, tokens, inner):
            return inner  # "the councillor who raised the alarm in the chamber, Ann Lee, said": Ann Lee
    start = _apposition_start(words, tokens, comma, lo)
    outer = None if start is None else phrases._bare_phrase_before(tokens, start, lo)
    return _named_before(phrases, tokens, outer, lo) if outer is not None and tokens[outer.hi - 1].is_capitalized else None


def _relative_head(phrases: Phrases, tokens: Sequence[Token], relative: int, comma: int, lo: int) -> Mention | None:
    """The subject of a verb after a relative clause opened by the comma at ``relative`` and closed by the one at
    ``comma``: the phrase the clause describes (``Halvane Group, which has cut prices, said``: the body; ``X, a
    lawyer in Leeds, who …, said``: X; ``X, of the charity Y, which …, said``: X); but a name set off at the end of a
    clause ``whose`` opens is the subject of the clause's own verb (``Northlight, whose chief executive, Ann Lee,
    told``: Ann Lee)."""
    if tokens[relative + 1].lower == "whose":
        inner = phrases._bare_phrase_before(tokens, comma, lo)
        if inner is not None and inner.lo - 1 > relative + 2 and tokens[inner.lo - 1].text == "," and names_apposition(phrases.words, tokens, inner):
            return inner
    named = phrases._bare_phrase_before(tokens, relative, lo)
    if named is not None and tokens[named.hi - 1].text[:1].isalpha():
        return (
            _affiliated(phrases, tokens, named, lo) or _placed_body(phrases, tokens, named, lo)
            or _apposition_head(phrases, tokens, named, relative, lo) or named
        )
    return None


def _placed_body(phrases: Phrases, tokens: Sequence[Token], named: Mention, lo: int) -> Mention | None:
    """The name before the place ``named`` sets off with commas (``The Japanese Chamber of Commerce, Bangkok,
    whose members …, said``: the chamber, where it sits), else ``None``."""
    if named.lo - 1 <= lo or tokens[named.lo - 1].text != "," or not is_place(tuple(t.lower for t in tokens[named.lo : named.hi])):
        return None
    outer = phrases._bare_phrase_before(tokens, named.lo - 1, lo)
    return outer if outer is not None and tokens[outer.hi - 1].is_capitalized else None


#: The most parts of an address set off by commas after ``of`` (``of Trinity High School, Mornington Road, Woodford
#: Green,``).
_ADDRESS_PARTS = 3
#: The most digits of an age set off by commas after a name (``Ann Lee, 23,``).
_AGE_DIGITS = 3


def _origin_before(phrases: Phrases, tokens: Sequence[Token], inner: Mention, lo: int) -> Mention:
    """The part after ``of`` or ``from`` that opens the address ``inner`` closes, its capitalized parts set off by commas
    (``Doig, of Well Street, Paisley,``; ``Dr Paul Doherty, of Trinity High School, Mornington Road, Woodford Green,``),
    or after an age set off by commas (``Ann Lee, 23, London Road, Carlisle,``), so the name before it is found; else
    ``inner``."""
    part = inner
    for _ in range(_ADDRESS_PARTS):
        if _after_set_off_age(tokens, part.lo, lo):
            return part
        if not (part.lo - 2 > lo and tokens[part.lo - 1].text == "," and all(t.is_capitalized for t in tokens[part.lo : part.hi])):
            return inner
        before = phrases._bare_phrase_before(tokens, part.lo - 1, lo)
        if before is None:
            return inner
        if (k := _origin_after_name(tokens, before)) is not None:
            return Mention(k + 1, before.hi)  # "Tom Reid of Acme, Leeds,": the part after the person's "of"
        if before.lo - 2 > lo and tokens[before.lo - 1].lower in ORIGIN_WORDS:
            return before
        part = before
    return inner


def _origin_after_name(tokens: Sequence[Token], phrase: Mention) -> int | None:
    """The ``of`` or ``from`` inside ``phrase`` right after a person's name opened by a first name (``Tom Reid of
    Acme``, ``Shirley Burnham of The Library Campaign``), else None (``Harbour Bank of Scotland``)."""
    if not (tokens[phrase.lo].is_capitalized and is_first_name(tokens[phrase.lo].lower)):
        return None
    for k in range(phrase.lo + 1, phrase.hi - 1):
        if tokens[k].lower in ORIGIN_WORDS:
            return k if tokens[k - 1].is_capitalized else None
        if not tokens[k].is_capitalized:
            return None
    return None


def _after_set_off_age(tokens: Sequence[Token], at: int, lo: int) -> bool:
    """An age set off by commas ends right before token ``at`` (``, 23,``), after a word of the name it belongs to."""
    return at - 3 > lo and tokens[at - 1].text == "," and tokens[at - 3].text == "," and _is_age(tokens[at - 2].text)


def _is_age(text: str) -> bool:
    """``text`` is the number of an age: one to three digits."""
    return text.isdigit() and len(text) <= _AGE_DIGITS


def _described_by_relative(tokens: Sequence[Token], comma: int, lo: int) -> bool:
    """The comma at ``comma`` closes a relative clause on a noun in lower case (``the councillor who first raised
    the alarm in the chamber,``): a description, the name set off after it its holder's."""
    who = _relative_who(tokens, comma, lo)
    return who is not None and who > lo and tokens[who - 1].is_word and not tokens[who - 1].is_capitalized


def _opening_object(words: Words, tokens: Sequence[Token], phrase: Mention, lo: int) -> bool:
    """``phrase``, in lower case, is the object of a preposition opening the sentence (``Outside court,``,
    ``After lunch,``): an adverbial, no one set off before an apposition."""
    k = phrase.lo - 1
    return k == lo and tokens[k].lower in words.prepositions and not tokens[phrase.lo].is_capitalized


def _named_before(phrases: Phrases, tokens: Sequence[Token], outer: Mention, lo: int) -> Mention:
    """The name set off before the description ``outer`` of a second apposition (``Ana Sousa, a deputy
    for Braga, one of the poorest districts, said``: Ana Sousa), else ``outer``."""
    if outer.lo - 1 <= lo or tokens[outer.lo - 1].text != "," or names_apposition(phrases.words, tokens, outer):
        return outer
    first = phrases._bare_phrase_before(tokens, outer.lo - 1, lo)
    named = first is not None and has_name(phrases.words, tokens, first) and not _adverbial(phrases.words, tokens, first)
    return first if named and first is not None else outer


def _adverbial(words: Words, tokens: Sequence[Token], phrase: Mention) -> bool:
    """``phrase`` opens with a preposition or a time word: an adverbial set off before the subject (``In Leeds,``,
    ``Last week,``), no one's name."""
    first, last = tokens[phrase.lo].lower, tokens[phrase.hi - 1].lower
    before = tokens[phrase.lo - 1].lower if phrase.lo > 0 else ""
    return first in words.prepositions or first in words.time_openers or before in words.time_openers or last in words.time_words


def _inside_phrase(words: Words, tokens: Sequence[Token], i: int, j: int, stop: int) -> bool:
    """Token ``j`` is a mark inside the phrase opening at ``i`` (see :func:`_mark_inside`) or an ``and``
    joining two portfolios of one post (``the former trade and consumer affairs minister``)."""
    text = tokens[j].text
    if text == "and":
        return _shared_portfolio(words, tokens, i, j, stop)
    return text in _MARKS_INSIDE and _mark_inside(words, tokens, i, j)


def _shared_portfolio(words: Words, tokens: Sequence[Token], i: int, j: int, stop: int) -> bool:
    """``and`` at token ``j`` joins two portfolios of one post in lower case, the phrase opening at ``i`` with a
    determiner or with the first portfolio (``the former trade and consumer affairs minister``, ``public relations and
    communications officer``): lower-case words and no role before it, lower-case words after it ending in a role
    that is not the first of them alone (not ``the minister and his wife``, ``the mayor and advocate``)."""
    first = i + (tokens[i].lower in words.determiners)
    if j == first:
        return False
    if any(not t.text.isalpha() or t.is_capitalized or t.quoted or (bare(t.text) in words.roles and t.lower not in words.rank_words) for t in tokens[first:j]):
        return False  # a rank may come first: "the deputy police and crime commissioner"
    for k in range(j + 1, min(stop, j + _ROLE_WORDS + 1)):
        token = tokens[k]
        if not token.text.isalpha() or token.is_capitalized or token.quoted or token.lower in words.function_words:
            return False
        if bare(token.text) in words.roles and (k > j + 1 or (k + 1 < stop and bare(tokens[k + 1].text) in words.roles)):
            return True  # "relations and advocate officer": a role of two words
        if bare(token.text) in words.roles:
            return False
    return False


def _goes_on_in_name(phrases: Phrases, tokens: Sequence[Token], j: int, stop: int, hi: int) -> bool:
    """Token ``j``, inside a name, goes on with it: a title's ``in`` or an ampersand (:func:`_in_name`), a brand's
    number (:func:`_brand_number`), a comma listing a body's fields (``the Digital, Culture, Media and Sport
    Committee``)."""
    token = tokens[j]
    return (
        (token.lower in _IN_OR_AMPERSAND and _in_name(phrases.words, tokens, j)) or _brand_number(phrases.words, tokens, j, stop)
        or (token.text == "," and _comma_in_body_name(phrases, tokens, j, hi))
    )


def _brand_number(words: Words, tokens: Sequence[Token], j: int, stop: int) -> bool:
    """The digits at token ``j``, inside a name, go on with capitalized words: a brand's number (``Storm Team 9 Chief
    Meteorologist Lauren Pike``, ``Channel 4 News reporter X``); or they close the name (``Local 1472 president X``)."""
    if not tokens[j].text.isdigit():
        return False
    return (j + 1 < stop and tokens[j + 1].is_capitalized and not tokens[j + 1].quoted) or numbered(words, tokens, j)


def _noun_first(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """``state officials``, ``report authors``: a speech-verb form opening a phrase before another word; a past form
    before a role is its adjective (``retired teacher Linda Haug``, ``elected officials``)."""
    token = tokens[j]
    after = tokens[j + 1] if j + 1 < hi else None
    if token.quoted or after is None or after.quoted:
        return False
    if token.lower.endswith("ed") and not token.is_capitalized:
        return bare(after.text) in words.roles or after.lower[:-1] in words.roles
    if token.lower not in words.speech_verbs or token.lower.endswith("ing"):
        return False
    return after.is_word and after.lower not in words.function_words


def _document_head(words: Words, tokens: Sequence[Token], i: int, j: int, hi: int) -> bool:
    """``the government work report``, ``the city planning review released …``: a document's word that is
    also a speech verb (:data:`documents`) ends a phrase opened by a determiner, after lower-case nouns,
    when no object follows it (a mark, a preposition, a past form or a speech verb next: ``the annual report said``;
    not ``the data report that``)."""
    token = tokens[j]
    if token.lower not in words.documents or j - i < 2 or tokens[i].lower not in words.determiners:
        return False
    if any(not t.text.isalpha() or t.lower in words.function_words for t in tokens[i + 1 : j]):
        return False
    after = tokens[j + 1] if j + 1 < hi else None
    if after is None or not after.is_word or after.lower in words.prepositions or after.lower.endswith("ed"):
        return True
    return after.lower in words.speech_verbs or after.lower in words.irregular_past


def _verb_before_that(words: Words, tokens: Sequence[Token], j: int, i: int) -> bool:
    """``The charity estimates that …``: a lower-case word in ``-s`` after a noun and before
    ``that`` is a verb, not part of the phrase starting at ``i`` (``The claims that …`` is)."""
    previous = tokens[j - 1]
    return (
        j > i + 1
        and not tokens[j].is_capitalized
        and tokens[j].lower.endswith("s")
        and previous.lower not in words.determiners
        and not is_possessive(previous)
    )


def _listed_names_start(words: Words, tokens: Sequence[Token], joiner: int, lo: int) -> int | None:
    """Where the capitalised names listed before the ``and``/``or`` at ``joiner`` start, when a preposition
    after a noun governs the list (``Researchers at Oxford, Cambridge and Durham``, ``the Department for
    Culture, Media and Sport``): the name after the joiner is its last item, no phrase of its own.  None
    where the joiner may join clauses (``Troops entered Kyiv and Zelensky said``) or a name lists people."""
    k = joiner
    while k > lo and joiner - k < PHRASE_TOKENS and (
        tokens[k - 1].text == "," or (tokens[k - 1].is_capitalized and not tokens[k - 1].quoted)
    ):
        k -= 1
    if k == joiner or tokens[k].text == "," or k - 2 < lo:
        return None
    if any(is_first_name(t.lower) for t in tokens[k : joiner + 2] if t.is_capitalized):
        return None  # "Amy Hart of Ohio, Ben Cole and Eve Lund": people, listed by the name reader
    preposition, head = tokens[k - 1], tokens[k - 2]
    if preposition.is_capitalized or preposition.lower not in words.prepositions:
        return None
    noun = head.is_capitalized or bare(head.text) in words.bodies or bare(head.text) in words.speaker_heads or (
        head.text.isalpha() and head.lower.endswith("s")
    )  # "A spokesperson for Lakes Transport and Roads": the body's whole name, never "Roads"
    return k if noun and not head.quoted else None


#: The endings of a noun for someone who does something (``operative``, ``lobbyist``, ``donor``, ``insider``).
AGENT_ENDINGS = ("er", "or", "ist", "ive", "ant", "ent", "ian", "man", "woman")


def _agent_noun(words: Words, token: Token) -> bool:
    """The lower-case word ``token`` is by its ending a noun for someone, the head the capitalized words
    before it describe: ``one GOP operative``, ``a Labour lobbyist``; not a function word (``other``,
    ``under``) nor a speech verb or auxiliary."""
    low = token.lower
    return (
        len(low) > 4 and low.isalpha() and low.endswith(AGENT_ENDINGS)
        and low not in words.function_words and low not in words.speech_verbs and low not in words.auxiliaries
    )


def _joined_object(phrases: Phrases, tokens: Sequence[Token], mention: Mention | None, lo: int) -> Mention | None:
    """The description whose object of a preposition ``mention``, a name after ``and``, ends (``A spokeswoman for
    the HSE West and North West``, ``Officials from Acme and Globex``): all of it, where a noun in lower case (or the
    sentence's first word) comes before the preposition; else ``None``."""
    if mention is None or mention.lo - 2 < lo or tokens[mention.lo - 1].lower != "and" or not tokens[mention.lo].is_capitalized:
        return None
    if not tokens[mention.lo - 2].is_capitalized:
        return None
    outer = phrases._bare_phrase_before(tokens, mention.lo - 1, lo)
    words = phrases.words
    if outer is None or not (tokens[outer.lo].lower in words.determiners or not tokens[outer.lo].is_capitalized):
        return None
    joint = next((k for k in range(outer.lo + 1, outer.hi) if tokens[k].lower in words.prepositions), None)
    described = joint is not None and (joint - 1 == outer.lo or not tokens[joint - 1].is_capitalized)
    return Mention(outer.lo, mention.hi) if described else None  # not "The Ministry of Health and Ines Moro"


def _head_of_who(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The lower-case word at ``j`` is a noun a relative clause on a person describes, the head the capitalized words
    before it describe (``a St Helens deckhand who did not want to be named``); not a function word nor a verb."""
    low = tokens[j].lower
    return (
        j + 1 < hi and tokens[j + 1].lower in ("who", "whose") and low.isalpha()
        and low not in words.function_words and low not in words.speech_verbs and low not in words.auxiliaries
        and not low.endswith("ed")
    )


def _ending_stop(words: Words, tokens: Sequence[Token], i: int, lo: int) -> int:
    """1 where token ``i - 1`` is the full stop of a word closing a name (``Jr.``, ``Inc.``: ``name_endings``), else 0."""
    return int(i - 1 > lo and tokens[i - 1].text == "." and tokens[i - 2].is_capitalized and tokens[i - 2].lower in words.name_endings)


def _noun_after(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` after a determiner or possessive: ``the state``, ``Russia’s claim``, a speech-verb form used as a
    noun; ``an unnamed``, a past form used as an adjective.  After an age (``the 74-year-old retired
    schoolteacher``), a past form that is no speech verb before a word in lower case is an adjective too, but not
    before a function word (``the 25-year-old agreed a deal``: the verb)."""
    token, previous = tokens[j], tokens[j - 1]
    low = token.lower
    if not token.is_word or token.quoted:
        return False
    if j + 1 < len(tokens) and tokens[j + 1].text.islower() and modifies_head(words, low, tokens[j + 1].lower):
        return True  # "union state secretary Dean Makris": a modifier of the role
    if previous.lower in YEAR_OLD:
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return (
            low.endswith("ed") and low not in words.speech_verbs and after is not None and after.text.isalpha() and after.text.islower()
            and after.lower not in words.function_words
        )
    if is_possessive(previous) and name_in_s(words, tokens, j - 1, j):
        return False  # "Sainsbury's said": a name's own "'s" before the verb
    if _compound_before_role(words, tokens, j):
        return True  # "A senior credit manager": a speech verb's form as the first noun of a role's compound
    if _adverb_and_participle(words, tokens, j):
        return True  # "a newly formed group"
    determiner = previous.lower in words.determiners and not (previous.is_capitalized and j >= 2 and tokens[j - 2].is_capitalized)
    return (is_possessive(previous) or determiner) and (  # not "One" of "Capital One says": a name's word
        low in words.speech_verbs or (low.endswith("ed") and low not in words.auxiliaries)
    )


def _adverb_and_participle(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` is an adverb in ``-ly`` after a determiner or a possessive and before a past form in lower case, or
    that past form: an adjective's phrase inside a noun phrase (``a newly formed group``, ``the recently retired
    judge``, ``the firm's newly appointed chief``)."""
    low = tokens[j].lower
    if low[-2:] == "ly":
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return _owning(words, tokens[j - 1]) and after is not None and after.text.islower() and after.lower[-2:] == "ed"
    return low[-2:] == "ed" and j >= 2 and tokens[j - 1].lower[-2:] == "ly" and _owning(words, tokens[j - 2])


def _owning(words: Words, token: Token) -> bool:
    """``token`` opens a noun phrase: a determiner or a possessive."""
    return token.lower in words.determiners or is_possessive(token)


def _compound_before_role(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j``, a speech verb's form, stands after a determiner and one word in lower case that is no noun of a
    speaker, and before a role in lower case: the first noun of the role's compound (``A senior credit manager``,
    ``a chief report writer``; not ``The company said director Ann Lee``)."""
    if j < 2 or j + 1 >= len(tokens) or tokens[j].lower not in words.speech_verbs:
        return False
    modifier, role = tokens[j - 1], tokens[j + 1]
    return (
        tokens[j - 2].lower in words.determiners and modifier.text.islower() and role.text.islower()
        and bare(role.text) in words.roles and modifier.lower not in words.speaker_heads and modifier.lower not in words.bodies
    )


#: Marks that end a clause before a phrase: the capitalized words right after one open it.
_CLAUSE_MARKS = frozenset(",;:")


def _roles_joined(phrases: Phrases, tokens: Sequence[Token], mention: Mention, hi: int) -> Mention | None:
    """``mention`` and two roles in lower case joined by ``and`` before a name (``former India`` of ``former India
    opener and commentator Vikram Sethi``): the phrase up to that name, both roles its; else ``None``."""
    k, words = mention.hi, phrases.words
    if k + 3 >= hi or not _lower_word(words, tokens[k]) or tokens[k + 1].lower != "and" or not _lower_word(words, tokens[k + 2]):
        return None
    name = phrases.phrase_after(tokens, k + 3, hi)
    return Mention(mention.lo, name.hi) if name is not None and name.lo == k + 3 and has_name(words, tokens, name) else None


def _lower_word(words: Words, token: Token) -> bool:
    """``token`` is a word in lower case that may be a role (``opener``), no function word."""
    return token.text.isalpha() and token.text.islower() and token.lower not in words.function_words


def _in_body_name_before(words: Words, tokens: Sequence[Token], j: int, lo: int) -> bool:
    """``of`` or ``for`` at token ``j`` (maybe with ``the`` after it) joins the capitalized words around it into a
    body's name that a kind of body in lower case opens (``Consumer group Power for the People``), that holds a
    capitalized body word (``The Institute for the Study of War said``), that a person named before belongs to
    (``Jens Kohler of the Alternative for Germany said``), or that opens the phrase, maybe after ``the``, with no
    function word nor partitive first (``Heritage Action for America said``; not ``Most of Congress``)."""
    after = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
    if tokens[j].lower not in _OF_FOR or after >= len(tokens) or not tokens[after].is_capitalized:
        return False
    if _inside_body_name(words, tokens, j):
        return True  # "The Institute for the Study of War said"
    m, first = j - 1, max(lo, j - PHRASE_TOKENS)  # a phrase's length at most: linear on a page of capitals
    while m >= first and (
        (tokens[m].is_capitalized and tokens[m].is_word and not tokens[m].quoted)
        or (tokens[m].lower == "of" and m > first and tokens[m + 1].is_capitalized and bare(tokens[m - 1].text) in words.roles)
    ):  # "Minister of State for Finance X": "of" after a role inside the capitalized title
        m -= 1
    if m >= first and tokens[m].lower == "the":
        m -= 1  # "the Union of Concerned Scientists"
    if m < first or tokens[m].text in _CLAUSE_MARKS:  # the capitalized words open the phrase: "In a statement, X for Y"
        opening = tokens[m + 1 + (tokens[m + 1].lower == "the")].lower
        return m + 1 < j and opening not in words.function_words and opening not in words.partitives
    # "Consumer group X for Y"; "Jens Kohler of the Alternative for Germany": a body a person named before belongs to
    affiliated = tokens[m].lower == "of" and tokens[m + 1].lower == "the" and m > first and tokens[m - 1].is_capitalized
    return m < j - 1 and not tokens[m].is_capitalized and (bare(tokens[m].text) in words.body_kinds or affiliated)


def _body_name_after(words: Words, tokens: Sequence[Token], i: int, j: int, hi: int) -> int:
    """Where a body's name goes on at ``of`` or ``for`` (token ``j``), maybe with ``the``, when a kind of body in lower
    case opens the phrase at ``i`` (``Consumer group Power for the People``, ``the charity Friends of the Earth``):
    at the capitalized word after them; else ``j``."""
    if tokens[j].lower not in _OF_FOR or not any(not t.is_capitalized and bare(t.text) in words.body_kinds for t in tokens[i:j]):
        return j
    k = j + 1 + (j + 1 < hi and tokens[j + 1].lower == "the")
    return k if k < hi and tokens[k].is_capitalized and not tokens[k].quoted else j


def _name_cut(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The lower-case word at token ``j``, right before a verb, ends a name the phrase before it cut:
    ``The group Vaga zelena said`` (never ``The group Vaga``); not ``Ann Lee herself said``, ``Ann Lee
    yesterday said``, nor a document a name owns (``The CMHR study also said``)."""
    token, low = tokens[j], tokens[j].lower
    if j + 1 >= hi or token.quoted or not token.text.isalpha() or low.endswith(("self", "selves")):
        return False
    if low in words.calendar or low in words.function_words or low in words.speech_verbs or low in words.documents:
        return False
    verb = tokens[j + 1]
    return not verb.quoted and not verb.is_capitalized and (verb.lower in words.speech_verbs or verb.lower in words.auxiliaries)


def names_someone(words: Words, last: Token) -> bool:
    """The last word of a phrase may name a speaker: a name, a speaker noun (or its plural: ``prosecutors``) or a
    pronoun, or the bracket closing the label a name ends with (``Ann Lee (D-Ore.)``, ``the Jan Vikas Party (JVP)``)."""
    low = bare(last.text)
    return (
        last.is_capitalized or low in words.speaker_heads or low in words.pronouns or last.text == ")"
        or (low.endswith("s") and singular(low) in words.speaker_heads)
    )


#: How many nouns in lower case may describe a name after a conjunction opening a sentence (``And series star X``).
_DESCRIBED_NAME_WORDS = 3


def _subject_start(words: Words, tokens: Sequence[Token], start: int, stop: int) -> int:
    """Where the search for the subject of a sentence opening at ``start`` begins: past a dateline opening the
    passage (:func:`_dateline_end`), a conjunction opening the sentence before a capitalized word (``But Councillor X came
    out swinging``) and an
    inverted opening (``Among the doubters was Senator X``: from X on)."""
    i = _dateline_end(tokens, 0, stop) if start == 0 else start
    if i + 1 < stop and tokens[i].is_capitalized and tokens[i].lower in _OPENING_CONJUNCTIONS and _name_next(words, tokens, i + 1, stop):
        i += 1  # before a name or title only: "So it is notable …" keeps no subject
    if i < stop and tokens[i].is_capitalized and tokens[i].lower in words.prepositions:
        return _inverted_subject(tokens, i, stop)
    return i


def _name_next(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A name or title opens at token ``k``, maybe after a few nouns in lower case that describe it (``series star
    Tom Ellis``); not a pronoun or other function word (``So it is notable``)."""
    for j in range(k, min(stop, k + _DESCRIBED_NAME_WORDS + 1)):
        token = tokens[j]
        if token.is_capitalized:
            return not token.quoted
        if token.quoted or not token.text.isalpha() or token.lower in words.function_words:
            return False
    return False


def _inverted_subject(tokens: Sequence[Token], i: int, stop: int) -> int:
    """The first token of the subject of a sentence opening at ``i`` with a prepositional phrase (its capitalized
    preposition at ``i``) and a copula before it (``Among those with doubts was Senator Ana Ruiz``, ``Behind the
    plan were two bankers``): the phrase after the copula; ``i`` with no copula, or a comma or quote before it."""
    for k in range(i + 1, min(stop - 1, i + _INVERSION_TOKENS)):
        token = tokens[k]
        if token.quoted or token.mark or not token.is_word:
            return i
        if token.lower in _COPULAS:
            return i if tokens[k + 1].quoted else k + 1
    return i


def _past_listed_roles(words: Words, tokens: Sequence[Token], j: int, hi: int) -> int:
    """Past more roles listed after a role, each after a comma or ``and`` (``actress, director and writer`` of
    ``Sydney actress, director and writer Pauline Chan``), the last perhaps a noun no list holds right before a full
    name (``… director and producer Pauline Chan``), from token ``j``: where the name may start."""
    while j + 1 < hi and tokens[j].lower in (",", "and") and (bare(tokens[j + 1].text) in words.roles or _noun_before_name(words, tokens, j + 1, hi)):
        j += 2
    return j


def _noun_before_name(words: Words, tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Token ``k`` is a word in lower case, no function word nor speech verb, right before two capitalized words: an
    occupation before a full name (``producer Pauline Chan``)."""
    low = tokens[k].text
    return (
        k + 2 < hi and low.isalpha() and low.islower() and low not in words.function_words and low not in words.speech_verbs
        and tokens[k + 1].is_capitalized and tokens[k + 2].is_capitalized and not tokens[k + 1].quoted
    )


def _named_after_words(phrases: Phrases, tokens: Sequence[Token], mention: Mention, k: int, hi: int) -> Mention:
    """``mention`` after a speech verb and the words in lower case after it up to token ``k``, a role no list holds,
    with the person's name that opens at ``k`` after a title or a given name (``said Harbour Union shop steward Ann
    Lee``, ``said Akbayan party-list Rep. Ann Lee``); else ``mention`` alone, as after a plural (``said Aswan traders
    Karim Fawzi and Omar Said``)."""
    token, last = tokens[k], tokens[k - 1].lower
    words = phrases.words
    titled = bare(token.text) in words.name_titles or bare(token.text) in words.roles
    if k == mention.hi or not token.is_capitalized or token.quoted or k + 1 >= hi or (last[-1:] == "s" and last[-2:] != "ss" and not titled):
        return mention  # "said Aswan traders Karim Fawzi and Omar Said": a plural, several people; "city schools Supt. Ann Lee": one
    if not titled and not (is_first_name(token.lower) and tokens[k + 1].is_capitalized):
        return mention
    name = phrases.phrase_after(tokens, k, hi)
    return mention if name is None else Mention(mention.lo, name.hi)


def has_name(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` holds a capitalised word other than a determiner (``the Harbour Board``, not ``The board``)."""
    return any(t.is_capitalized and t.lower not in words.determiners for t in tokens[mention.lo : mention.hi])


def _before_relative(phrases: Phrases, tokens: Sequence[Token], relative: int, lo: int) -> Mention | None:
    """The phrase a ``, which`` or ``, who`` at ``relative`` follows (``the NSS, which warns``), or the name before a
    role or description set in apposition to it (:func:`_name_before_role`: ``Acme, a Dutch lender, which said``), for
    ``who`` also where the apposition ends in a place's name
    no phrase can be read back from (``X, a professor of law at Carrow Law School, who called``: X), or past an age
    (``Langford, 63, who told``)."""
    comma = relative - 1
    if comma - 3 >= lo and tokens[comma - 1].text.isdigit() and len(tokens[comma - 1].text) <= 3 and tokens[comma - 2].text == ",":
        comma -= 2  # "Langford, 63, who": the name before the age
    inner = phrases._bare_phrase_before(tokens, comma, lo)
    if tokens[relative].lower != "who":
        return _name_before_role(phrases, tokens, inner, lo)  # "the Ohio Data Center Coalition, an industry group, which said"
    if inner is not None and _placed_by_participle(phrases.words, tokens, inner.lo, lo):
        inner = None  # "Mrs Justice Black, sitting in London, who said": never the place
    if inner is None and (start := _apposition_start(phrases.words, tokens, comma, lo)) is not None:
        outer = phrases._bare_phrase_before(tokens, start, lo)
        return outer if outer is not None and tokens[outer.hi - 1].is_capitalized else None
    return _name_before_role(phrases, tokens, inner, lo) if inner is not None else _name_run_before(phrases.words, tokens, comma, lo)


def _placed_by_participle(words: Words, tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The phrase at token ``k`` follows a participle and a place's preposition: ``sitting in London``, ``based at
    Leeds``; a place, never the one a ``who`` after it speaks of."""
    return k - 2 > lo and tokens[k - 1].lower in words.place_prepositions and tokens[k - 2].lower.endswith(("ing", "ed"))


def _name_run_before(words: Words, tokens: Sequence[Token], end: int, lo: int) -> Mention | None:
    """The capitalized words (a name, maybe with its title) right before token ``end``, after a word in lower case that
    no phrase reads back past (``criticism from President Trump, who called``: ``President Trump``), else None; not a
    place (a place of the gazetteers, or one after a participle's preposition: for ``Judge Ann Lee, sitting in Leeds,
    who``, the name before that clause)."""
    k = end
    while k > lo and end - k < PHRASE_TOKENS and (tokens[k - 1].is_capitalized or (tokens[k - 1].text == "." and k < end)):
        k -= 1
    if k >= end or k <= lo or not tokens[k - 1].is_word or tokens[k - 1].is_capitalized:
        return None
    if _placed_by_participle(words, tokens, k, lo):  # "Ann Lee, sitting in Leeds, who": the name before the clause
        return _name_run_before(words, tokens, k - 3, lo) if k - 3 > lo and tokens[k - 3].text == "," else None
    return None if is_place(tuple(t.lower for t in tokens[k:end])) else Mention(k, end)


def _name_before_role(phrases: Phrases, tokens: Sequence[Token], inner: Mention | None, lo: int) -> Mention | None:
    """The name before the role ``inner`` set in apposition to it, right before ``, who``: ``X, president of
    Y, who called`` is X; ``inner`` itself when it names the speaker (``the union's head, Nora Flynn, who``)."""
    if inner is None or inner.lo - 1 <= lo or tokens[inner.lo - 1].text != ",":
        return inner
    outer = phrases._bare_phrase_before(tokens, inner.lo - 1, lo)
    named = outer is not None and tokens[outer.hi - 1].is_capitalized and not names_apposition(phrases.words, tokens, inner)
    return outer if named else inner


def _word_start(tokens: Sequence[Token], k: int, i: int) -> int:
    """Where a phrase read back from ``i`` to ``k`` starts: at ``k``, or, when it ran to :data:`PHRASE_TOKENS`
    and was cut inside a word, at the next word (``U.S. Attorney's Office for the …`` reads from ``Attorney's``)."""
    if i - k >= PHRASE_TOKENS:
        while 0 < k < i and tokens[k - 1].end == tokens[k].start:
            k += 1
    return k


def _source_before(words: Words, tokens: Sequence[Token], preposition: int, lo: int) -> bool:
    """A source noun before the preposition, maybe with a modifier or participle: ``source inside``,
    ``official close to``, ``soldier fighting near``; or a unit of government's capitalized word before ``of``
    (``the Southern District of New York``)."""
    k = preposition - 1
    if k > lo and (tokens[k].lower in words.source_modifiers or tokens[k].lower.endswith("ing")):
        k -= 1  # "a soldier fighting near X"
    if k >= lo and tokens[preposition].lower == "of" and tokens[k].is_capitalized and tokens[k].lower in words.jurisdiction_words:
        return True
    return k >= lo and bare(tokens[k].text) in words.speaker_heads


def _only_possessors(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """Every capitalized word of ``mention`` is a possessive: ``Germany's largest union`` describes."""
    names = [t.text for t in tokens[mention.lo : mention.hi] if t.is_capitalized and t.lower not in words.determiners]
    return all(name.endswith(("'s", "’s", "'", "’")) for name in names)


#: The most tokens of a region after a place and a comma (``Santa Monica, California``, ``Cape Town, Western Cape``).
_REGION_TOKENS = 5
#: Small words inside a place's or body's name before a region (``University of Nigeria, Nsukka``).
_NAME_JOINERS = frozenset(["of", "and"])


def _apposition_start(words: Words, tokens: Sequence[Token], comma: int, lo: int) -> int | None:
    """The comma opening an apposition that the comma at ``comma`` closes, with no other comma or quote
    between, when it opens with a determiner or a title (:func:`_opens_with_title`), maybe after ``now`` or ``formerly`` (``, now an adviser to
    the party,``), before any age (``, 58, a lawyer at …,``); else ``None``."""
    for k in range(comma - 1, max(lo, comma - _RELATIVE_TOKENS) - 1, -1):
        if tokens[k].quoted or tokens[k].mark:
            return None
        if tokens[k].text == "," and k + 1 < comma <= k + _REGION_TOKENS + 1 and k > lo and _is_region_comma(words, tokens, k, comma):
            continue  # "… in Santa Monica, California, who …": a place and its region
        if tokens[k].text == ",":
            j = past_adverb(tokens, k + 1, comma)
            if j >= comma or not (tokens[j].lower in words.determiners or _opens_with_title(words, tokens, j, comma)):
                return None
            return _before_age(tokens, k, lo)
    return None


def _opens_with_title(words: Words, tokens: Sequence[Token], j: int, comma: int) -> bool:
    """Lower-case title words open the apposition at token ``j`` up to ``of`` or ``at``: ``, general manager of
    dealer Eastgate Motors,``, ``, head of research at Kestrel,``."""
    k = j
    while k < comma and not tokens[k].is_capitalized and (tokens[k].lower in words.rank_words or bare(tokens[k].text) in words.roles):
        k += 1
    return j < k < comma and tokens[k].lower in ("of", "at") and bare(tokens[k - 1].text) in words.roles


def _is_region_comma(words: Words, tokens: Sequence[Token], k: int, comma: int) -> bool:
    """The comma at ``k`` sets a region after a place, both capitalized, the region ending at ``comma`` and the
    place after a word of ``place_prepositions`` or a role's ``of`` (``in Santa Monica, California``; ``at the
    University of Nigeria, Nsukka``: a name joined by ``of``, after ``the``; ``the mayor of Mamaroneck, New York``;
    not ``Ann Lee, Chief Economist``)."""
    j = k
    while j > 1 and k - j < _REGION_TOKENS and (
        tokens[j - 1].is_capitalized or (tokens[j - 1].lower in _NAME_JOINERS and tokens[j - 2].is_capitalized)
    ):
        j -= 1
    j -= 1 if j < k and j > 1 and tokens[j - 1].lower == "the" else 0
    placed = j > 0 and (tokens[j - 1].lower in words.place_prepositions or _role_of(words, tokens, j - 1))
    return j < k and placed and all(t.is_capitalized for t in tokens[k + 1 : comma])


def _role_of(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is the ``of`` after a role in lower case, before the place it is held in: ``the mayor of``."""
    return k > 0 and tokens[k].lower == "of" and tokens[k - 1].lower in words.roles and not tokens[k - 1].is_capitalized


def past_adverb(tokens: Sequence[Token], k: int, stop: int) -> int:
    """Token ``k``, or the one after it when it is an adverb opening an apposition (``now``, ``formerly``)."""
    return k + 1 if k + 1 < stop and tokens[k].lower in _APPOSITION_ADVERBS else k


def _before_age(tokens: Sequence[Token], comma: int, lo: int) -> int:
    """The comma before an age set off by commas that ends at the comma ``comma`` (``, 58,``), else ``comma``."""
    return comma - 2 if comma - 2 > lo and tokens[comma - 1].text.isdigit() and tokens[comma - 2].text == "," else comma


def _dateline_end(tokens: Sequence[Token], start: int, stop: int) -> int:
    """After the dateline opening a passage at ``start`` (``JACKSON —``, ``WAPATO, Wash. —``, ``NAIROBI, Kenya
    (AP) —``, ``OTTAWA -``: a word in capitals, then a dash, or a hyphen after a space, within a few tokens; or words
    in capitals alone before a colon, ``NEW DELHI:``; a place in title case credits an agency in brackets before
    the dash, ``Brussels (AFP) –``), else ``start``."""
    first = tokens[start] if start < stop else None
    if start != 0 or first is None or len(first.text) < 2 or not first.is_capitalized or not first.is_word:
        return start
    shouted = first.text.isupper()
    for k in range(start + 1, min(stop, start + DATELINE_TOKENS)):
        if tokens[k].text in DASHES and (tokens[k].text != "-" or tokens[k].start > tokens[k - 1].end):
            return k + 1 if shouted or tokens[k - 1].text == ")" else start
        if shouted and tokens[k].text == ":" and all(t.text.isupper() for t in tokens[start:k]):
            return k + 1
        if tokens[k].quoted or tokens[k].text in ";:":
            break
    return start


def _relative_who(tokens: Sequence[Token], i: int, lo: int) -> int | None:
    """The ``who`` or ``whose`` opening a relative clause that runs without commas up to token ``i`` (``a
    farmer who lost his barn``, ``a jeweller whose shop was robbed`` before ``said``), else ``None``."""
    start = max(lo, i - _RELATIVE_TOKENS)
    lowers = list(map(LOWER, tokens[start:i]))  # read in C: most phrases hold neither
    if "who" not in lowers and "whose" not in lowers:
        return None
    for k in range(i - 1, start - 1, -1):
        token = tokens[k]
        if token.quoted or token.text in ",;:" or (token.is_capitalized and token.lower in _PERSON_RELATIVES):
            return None
        if token.lower in _PERSON_RELATIVES:
            return k
    return None


#: The most tokens of an indefinite description set off at the end of a relative clause (``, an industry body with 84
#: members,``).
_DESCRIPTION_TOKENS = 10


def _relative_start(tokens: Sequence[Token], comma: int, lo: int) -> int | None:
    """The comma opening a relative clause (``, which …`` or ``, who …``) that the comma at ``comma``
    closes, with no other comma between them but one setting off a name or a short indefinite or lower-case description
    at the clause's end (``, who starred in his final film, Snow White and the Huntsman,``, ``, who heads the Lenders
    Forum, an industry body with 84 members,``, ``, which rates Brazil BB, two notches below investment grade,``; before
    an age: ``X, 82, who …,``), else ``None``."""
    end = comma
    for k in range(comma - 1, max(lo, comma - _RELATIVE_TOKENS) - 1, -1):
        if tokens[k].text == ",":
            if k + 1 < end and tokens[k + 1].lower in _RELATIVES:
                return _before_age(tokens, k, lo)  # ", 82, who"
            named = k + 1 < end - 1 < k + _NAME_TOKENS and tokens[k + 1].is_capitalized and tokens[end - 1].is_capitalized
            lowered = all(t.is_word and not t.is_capitalized and not t.quoted for t in tokens[k + 1 : end])  # "two notches below …"
            described = (tokens[k + 1].lower in ("a", "an") or lowered) and end - k <= _DESCRIPTION_TOKENS
            if end < comma or not (named or described):
                return None
            end = k
    return None


def _whole_phrase(phrases: Phrases, tokens: Sequence[Token], mention: Mention | None, lo: int) -> Mention | None:
    """``mention`` read back to the whole noun phrase it ends, where it is only the tail of one: the object of a part
    that a preposition or a participle joins to the noun heading the phrase (``A senior executive at one of the lead
    managers``, ``A lawyer representing one of the companies``; not ``Most of the residents``), or the last of two
    places a body's name holds after ``for`` or ``of`` (``The Ferry Users' Forum for Argyll and the Isles``)."""
    if mention is None or mention.lo - 3 < lo:
        return mention
    words, k = phrases.words, mention.lo
    if tokens[k - 1].lower == "of" and tokens[k - 2].lower in words.partitives:
        joiner = tokens[k - 3]
        if joiner.lower in words.prepositions or (joiner.lower.endswith("ing") and joiner.text.islower()):
            head = phrases._bare_phrase_before(tokens, k - 3, lo)
            return mention if head is None or head.hi != k - 3 else Mention(head.lo, mention.hi)
    if tokens[k - 1].lower == "and" and tokens[k].lower == "the" and tokens[k - 2].is_capitalized:
        j = k - 2
        while j > lo and tokens[j - 1].is_capitalized and not tokens[j - 1].quoted:
            j -= 1
        if j - 1 > lo and tokens[j - 1].lower in ("for", "of"):
            body = phrases._bare_phrase_before(tokens, j - 1, lo)
            if body is not None and body.hi == j - 1 and bare(tokens[body.hi - 1].text) in words.bodies:
                return Mention(body.lo, mention.hi)
    return mention


def _past_fronted_phrase(words: Words, tokens: Sequence[Token], mention: Mention | None) -> Mention | None:
    """``mention`` without a phrase a preposition fronts before a comma: ``On Monday, Revenue and Customs``."""
    if mention is None or tokens[mention.lo].lower not in words.prepositions:
        return mention
    comma = next((k for k in range(mention.hi - 1, mention.lo, -1) if tokens[k].text == ","), None)
    return mention if comma is None or comma + 1 >= mention.hi else Mention(comma + 1, mention.hi)


def _adverb(words: Words, tokens: Sequence[Token], k: int, lo: int) -> bool:
    """Token ``k`` is an adverb in ``-ly`` (``privately``, ``reportedly``): no noun of a speaker (``family``), nor an
    adjective after an owner or a determiner (``the agency’s early estimates``, ``the elderly``)."""
    token = tokens[k]
    low = token.lower
    if low[-2:] != "ly" or not token.text.islower() or low in words.speaker_heads:
        return False
    return k == lo or not (is_possessive(tokens[k - 1]) or tokens[k - 1].lower in words.determiners)


def _particle_joins(tokens: Sequence[Token], j: int, stop: int) -> int:
    """How many tokens from the particle at ``j`` go on a name: one when a capitalized word follows before ``stop``
    (``de``, ``von der``), two when a lower-case noun and another particle lead to one (``Société de transport de
    Montréal``), else none."""
    k = j + 1
    if k < stop and tokens[k].lower in NAME_PARTICLES:
        k += 1
    if k < stop and tokens[k].is_capitalized and not tokens[k].quoted:
        return 1
    return 2 if bridged_particle(tokens, j, stop) else 0


def _mark_inside(words: Words, tokens: Sequence[Token], i: int, j: int) -> bool:
    """The mark at token ``j`` of a phrase opening at ``i`` stays inside it: the full stop of an initial or title
    (``Dr. Ann Lee``), of a surname's ``St.`` (``Karen St. Hilaire``) or of a body's abbreviated noun before a role in
    lower case (``Acme Inc. analyst Bo Li``), the hyphen of an age (``the 45-year-old``) or of two titles (``Lt.-Cmdr. Ann Lee``), the apostrophe of a plural possessive
    (``the Harrises’ neighbour``), the ``!`` of a brand's name before a word in lower case (``Yahoo! chief executive``)."""
    text = tokens[j].text
    if text == "!":
        return 0 < j + 1 < len(tokens) and tokens[j - 1].is_capitalized and tokens[j - 1].end == tokens[j].start and _noun_next(words, tokens[j + 1])
    if text == ".":
        return j > i and (
            initial_dot(tokens, j, words.name_titles) or saints_dot(tokens, j) or _body_dot(words, tokens, j) or _initialism_dot(words, tokens, j)
        )
    if text == "-":
        return age_hyphen(tokens, j) or (j > i and title_hyphen(tokens, j, words.name_titles))
    return j > i and _plural_possessive(tokens, j)


def _noun_next(words: Words, token: Token) -> bool:
    """``token`` is a word in lower case that may go on a noun phrase: no verb nor function word (``chief`` of
    ``Yahoo! chief executive``; not ``said`` of ``Yahoo! said``)."""
    low = token.lower
    return token.text.islower() and token.text.isalpha() and low not in words.function_words and not (
        low in words.speech_verbs or low in words.auxiliaries or low in words.irregular_past or low.endswith("ed")
    )


def _body_dot(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """The full stop at token ``j`` ends a body's abbreviated noun (``Inc.``) and a role in lower case
    follows: a full stop before a word in lower case ends no sentence (``Acme Inc. analysts X and Y``)."""
    if j + 1 >= len(tokens):
        return False
    after, low = tokens[j + 1], bare(tokens[j + 1].text)
    role = low in words.roles or (low.endswith("s") and low[:-1] in words.roles)  # "analysts"
    return tokens[j - 1].lower in words.bodies and not after.is_capitalized and not after.quoted and role


def _initialism_dot(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """The full stop at token ``j`` closes a place's initials (``L.A.``, ``D.C.``) before a role in lower case, at
    most :data:`_ROLE_WORDS` words on: ``L.A. mayor Eric Garcetti``, ``D.C. police chief Ann Lee``."""
    if j < 3 or len(tokens[j - 1].text) != 1 or tokens[j - 2].text != "." or len(tokens[j - 3].text) != 1:
        return False
    if not (tokens[j - 1].is_capitalized and tokens[j - 3].is_capitalized):
        return False
    for k in range(j + 1, min(len(tokens), j + 1 + _ROLE_WORDS)):
        token = tokens[k]
        if not token.is_word or token.is_capitalized or token.quoted:
            return False
        if bare(token.text) in words.roles:
            return True
    return False


def _plural_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is the apostrophe of a plural possessive glued to a word in ``-s`` before it, which stays
    inside the phrase: ``the Nurses' Union``, ``Teachers’ Federation``, ``the Harrises’ neighbour``."""
    token, previous = tokens[k], tokens[k - 1]
    return token.text in _APOSTROPHES and not token.mark and k > 0 and previous.lower.endswith("s") and previous.end == token.start


def _head_within(words: Words, tokens: Sequence[Token], j: int, stop: int, stops: Callable[[Token], bool]) -> bool:
    """Lower-case nouns from token ``j`` (none that ``stops`` a phrase) end in a body noun or a role right
    after a name: ``the Lisbon port authority``, ``the Bihar health department``, ``BJP national
    spokesperson X`` (not ``Acme shares``)."""
    for k in range(j, min(stop, j + _ROLE_WORDS)):
        token = tokens[k]
        if token.is_capitalized or token.quoted or not token.text.isalpha() or stops(token):
            return False
        if token.lower in words.bodies or token.lower in words.roles:
            return True
        if token.lower in words.function_words:
            return False
    return False


def _apposed_name(
    words: Words,
    tokens: Sequence[Token],
    mention: Mention,
    hi: int,
    phrase_after: Callable[[Sequence[Token], int, int], Mention | None],
) -> Mention:
    """The name set off by a comma after an indefinite ``mention`` and closing the clause (``one
    resident, Yaw Boateng.``: the name), or a full name after a role, a noun of one person (``Fargo shopper, Mah
    Moe``) or a noun with ``the`` or a possessive (``its convenor, Ann Lee.``, ``the firm's co-founder,
    Ivo Marsh, who …``, ``the sponsor, Sen. Ann Lee, a Republican``), or a full or given name after a kin word (``his
    mother, Annette.``), else ``mention`` (``a tailor, and …``, ``the mayor, Tuesday.``, ``a barista in Columbus,
    Ohio``)."""
    indefinite = tokens[mention.lo].lower in INDEFINITE
    post = next((j for j in range(mention.lo + 1, mention.hi) if tokens[j].lower in _OF_FOR), mention.hi)
    role = any(bare(tokens[j].text).rsplit("-", 1)[-1] in words.roles for j in {post - 1, mention.hi - 1})  # "co-founder"
    role = role or (tokens[mention.lo].lower in _DEFINITE and mention.hi - mention.lo <= _NOUN_TOKENS and not any(
        t.is_capitalized for t in tokens[mention.lo + 1 : mention.hi]
    ) and not _document(words, tokens[mention.hi - 1].lower))  # "the sponsor, Sen. Ann Lee,", "the bill's sponsor, Ann Lee.", "its convenor, Ann Lee."
    owner = mention.hi - 2  # "Vines’ mother, Annette.": a named owner's kin
    owned = owner >= mention.lo and (is_possessive(tokens[owner]) or _plural_possessive(tokens, owner))
    kin = tokens[mention.hi - 1].lower in words.kin and (owned or not any(t.is_capitalized for t in tokens[mention.lo : mention.hi]))
    role = role or kin  # "his mother, Annette.", "the boy's mother, Annette Vines."
    last = tokens[mention.hi - 1].lower
    role = role or (last in words.person_nouns and not singular(last))  # "said Fargo shopper, Mah Moe."
    comma = _portfolio_end(words, tokens, mention.hi, hi) if role else mention.hi  # "chief of research and economics,"
    whole = Mention(mention.lo, comma) if comma > mention.hi else mention  # the role with all its portfolios
    if comma + 1 >= hi or tokens[comma].text != "," or not (indefinite or role) or tokens[comma - 1].is_capitalized:
        return whole  # "a barista in Columbus, Ohio": a place and its state, no name set off
    inner = phrase_after(tokens, comma + 1, hi)
    if inner is None or not (indefinite or inner.hi - inner.lo > 1 or (kin and is_first_name(tokens[inner.lo].lower))):
        return whole
    closes = inner.hi >= hi or tokens[inner.hi].text in ",.;" or _place_closes(tokens, inner.hi, hi)
    return inner if closes and all(t.is_capitalized for t in tokens[inner.lo : inner.hi] if t.is_word) else whole


def _mark_in_name(tokens: Sequence[Token], j: int, stop: int, in_name: bool) -> int:
    """How many tokens from ``j`` a name or title runs on past: a retirement mark (``Col (Rtd) Ann Lee``), or inside a
    name digits and an ordinal's letters before a capitalized word (``Albay 2nd District Rep. X``); else 0."""
    ordinal = in_name and j + 2 < stop and tokens[j].text.isdigit() and tokens[j + 1].lower in ORDINAL_ENDS and tokens[j + 2].is_capitalized
    return retired_mark(tokens, j, stop) or 2 * ordinal


def _document(words: Words, low: str) -> bool:
    """``low`` names a document or words said, not a person (``the report``, ``its statement``)."""
    return low in words.documents or low in words.speech_nouns or low in words.messages


def _place_closes(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """``of`` or ``from`` and a place's capitalized words at token ``k`` close the clause (``the family’s attorney,
    Vanessa Kraemer of Evansville.``)."""
    if tokens[k].lower not in ("of", "from"):
        return False
    j = k + 1
    while j < min(hi, k + _PLACE_WORDS + 1) and tokens[j].is_capitalized and tokens[j].is_word:
        j += 1
    return j > k + 1 and (j >= hi or tokens[j].text in ",.;")


#: The most words of a place after ``of`` closing an apposed name (``of Evansville``, ``of Port Moresby``).
_PLACE_WORDS = 3


def _of_before_post(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The ``of`` at token ``j`` joins capitalized words that a role and a name follow, maybe after a word or
    two in lower case: the words name an honour or a body the person holds a post in (``Hall of Fame
    premiership coach X``)."""
    k = j + 1
    while k < min(hi, j + _POST_TOKENS) and tokens[k].is_capitalized and not tokens[k].quoted:
        k += 1
    if k == j + 1:
        return False
    for m in range(k, min(hi - 1, k + 3)):
        token = tokens[m]
        if token.quoted or token.is_capitalized or not token.text.isalpha() or token.lower in words.function_words:
            return False
        if bare(token.text) in words.roles:
            after = tokens[m + 1]
            return after.is_capitalized and not after.quoted and bare(after.text) not in words.titles
    return False


def _joins_title(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The joiner at token ``j`` is inside a person's title: ``the former Wales and Lions coach``, ``Hall of
    Fame coach X``."""
    if tokens[j].lower == "and":
        return _joined_modifiers(words, tokens, j, hi) or and_in_title(words, tokens, j)  # "Trade and Industry Minister X"
    return tokens[j].lower == "of" and _of_before_post(words, tokens, j, hi)


def _joined_modifiers(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The ``and`` at token ``j`` joins two capitalized words before one role in lower case that no name
    follows, after a determiner and maybe an adjective: ``the former Wales and Lions coach`` is one person
    described, never ``Lions coach``; not ``Ann Lee and Lions coach Bo Reyes``."""
    if j < 2 or j + 2 >= hi or not tokens[j - 1].is_capitalized or not tokens[j + 1].is_capitalized:
        return False
    k = j - 2 if tokens[j - 2].lower in words.determiners else j - 3
    if k < 0 or tokens[k].lower not in words.determiners or (k < j - 2 and tokens[k + 1].is_capitalized):
        return False
    role = tokens[j + 2]
    after = tokens[j + 3] if j + 3 < hi else None
    return not role.is_capitalized and bare(role.text) in words.roles and (after is None or not after.is_capitalized)


#: Lower-case words inside a body's name before a capitalized word: ``the Institute for the Study of War``.
_NAME_LINKS = frozenset(["of", "for", "and", "the", "&"])


def _inside_body_name(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """The joiner at token ``j`` comes after capitalized words and links of a body's name holding a capitalized body
    word (``the Institute for the Study`` of ``… of War``, ``the Federation of Indian Chambers`` of ``… of Commerce``):
    the name goes on."""
    k, first = j - 1, max(0, j - PHRASE_TOKENS)  # a phrase's length at most: linear on a page of capitals
    while k >= first and not tokens[k].quoted and (tokens[k].is_capitalized or tokens[k].lower in _NAME_LINKS):
        if tokens[k].is_capitalized and k < j - 1 and bare(tokens[k].text) in words.bodies:
            return True
        k -= 1
    return False


def _named_after_joiner(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """A capitalized word follows the joiner at ``j``, perhaps after ``the``: ``Ministry of Economy``, ``Ministry of the
    Interior``."""
    k = j + 1 + (j + 2 < hi and tokens[j + 1].lower == "the")
    return k < hi and tokens[k].is_capitalized and not tokens[k].quoted


def _body_post(words: Words, tokens: Sequence[Token], i: int, j: int) -> bool:
    """The ``and`` at token ``j`` follows a role in lower case after a body's name opening the phrase at
    ``i`` (``Acme Corp president and CEO X``); not ``the mayor and Councillor X``: two people."""
    return tokens[j].lower == "and" and j > i + 1 and bare(tokens[j - 1].text) in words.roles and tokens[i].is_capitalized and tokens[i].lower not in words.determiners


def _after_role(words: Words, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Token ``j`` comes right after a role in lower case inside the phrase (``founder and CEO Ann Lee``)."""
    return j > i and not tokens[j - 1].is_capitalized and bare(tokens[j - 1].text) in words.roles


def _joined_post(words: Words, tokens: Sequence[Token], j: int, hi: int) -> bool:
    """The ``and`` at token ``j``, after a role, joins capitalized words ending in a role that a name
    follows: one post (``President and CEO Gary Pruitt``, ``Chief Health and Medical Editor Dr Ann
    Roe``); not ``The Prime Minister and Foreign Minister said``."""
    role = False
    for k in range(j + 1, min(hi, j + _POST_TOKENS)):
        token = tokens[k]
        if not token.is_capitalized or token.quoted:
            return False
        if bare(token.text) in words.roles:
            role = True
        elif role and bare(token.text) not in words.titles:
            return True  # the name after the post
    return False


def _past_lead_word(words: Words, tokens: Sequence[Token], k: int, i: int) -> int:
    """Past an adverb of the ``lead_words`` list opening a phrase ``k:i`` before a determiner or a
    lower-case word (``Meanwhile the ministry``, ``Earlier officials``); not one opening a name
    (``Inside Climate News``); past a sentence adverb or a word of the ``mood_openers`` list before any word
    (``Instead Health NZ``, ``Initially Harbour Council``); else ``k``."""
    if k < i - 1 and tokens[k].is_capitalized and (tokens[k].lower in words.mood_openers or _sentence_adverb(words, tokens[k].lower)):
        return k + 1  # "Instead Health NZ opted", "Initially Harbour Council said": no name opens with an adverb
    if k >= i - 1 or not tokens[k].is_capitalized or tokens[k].lower not in words.lead_words:
        return k
    after = tokens[k + 1]
    opens = after.lower in words.determiners or not after.is_capitalized
    return k + 1 if opens and tokens[k].lower not in words.determiners else k


def _past_pointed_noun(words: Words, tokens: Sequence[Token], k: int, i: int) -> int:
    """Past a lower-case noun opening a phrase ``k:i`` right after ``that`` or ``this`` and before a
    capitalized word: the noun ends the phrase before (``In that game Man City coach said``, ``After this
    match Leeds boss Ann Lee said``), not a word of the speaker's; else ``k``."""
    if k == 0 or k >= i - 1 or tokens[k - 1].lower not in ("that", "this") or not tokens[k + 1].is_capitalized:
        return k
    token = tokens[k]
    low = token.lower
    modifies = low in words.roles or low in words.bodies or low in words.source_modifiers  # "that police Chief X"
    return k + 1 if token.is_word and not token.is_capitalized and not modifies else k


#: The prepositions that tie a plural source to the body it works for: ``Analysts at Harbour Securities``.
_AFFILIATIONS = frozenset(["at", "from"])


def _with_affiliation(
    words: Words, tokens: Sequence[Token], mention: Mention | None, stop: int, phrase_after: Callable[[Sequence[Token], int, int], Mention | None]
) -> Mention | None:
    """A subject of one plural role (``Analysts``) with the body it works for after ``at`` or ``from``, which the
    phrase reader leaves out before a verb that is no speech verb: ``Analysts at Harbour Securities cut their
    target, arguing …``, ``Economists from the Bank of Ireland raised …``; not a place (``Traders in London``)."""
    if mention is None or mention.hi - mention.lo != 1 or mention.hi + 1 >= stop or tokens[mention.hi].lower not in _AFFILIATIONS:
        return mention
    head = tokens[mention.lo].lower
    if not head.endswith("s") or singular(head) not in words.roles:
        return mention
    body = phrase_after(tokens, mention.hi + 1, stop)
    named = body is not None and any(t.is_capitalized for t in tokens[body.lo : body.hi])
    return Mention(mention.lo, body.hi) if named and not is_place(tuple(t.lower for t in tokens[body.lo : body.hi])) else mention


def past_time(words: Words, tokens: Sequence[Token], k: int, stop: int) -> int:
    """The token after a time adverbial opening at token ``k`` (``on Tuesday``, ``last week``), before
    ``stop``; else ``k``."""
    for end in range(min(stop, k + _TIME_TOKENS), k, -1):
        if time_start(words, tokens, end, k - 1) == k:
            return end
    return k


def time_start(words: Words, tokens: Sequence[Token], i: int, lo: int) -> int:
    """The first token of a time adverbial ending just before token ``i`` (``on Tuesday``, ``on Friday
    night``, ``last week``, ``yesterday``, ``Monday``, ``Sunday night``), a word at least after ``lo``; else ``i``."""
    k = i
    while k - 1 > lo and i - k < _TIME_TOKENS and not tokens[k - 1].quoted and (
        tokens[k - 1].lower in words.time_words or tokens[k - 1].lower in words.time_openers or tokens[k - 1].text.isdigit()
    ):
        k -= 1
    while k < i and tokens[k].lower not in words.time_openers and tokens[k].lower not in words.calendar:
        k += 1  # "… week on Tuesday": from the opener
    if k == i or tokens[i - 1].lower in words.time_openers:
        return i
    dated = all(t.lower in words.calendar or t.text.isdigit() or (t.lower in words.time_words and j > k) for j, t in enumerate(tokens[k:i], k))  # "Sunday night"
    return k if dated or tokens[k].lower in words.time_openers else i


def _past_time_aside(words: Words, tokens: Sequence[Token], i: int, lo: int) -> int:
    """The comma opening a time set off by commas that ends just before token ``i``: up to four words in lower case
    or figures, one a time word (``night``, ``days``), closed by ``earlier``, ``later`` or ``ago`` (``Cuomo, a night
    earlier, blamed``, ``Acme, two days later, said``); else ``i``."""
    if i - 3 <= lo or tokens[i - 1].text != "," or tokens[i - 2].lower not in _RELATIVE_TIMES:
        return i
    k = i - 3
    while k > lo and tokens[k].text != "," and i - k <= _TIME_TOKENS + 2 and (tokens[k].text.islower() or tokens[k].text.isdigit()):
        k -= 1
    timed = any(t.lower in words.time_words or t.lower[:-1] in words.time_words for t in tokens[k + 1 : i - 2])
    return k if timed and tokens[k].text == "," else i


#: Words closing a time measured back or on from another (``a night earlier``, ``two days later``, ``weeks ago``).
_RELATIVE_TIMES = frozenset(["earlier", "later", "ago"])


def _portfolio_end(words: Words, tokens: Sequence[Token], k: int, hi: int) -> int:
    """Past a second portfolio joined to a role by ``and`` at token ``k`` (``chief of research and
    economics,``): the comma or full stop after its lower-case words (or ``hi``, the clause's end), else ``k``."""
    if k >= hi or tokens[k].lower != "and":
        return k
    for j in range(k + 1, min(hi + 1, k + 2 + _ROLE_WORDS)):
        if j == hi:
            return j if j > k + 1 else k
        token = tokens[j]
        if token.text in ",.":  # the clause closes after the portfolio
            return j if j > k + 1 else k
        if token.quoted or not token.text.isalpha() or token.is_capitalized or token.lower in words.function_words:
            return k
        if token.lower in words.speech_verbs or token.lower in words.clause_verbs:
            return k  # "and said", "and would": a verb, no portfolio
    return k


def _runs_on(words: Words, tokens: Sequence[Token], i: int, j: int, hi: int) -> int:
    """Where the phrase opening at ``i`` runs on to past the lower-case word at ``j`` after a name: the rest of a
    body's name (``Consumer group Power for the People``, :func:`_body_name_after`), a modifier of a role
    (``BJP state president Ann Lee``), or the occupation after a one-word place (``former Kenya selector Paul
    Otieno``, :func:`_occupation`), the name after it read next; else ``j``."""
    if (after := _body_name_after(words, tokens, i, j, hi)) > j:
        return after
    if j + 1 < hi and modifies_head(words, tokens[j].lower, tokens[j + 1].lower):
        return j + 1  # "BJP state president Ann Lee", "Texas state officials": a speech verb's form modifying a head
    one_word = (j - 1 == i or not tokens[j - 2].is_capitalized) and tokens[j].lower not in words.function_words
    return j + 1 if one_word and _occupation(words, tokens, Mention(j - 1, j), j, hi) else j


def _occupation(words: Words, tokens: Sequence[Token], mention: Mention, k: int, hi: int) -> bool:
    """``said Tamworth grower Ann Lee,``, ``says Acme physicist-in-residence Ann Lee``: the lower-case noun at ``k`` after a one-word place or body
    (``mention``) is the occupation of the full name set right after it; not a verb, an adverb or a
    plural (``said Lee yesterday``, ``said Texas ranchers``)."""
    low = tokens[k].lower
    if mention.hi - mention.lo != 1 or k + 2 >= hi or low.endswith(("s", "ly", "ing", "ed")):
        return False
    if low in words.speech_verbs or low in words.auxiliaries or low in words.clause_words:
        return False
    return all(tokens[j].is_capitalized and tokens[j].text.isalpha() for j in (k + 1, k + 2))


def _participle_before(tokens: Sequence[Token], i: int, lo: int) -> int | None:
    """The ``-ing`` word right after a comma that opens the clause holding token ``i`` within
    :data:`_PARTICIPLE_TOKENS` words before it, no comma or quote between (``, speaking at a news conference in
    Kyiv``), else ``None``."""
    for k in range(i - 1, max(lo, i - _PARTICIPLE_TOKENS), -1):
        token = tokens[k]
        if token.quoted or token.text == ",":
            return None
        if token.lower.endswith("ing") and tokens[k - 1].text == ",":
            return k
    return None


def _names_source(words: Words, tokens: Sequence[Token], inner: Mention) -> bool:
    """The phrase ``inner`` after ``citing`` or ``quoting`` names someone by its head or its last word (``a
    source close to the talks``, ``officials``), not a thing (``its own data``)."""
    head = next((j for j in range(inner.lo, inner.hi) if tokens[j].lower in words.prepositions), inner.hi) - 1
    return names_someone(words, tokens[max(head, inner.lo)]) or names_someone(words, tokens[inner.hi - 1])


def _reduced_relative(words: Words, tokens: Sequence[Token], mention: Mention | None) -> Mention | None:
    """The plural of a role or of an unnamed source (``critics``, ``residents``) that ends a phrase after a thing's
    noun in lower case, the subject of a relative
    clause with no ``that`` (``a move analysts called “…”``, ``the plan critics described as …``): that plural
    alone, never the whole phrase; else ``None``."""
    if mention is None or mention.hi - mention.lo < 3 or tokens[mention.lo].lower not in words.determiners:
        return None
    if any(t.lower in words.prepositions for t in tokens[mention.lo : mention.hi]):
        return None  # "A senior executive at one of the lead managers": a phrase a preposition runs on, no clause
    last, before = tokens[mention.hi - 1], tokens[mention.hi - 2]
    if last.is_capitalized or not (singular(last.lower) in words.roles or (last.lower in words.anonymous and singular(last.lower))):
        return None
    thing = before.text.isalpha() and before.text.islower() and not singular(before.lower) and before.lower not in words.roles
    thing = thing and before.lower not in words.determiners  # "A few nurses report": one phrase
    return Mention(mention.hi - 1, mention.hi) if thing and before.lower not in words.bodies else None


def _past_fronted(words: Words, tokens: Sequence[Token], mention: Mention | None) -> Mention | None:
    """The phrase from the last article of a phrase that a preposition opens with no comma after its object (``In
    January the minister told …``: ``the minister``), else ``None``."""
    if mention is None or mention.hi - mention.lo < 3 or tokens[mention.lo].lower not in words.prepositions:
        return None
    article = next((k for k in range(mention.hi - 2, mention.lo, -1) if tokens[k].lower in ARTICLES), None)
    return None if article is None else Mention(article, mention.hi)


def _hyphenated_word(text: str) -> bool:
    """``text`` is a word of letters, perhaps of several joined by hyphens (``north-east``, ``co-founder``)."""
    return text.isalpha() or (text.replace("-", "").isalpha() and text[0] != "-" and text[-1] != "-" and "--" not in text)


def _sentence_adverb(words: Words, low: str) -> bool:
    """``low`` is an ordinary English word ending as a sentence adverb does (the ``adverb_endings`` list:
    ``initially``, ``ultimately``; not ``daily``, ``kelly``)."""
    return low.endswith(tuple(words.adverb_endings)) and is_ordinary_word(low)
