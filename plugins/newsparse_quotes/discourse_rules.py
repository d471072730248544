"""Attribution rules that read the text around the quote's sentence (see :mod:`.attribution` for their order)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from newsparse.page.lines import names_speaker

from .lexicon import is_first_name
from .nearby import apposed_person
from .people import is_verb
from .reported import main_clause_start
from .resolution import Found
from .speakers import credit_line
from .words import INDEFINITE, Cue, Mention, bare, is_possessive

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .attribution import Attempt
    from .people import Entity
    from .segments import Token
    from .speakers import Attributor
    from .words import PassageView, Words

__all__ = ["CONTINUATION", "NAMED_AFTER", "asked_answer", "colon_clause", "continuation", "lead_in", "named_after", "pointed_speaker", "prior_sentence"]

#: The name of the rule that carries the last speaker on: it introduces nobody new.
CONTINUATION = "continuation"
#: The name of the rule that credits a quote the sentence after it names the speaker of.
NAMED_AFTER = "named_after"
#: ``That was how``, ``This is what``: a sentence opening so points back at the quote before it.
_POINTING = frozenset(["that", "this"])
_COPULAS = frozenset(["was", "is"])
#: ``That's``, ``This is`` run into one token: the pointing word and its copula.
_POINTING_IS = frozenset(["that's", "that’s", "this's"])
#: The most words in lower case between ``the`` and the speech noun of a pointing sentence (``the stark warning``).
_POINTED_ADJECTIVES = 2
#: The most tokens of a passage that is only the name crediting a pull quote above it.
_CREDIT_LINE_TOKENS = 4
#: Words joining a speech noun to its source: ``That was the message from …``, ``… the words of …``.
_FROM = frozenset(["from", "of"])
#: Verbs after a name in apposition that make it the speaker pointed at (``…, Ana Ruiz, speaking outside``).
_SPEAKING = frozenset(["speaking", "talking", "writing"])
#: The most tokens of an apposition between the name and its verb (``, a volunteer for the campaign,``).
_APPOSITION_TOKENS = 12
#: The most marks after a quote that ends its sentence (``”.``, ``.”)``).
_CLOSING_MARKS = 4
#: The most tokens of a sentence that only attributes the quote before it (``Ann Lee, the governor, said.``), and
#: of the phrase after its verb (``in a statement``).
_BARE_TOKENS = 20
_BARE_REST = 5
#: The most tokens of a name (and its title) closing a quote's sentence with no verb (``“…,” Judge Ann Lee.``).
_VERBLESS_TOKENS = 6
#: The most tokens of a subject between a quote and its verb (``”, the head of the Red Cross in Kenya said``).
_TAIL_SUBJECT_TOKENS = 12
#: Endings of singular nouns in ``s`` (``the boss``, ``the alumnus``, ``the analysis``): no plural head.
_SINGULAR_S = ("ss", "us", "is")
#: The most words between a quote and a speech verb closing its sentence (``“…,” head of research Ann Sun said``;
#: ``“…,” a senior executive at one of the company’s largest European distributors said``).
_CLOSING_WORDS = 16


def lead_in(attempt: Attempt) -> Found | None:
    """A quote opening its passage, introduced by the last sentence of the passage before:
    ``The minister told reporters:`` or a reported statement, ``Ruiz said the vote had been close.``,
    also one sentence earlier when the last names nobody (``…, the sheriff said. A receipt showed
    the price.``)."""
    if attempt.open_token != 0 or attempt.lead_in is None or _verb_after(attempt):
        return None
    found = attempt.attributor.credit_lead_in(*attempt.lead_in)
    view, last, quoted = attempt.lead_in
    if found is None and not quoted and attempt.earlier is not None:
        found = attempt.attributor.credit_earlier(view, attempt.earlier, last)
    if found is None and not quoted and _stands_alone(attempt):
        found = _person_introduced(attempt.attributor, view, last)
    return found


def asked_answer(attempt: Attempt) -> Found | None:
    """An answer after a question the sentence opens with and a colon, no subject named (``Asked if rates would fall
    further: “Yes.”``, ``Asked about the vote: “…”``): the person (or the described source) last credited with a quote
    answers."""
    tokens, sentence, open_at = attempt.view.tokens, attempt.sentence, attempt.open_token
    if attempt.nested or open_at < sentence.start + 2 or tokens[open_at - 1].text != ":":
        return None
    first = tokens[sentence.start]
    if not first.is_capitalized or first.lower not in attempt.attributor.words.asking_verbs or not first.lower.endswith("ed"):
        return None  # a participle of asking: "Asked", "Posed"
    if any(t.quoted or t.text in ",;" for t in tokens[sentence.start : open_at - 1]):
        return None  # "Asked about it, Ann Lee said:": a subject of its own, which the rules before read
    last = attempt.attributor.descriptions.last_quoted
    found = None if last is None else last[0]
    if found is None or found.speaker is None or (found.entity is not None and not found.entity.person):
        return None  # a body answers no question put so
    return attrs.evolve(found, mention=None, cue=":")


def added_lead(attempt: Attempt) -> Found | None:
    """A quote after a speech verb's ``-ing`` form alone and a colon opening its sentence (``Adding: “…”``, ``Concluding:
    “…”``): the one credited with the last quote goes on; the cue is the participle."""
    tokens, sentence, open_at = attempt.view.tokens, attempt.sentence, attempt.open_token
    if attempt.nested or open_at != sentence.start + 2 or tokens[open_at - 1].text != ":":
        return None
    first = tokens[sentence.start]
    if not first.is_capitalized or first.lower[-3:] != "ing" or first.lower not in attempt.attributor.words.speech_verbs:
        return None
    last = attempt.attributor.descriptions.last_quoted
    found = None if last is None else last[0]
    return None if found is None or found.speaker is None else attrs.evolve(found, mention=None, cue=first.text)


#: The marks that end a sentence introducing a person (not a label's colon).
_SENTENCE_ENDS = frozenset(".!?")


def _stands_alone(attempt: Attempt) -> bool:
    """The quote is its passage's whole text, with nothing after its closing mark but a full stop, or with no closing
    mark (a quote running on over paragraphs, each opened by a mark)."""
    tokens, close = attempt.view.tokens, attempt.close_token
    return attempt.open_token == 0 and (close is None or all(not t.is_word for t in tokens[close + 1 :]))


def _person_introduced(attributor: Attributor, view: PassageView, last: range) -> Found | None:
    """The named person a passage's last sentence opens with as its subject, in a passage with no quote nor speech
    word before that sentence (nor one in it beside another capitalized word: ``X rejected Bakri's claim``), the
    sentence ending on a full stop (``Superintendent Ann Lee defended the closure in a message to parents.``, ``The
    mayor, Ann Lee, did not hide her delight.``, ``At city hall, Coun. Ann Lee is pushing a bylaw …``): the speaker
    of a quote paragraph standing alone right after it (``He paused, then went on …`` too, where ``he`` takes up a
    named person); never a role, a described source or a body.  A sentence closed by a colon (``He defended the plan
    in a television interview:``) introduces the quote, whatever speech words stand before it.  Where the sentence
    opens with no named person, the one person it names and nothing else does (:func:`_only_person_named`)."""
    end = view.tokens[last.stop - 1].text
    colon = end == ":" and any(t.is_word and not t.is_capitalized for t in view.tokens[last.start : last.stop])  # no label
    if names_speaker(view.text):
        return _labelled(attributor, view)  # "Jane Doe, chief economist, Harbour Bank, Mumbai" over her quote
    if (view.cues and view.cues[0] < last.start and not colon) or (end not in _SENTENCE_ENDS and not colon):
        return None  # a speech word before the last sentence may point elsewhere
    clause = range(main_clause_start(attributor.words, view.tokens, last), last.stop)
    mention = attributor.subject(view, clause)
    if mention is None or mention.lo != clause.start:
        return _only_person_named(attributor, view, last) if not view.cues else None
    found = attributor.resolve(view, mention, clause)
    if mention.hi < clause.stop and view.tokens[mention.hi].text == ",":
        named = apposed_person(attributor.names, view, mention, clause)  # "The mayor, Ann Lee, did not …"
        found = found if named is None else Found(named.name, mention, named)
    if found is None or found.entity is None or not found.entity.person or not attributor.gate.admits(found.speaker, found.entity):
        return _only_person_named(attributor, view, last) if not view.cues else None
    if view.cues and _other_name(attributor.words, view.tokens[mention.hi : last.stop], found.entity):
        return None  # "X rejected Bakri's claim …": the speech word may point at the other name
    return attrs.evolve(found, mention=None)


def _only_person_named(attributor: Attributor, view: PassageView, last: range) -> Found | None:
    """The one person the sentence ``last`` names, by a full name, where it opens with no named subject and names
    nothing else: no other person, body or place, and at most :data:`_INTRODUCED_OTHER_CAPITALS` other capitalized
    words, its first among them (``It's the same story for Tom Hale, who waited outside in the cold.``, ``For Ann Lee,
    working two jobs, the rent rise means a choice she should not have to make.``)."""
    lo, hi = view.offset + view.tokens[last.start].start, view.offset + view.tokens[last.stop - 1].end
    named = [entity for entity in attributor.people.entities if _mentioned_in(entity, lo, hi)]
    if len(named) != 1 or not named[0].person or len(named[0].words) < 2:
        return None
    person = named[0]
    capitals = sum(1 for t in view.tokens[last.start : last.stop] if t.is_capitalized)
    if capitals > len(person.words) + _INTRODUCED_OTHER_CAPITALS or not attributor.gate.admits(person.name, person):
        return None
    return Found(person.name, None, person)


def _mentioned_in(entity: Entity, lo: int, hi: int) -> bool:
    """``entity`` is mentioned from position ``lo`` up to ``hi`` (its mentions are in page order)."""
    k = bisect.bisect_left(entity.mentions, lo)
    return k < len(entity.mentions) and entity.mentions[k] < hi


#: How many capitalized words besides a person's name a sentence introducing them may hold (its first, a place).
_INTRODUCED_OTHER_CAPITALS = 2


def _labelled(attributor: Attributor, view: PassageView) -> Found | None:
    """The person a speaker label names before its first comma (:func:`~newsparse.page.lines.names_speaker`); a name
    in capitals (``ANDREW BAILEY, BANK OF ENGLAND GOVERNOR``) by its words in title case, the name the text gives in
    full elsewhere where it does (``Andrew Bailey``)."""
    comma = next(k for k, t in enumerate(view.tokens) if t.text == ",")
    if view.text.isupper():
        return _capitals_name(attributor, view, comma)
    found = attributor.resolve(view, Mention(0, comma), range(0, len(view.tokens)))
    if found is None or found.entity is None or not found.entity.person or not attributor.gate.admits(found.speaker, found.entity):
        return None
    return attrs.evolve(found, mention=None)


def _capitals_name(attributor: Attributor, view: PassageView, comma: int) -> Found | None:
    """The person a label in capitals names before the comma at token ``comma``, as the text prints them elsewhere
    (a person whose name's words are these), else in title case: ``ANDREW BAILEY`` is ``Andrew Bailey``."""
    key = tuple(t.lower for t in view.tokens[:comma])
    if not all(t.is_word for t in view.tokens[:comma]) or not is_first_name(key[0]):
        return None  # a first name of the gazetteer opens a person's name: not ``BANK OF ENGLAND, LONDON``
    known = next((e for e in attributor.people.entities if e.person and tuple(e.words[-len(key) :]) == key), None)
    return Found(known.name if known else " ".join(t.text.capitalize() for t in view.tokens[:comma]), None, known)


def _other_name(words: Words, tokens: Sequence[Token], person: Entity) -> bool:
    """A capitalized word among ``tokens`` that is no word of ``person``'s name nor a time word (``Bakri's`` of
    ``rejected Bakri's claim``; not ``Tom Hale`` set off after ``The manager,``, nor ``Monday``)."""
    return any(
        t.is_capitalized and t.is_word and not t.quoted and bare(t.text) not in person.words and t.lower not in words.time_words
        for t in tokens
    )


def _verb_after(attempt: Attempt) -> bool:
    """A speech verb outside quotes follows the quote in its own sentence (``“…,” Firefighters Local 1517
    said``) though no rule read its speaker: the sentence credits someone, so the passage before is no guide."""
    if attempt.close_token is None:
        return False
    tokens, verbs = attempt.view.tokens, attempt.attributor.words.speech_verbs
    return any(not t.quoted and t.lower in verbs for t in tokens[attempt.close_token + 1 : attempt.sentence.stop])


def prior_sentence(attempt: Attempt) -> Found | None:
    """A quote opening its sentence after a sentence without quotes that reports a statement
    (``A spokesman said the firm would appeal. “…”``) or a person's short gesture (``Lee shrugged. “…”``)."""
    if attempt.nested or attempt.cued or attempt.prior is None or not attempt.opens_sentence or _verb_closes(attempt):
        return None  # a cue of its own sentence named someone the gate refused: no one before is meant
    return attempt.attributor.credit_prior(*attempt.prior)


def _verb_closes(attempt: Attempt) -> bool:
    """The quote's own sentence goes on to a finite speech verb after it, past at most :data:`_CLOSING_WORDS`
    words and no other quote (``“…,” head of research and consultancy Ann Sun said.``): it names a speaker of its
    own, one no rule could read, so nobody before is meant."""
    tokens, close, stop = attempt.view.tokens, attempt.close_token, attempt.sentence.stop
    if close is None:
        return False
    speech = attempt.attributor.words.speech_verbs
    for k in range(close + 1, min(stop, close + 2 + _CLOSING_WORDS)):
        if tokens[k].quoted or tokens[k].mark:
            return False
        if tokens[k].lower in speech and not tokens[k].lower.endswith("ing") and tokens[k - 1].text != ",":
            return True
    return False


def colon_clause(attempt: Attempt) -> Found | None:
    """With no cue in the sentence, a quote right after a colon, in its sentence or opening the next
    passage, whose clause before the colon ends in a speech noun or an adverb: the clause's subject,
    a person, body or described source, speaks (``The audit did not mince words:`` / ``“…”``,
    ``The agency summed it up neatly: “…”``)."""
    if attempt.nested or attempt.cued:
        return None
    attributor, view, sentence, k = attempt.attributor, attempt.view, attempt.sentence, attempt.open_token
    if k > sentence.start and view.tokens[k - 1].text == ":":
        return attempt.credit(attributor.credit_colon(view, k - 1, range(sentence.start, k - 1)))
    if k != 0 or attempt.lead_in is None:
        return None
    before, last, _quoted = attempt.lead_in
    cue = attributor.credit_colon(before, last.stop - 1, last) if last.stop == len(before.tokens) else None
    found = None if cue is None else attributor.credited(before, cue, last)
    return None if found is None else attrs.evolve(found, mention=None)



def continuation(attempt: Attempt) -> Found | None:
    """The speaker of the last quote, in this passage or the one before, carried on: a quote opening
    its sentence (``“A,” she said. “B.”``), one more fragment of that sentence, or a quote in a
    sentence with no other cue; the cue is the one that credited the last quote."""
    if attempt.nested:
        return None
    found = attempt.carried()
    carried = set(found.speaker.split() if found is not None and found.speaker else ())
    if found is not None and (_someone_else(attempt, carried) or _named_later(attempt, carried) or _named_subject(attempt, carried)):
        attempt.settled = True  # "“Fine indeed”, Rao agreed.": someone else speaks, by a verb no list holds
        return None
    return found


def _named_subject(attempt: Attempt, carried: set[str]) -> bool:
    """The quote's sentence opens with a subject before the quote whose capitalized words are not of the ``carried``
    name, its verb right after it (``Shipping makes 3% of all emissions, and the International Maritime Organization
    has set a goal of “…”``): someone else's words, or no one's, but not the last speaker's; a pronoun or a
    description in lower case (``the plan``) names no one else."""
    if attempt.opens_sentence:
        return False
    tokens, words = attempt.view.tokens, attempt.attributor.words
    mention = attempt.attributor.subject(attempt.view, attempt.sentence)
    if mention is None or mention.hi >= attempt.open_token or not _verb_follows(tokens, mention.hi):
        return False  # "Hence, in his view, a “…”": no subject of its own
    named = {
        t.text for t in tokens[mention.lo : mention.hi]
        if t.is_capitalized and t.is_word and t.lower not in words.determiners and t.lower not in words.pronouns and t.text != "I"
    }
    return bool(named) and not named <= carried


def _verb_follows(tokens: Sequence[Token], k: int) -> bool:
    """A word in lower case stands right after a subject ending at ``k``: its verb (``Shipping makes``), no comma."""
    return k < len(tokens) and tokens[k].is_word and not tokens[k].is_capitalized


def _named_later(attempt: Attempt, carried: set[str]) -> bool:
    """The first speech verb of the quote's sentence after the quote, past a phrase (``“…” ahead of the holiday,
    Yoshi Ito, a strategist at Okasan, said``), has a subject with capitalized words not of the ``carried`` name."""
    tokens, close, sentence = attempt.view.tokens, attempt.close_token, attempt.sentence
    words = attempt.attributor.words
    if close is None:
        return False
    verb = next((j for j in range(close + 1, sentence.stop) if not tokens[j].quoted and tokens[j].text in words.speech_verbs), None)
    mention = None if verb is None else attempt.attributor.phrase_before(tokens, verb, close + 1)
    named = set() if mention is None else {t.text for t in tokens[mention.lo : mention.hi] if t.is_capitalized and t.text != "I"}
    return bool(named) and not named <= carried


def _someone_else(attempt: Attempt, carried: set[str]) -> bool:
    """The quote's sentence goes on, right after it, with a subject and its verb that name someone other
    than the ``carried`` speaker's words: an indefinite source (``“…,” a nurse told us``) or capitalized words
    not of that name (``“…”, Rao agreed.``, ``“…,” the head of the Red Cross in Kenya said``, also set off by
    commas: ``“…,” the contractor, Dele Ayo, beamed.``)."""
    tokens, close, stop = attempt.view.tokens, attempt.close_token, attempt.sentence.stop
    if close is None:
        return False
    k = close + 1
    k += k < stop and tokens[k].text == ","
    words = attempt.attributor.words
    end = min(stop, k + _TAIL_SUBJECT_TOKENS)
    # commas may set off an apposition in the subject: "“…,” the contractor, Dele Ayo, beamed."
    verb = next((j for j in range(k, end) if tokens[j].text != "," and _ends_subject(words, tokens[j])), end)
    if verb in (k, end) or tokens[verb].quoted or not tokens[verb].is_word:
        return False
    subject = tokens[k:verb]
    if subject[0].lower in INDEFINITE:
        return True
    if not (subject[0].is_capitalized or subject[0].lower in words.determiners):
        return False  # "“…,” so when I opened the door …": no subject opens there
    named = {t.text for t in subject if t.is_capitalized and t.text != "I"}
    if not named and subject[0].lower in words.determiners:
        return _another_thing(subject)  # "“…,” the festival’s terms and conditions said"
    return bool(named) and not named <= carried


def _another_thing(subject: Sequence[Token]) -> bool:
    """A description in lower case names something other than a person already quoted: it owns a noun (``the club’s
    rules``) or its head is plural (``the officers``); ``the 45-year-old``, ``the minister`` may be that person."""
    head = subject[-1].lower
    plural = head.endswith("s") and not head.endswith(_SINGULAR_S) and not is_possessive(subject[-1])
    return plural or any(is_possessive(t) for t in subject[1:-1])


def _ends_subject(words: Words, token: Token) -> bool:
    """``token`` is the verb after a subject (a word in lower case: ``Red`` is no verb), or a mark or quote no subject runs past."""
    return token.quoted or not token.is_word or (not token.is_capitalized and is_verb(words, token.lower))


def named_after(attempt: Attempt) -> Found | None:
    """A quote ending its sentence with no cue, whose speaker the next sentence names by pointing back:
    ``“…” That was how Ann Lee, a volunteer, described the campaign.``, ``“…” That is what the
    mayor told the council.`` (a person who is the subject of the verb after ``how`` or ``what``)."""
    if attempt.nested or attempt.cued or attempt.close_token is None:
        return None
    tokens, stop = attempt.view.tokens, attempt.sentence.stop
    after = range(attempt.close_token + 1, stop)
    if len(after) <= _VERBLESS_TOKENS and tokens[attempt.close_token - 1].text == "," and tokens[stop - 1].text == ".":
        return _verbless(attempt, range(after.start, stop - 1))  # "“…,” Judge Ann Lee.": the verb left out
    if len(after) > _CLOSING_MARKS or any(tokens[k].is_word for k in after):
        return None  # words follow the quote in its sentence (looked at only when a few marks at most do)
    return pointed_speaker(attempt.attributor, attempt.view, range(stop, len(tokens))) or _bare_attribution(attempt)


def _verbless(attempt: Attempt, name: range) -> Found | None:
    """The person the capitalized words ``name`` alone name after a quote closed on a comma, the speech verb
    left out (``“…,” Judge Ann Lee.``); ``None`` for anything else (``“…,” Lee added.``, ``“…,” the CEO.``)."""
    tokens = attempt.view.tokens
    if not name or not all(tokens[k].is_capitalized and not tokens[k].quoted for k in name):
        return None
    found = attempt.attributor.resolve(attempt.view, Mention(name.start, name.stop), attempt.sentence)
    return found if found is not None and found.entity is not None and found.entity.person else None


def _bare_attribution(attempt: Attempt) -> Found | None:
    """A sentence that only attributes, right after a quote closed by its own full stop: ``“…” Ann Lee, the
    governor, said in a statement.``, ``“…” Roe added.`` (a name, maybe set off by an apposition, a speech verb, and
    at most a short phrase after a preposition: never ``Lee said the plan would work.``)."""
    attributor, view, start = attempt.attributor, attempt.view, attempt.sentence.stop
    tokens = view.tokens
    end = next((k for k in range(start, min(len(tokens), start + _BARE_TOKENS)) if tokens[k].text in ".!?"), None)
    if end is None or not tokens[start].is_capitalized:
        return None
    cue = attributor.credit_after(view, start - 1, range(start, end))
    if cue is None or cue.mention is None:
        return None
    rest = tokens[cue.hi : end]
    if rest and (rest[0].lower not in attributor.words.prepositions or len(rest) > _BARE_REST):
        return None
    return attributor.credited(view, cue, range(start, end))


def pointed_speaker(attributor: Attributor, view: PassageView, sentence: range) -> Found | None:
    """The person ``sentence`` names as the speaker of the quote before it: ``That was how Ann Lee
    described it``, ``This is what the mayor told us``, or with no ``how`` a name set in apposition
    before ``speaking``: ``That was the union’s secretary, Ana Ruiz, speaking outside the site``; or a
    passage that is only a person's name, a pull quote's credit line, or a roundup's credit line opening
    with a dash (``– Wales coach Ann Lee on the late try``)."""
    tokens, start = view.tokens, sentence.start
    dashed = credit_line(attributor, view, 0) if start == 0 else None  # "“…”" / "– Wales coach Ann Lee on …"
    if dashed is not None:
        found = attributor.credited(view, dashed, range(0, len(tokens)))
        return found if found is not None and found.entity is not None and found.entity.person else None
    if start == 0 and sentence.stop == len(tokens) <= _CREDIT_LINE_TOKENS and all(t.is_capitalized for t in tokens):
        person = attributor.names.entity(view, 0, len(tokens))  # a pull quote's credit line: "“…”" / "Deepak Dwarakanath"
        return Found(person.name, Mention(0, len(tokens)), person) if person is not None and person.person and len(tokens) > 1 else None
    if start + 3 >= sentence.stop:
        return None
    fused = tokens[start].lower in _POINTING_IS  # "That's the verdict of …"
    if not fused and (tokens[start].lower not in _POINTING or tokens[start + 1].lower not in _COPULAS):
        return None
    verb = start + 1 if fused else start + 2  # the word after the copula
    how = tokens[verb].lower in ("how", "what")
    noun = _pointed_noun(attributor.words, tokens, verb, sentence.stop) if not how and tokens[verb].lower == "the" else -1
    if noun > 0:
        return _noun_source(attributor, view, noun, sentence)  # "That was the message from Ann Lee"
    mention = attributor.phrase_after(tokens, verb + 1 if how else verb, sentence.stop)
    if mention is None:
        return None
    if not how:
        apposed = apposed_person(attributor.names, view, mention, sentence)
        verb = _after_apposition(tokens, mention.hi, sentence.stop)
        if apposed is None or verb >= sentence.stop or tokens[verb].lower not in _SPEAKING:
            return None
        return Found(apposed.name, None, apposed, tokens[verb].text)
    k = _after_apposition(tokens, mention.hi, sentence.stop)  # "Ann Lee, a volunteer, described"
    if k >= sentence.stop or not attributor.people.is_verb(tokens[k].lower):
        return None
    found = attributor.credited(view, Cue(k, k + 1, mention), sentence)
    return found if found is not None and found.entity is not None and found.entity.person else None


def _pointed_noun(words: Words, tokens: Sequence[Token], the: int, stop: int) -> int:
    """The speech noun after ``the`` at token ``the`` and at most :data:`_POINTED_ADJECTIVES` words in lower case, before
    ``from`` or ``of`` (``the message from``, ``the heartbreaking verdict of``); -1 where none stands so."""
    for noun in range(the + 1, min(stop - 2, the + 2 + _POINTED_ADJECTIVES)):
        token = tokens[noun]
        if token.lower in words.speech_nouns and tokens[noun + 1].lower in _FROM:
            return noun
        if not token.text.isalpha() or not token.text.islower() or token.lower in words.function_words:
            return -1
    return -1


def _noun_source(attributor: Attributor, view: PassageView, noun: int, sentence: range) -> Found | None:
    """The person after ``from``/``of`` following the speech noun at token ``noun`` (``the warning from
    union leader Ann Lee``), the noun as cue; nobody when the words name no person."""
    mention = attributor.phrase_after(view.tokens, noun + 2, sentence.stop)
    found = None if mention is None else attributor.credited(view, Cue(noun, noun + 1, mention), sentence)
    return found if found is not None and found.entity is not None and found.entity.person else None


def _after_apposition(tokens: Sequence[Token], k: int, stop: int) -> int:
    """Token ``k``, or the one after an apposition set off by commas starting there."""
    if k < stop and tokens[k].text == ",":
        return next((j + 1 for j in range(k + 1, min(stop, k + _APPOSITION_TOKENS)) if tokens[j].text == ","), k)
    return k
