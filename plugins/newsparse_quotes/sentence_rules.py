"""Attribution rules that read the quote's own sentence (see :mod:`.attribution` for their order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import is_first_name
from .people import is_verb
from .phrases import names_someone
from .reported import BE_FORMS, FINITE_AUXILIARIES, RELAYING, opening_participle, passive_verdict, telling_at
from .resolution import clause_subject as subject_of_clause
from .words import ARTICLES, PERSONAL, Cue, Mention, bare, base_speech_form, singular

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .attribution import Attempt
    from .resolution import Found
    from .segments import Token
    from .words import PassageView, Words

#: The narrator's pronoun after a relayed quote (``…,” he said``).
_NARRATING = frozenset(["he", "she", "i", "we"])
_ENDS = frozenset(".?!")
#: Verbs of an outlet reporting a whole sentence: ``X said the plan was “…”, the BBC reported``.
_REPORTING = frozenset(["reported", "reports"])
#: Words before the one who made a request or a text another's verb acts on (``an application by X``).
#: Passive speech verbs that relay their subject's own words before ``to`` (``is said to have called``; but ``were
#: told to``, ``was urged to`` speak to the subject); any before ``as`` does (``was reported as saying``).
_RELAYING_TO = frozenset(["said", "reported"])
_AGENTS = frozenset(["by", "from"])  # a quote's own sentence end, inside its closing mark

__all__ = ["after_quote", "before_quote", "clause_subject", "closing_clause", "dialogue_tag", "headline", "participle_lead", "sentence_subject"]


#: Marks that cut a quote for a dialogue tag (``“…,” she deadpanned.``), and those that may end the tag.
_TAG_CUTS = frozenset(",!?")
_TAG_ENDS = frozenset([".", ",", "!", "?", ";", "–", "—"])
#: The most words of a name that may be a dialogue tag's subject (or ``he``/``she``).
_TAG_NAME = 4
#: The phrase that hands a quote to the one it names: ``…, in the words of X``.
_WORDS_OF = ("in", "the", "words", "of")
#: The most tokens between a quote and ``in the words of``.
_WORDS_OF_GAP = 8


def after_quote(attempt: Attempt) -> Found | None:
    """The speaker named right after the quote: ``“…,” X said``, ``“…,” said X, the mayor``,
    ``“…,” X, who chairs the panel, told reporters``, ``“…,” concluded.`` (the person the text
    is about), ``“…” – that is how X put it``; ``X quoted Y as saying`` and ``…, citing Y``
    credit the source, not the outlet that relays it."""
    if attempt.nested or attempt.close_token is None or _introduced(attempt) or _modifies_noun(attempt):
        return None
    cue = attempt.attributor.credit_after(attempt.view, attempt.close_token, attempt.sentence) or _words_of(attempt) or _judged_by(attempt) or _credit_line(attempt)
    if cue is None and (later := _later_quote_close(attempt)) is not None:
        cue = attempt.attributor.credit_after(attempt.view, later, attempt.sentence)  # "X “a” and “b,” said Y": Y's both
    if cue is not None and (
        _reports_the_sentence(attempt, cue) or _pronoun_after_introducer(attempt, cue) or _in_fronted_clause(attempt)
    ):
        return None  # "X described it as “…”, the agency reported": X's words, relayed
    mention = None if cue is None else cue.mention
    if cue is not None and mention is not None and mention.hi - mention.lo == 1 and (
        attempt.view.tokens[mention.lo].lower in _NARRATING
    ):
        cue = _teller(attempt, cue) or cue  # "She told him …, he said"
    found = attempt.credit(cue)
    if found is None and cue is not None and cue.mention is not None and cue.mention.hi - cue.mention.lo > 1:
        attempt.settled = True  # "“…,” a Dubai-based shipbroker said": the phrase named is the speaker, or nobody
    return found


#: Single quotation marks, which open terms as often as quotes.
_SINGLE_MARKS = frozenset("‘'‛")
#: The most tokens between a quote and the next one of its sentence that a closing credit names the speaker of both.
_BETWEEN_QUOTES = 8


def _later_quote_close(attempt: Attempt) -> int | None:
    """The closing mark of the next quote of the sentence, where only a few words in lower case stand between the two
    and no speech word stands before this one: the credit after that quote names the speaker of both (``The bill
    “doesn’t go far enough” for rail and “leaves funds idle,” said Ann Lee``); else None."""
    tokens, close, sentence = attempt.view.tokens, attempt.close_token, attempt.sentence
    assert close is not None
    if tokens[attempt.open_token].text in _SINGLE_MARKS:
        return None  # a fragment in single marks is read by the rules after (a term, or its sentence's speaker's)
    cues = attempt.attributor.words.cues
    if any(not t.quoted and t.lower in cues for t in tokens[sentence.start : attempt.open_token]):
        return None  # "Ann Lee called it “a” and “b,” said Tom Roe": the first is Lee's
    for k in range(close + 1, min(sentence.stop, close + 1 + _BETWEEN_QUOTES)):
        token = tokens[k]
        if token.mark == "open":
            return next((j for j in range(k + 1, sentence.stop) if tokens[j].mark == "close"), None)
        if token.is_capitalized or token.lower in cues or token.text in ".;:":
            return None  # a name, a cue or a stop between them: another clause
    return None


def _modifies_noun(attempt: Attempt) -> bool:
    """The quote stands between a determiner and the noun it modifies, no mark inside or after its close (``rejected
    what it called a “one-sided” report``, ``its “final” statement``): the speech word after it is a noun heading that
    phrase, a base form (:func:`.words.base_speech_form`; not ``The ‘experts’ said``, nor ``the “Zeitenwende” announced``)."""
    tokens, open_, close = attempt.view.tokens, attempt.open_token, attempt.close_token
    if close is None or close + 1 >= attempt.sentence.stop or open_ <= attempt.sentence.start:
        return False
    head, last = tokens[close + 1], tokens[close - 1]
    words = attempt.attributor.words
    return (
        tokens[open_ - 1].lower in words.determiners and last.is_word and not head.is_capitalized
        and head.lower in words.speech_verbs and base_speech_form(words, head.lower)
    )


def _in_fronted_clause(attempt: Attempt) -> bool:
    """The quote sits in a clause the sentence opens with (``While the Greens accuse Labor of acting for “political
    reasons”, the coalition says …``: the ``clause_openers`` list; ``Described by X as “…”, the plan was …``: a
    participle and its agent), after a speech verb of its own: the words are that clause's, not those of the main
    clause's subject after it."""
    tokens, sentence = attempt.view.tokens, attempt.sentence
    opener = tokens[sentence.start].lower in attempt.attributor.words.clause_openers or opening_participle(tokens, sentence)
    if not opener or attempt.open_token <= sentence.start:
        return False
    if any(tokens[k].text == "," for k in range(sentence.start, attempt.open_token)):
        return False  # "Although it rained, X said “…”, Y said": the clause closed before the quote
    return attempt.attributor.credit_before(attempt.view, attempt.open_token, attempt.sentence) is not None


def _reports_the_sentence(attempt: Attempt, cue: Cue) -> bool:
    """The credit after the quote is an outlet reporting the whole sentence (``…, the agency reported``) or a
    document recording it (``…, the complaint says``), whose own speech verb before the quote names its speaker
    (``X described it as “…”``, ``X told officers the boy “…”``)."""
    if attempt.view.tokens[cue.lo].lower not in _REPORTING and not _recording_document(attempt.attributor.words, attempt.view.tokens, cue):
        return False
    before = attempt.attributor.credit_before(attempt.view, attempt.open_token, attempt.sentence)
    return before is not None and before.mention is not None


def _recording_document(words: Words, tokens: Sequence[Token], cue: Cue) -> bool:
    """``cue`` credits a document that records others' words (``the complaint``, ``the report``), not a message
    in its author's own voice (``the statement``)."""
    mention = cue.mention
    if mention is None or mention.hi - mention.lo != 2 or tokens[mention.lo].lower not in words.determiners:
        return False
    head = tokens[mention.hi - 1].lower
    return head in words.documents and head not in words.messages


def _pronoun_after_introducer(attempt: Attempt, cue: Cue) -> bool:
    """The quote follows someone named before a colon and only a pronoun follows it (``A council spokesman
    said: “…,” they continued``): the pronoun stands for the one before the colon, whom the rule after names."""
    tokens, open_ = attempt.view.tokens, attempt.open_token
    mention = cue.mention
    if open_ < 1 or tokens[open_ - 1].text != ":" or mention is None or mention.hi - mention.lo != 1:
        return False
    if tokens[mention.lo].lower not in attempt.attributor.words.pronouns:
        return False
    before = attempt.attributor.credit_before(attempt.view, open_, attempt.sentence)
    return before is not None and before.mention is not None


def _words_of(attempt: Attempt) -> Cue | None:
    """``on “one of the worst days” in the House, in the words of X``: the words are X's, whoever the
    sentence's subject (the phrase within a few words after the quote, no other quote between)."""
    tokens, stop = attempt.view.tokens, attempt.sentence.stop
    n = len(_WORDS_OF)
    for k in range(attempt.close_token + 1, min(stop - n, attempt.close_token + 1 + _WORDS_OF_GAP)):
        if tokens[k].quoted:
            return None
        if tokens[k].lower == _WORDS_OF[0] and tuple(t.lower for t in tokens[k : k + n]) == _WORDS_OF:
            mention = attempt.attributor.phrase_after(tokens, k + n, stop)
            return None if mention is None else Cue(k, k + n, mention)
    return None


def _credit_line(attempt: Attempt) -> Cue | None:
    """A person's full name and a role set off after a quote its comma closes, closing the sentence with no verb: a
    credit line whose ``said`` was left out (``“…,” Ann Lee, a Harbour Bank vice president.``, ``“…,” Ann Lee,
    President of the Harbour Union.``); not a name a clause goes on from (``“…,” Ann Lee, who chairs it, said``)."""
    tokens, close, stop = attempt.view.tokens, attempt.close_token, attempt.sentence.stop
    assert close is not None
    if close + 3 >= stop or tokens[close - 1].text != "," or tokens[stop - 1].text != ".":
        return None
    attributor = attempt.attributor
    mention = attributor.phrase_after(tokens, close + 1, stop)
    if mention is None or mention.lo != close + 1 or mention.hi >= stop or tokens[mention.hi].text != ",":
        return None
    role = tokens[mention.hi + 1 : stop - 1]
    words = attributor.words
    if not role or not (role[0].is_capitalized or role[0].lower in words.determiners) or not any(bare(t.text) in words.roles for t in role):
        return None  # "…, who chairs it, said", "…, adding", "Nova Scotia, a small province.": no role set off
    if any(t.quoted or (t.text.islower() and (t.lower in words.cues or is_verb(words, t.lower))) for t in role):
        return None  # "…, the bank's president, told …": a verb there
    found = attributor.resolve(attempt.view, mention, attempt.sentence)
    person = found is not None and found.entity is not None and found.entity.person and len(found.entity.words) > 1
    return Cue(mention.hi, mention.hi + 1, mention) if person else None


def _judged_by(attempt: Attempt) -> Cue | None:
    """``The plan was described as “reckless” by X``, ``… have been dismissed as “transitory” by central bankers``,
    ``The plan, branded “reckless” by X, …``: a speech, naming or verdict verb in the passive right before the quote
    (``as`` and an article may come between; :func:`_passive_at`), and its agent after ``by`` right after the quote,
    or after a second quote joined to it (``hailed as “historic” and a “step change” by X``: both X's)."""
    tokens, stop, start = attempt.view.tokens, attempt.sentence.stop, attempt.sentence.start
    open_, close = _paired_open(tokens, attempt.open_token, start), _paired_close(tokens, attempt.close_token, stop)
    if close + 2 >= stop or tokens[close + 1].lower != "by":
        return None
    verb = open_ - 1 - (open_ > start and tokens[open_ - 1].lower in ARTICLES)  # "hailed as the “…”"
    verb -= verb > start and tokens[verb].lower == "as"
    words = attempt.attributor.words
    if verb < attempt.sentence.start or not _passive_at(tokens, verb, attempt.sentence.start) or not (
        tokens[verb].lower in words.speech_verbs or tokens[verb].lower in words.naming_verbs
        or tokens[verb].lower in words.verdict_verbs
    ):
        return None
    mention = attempt.attributor.phrase_after_verb(tokens, close + 2, stop)  # "by his rival, Ann Lee": Ann Lee
    return None if mention is None else Cue(close + 1, close + 2, mention)


#: The most words in lower case between two quotes joined by ``and`` or ``or`` (``“A” and a “B”``), the joiner too.
_PAIR_GAP = 3


def _paired_close(tokens: Sequence[Token], close: int, stop: int) -> int:
    """The closing mark of a second quote joined to the one closing at ``close`` by ``and`` or ``or`` and a few words
    in lower case (``“historic” and a “step change”``), else ``close``."""
    if close + 1 >= stop or tokens[close + 1].lower not in ("and", "or"):
        return close
    for k in range(close + 2, min(stop, close + 1 + _PAIR_GAP)):
        if tokens[k].mark == "open":
            return next((j for j in range(k + 1, stop) if tokens[j].mark == "close"), close)
        if not tokens[k].text.islower():
            break
    return close


def _paired_open(tokens: Sequence[Token], open_: int, start: int) -> int:
    """The opening mark of a first quote the one opening at ``open_`` is joined to (:func:`_paired_close`), else
    ``open_``."""
    for k in range(open_ - 1, max(start, open_ - 1 - _PAIR_GAP) - 1, -1):
        if tokens[k].lower in ("and", "or"):
            if k - 1 < start or tokens[k - 1].mark != "close":
                return open_
            return next((j for j in range(k - 2, start - 1, -1) if tokens[j].mark == "open"), open_)
        if not tokens[k].text.islower():
            return open_
    return open_


def _passive_at(tokens: Sequence[Token], verb: int, start: int) -> bool:
    """The verb at token ``verb`` is a passive participle: after a form of ``be`` (``was branded``), or opening a
    clause of its own, at the sentence's start or after a comma, in ``-ed`` or ``-en`` (``Branded “…” by X, the
    plan …``, ``The plan, branded “…” by X, …``)."""
    if verb > start and tokens[verb - 1].lower in BE_FORMS:
        return True
    return (verb == start or tokens[verb - 1].text == ",") and tokens[verb].lower.endswith(("ed", "en"))


def _introduced(attempt: Attempt) -> bool:
    """``X asked: “…?” Y replied that …``: a quote opened after a cue and a colon (or a name and a verb:
    ``X clarified:``) and closed with its own sentence's end belongs to the one before the colon, not to
    the subject of the sentence after it."""
    tokens, open_, close = attempt.view.tokens, attempt.open_token, attempt.close_token
    if _said_comma(attempt.attributor.words, tokens, open_):  # "X said, “…,” Reuters reported": X's
        cue = attempt.attributor.credit_before(attempt.view, open_, attempt.sentence)
        return cue is not None and cue.mention is not None
    if open_ < 1 or tokens[open_ - 1].text != ":" or close is None or tokens[close - 1].text not in _ENDS:
        return False
    if open_ >= 3 and tokens[open_ - 3].is_capitalized and is_verb(attempt.attributor.words, tokens[open_ - 2].lower):
        return True  # "Judge Ó Donnabháin clarified:": a name and a verb, cue or not
    cue = attempt.attributor.credit_before(attempt.view, open_, attempt.sentence)
    return cue is not None and cue.mention is not None


def _said_comma(words: Words, tokens: Sequence[Token], open_: int) -> bool:
    """The quote opening at token ``open_`` follows a finite speech verb and a comma (``X said, “…”``)."""
    if open_ < 2 or tokens[open_ - 1].text != ",":
        return False
    verb = tokens[open_ - 2]
    return verb.lower in words.speech_verbs and not verb.is_capitalized and not verb.quoted and not verb.lower.endswith("ing")


def _teller(attempt: Attempt, cue: Cue) -> Cue | None:
    """``She told him the quota was “…,” he said.``: the quote relays what the one who told the narrator
    (``cue``'s pronoun) said: the subject of ``told him``, binding (nobody when it names no one)."""
    tokens, sentence = attempt.view.tokens, attempt.sentence
    if attempt.opens_sentence:
        return None
    told = telling_at(tokens, sentence.start, attempt.open_token)
    mention = None if told is None else attempt.attributor.phrase_before(tokens, told, sentence.start)
    return None if told is None or mention is None else Cue(told, told + 1, mention, binding=True)


def before_quote(attempt: Attempt) -> Found | None:
    """The nearest cue before the quote in its sentence: ``X said “…”``, ``according to X, “…”``,
    ``X’s claim that “…”``, ``“…” was said by X``, a participle of the sentence's subject
    (``X left, insisting “…”``), ``Y quoted X as saying “…”``, ``Y reported, citing X, that “…”``; a body
    that reports a quote and cites a source right after it (``The paper reported the ban was “near,”
    citing two aides``) relays the source's words; a body inside a clause someone reports is no
    speaker (``X said the council had asked for “…”``: X)."""
    if attempt.nested:
        return None
    cue = attempt.attributor.credit_before(attempt.view, attempt.open_token, attempt.sentence)
    if cue is not None and _unmade(attempt, cue):
        return None  # "Moscow will respond “firmly”, X said": X's words, which the closing clause credits
    if cue is not None and _told_to_subject(attempt, cue):
        attempt.settled = True  # "According to Wells, they were told: “…”": said to them, by someone unnamed
        return None
    if cue is not None and _contrast_between(attempt.view.tokens, cue.hi, attempt.open_token):
        attempt.settled = True  # "X said …, while the Greens welcomed “…”": the other clause's, which no cue names
        return None
    cited = _cited_after(attempt, cue) or _one_of_group(attempt, cue) or _blamed_for(attempt, cue) or _made_to_speak(attempt, cue)
    found = None if cited is None else attempt.credit(cited)
    found = found or attempt.credit(cue)  # "citing progress on tariffs": no source, the body's words
    opening = None if found is not None or cue is None else _opening_source(attempt, cue)
    return found if opening is None else attempt.credit(opening)


def _told_to_subject(attempt: Attempt, cue: Cue) -> bool:
    """A speech verb in the passive introduces the quote after the cue, right before it or its colon (``According to
    Wells, they were told: “…”``, ``Ann Lee said she was asked: “…”``): the quote is what was said to that clause's
    subject, word for word, not the cue's source's words.  A quote inside a clause reported so (``tenants were told the
    work would be “done by spring”``) is left to the cue."""
    tokens, open_at = attempt.view.tokens, attempt.open_token
    verb = open_at - 1 - (tokens[open_at - 1].text in _INTRODUCING_MARKS)
    start = max(cue.hi, cue.mention.hi if cue.mention is not None else 0)
    return verb >= start and _passive_speech(attempt.attributor.words, tokens, verb, open_at)


#: The marks between a verb and the direct quote it introduces: ``were told: “…”``, ``was asked, “…”``.
_INTRODUCING_MARKS = frozenset(":,")


#: The words before a speech verb's ``-ing`` form that make the object before them its speaker (``criticised X for
#: saying``, ``accused X of calling``).
_FOR_SAYING = frozenset(["for", "of"])


def _blamed_for(attempt: Attempt, cue: Cue | None) -> Cue | None:
    """The object of a verb before ``for`` or ``of`` and a speech verb's ``-ing`` form, who spoke the words: ``The
    party criticised Ann Lee, the minister, for saying migrants were not “honest”`` is Ann Lee's, ``accused the
    mayor of calling it “a joke”`` the mayor's; None elsewhere."""
    if cue is None or cue.hi - cue.lo != 1 or cue.lo < 2:
        return None
    tokens = attempt.view.tokens
    if not tokens[cue.lo].lower.endswith("ing") or tokens[cue.lo - 1].lower not in _FOR_SAYING:
        return None
    doer = attempt.attributor.phrase_before(tokens, cue.lo - 1, attempt.sentence.start)
    if doer is None or doer.lo <= attempt.sentence.start or not is_verb(attempt.attributor.words, tokens[doer.lo - 1].lower):
        return None  # "Thanks for saying “…”": no object a verb governs before it
    return Cue(cue.lo, cue.hi, doer)


def _made_to_speak(attempt: Attempt, cue: Cue | None) -> Cue | None:
    """The object of a verb of table ``causing_verbs`` before ``to`` and a speech verb, the last before the quote and
    after ``cue``, who spoke the words: ``Vance warned Europe, a comment that prompted Musk to reply, “…”`` is
    Musk's, ``The ruling led Ann Lee to say: “…”`` Ann Lee's, ``Tom Reid refused, prompting Ann Lee to accuse him of
    “…”`` Ann Lee's (the verb may open the phrase read before ``to``); None elsewhere (``Ann Lee wants to say “…”``;
    ``The board asked Tom Roe to explain …``: an asking verb)."""
    tokens, words, start = attempt.view.tokens, attempt.attributor.words, attempt.sentence.start
    lo = start if cue is None else cue.hi
    verb = next((k for k in range(attempt.open_token - 1, lo + 2, -1) if tokens[k].lower in words.speech_verbs), None)
    if verb is None or tokens[verb - 1].lower != "to":
        return None
    doer = attempt.attributor.phrase_before(tokens, verb - 1, lo)
    if doer is not None and doer.hi - doer.lo > 1 and tokens[doer.lo].lower in words.causing_verbs:
        doer = Mention(doer.lo + 1, doer.hi)  # "…, prompting Ann Lee to accuse him of “…”": the verb read into the phrase
    if doer is None or doer.lo <= lo or tokens[doer.lo - 1].lower not in words.causing_verbs:
        return None
    found = attempt.attributor.resolve(attempt.view, doer, attempt.sentence)
    person = found is not None and found.entity is not None and found.entity.person
    return Cue(verb, verb + 1, doer) if person else None  # a person the names know, not "the company"


#: Conjunctions that open a contrasting clause with a subject of its own after a comma.
_CONTRASTS = frozenset(["while", "whereas", "whilst"])


def _contrast_between(tokens: Sequence[Token], cue_end: int, open_token: int) -> bool:
    """A comma and a contrasting conjunction stand between the cue and the quote, with no comma closing its clause
    before the quote, a subject of its own (no participle) and a past verb the quote is the object of (``Ann Lee said
    the deal was a tax rise, while the Greens welcomed “…”``): the quote belongs to the clause the conjunction opens,
    not to the cue before it; not a clause reported with the rest (``She said …, while those from buildings were
    “broadly flat”``, ``… while the rand “appreciated marginally”``)."""
    at = next((k for k in range(cue_end + 1, open_token) if tokens[k].lower in _CONTRASTS and tokens[k - 1].text == ","), None)
    if at is None or any(t.text.islower() and t.lower.endswith("ing") for t in tokens[at + 1 : at + 3]):
        return False  # "…, while keeping the service running “…”": a participle, the same subject
    verb = tokens[open_token - 1]  # the quote is what the clause's own verb acts on: "the Greens welcomed “…”"
    acts_on = verb.text.islower() and verb.lower.endswith("ed") and verb.lower not in BE_FORMS
    return acts_on and all(t.text != "," for t in tokens[at + 1 : open_token])  # not "…, while X was late, it was “…”"


def _opening_source(attempt: Attempt, cue: Cue) -> Cue | None:
    """The source an ``According to`` opening the sentence cites, where the cue nearer the quote names figures or a
    change in them, no speaker (``According to Ann Lee, chief executive of the forum, the decline suggests the system
    is “working as intended”``); not where it names someone unresolved (``what its chair called``)."""
    tokens, sentence, words = attempt.view.tokens, attempt.sentence, attempt.attributor.words
    start = sentence.start
    if start + 2 >= attempt.open_token or tokens[start].lower != "according" or tokens[start + 1].lower != "to":
        return None
    head = tokens[cue.mention.hi - 1].lower if cue.mention is not None else ""
    if head not in words.change_nouns and head not in words.data_nouns and head not in words.result_nouns:
        return None
    source = attempt.attributor.phrase_after(tokens, start + 2, attempt.open_token)
    return None if source is None else Cue(start, start + 2, source)


def _one_of_group(attempt: Attempt, cue: Cue | None) -> Cue | None:
    """The named person of an ``according to`` right after the quote, where ``cue`` credits a group by a plural
    (``Analysts at Wood Lynch estimate …, leaving it “a shadow of itself”, according to Wood Lynch analyst Ann Lee``)
    or a description in lower case (``Some of the animals responded by … and, while “…,” according to Mr Stalf, …``):
    that person's words, not the group's."""
    view, close, sentence, words = attempt.view, attempt.close_token, attempt.sentence, attempt.attributor.words
    if cue is None or cue.mention is None or close is None:
        return None
    tokens = view.tokens
    described = not any(t.is_capitalized for t in tokens[cue.mention.lo + 1 : cue.mention.hi])
    if not (_plural_group(words, tokens, cue.mention) or (described and tokens[cue.mention.lo].lower in words.determiners)):
        return None
    k = close + 1 + (close + 1 < sentence.stop and tokens[close + 1].text == ",")  # the comma, or one inside the marks
    if k + 1 >= sentence.stop or tokens[k].lower != "according":
        return None
    later = attempt.attributor.credit_later(view, close, sentence)
    return later if later is not None and later.mention is not None and _person_last(words, tokens, later.mention, sentence) else None


def _person_last(words: Words, tokens: Sequence[Token], mention: Mention, sentence: range) -> bool:
    """``mention`` ends its clause (the sentence, or a comma) with a person's name: a first name or a courtesy title
    and one more capitalized word (``Wood Lynch analyst Ann Lee``, ``Mr Stalf``; not ``Bloomberg News``, ``a survey
    by Reuters``)."""
    hi = mention.hi
    if hi - mention.lo < 2 or not tokens[hi - 1].is_capitalized or not (hi >= sentence.stop - 1 or tokens[hi].text == ","):
        return False
    return is_first_name(tokens[hi - 2].lower) or bare(tokens[hi - 2].text) in words.name_titles


def _plural_group(words: Words, tokens: Sequence[Token], mention: Mention) -> bool:
    """``mention`` opens with a plural of people described, perhaps after a determiner (``Analysts at Acme``, ``the
    economists``)."""
    k = mention.lo + (tokens[mention.lo].lower in words.determiners)
    low = tokens[k].lower if k < mention.hi else ""
    return low.endswith("s") and not low.endswith("ss") and singular(low) in words.speaker_heads


def _unmade(attempt: Attempt, cue: Cue) -> bool:
    """The speech verb of ``cue`` follows a modal (``will respond``, ``would call``): speech not yet made, whose
    words are those of the one a closing clause names (``…, X has said``)."""
    tokens, verb = attempt.view.tokens, cue.lo
    if verb < 1 or tokens[verb - 1].lower not in attempt.attributor.words.modals or attempt.close_token is None:
        return False
    return attempt.attributor.credit_later(attempt.view, attempt.close_token, attempt.sentence) is not None


def _cited_after(attempt: Attempt, cue: Cue | None) -> Cue | None:
    """The source cited right after the quote (``“…,” citing two aides``) when ``cue`` names a body
    (an outlet, a ministry), not a person or a described person, and the source is no document
    (``citing a survey``: the body's own words)."""
    attributor, view, sentence, close = attempt.attributor, attempt.view, attempt.sentence, attempt.close_token
    if cue is None or cue.mention is None or close is None:
        return None
    tokens, words = view.tokens, attributor.words
    k = close + 2 if close + 1 < sentence.stop and tokens[close + 1].text == "," else close + 1
    if k + 1 >= sentence.stop or tokens[k].lower not in RELAYING:
        return None
    source = attributor.phrase_after(tokens, k + 1, sentence.stop)
    if source is None or any(t.lower in words.documents for t in tokens[source.lo : source.hi]):
        return None
    if _modifies_next(words, tokens, source.hi, sentence.stop):
        return None  # "citing US tariff announcements": a name modifying what is cited, no source
    head = tokens[cue.mention.hi - 1].lower
    if head in words.anonymous and head not in words.bodies:
        return None  # "Officials said …, citing …": their own words
    found = attributor.resolve(view, cue.mention, sentence)
    body = found is not None and found.entity is not None and not found.entity.person
    return Cue(k, k + 1, source) if body or head in words.bodies else None


def _modifies_next(words: Words, tokens: Sequence[Token], hi: int, stop: int) -> bool:
    """The name ending at token ``hi`` modifies the word in lower case after it, a noun (``US tariff announcements``,
    ``Bloomberg data``), not a function word nor a verb (``citing Ann Lee, …``, ``citing officials familiar with``)."""
    if hi >= stop or not tokens[hi - 1].is_capitalized:
        return False
    after = tokens[hi]
    low = after.lower
    return after.is_word and after.text.islower() and low not in words.function_words and not is_verb(words, low)


def closing_clause(attempt: Attempt) -> Found | None:
    """A cue closing the sentence after the quote and a comma: ``… a “fair” deal, X has said``,
    ``… “late” again, said X``, ``… “a symmetry”, according to X``."""
    if attempt.nested or attempt.close_token is None:
        return None
    return attempt.credit(attempt.attributor.credit_later(attempt.view, attempt.close_token, attempt.sentence))


def dialogue_tag(attempt: Attempt) -> Found | None:
    """A dialogue tag whose verb no list holds: a quote cut by a comma (or ``!``/``?``), then ``he``,
    ``she`` or a capitalized name and a past form in ``-ed`` that ends the clause (``“…,” she deadpanned.``,
    ``“…!” Lee chuckled as he left``), the quote opening its sentence; not ``“Roar” peaked at No. 1`` (no cut),
    ``When asked if it was “warm,” Ruiz smiled`` (a quote inside a clause), nor a verb with an object."""
    if attempt.nested or attempt.close_token is None or not attempt.opens_sentence:
        return None
    tokens, stop = attempt.view.tokens, attempt.sentence.stop
    close = attempt.close_token
    k = close + 1 + (close + 1 < stop and tokens[close + 1].text == ",")
    if not (_TAG_CUTS.intersection(tokens[close - 1].text) or tokens[k - 1].text == ","):
        return None
    subject = _tag_subject(tokens, k, stop)
    verb = None if subject is None else subject.hi
    if verb is None or verb >= stop or not _tag_verb(attempt.attributor.words, tokens, verb, stop):
        return None
    return attempt.credit(Cue(verb, verb + 1, subject))


#: The fewest letters of a past form in ``-ed`` read as a dialogue tag's verb (``sighed``; not ``fed``, ``led``).
_MIN_TAG_VERB = 5


def _tag_subject(tokens: Sequence[Token], k: int, stop: int) -> Mention | None:
    """``he``/``she`` at token ``k``, or a run of at most :data:`_TAG_NAME` capitalized words there."""
    if k >= stop or tokens[k].quoted:
        return None
    if tokens[k].lower in PERSONAL:
        return Mention(k, k + 1)
    j = k
    while j < min(stop, k + _TAG_NAME) and tokens[j].is_capitalized and tokens[j].is_word and not tokens[j].quoted:
        j += 1
    return Mention(k, j) if j > k else None


def _tag_verb(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Token ``k`` is a past form in ``-ed`` in lower case that ends its clause: a full stop, comma, preposition,
    clause word or ``-ly`` adverb follows (``deadpanned.``, ``chuckled as``, ``sighed, adding``), no object; or any
    past form with ``back`` after it (``shot back.``, ``hit back,``: a retort)."""
    verb = tokens[k]
    back = k + 1 < stop and tokens[k + 1].lower == "back"
    regular = verb.lower.endswith("ed") and len(verb.text) >= _MIN_TAG_VERB
    if verb.quoted or not verb.text.isalpha() or not verb.text.islower() or not (regular or (back and verb.lower in words.irregular_past)):
        return False
    if verb.lower in words.function_words or verb.lower in words.issuing_verbs:  # "“Hello,” Adele released in 2015"
        return False
    k += back
    after = tokens[k + 1] if k + 1 < stop else None
    if after is None or after.text in _TAG_ENDS or after.lower.endswith("ly"):
        return True
    return after.lower in words.prepositions or after.lower in words.clause_words


def headline(attempt: Attempt) -> Found | None:
    """Headline style: the name before a colon opening the passage (``Kallas: ‘We will never accept it’``)
    or after a dash ending it (``EU will ‘never accept’ it – Kallas``)."""
    if attempt.nested:
        return None
    return attempt.credit(attempt.attributor.credit_headline(attempt.view, attempt.open_token, attempt.sentence))


def sentence_subject(attempt: Attempt) -> Found | None:
    """With no cue in the sentence, a person who is its subject before the quote:
    ``Lee raised concerns about “…”`` (the verb after the subject is the cue); nobody when someone
    else is named with ``by`` or ``from`` before the quote (``Lee granted a request by X for “…”``), nor when a
    semicolon closes the subject's clause before it; a quote opening right after the subject with an auxiliary prints
    its predicate (:func:`_predicate_quoted`)."""
    if attempt.nested or attempt.cued:
        return None
    attributor, view, sentence = attempt.attributor, attempt.view, attempt.sentence
    subject = attributor.subject(view, sentence)
    if subject is None or subject.hi > attempt.open_token or _clause_between(view, subject.hi, attempt.open_token):
        return None  # "X will sell the club; fans' trust demands “…”": another clause's words
    verb = _verb_after(attempt, subject.hi)
    if verb is None:
        return _predicate_quoted(attempt, subject)
    if _agent_between(attempt, verb) or _judged(attempt, subject.hi):
        attempt.settled = True  # no later rule takes up the subject either
        return None
    found = attributor.credited(view, Cue(verb, verb + 1, subject), sentence)
    return found if found is not None and found.entity is not None and found.entity.person else None


def _predicate_quoted(attempt: Attempt, subject: Mention) -> Found | None:
    """The quote opens right after the sentence's subject, a named person or body, with a finite auxiliary or a modal
    in lower case: it prints the subject's own predicate (``As for card data, Harbour Health “does not believe any
    was taken.”``, ``Ann Lee “will not stand again.”``); never a place's (``Paris “is a fine city”``)."""
    tokens, open_at, words = attempt.view.tokens, attempt.open_token, attempt.attributor.words
    if subject.hi != open_at or open_at + 1 >= attempt.sentence.stop:
        return None
    first = tokens[open_at + 1]
    if first.is_capitalized or not (first.lower in FINITE_AUXILIARIES or first.lower in words.modals):
        return None
    found = attempt.attributor.credited(attempt.view, Cue(open_at + 1, open_at + 2, subject), attempt.sentence)
    return found if found is not None and found.entity is not None and not found.entity.place else None


def _clause_between(view: PassageView, start: int, open_at: int) -> bool:
    """A semicolon between tokens ``start`` and ``open_at`` closes the subject's clause before the quote."""
    return _clause_start(view, start, open_at) > start


def _clause_start(view: PassageView, start: int, open_at: int) -> int:
    """Where the clause holding the quote at token ``open_at`` starts: past the last semicolon after ``start``."""
    if ";" not in view.columns.texts[start:open_at]:  # read in C: most sentences hold none
        return start
    tokens = view.tokens
    return next((k + 1 for k in range(open_at - 1, start - 1, -1) if tokens[k].text == ";" and not tokens[k].quoted), start)


def _judged(attempt: Attempt, start: int) -> bool:
    """The subject ending at token ``start`` is judged or spoken to in the passive before the quote (``She was
    branded “a bully”``, ``He has been accused of “…”``, ``They were told “…”``): the words are someone else's;
    not where the subject's own words are relayed (``She was reported as saying “…”``)."""
    tokens, words = attempt.view.tokens, attempt.attributor.words
    return any(
        passive_verdict(words, tokens, k) or _passive_speech(words, tokens, k, attempt.open_token)
        for k in range(start, attempt.open_token)
        if not tokens[k].quoted
    )


def _passive_speech(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """Token ``k`` is a speech verb after a form of ``be`` whose subject is what is spoken of or to (``was
    accused of``, ``were told``), not relayed as a speaker (``was quoted as saying``, ``is said to have``)."""
    if k == 0 or tokens[k - 1].lower not in BE_FORMS or tokens[k].lower not in words.speech_verbs:
        return False
    low, after = tokens[k].lower, (tokens[k + 1].lower if k + 1 < open_at else "")
    return not (after == "as" or (after == "to" and low in _RELAYING_TO) or low.startswith("quot"))


def _agent_between(attempt: Attempt, verb: int) -> bool:
    """Someone else is named with ``by`` or ``from`` between the subject's verb at token ``verb`` and the
    quote (``Jones granted an application by defence solicitors X and Y, out of “safety concerns”``): the
    words may be theirs, so the subject is not sure."""
    tokens, attributor = attempt.view.tokens, attempt.attributor
    for j in range(verb + 1, attempt.open_token - 1):
        if tokens[j].lower in _AGENTS and not tokens[j].quoted:
            mention = attributor.phrase_after(tokens, j + 1, attempt.open_token)
            if mention is not None and names_someone(attributor.words, tokens[mention.hi - 1]):
                return True
    return False


def _verb_after(attempt: Attempt, start: int) -> int | None:
    """The first verb from the subject ending at token ``start`` up to the quote, else the word right
    after the subject (past an apposition set off by commas: ``Lee, the envoy, went on to say``; a comma before an
    amount, ``who signed a four-year, $128 million deal,``, sets nothing off);
    ``None`` when a function word follows the subject (``Contrast Lee with …``: no subject)."""
    tokens, attributor = attempt.view.tokens, attempt.attributor
    k = start
    if k < attempt.open_token and tokens[k].text == ",":
        # past the apposition's closing comma; not one before an amount inside it ("who signed a four-year, $128 million deal")
        k = next((j + 1 for j in range(k + 1, attempt.open_token) if tokens[j].text == "," and tokens[j + 1].is_word), k)
    if k >= attempt.open_token or tokens[k].quoted or not tokens[k].is_word:
        return None
    if tokens[k].lower in attributor.words.function_words and tokens[k].lower not in attributor.words.auxiliaries:
        return None
    verb = attributor.people.verbs.first(attempt.view, k, attempt.open_token)  # read once per sentence
    return k if verb is None else verb


def participle_lead(attempt: Attempt) -> Found | None:
    """A quote inside the participle clause of a speech verb that opens the sentence, before the clause's comma
    (``Calling the deal “a betrayal”, Ann Lee walked out``, ``Saying the vote was “rigged,” Ann Lee left``): the
    person named right after that comma, the sentence's subject, speaks."""
    view, sentence, close = attempt.view, attempt.sentence, attempt.close_token
    tokens = view.tokens
    first = tokens[sentence.start]
    if attempt.nested or close is None or attempt.open_token <= sentence.start or not first.is_capitalized:
        return None
    if not first.lower.endswith("ing") or first.lower not in attempt.attributor.words.speech_verbs:
        return None
    if any(t.text == "," and not t.quoted for t in tokens[sentence.start : attempt.open_token]):
        return None  # the quote is past the clause: "Calling it off, she said “…”"
    after = close + 1
    while after < sentence.stop and (tokens[after].mark or tokens[after].text == ","):
        after += 1  # the phrase right after the clause's comma, not the subject read from the sentence's start,
    subject = attempt.attributor.phrase_after(tokens, after, sentence.stop)  # which may be in it: "Saying she hoped"
    if subject is None:
        return None
    found = attempt.attributor.credited(view, Cue(sentence.start, sentence.start + 1, subject), sentence)
    return found if found is not None and found.entity is not None and found.entity.person else None


def clause_subject(attempt: Attempt) -> Found | None:
    """With no cue in the sentence, the first person named right before a verb shortly before the
    quote, in its clause: ``In July, the envoy, Ann Lee, warned of “…”``; not past a semicolon (``X will sell the
    club; fans demand “…”``)."""
    if attempt.nested or attempt.cued:
        return None
    attributor, sentence = attempt.attributor, attempt.sentence
    clause = range(_clause_start(attempt.view, sentence.start, attempt.open_token), sentence.stop)
    found = subject_of_clause(attributor, attempt.view, clause, attempt.open_token)
    return found if found is not None and attributor.gate.admits(found.speaker, found.entity) else None
