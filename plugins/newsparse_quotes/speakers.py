"""Who said a quote: the patterns the attribution rules of :mod:`.attribution` read.

An article is read once, in page order.  :class:`People` first collects the
names the article prints with their titles (``Kremlin spokesman Dmitry
Peskov``, ``the bloc’s top diplomat, Kaja Kallas,``), so a surname, a role or a
summary line can be resolved to the full name.  :class:`Attributor` finds the
cue that credits a quote and the mention it points at (``X said``, ``said X``,
``according to X``, ``X’s claim that``, a participle such as ``insisting``
belonging to the sentence's subject), and resolves the mention: a pronoun to
the person the text is about (``he`` and ``she`` to a person they fit), a
surname or role to the full name.  Which pattern is tried when is decided by
the rule table alone.
"""

import bisect
from collections.abc import Sequence

import attrs

from .lexicon import is_first_name
from .people import Entity, People, is_verb
from .phrases import PHRASE_TOKENS, Phrases, has_name, name_in_object, names_apposition, names_someone, past_adverb, past_time, time_start
from .reported import (
    BE_FORMS,
    FINITE_AUXILIARIES,
    PLURAL_NOUNS,
    RELAYING,
    TELLING,
    disposition,
    document_reads,
    joins_report,
    main_clause_start,
    noun_before_auxiliary,
    noun_compound_head,
    opening_participle,
    passive_verdict,
    relative_speaker,
    reported_clause,
    reported_group,
    resumes_report,
)
from .resolution import OBJECT_PRONOUNS, Found, Resolver, one_person, past_relative
from .segments import Token
from .words import (
    ARTICLES,
    DASHES,
    INDEFINITE,
    ORIGIN_WORDS,
    PLACE_TIES,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    WINDOW,
    Cue,
    Mention,
    PassageView,
    Words,
    age_close,
    bare,
    base_speech_form,
    modifies_head,
    is_possessive,
    label_start,
    name_in_s,
    party_label_end,
    past_region,
)

__all__ = ["Attributor", "Entity", "Found", "Mention", "PassageView", "People", "Words", "credit_line"]


#: The most tokens of a gesture sentence before a quote (``Lee paused for a moment.``).
_GESTURE_TOKENS = 8
#: Verbs of an outlet relaying a source: ``quoted X as saying``, ``cited X as saying``.
_RELAYING_AS = frozenset(["quoted", "quotes", "quoting", "cited", "cites", "citing"])
#: The particles after which the forms of ``particle_verbs`` report speech (``points out``, ``pointed to``).
_PARTICLES = frozenset(["out", "to"])
#: The most tokens of an apposition naming the person an outlet quotes (``, Ann Lee of Fenwick Capital,``).
_APPOSITION_TOKENS = 14
#: The most tokens of an apposition a comma opens and ``as saying`` ends, with no comma closing it.
_OPEN_APPOSITION_TOKENS = 24
#: Pronouns that open a relative clause after a comma (``, which raised fees,``).
_RELATIVES = frozenset(["which", "who"])
#: Relative pronouns that stand for a verb's object when a subject follows them (``which the agency estimated``).
_OBJECT_RELATIVES = frozenset(["which", "whom"])
#: The most words between a preposition's determiner and a speech-verb form that closes its object (``in the same post``).
_OBJECT_WORDS = 2
#: How many words a participle's subject after ``with`` may have in any case, an opening determiner aside; more only in
#: capitals (a titled name).
_WITH_WORDS = 5
#: The most lower-case words of a role joined to another by ``and`` (``and chief executive``).
_ROLE_WORDS = 3
#: The most tokens of a place's or body's name opening a title in lower case (``L.A. mayor``: four).
_TITLE_PLACE_TOKENS = 8
#: The most tokens of that affiliation or place, with its preposition (``of the Red Cross office``).
_COMPLEMENT_TOKENS = 10
#: Participles giving the name a described person goes by: ``a midwife called Rhona said``.
_NAMING = frozenset(["called", "named"])
#: Prepositions before a speech noun's owner that make the noun what a later speaker answers
#: (``Responding to X’s comments``, ``Asked about X’s remarks``): not ``In X’s words, “…”``.
_ANSWERED = frozenset("to about over against".split())
#: Verbs that raise a future speech verb after ``to`` (``is expected to say``, ``was set to tell``).
_RAISING = frozenset(["expected", "set", "due", "likely", "poised", "going", "about"])
#: Words joining quotes that describe the same thing: ``“outrageous” and “a risk”``.
_JOINS = frozenset(["and", "or"])
#: Words joining two verbs of one subject: ``held rates but said``.
_COORDINATORS = frozenset(["and", "but"])
#: Clause words that open no adverbial clause: relatives and coordinators (``the bank that held …``).
_NO_SUBORDINATORS = frozenset("that which who whom whose what and but or nor than so".split())
#: The most tokens of a speaker's label over a quote (``JAMES HOLLOWAY, SENIOR ECONOMIST, NORTHGATE CAPITAL, LONDON:``).
_LABEL_TOKENS = 24
#: Words that open a clause after a name: a label holding one is a sentence (``Ian Marsh, Who Chairs It:``).
_LABEL_CLAUSE_WORDS = frozenset(("who", "which", "that", "whose"))
#: Possessive pronouns owning a noun phrase, and the indefinite article, which no finite verb's subject takes: ``his
#: false claim``, ``a written reply``.
_OWNERS = POSSESSIVE_PRONOUNS | {"a", "an"}
#: Words charging someone with words: ``accused of calling X “…”`` reports an allegation, no one's words.
_CHARGED = frozenset("accused charged suspected convicted cleared acquitted".split())
#: Pronouns of one speaker: the subject of a reported clause that is a person (``he said she had promised``).
_NARRATORS = frozenset(["he", "she", "i", "we"])
#: Pronouns of people: a sentence holding one speaks of someone.
_PERSONAL = frozenset(["he", "she", "they", "him", "her", "them", "his", "their"])


class Attributor(Resolver):
    """Finds the cues that credit the quotes of an article and resolves their mentions, in page order."""

    def credited(self, view: PassageView, cue: Cue, sentence: range) -> Found | None:
        """The speaker ``cue`` points at, resolved and admitted by the gate, with the cue as printed."""
        if cue.mention is None:  # "“…,” concluded.": the person the text is about
            salient = self.salient
            if cue.binding or salient is None or not self.gate.admits(salient.name, salient):
                return None
            return Found(salient.name, None, salient, cue.text(view))
        found = self.speaker(view, cue.mention, sentence)
        return None if found is None else Found(found.speaker, found.mention, found.entity, cue.text(view))

    def credit_later(self, view: PassageView, close: int, sentence: range) -> Cue | None:
        """``… a “symmetry” in the relations, X has said``: a closing attribution after a comma."""
        tokens = view.tokens
        stop = min(sentence.stop, close + WINDOW)
        cues = view.cues
        for n in range(bisect.bisect_right(cues, close), len(cues)):
            k = cues[n]
            if k >= stop:
                break
            if tokens[k].lower == "according" and k + 2 < sentence.stop and tokens[k + 1].lower == "to":
                return _cue(k, k + 2, self.phrase_after_verb(tokens, k + 2, sentence.stop))
            if not _is_finite_speech_verb(self.words, tokens, k, sentence):
                continue
            if tokens[k - 1].text == "," and tokens[k].lower not in TELLING and not _prepositional(self.words, tokens, k + 1):
                mention = self.phrase_after_verb(tokens, k + 1, sentence.stop)  # "“…”, said X."; not "…, told X" (X hears)
                if mention is not None and (mention.hi == sentence.stop or not tokens[mention.hi].is_word or _adverbial_after(self.words, tokens[mention.hi])):
                    return Cue(k, k + 1, mention)  # "…, says Ann Lee after the win": an adverbial closes the credit
            mention = self.phrase_before(tokens, k, close + 1)  # "…, X said", "…,” X said", "– which X says"
            if mention is not None and _closes_clause(tokens, mention.lo - 1) and not _own_quote_after(tokens, close, k, sentence.stop):
                return _quoted_as(self, tokens, k, sentence) or _relayed(self, tokens, k + 1, sentence) or Cue(k, k + 1, mention)
        return None

    def credit_lead_in(self, view: PassageView, sentence: range, quoted: bool) -> Found | None:
        """The speaker a passage's last sentence introduces for a quote opening the next passage.

        ``He told reporters:``, or, in a passage without quotes other than terms (``quoted`` false), a
        reported statement: ``Ruiz said the vote had been close.``; never a passage that ends no sentence
        (:func:`_closed`).
        """
        tokens = view.tokens
        if sentence.stop != len(tokens) or tokens[-1].quoted or not _closed(tokens, sentence) or (quoted and tokens[-1].text != ":"):
            return None
        cue = self.credit_before(view, len(tokens) - 1, sentence)
        if cue is not None and cue.mention is not None and _embedded(tokens, cue.mention, sentence):
            cue = self.credit_before(view, cue.mention.lo - 1, sentence)  # "X said … parity, as some analysts suggested."
        cue = _past_noun_agent(self, view, cue, sentence)
        if cue is None and (cue := _speaker_label(self, tokens, sentence)) is not None and (shouted := _shouted_label(self, view, cue)):
            return shouted  # "JAMES HOLLOWAY, …:"
        if (relayed := _owner_quoted(self.words, tokens, cue, sentence)) is not None:  # "The paper cited Ann Lee's letter:"
            return _owner_credit(self, view, relayed, sentence)
        owned = cue is not None and (_owned_noun_after_verb(self.words, tokens, cue, sentence) or _in_object_relative(self, tokens, cue))
        found = None if cue is None or owned else self.credited(view, cue, sentence)
        return None if found is None else attrs.evolve(found, mention=None)

    def credit_earlier(self, view: PassageView, earlier: range, last: range) -> Found | None:
        """The speaker of a statement reported in sentence ``earlier`` when the sentence after it,
        ``last``, names nobody (no name, no ``he``/``she``/``they``, no speaker as its subject):
        ``…, the sheriff said. A receipt showed the price.`` introduces the sheriff."""
        tokens = view.tokens
        if any(t.is_capitalized or t.lower in _PERSONAL for t in tokens[last.start + 1 : last.stop]):
            return None
        subject = self.subject(view, last)
        if subject is not None and self.resolve(view, subject, last) is not None:
            return None
        cue = self.credit_before(view, earlier.stop, earlier)
        found = None if cue is None else self.credited(view, cue, earlier)
        return None if found is None else attrs.evolve(found, mention=None)

    def credit_prior(self, view: PassageView, sentence: range) -> Found | None:
        """The speaker of a quote opening the sentence after ``sentence``, a sentence without quotes that
        reports a statement (``A spokesman said the firm would appeal.``) or a person's gesture
        (``He shrugged.``: short, the person or a pronoun opening it right before a verb)."""
        tokens = view.tokens
        if any(t.quoted for t in tokens[sentence.start : sentence.stop]) and not _names_only_terms(self.words, tokens, sentence):
            return None
        if not _closed(tokens, sentence):
            return None  # a heading or a link's headline between passages reports nothing
        cue = self.credit_before(view, sentence.stop, sentence)
        if cue is not None and cue.mention is not None and (_embedded(tokens, cue.mention, sentence) or _in_object_relative(self, tokens, cue)):
            cue = self.credit_before(view, cue.mention.lo - 1, sentence)  # "X admitted that … beyond what Y believed."
        cue = _past_noun_agent(self, view, cue, sentence)  # "X said she waited for money promised by Y."
        if cue is not None:  # not "Lee rejected Omar's claim." (see below)
            found = None if _owned_noun_after_verb(self.words, tokens, cue, sentence) else self.credited(view, cue, sentence)
            return None if found is None else attrs.evolve(found, mention=None)
        clause = range(main_clause_start(self.words, tokens, sentence), sentence.stop)  # "Asked about it, he shrugged."
        mention = self.subject(view, clause)
        if mention is None or mention.lo != clause.start or mention.hi >= sentence.stop:
            return None
        after = mention.hi
        if tokens[after].text == "," and (named := _name_set_off(self, tokens, after, sentence)) is not None:
            mention, after = named, named.hi + 1  # "Kuantan City's general manager, Rosli Ahmad, was blunter."
        verb = past_relative(tokens, mention) if tokens[mention.lo].lower in INDEFINITE else after
        manner = disposition(self.words, tokens, verb)  # "A nurse, who asked not to be named, was blunt."
        if (len(clause) > _GESTURE_TOKENS and not manner) or not self.people.is_verb(tokens[verb].lower):
            return None
        found = self.credited(view, Cue(verb, verb + 1, mention), sentence)  # the gesture's verb
        if found is not None and found.entity is None and manner and one_person(self.words, found.speaker):
            return attrs.evolve(found, mention=None)  # an unnamed person described as printed
        return attrs.evolve(found, mention=None) if found and found.entity and found.entity.person else None

    def credit_headline(self, view: PassageView, open_token: int, sentence: range) -> Cue | None:
        """Headline style: ``Kallas: ‘We will never accept it’`` or ``EU will ‘never accept’ it – Kallas``.

        The name opens the passage before a colon (or a comma after an inverted verb: ``Added Yun, “…”``), or ends
        it after a dash: after the quote's sentence, or after a passage of nothing but quotes (``“We wait.” “No
        setback yet.” – Eddie Howe``: both his).
        """
        tokens = view.tokens
        mark = tokens[open_token - 1].text if open_token > 0 else ""
        if sentence.start == 0 and (mark == ":" or (mark == "," and _inverted_lead(self.words, tokens))):
            mention = _headline_name(self, view, open_token - 1)
            return None if mention is None else Cue(open_token - 1, open_token, mention)
        cue = _closing_name(self, tokens, open_token) or credit_line(self, view, open_token)
        if cue is None or sentence.stop == len(tokens):
            return cue
        return cue if view.unquoted >= cue.lo else None

    def credit_colon(self, view: PassageView, colon: int, sentence: range) -> Cue | None:
        """``The agency put it bluntly:``, ``The audit did not pull its punches:``: the subject of the
        clause of ``sentence`` ending at the colon at token ``colon``, when the clause ends in a speech
        noun or an adverb in ``-ly``, or its subject is a document; the cue is the colon."""
        tokens = view.tokens
        if colon <= sentence.start or tokens[colon].text != ":" or tokens[colon - 1].quoted:
            return None
        mention = self.subject(view, range(sentence.start, colon))
        if mention is None or mention.hi >= colon - 1:
            return None
        last, head = tokens[colon - 1].lower, tokens[mention.hi - 1].lower
        if last in self.words.speech_nouns or last.endswith("ly") or head in self.words.documents:
            return Cue(colon, colon + 1, mention)
        return None

    def credit_after(self, view: PassageView, close: int, sentence: range) -> Cue | None:
        """``“…,” X said`` / ``“…,” said X``: the cue after a quote, without a mention for a bare ``concluded``.

        ``“…” – that is how X described it`` reads on after the dash and ``how``; ``“…,” as X put it`` after ``as``.
        """
        tokens = view.tokens
        words = self.words
        i = close + 1
        if i < sentence.stop and tokens[i].text == ",":
            i += 1
        if i < sentence.stop and tokens[i].text in DASHES:
            how = next((k for k in range(i + 1, min(i + 5, sentence.stop)) if tokens[k].lower == "how"), None)
            if how is None:
                return None
            i = how + 1
        set_off = tokens[i - 1].text == "," or tokens[close - 1].text == ","  # a comma inside the quote's marks or after them
        i += set_off and i + 1 < sentence.stop and tokens[i].lower == "as" and tokens[i + 1].is_word  # "“…,” as Ann Lee put it"
        if i >= sentence.stop or tokens[i].quoted or tokens[i].mark or tokens[i].lower in words.prepositions or tokens[i].lower in words.clause_words:
            return None  # "at a briefing"; "watching “very closely” how households responded": a clause of its own goes on
        if _inverted_verb(words, tokens, i, sentence.stop):
            if i + 1 < sentence.stop and (tokens[i + 1].lower == "to" or tokens[i + 1].text in words.prepositions):
                return None  # "“…”, believed to be closer to …": a participle; "“a dozen” calls from …": a noun
            inverted = _titles_joined(words, tokens, self.phrase_after_verb(tokens, i + 1, sentence.stop), sentence.stop)
            if inverted is None and i + 1 < sentence.stop and tokens[i + 1].is_word:
                return Cue(i, i + 1, Mention(i + 1, i + 2), binding=True)  # "“…,” said one, who …": one of a group, or nobody
            return None if inverted is not None and _opens_clause(words, tokens, inverted.hi, sentence.stop) else Cue(i, i + 1, inverted)
        mention = self.phrase_after(tokens, i, sentence.stop)
        if mention is None:
            return None
        j = _past_age(tokens, party_label_end(tokens, mention.hi, sentence.stop), sentence.stop)  # "X, D-Calif., said"
        j = _past_origin(tokens, j, sentence.stop)  # "X, 18, of Detroit, a student at Y, said"
        mention, j = _past_modifier(self, tokens, mention, j, sentence.stop)  # "the head of the Red Cross in Kenya said"
        mention, j = _roles_joined(self.words, tokens, mention, j, sentence.stop)
        if j + 1 < sentence.stop and tokens[j].text == "," and (
            tokens[j + 1].lower in ("who", "which") or tokens[j + 1].lower.endswith("ing")
        ):
            j = _after_open_clause(words, tokens, j + 1, sentence.stop)  # "X, who heads the fund, told"
        elif _comma_before_verb(words, tokens, j, sentence.stop) and has_name(words, tokens, mention):
            j += 1  # "“…,” Acme’s lawyer Ann Lee, said": a stray comma before the verb
        elif j < sentence.stop and tokens[j].text == ",":  # "the bloc’s top diplomat, Kaja Kallas, has said"
            inner = self.phrase_after(tokens, past_adverb(tokens, j + 1, sentence.stop), sentence.stop)  # ", now a …"
            if inner is not None and inner.hi < sentence.stop and tokens[inner.hi].lower == "and":
                inner = _joined_role(words, tokens, inner, inner.hi, sentence.stop)[0]  # ", GM chair and CEO,"
            if inner is not None and has_name(self.words, tokens, mention) and _describes(words, tokens, inner, sentence.stop):
                j = _past_town_region(tokens, _after_clause(tokens, j + 1, sentence.stop), sentence.stop)  # "X, a professor at Y, told"
            elif inner is not None and inner.hi < sentence.stop and tokens[inner.hi].text == ",":
                if names_apposition(self.words, tokens, inner) or not (has_name(words, tokens, mention) or tokens[inner.lo].lower in INDEFINITE):
                    mention = inner  # the name, not its title: "the deputy minister, Helena Sousa, said"; not "a student"
                j = _past_town_region(tokens, inner.hi + 1, sentence.stop)  # ", owner of a bar in Aspen, Colo.,"
        j = _past_auxiliaries(words, tokens, j, sentence.stop)  # "she will say", "she is expected to say"
        if _reports_anew(tokens, close, j, sentence.stop):
            return None  # "“How does he cope?” His lawyers say they will appeal.": a sentence of its own
        if j < sentence.stop and (tokens[j].lower in words.speech_verbs or _put_it(words, tokens, j) or _closing_finding(words, tokens, j, sentence.stop)):
            if tokens[j].lower in TELLING and _passive_told(tokens, j):  # "“…,” staff were told (by X)": never the staff
                return _by_agent(self, tokens, j, sentence)
            if _names_next_quote(words, tokens, j, sentence.stop):
                return None  # "“…,” a threat Beijing has called “…”": the verb names the next quote, not this one
            relayed = _quoted_as(self, tokens, j, sentence) or _relayed(self, tokens, j + 1, sentence) or _quoted_after(self, tokens, j, sentence)
            return relayed or Cue(j, j + 1, mention)
        return None

    def credit_before(self, view: PassageView, open_at: int, sentence: range) -> Cue | None:
        """The words crediting a quote earlier in its sentence: the nearest speech verb's subject."""
        tokens, words = view.tokens, self.words
        lo = _clause_start(tokens, max(sentence.start, open_at - WINDOW), open_at)
        cues = view.cues
        blocked = None  # a cue whose subject is no one: binding when no cue before it credits
        for n in range(bisect.bisect_left(cues, open_at) - 1, -1, -1):
            k = cues[n]
            if k < lo:
                break
            token = tokens[k]
            if token.quoted or token.mark:
                continue
            low = token.lower
            if (worded := _word_cue(self, tokens, k, open_at, sentence)) is not None:
                return worded
            if _denied_claim(words, tokens, k, open_at):
                blocked = blocked or Cue(k, k + 1, None, binding=True)
                continue  # "X rejected the claim that it was “reckless”": the claim's words, not X's
            if not _speaks_at(words, tokens, k) or (token.is_capitalized and not (k == sentence.start and opening_participle(tokens, sentence))):
                continue  # not a speech verb; "Key points from the summit: “…”": a noun ("she pointed out" speaks)
            if (relative := _relative_cue(self, tokens, k, sentence.start)) is not None:
                return relative  # "a report that said": the report's words; "residents who said": never the subject's
            if k > sentence.start and _noun_form(words, tokens, k, sentence.start):
                continue  # "to say", "the claim", "received reports of “…”", "Rivers state does": no finite speech verb
            if noun_compound_head(words, tokens, k, open_at) or _modified_noun(words, tokens, k, sentence) or _describes_object(words, tokens, k, open_at, sentence.start):
                continue  # "the flow promise “…”", "his false claim": a noun; "asked an “odd” question": a description
            if _no_report(words, tokens, k, lo, open_at) or _participle_aside(words, tokens, k, open_at):
                continue  # "member states had", "was believed to be", "the stockpile, which X estimated …, was “…”"
            if (quoted := _quoted_as(self, tokens, k, sentence)) is not None:
                return quoted
            agent = _by_agent(self, tokens, k, sentence) if low != "quoted" else None
            if agent is not None and _agent_reports(words, tokens, k, agent, open_at):
                return agent
            if agent is not None:
                continue  # "homes pledged by X would be “…”", "the guidelines, first reported by X, …": not X's words
            relayed = low.endswith("ing") and k > sentence.start and _relayed_participle(tokens, k, sentence)
            if relayed and (quoted := _relayed_source(self, tokens, k, sentence)) is not None:
                return quoted  # "quoted X as saying": the verb before names the speaker
            if relayed or _passive(words, tokens, k) or _passive_said(tokens, k, open_at):
                continue  # "workers were told …", "she was described as …", "was quoted as saying"
            if low.endswith("ing") and not (tokens[k - 1].lower in BE_FORMS and n and cues[n - 1] >= lo):  # "quoted X as saying staff had been asking": finite
                return _charged(tokens, k, sentence) or _cited_source(self, tokens, k, sentence) or _cue(k, k + 1, self._participle_subject(view, k, sentence))
            mention = _relative_head(self, view, self.phrase_before(tokens, k, sentence.start), sentence)
            if _no_subject(words, tokens, mention, k, sentence.start):
                blocked = blocked or Cue(k, k + 1, None, binding=True)
                continue  # "routes through Poland would add “…”": the name is no subject; a cue before may credit
            if mention is not None and reported_group(self.words, view.tokens, mention, sentence) and not relative_speaker(tokens, mention, k, open_at) and not _names_what(words, tokens, mention, k):
                continue  # "X said voters had rejected “…”": X's words about the voters; "what officials called “…”": theirs
            inside, outer = (False, None) if mention is None or _names_what(words, tokens, mention, k) else _outer_of(self, view, mention, k, lo, sentence)
            if inside:
                return outer
            if mention is None and k > sentence.start and tokens[k - 1].lower in _COORDINATORS:  # "X wrote … and thanked “…”": X
                outer = _outer_report(self, tokens, k, lo, sentence)
                mention = _subordinate_subject(self, tokens, k, sentence) if outer is None else outer.mention
            if resumes_report(tokens, k, open_at):  # "X said the council warned …, but that “…”": X's
                return _outer_report(self, tokens, k, lo, sentence) or _cue(k, k + 1, mention or self.subject(view, sentence))
            return _cue(k, k + 1, mention or _aside(self, tokens, k, open_at) or _open_relative(self, tokens, k, sentence) or self.subject(view, sentence))
        return blocked


    def _participle_subject(self, view: PassageView, k: int, sentence: range) -> Mention | None:
        """Who does the participle at ``k``: ``with media reports saying`` (the phrase after
        ``with``), ``months of A and B vowing`` (the names after ``of``), ``X said, noting`` or ``X expressed …, adding`` (the subject of the nearest
        verb before it, or of the report that verb is in when its subject names no one by name:
        ``X told us the board had won, adding``), else the sentence's subject."""
        tokens = view.tokens
        attached = _attached_subject(self, tokens, k, sentence) or _message_of(self, tokens, k, sentence) or _reproached_means(tokens, k, sentence)
        if attached is not None:
            return attached
        if _after_with(tokens, k, sentence):
            return None  # "…, with work and pensions secretary Mel Stride saying": its own subject, not the sentence's
        lo = max(sentence.start, k - WINDOW)
        for verb in range(k - 1, lo, -1):  # "X said, noting", "X expressed …, adding"
            token = tokens[verb]
            if token.quoted or token.is_capitalized:
                continue
            speech = _is_finite_speech_verb(self.words, tokens, verb, sentence)
            past = (token.lower.endswith("ed") and token.lower.isalpha()) or token.lower in self.words.irregular_past  # "made"
            if (speech or past) and not _in_relative_clause(self.words, tokens, verb, lo) and not _future_in_report(self.words, tokens, verb, lo):
                if token.lower in _INVERTED and tokens[verb - 1].text == "," and (after := _inverted_speaker(self, tokens, verb, k)):
                    return after  # "Some 4,000 contractors were sent home, said the secretary, Ana Ruiz, adding": Ana Ruiz
                mention = self.phrase_before(tokens, verb, sentence.start)
                if mention is None and speech:
                    continue  # no subject: a noun ("told state media, adding")
                last = _phrase_head(self.words, tokens, mention) if mention is not None else 0
                if mention is None or not names_someone(self.words, tokens[last]):
                    break
                named = _has_capital(tokens, mention, sentence)
                clause = next((j + 1 for j in range(verb - 1, lo - 1, -1) if tokens[j].text in ",;"), lo)
                outer = None if named and speech else _outer_report(self, tokens, verb, clause, sentence)
                if named and (outer is None or outer.mention is None or not _speaks_for_itself(self, view, outer, sentence)):
                    return mention  # "The paper said Lee voiced anger, adding": Lee's words
                # "X told us the board had won, adding"; "Ann Lee said that Tom Roe would appeal, calling": Ann Lee
                return mention if outer is None else outer.mention
        return self.subject(view, sentence)


def _phrase_head(words: Words, tokens: Sequence[Token], mention: Mention) -> int:
    """The token of ``mention`` that heads it: the word before a preposition inside it (``executive`` of ``a senior
    executive at a developer``), else its last word, before a label (``(CHP)``)."""
    inner = next((k for k in range(mention.lo + 1, mention.hi) if tokens[k].lower in words.prepositions and not tokens[k].is_capitalized), None)
    return inner - 1 if inner is not None else label_start(tokens, mention.hi, mention.lo + 1) - 1


#: Speech verbs a clause before them inverts, the speaker after them: ``…, said the ministry, adding …``.
_INVERTED = frozenset(["said", "says"])


def _inverted_speaker(attributor: Attributor, tokens: Sequence[Token], verb: int, k: int) -> Mention | None:
    """The speaker after the inverted speech verb at ``verb`` when that phrase, perhaps with a name set off after it,
    alone runs to the comma before the participle at ``k`` (``…, said the ministry, adding``, ``…, said the secretary,
    Ana Ruiz, adding``; not ``…, said Berlin would push …, calling``)."""
    after = attributor.phrase_after_verb(tokens, verb + 1, k)
    if after is None or tokens[k - 1].text != ",":
        return None
    return after if all(t.is_capitalized or t.text == "," for t in tokens[after.hi : k - 1]) else None


def _names_only_terms(words: Words, tokens: Sequence[Token], sentence: range) -> bool:
    """Every quote of ``sentence`` opens right after a naming verb (``Luca Ferraro, nicknamed “Il Professore” by
    punters, told …``): names, no one's words, so the sentence reports a statement as one without quotes does."""
    opens = [k for k in range(sentence.start, sentence.stop) if tokens[k].mark == "open"]
    return bool(opens) and all(k > sentence.start and tokens[k - 1].lower in words.naming_verbs for k in opens)


def _closing_finding(words: Words, tokens: Sequence[Token], j: int, stop: int) -> bool:
    """A verb of a finding (table ``finding_verbs``) closing the sentence after a quote reports it: ``“The objection
    is overruled,” the judge ruled.``, ``“…,” the tribunal found.``"""
    return tokens[j].lower in words.finding_verbs and (j + 1 >= stop or tokens[j + 1].text in _CLAUSE_CLOSERS)


def _clause_start(tokens: Sequence[Token], lo: int, open_at: int) -> int:
    """Where the clause of the quote opening at token ``open_at`` starts, from ``lo`` on: past the last semicolon
    before it, outside quotes (``Union says cuts put workers at risk; operator insists its record is “…”``: the
    union's verb reports nothing of the quote)."""
    semicolon = next((j for j in range(open_at - 1, lo - 1, -1) if tokens[j].text == ";" and not tokens[j].quoted), None)
    return lo if semicolon is None else semicolon + 1


def _no_subject(words: Words, tokens: Sequence[Token], mention: Mention | None, k: int, start: int) -> bool:
    """The speech verb at token ``k`` has no speaker for a subject: a name that is the object of a preposition
    (``routes through Poland would add``; not one a ``who`` clause is on, ``criticism from Ann Lee, who called``), or
    none after a modal (``monitoring of the lake would continue``)."""
    if mention is None:
        return k > start and tokens[k - 1].lower in words.modals
    return name_in_object(words, tokens, mention, start) and not _who_of(words, tokens, mention, k)


def _who_of(words: Words, tokens: Sequence[Token], mention: Mention, k: int) -> bool:
    """The verb at token ``k`` opens a ``who`` clause right after ``mention``, maybe past a comma and auxiliaries
    (``Ann Lee who had called``, ``Ann Lee, who called``) or an age set off by commas (``Ann Lee, 63, who told``)."""
    j = k - 1
    while j > mention.hi and tokens[j].lower in words.auxiliaries:
        j -= 1
    aged = j - mention.hi == 3 and tokens[mention.hi + 1].text.isdigit() and tokens[mention.hi + 2].text == ","
    return tokens[j].lower == "who" and (j - mention.hi in (0, 1) or aged) and (j == mention.hi or tokens[mention.hi].text == ",")


def _outer_of(attributor: Attributor, view: PassageView, mention: Mention, k: int, lo: int, sentence: range) -> tuple[bool, Cue | None]:
    """Whether ``mention``, the subject of the speech verb at ``k``, stands inside a report another makes, and that
    report's credit: ``X said the report read “…”`` (X's verdict), ``X told Reuters the minister had asked “…”``
    (not ``He was told the minister had warned``, nor a relative clause on the one told: ``X told Tom Roe, who had
    called it “…”``), ``X said … and that the board had asked for “…”``."""
    tokens = view.tokens
    if document_reads(attributor.words, tokens, mention, k) and (outer := _outer_report(attributor, tokens, k, lo, sentence)) is not None:
        return True, outer
    if mention.lo > 1 and tokens[mention.lo - 1].lower in TELLING and tokens[mention.lo - 2].lower not in BE_FORMS and not (
        _after_relative(attributor.words, tokens, k, mention.hi)  # "X told Tom Roe, who had called it “…”": Roe's
    ):
        return True, _outer_report(attributor, tokens, k, lo, sentence)
    if joins_report(tokens, mention.lo) or _reported_body(attributor, view, mention, k, sentence):
        return True, _outer_report(attributor, tokens, k, lo, sentence) or _outer_participle(attributor, view, k, lo, sentence)
    return False, None


def _after_relative(words: Words, tokens: Sequence[Token], verb: int, lo: int) -> bool:
    """The verb at ``verb`` follows a relative pronoun, perhaps past auxiliaries: ``analysts who had expected``."""
    j = verb - 1
    while j > lo and tokens[j].lower in words.auxiliaries:
        j -= 1
    return j >= lo and tokens[j].lower in _RELATIVES


def _in_relative_clause(words: Words, tokens: Sequence[Token], verb: int, lo: int) -> bool:
    """The verb at ``verb`` is in a relative clause set off by a comma (``, which coughed up £1.1 million``) or
    opening right before it, past auxiliaries (``the family of a miner who was killed``): its subject is no one a
    participle after the clause attaches to."""
    j = verb - 1
    while j > lo and tokens[j].lower in words.auxiliaries:
        j -= 1
    if j >= lo and tokens[j].lower in _RELATIVES:
        return True
    comma = next((j for j in range(verb - 1, lo - 1, -1) if tokens[j].text == ","), None)
    return comma is not None and comma + 1 < verb and tokens[comma + 1].lower in _RELATIVES


def _no_report(words: Words, tokens: Sequence[Token], k: int, lo: int, open_at: int) -> bool:
    """The speech-verb form at token ``k`` reports nothing the quote at ``open_at`` says: no one speaks
    (:func:`_no_speech`), it is in a closed relative clause on its object (:func:`_closed_object_relative`), or a
    naming verb has no object, its clause closed before the quote (``each time a ship calls, making the jetty “…”``)."""
    low = tokens[k].lower
    if (low in PLURAL_NOUNS or (k + 1 < len(tokens) and tokens[k + 1].lower == "to")) and _no_speech(words, tokens, k, open_at):
        return True
    if low in words.naming_verbs and k + 2 < open_at and tokens[k + 1].text in _CLAUSE_CLOSERS:
        return True
    return (
        _closed_object_relative(words, tokens, k, lo, open_at) or _participle_before_verb(words, tokens, k, lo, open_at)
        or _future_in_report(words, tokens, k, lo)
    )


#: Marks that close a verb's clause: a naming verb right before one has no object (``a ship calls,``).
_CLAUSE_CLOSERS = frozenset([",", ";", "."])


def _future_in_report(words: Words, tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The speech verb at token ``k`` follows a modal and a subject no pronoun names inside a clause a speech verb
    before it reports (``Peskov said the military would respond “in a timely manner”``): speech not yet made, so the
    quote is the reporter's words (``said it would add …`` is left to the pronoun)."""
    if k - 2 <= lo or tokens[k - 1].lower not in words.modals or tokens[k - 2].lower in _CLAUSE_SUBJECTS:
        return False
    return any(not t.quoted and t.lower in words.speech_verbs and not t.is_capitalized for t in tokens[lo : k - 2])


def _participle_before_verb(words: Words, tokens: Sequence[Token], k: int, lo: int, open_at: int) -> bool:
    """The form in ``-ed`` at token ``k`` is a participle after the noun it describes, a time or place after it and then
    the clause's own verb (``the cuts announced in March had been “…”``): the cuts were announced; no one speaks."""
    if not tokens[k].lower.endswith("ed") or k - 1 <= lo or not tokens[k - 1].is_word or tokens[k - 1].is_capitalized:
        return False
    if tokens[k - 1].lower in words.auxiliaries or tokens[k - 1].lower in _CLAUSE_SUBJECTS or k + 1 >= open_at or tokens[k + 1].lower not in words.prepositions:
        return False
    for j in range(k + 2, min(open_at, k + 2 + _PARTICIPLE_TAIL)):
        low = tokens[j].lower
        if low in words.auxiliaries:
            return True
        if not tokens[j].is_word or low in _CLAUSE_SUBJECTS or low in words.determiners:
            return False
    return False


#: The most words of the time or place between such a participle and the clause's verb (``in early March``).
_PARTICIPLE_TAIL = 3
#: Pronouns and relative words that open a clause of their own (``announced in March it had been``, ``who promised in
#: May that …``): the form before or after them reports.
_CLAUSE_SUBJECTS = frozenset(["i", "we", "you", "he", "she", "it", "they", "who", "which", "that"])


def _closed_object_relative(words: Words, tokens: Sequence[Token], verb: int, lo: int, open_at: int) -> bool:
    """The verb at ``verb`` is in a relative clause on its object, set off by commas and closed before the quote at
    ``open_at`` by a comma and an auxiliary (``the stockpile, which the agency estimated at 310kg, was “…”``): the
    clause says what was estimated; the quote is the outer clause's."""
    comma = next((j for j in range(verb - 1, lo - 1, -1) if tokens[j].text == ","), None)
    if comma is None or comma + 2 >= verb or tokens[comma + 1].lower not in _OBJECT_RELATIVES:
        return False
    return any(
        tokens[j].text == "," and not tokens[j].quoted and tokens[j + 1].lower in words.auxiliaries
        for j in range(verb + 1, open_at - 1)
    )


#: The prepositions whose object does a participle right after it: ``with media reports saying``, ``despite Ann Lee
#: saying``, ``amid officials warning``.
_GERUND_LEADS = frozenset(["with", "despite", "amid", "without", "from"])


def _attached_subject(phrases: Phrases, tokens: Sequence[Token], k: int, sentence: range) -> Mention | None:
    """The phrase the participle at ``k`` attaches to, perhaps past a time (``with Acme on Monday saying``): after
    ``with`` or another of :data:`_GERUND_LEADS` (``with media reports saying``, ``despite Rishi Sunak saying``), or
    the names after ``of`` (``months of Carney and Champagne vowing``: the last name, whose list is read on; not the
    portfolio of a post, ``the Minister of Justice asking``), or the
    one word after a verb of seeing or hearing (``shows teens yelling``); else ``None``.
    Past a few words only a name and its capitalized titles lead back to ``with``, perhaps after a determiner or one
    word in lower case that describes it (``with Senate Majority Leader Chuck Schumer telling``, ``with think-tank
    Joint Venture Silicon Valley reporting``)."""
    if k - 2 > sentence.start and tokens[k - 2].lower in phrases.words.perception_verbs and tokens[k - 1].is_word:
        return Mention(k - 1, k)  # "a video that shows teens yelling, “…”": the teens'; "heard Lee saying"
    end = time_start(phrases.words, tokens, k, sentence.start)
    j = end - 1
    while j > max(sentence.start, end - PHRASE_TOKENS) and tokens[j].is_word and tokens[j].lower not in _GERUND_LEADS and not _names_of(tokens, j, end):
        if j <= end - _WITH_WORDS and not tokens[j].is_capitalized and not _opens_with_phrase(phrases.words, tokens, j):
            return None
        j -= 1
    if j < end - 1 and tokens[j].lower in _GERUND_LEADS and not tokens[j].quoted:
        described = not tokens[j + 1].is_capitalized and tokens[j + 1].lower not in phrases.words.determiners
        start = j + 2 if described and j + 2 < end and tokens[j + 2].is_capitalized else j + 1  # not "think-tank"
        return Mention(start, end)
    if j < end - 1 and tokens[j].lower == "of" and bare(tokens[j - 1].text) not in phrases.words.roles:
        return phrases.phrase_before(tokens, end, j + 1)
    return None  # not "the Minister of Justice asking": a post and its portfolio, no names after "of"


def _after_with(tokens: Sequence[Token], k: int, sentence: range) -> bool:
    """The participle at ``k`` closes a phrase opened by ``with`` in its clause (no comma between them): it has a
    subject of its own there, found or not, never the sentence's (``Families got a payment, with work and pensions
    secretary Mel Stride saying …``)."""
    for j in range(k - 1, max(sentence.start, k - PHRASE_TOKENS) - 1, -1):
        token = tokens[j]
        if token.quoted or token.text in ",;:":
            return False
        if token.lower == "with":
            return True
    return False


def _message_of(phrases: Phrases, tokens: Sequence[Token], k: int, sentence: range) -> Mention | None:
    """The message or document someone's possessive owns right before the participle at ``k``, maybe past a time
    (``after Ann Lee's statement on Sunday saying``): its owner's words, not the sentence subject's; else ``None``
    (``The ministry issued a statement saying``: the subject's)."""
    j = time_start(phrases.words, tokens, k, sentence.start)
    if j - 1 <= sentence.start or tokens[j - 1].quoted:
        return None
    head = tokens[j - 1].lower
    if head not in phrases.words.messages and head not in phrases.words.documents:
        return None
    owner = next((m for m in range(j - 2, max(sentence.start, j - _DETERMINED_WORDS - 2), -1) if is_possessive(tokens[m])), None)
    if owner is None or not all(t.is_word and not t.quoted for t in tokens[owner + 1 : j]):
        return None
    return phrases._bare_phrase_before(tokens, owner + 1, sentence.start)


def _opens_with_phrase(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` is a determiner right after ``with`` (``with a group of net contributors insisting``), or a word
    that describes the capitalized name after it (``with think-tank Joint Venture Silicon Valley reporting``): not
    counted among the phrase's words."""
    if j == 0 or tokens[j - 1].lower != "with":
        return False
    return tokens[j].lower in words.determiners or (tokens[j].is_word and j + 1 < len(tokens) and tokens[j + 1].is_capitalized)


def _names_of(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Token ``j`` is ``of`` and only names (capitalized words, maybe joined by ``and``) stand between it and the
    participle at ``k``: the participle's subject (``after months of Ann Lee and Tom Roe vowing to …``)."""
    return tokens[j].lower == "of" and j + 1 < k and all(t.is_capitalized or t.lower == "and" for t in tokens[j + 1 : k])


def _closing_name(phrases: Phrases, tokens: Sequence[Token], open_token: int) -> Cue | None:
    """The name after a dash ending the passage of ``tokens``, after the quote opening at ``open_token``."""
    stop = len(tokens) - 1 if tokens[-1].text == "." else len(tokens)  # "… ‘a threat to life’ – Met Office."
    for k in range(stop - 2, max(open_token, stop - 8), -1):
        if tokens[k].quoted or tokens[k].mark:
            return None
        if tokens[k].text in DASHES:
            at = k + 2 if _speech_verb(phrases.words, tokens[k + 1]) else k + 1  # "– says the bank"
            mention = phrases.phrase_after(tokens, at, stop)
            if mention is None or mention.hi != stop or (at > k + 1 and not _named_or_determined(phrases.words, tokens[mention.lo])):
                return None  # "– warns central bank": no one named
            return Cue(k, k + 1, mention)
    return None


def _speech_verb(words: Words, token: Token) -> bool:
    return not token.is_capitalized and not token.quoted and token.lower in words.speech_verbs


def _named_or_determined(words: Words, first: Token) -> bool:
    """A phrase opening with ``first`` names someone or is a described one: ``Ann Lee``, ``the bank``."""
    return first.is_capitalized or first.lower in words.determiners


def credit_line(phrases: Phrases, view: PassageView, start: int) -> Cue | None:
    """A roundup's credit line: the person named right after a dash that follows the quote opening at token
    ``start`` (or opens the passage) in a passage of nothing but quotes before it, maybe a list's item (``“…” – Wales
    coach Ann Lee on the late try.``, ``– Lee admits they froze``, ``- "…" - Ann Lee, attorney for the union, …``); the
    dash (one or two marks) is the cue and the phrase after the name may run on."""
    tokens = view.tokens
    if view.unquoted < start and not (start == 1 and tokens[0].text in DASHES):
        return None  # read first: most quotes have words before them (a list's dash aside), and the scan below is the quote's length
    size = len(tokens)
    if view.unquoted >= start and (view.unquoted == size or tokens[view.unquoted].text not in DASHES):
        return None  # the quotes run to the passage's end, or no dash follows them: the scan below would find none
    k, closed = start, False
    while k < size and (tokens[k].quoted or tokens[k].mark):
        if closed and tokens[k].mark == "open":
            return None  # another quote follows: read only up to the quote's own end
        closed = closed or tokens[k].mark == "close"
        k += 1
    if k == size or tokens[k].text not in DASHES:
        return None
    after = k + 2 if k + 1 < size and tokens[k + 1].text in DASHES else k + 1
    mention = phrases.phrase_after(tokens, after, size)
    owner = None if mention is None else next(
        (j for j in range(mention.lo, mention.hi) if tokens[j].is_capitalized and is_possessive(tokens[j])), None
    )  # "– Ann Lee's reaction to the crowd", not "– Lee's rival Tom Roe"
    if owner is not None and not _names_after(phrases.words, tokens, owner + 1, mention.hi):
        mention = Mention(mention.lo, owner + 1)
    if mention is None or not tokens[mention.hi - 1].is_capitalized:
        return None
    return Cue(k, k + 1, mention)


def _names_after(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A name runs on from token ``k`` before any preposition (``Kerr’s rival Tom Okafor``; not ``Lee’s reaction
    to Irish fans``)."""
    for token in tokens[k:stop]:
        if token.lower in words.prepositions:
            return False
        if token.is_capitalized:
            return True
    return False


def _speaker_label(attributor: Attributor, tokens: Sequence[Token], sentence: range) -> Cue | None:
    """A passage that is nothing but a speaker's label ending in a colon labels the quote opening the next
    passage: a person's full name opening with a given name, perhaps after a title, a possessive or words in lower
    case, and perhaps before a role, firm and place set off by commas, as wire roundups print them (``Ian Marsh,
    head coach:``, ``JAMES HOLLOWAY, SENIOR ECONOMIST, NORTHGATE CAPITAL, LONDON:``, ``TALKS CHAIR LUIS VARGAS:``,
    ``Kenya's lead negotiator Ruth Njoroge:``); the cue is the colon.  Not ``Climate Change:`` (no given name),
    ``Ian Marsh said:`` nor ``Ian Marsh, Who Chairs It:`` (a clause)."""
    colon = len(tokens) - 1
    if sentence.start != 0 or tokens[colon].text != ":" or not 2 <= colon <= _LABEL_TOKENS:
        return None
    comma = next((k for k in range(colon) if tokens[k].text == ","), colon)
    start = _label_name_start(attributor.words, tokens, comma)
    if start >= comma or not is_first_name(tokens[start].lower):
        return None
    mention = attributor.phrase_after(tokens, start, comma)
    if mention is None or mention.lo != start or mention.hi != comma or sum(t.is_capitalized for t in tokens[start:comma]) < 2:
        return None
    words, verbs = attributor.words, attributor.people.is_verb
    if any((verbs(t.lower) and not t.is_capitalized) or t.lower in words.speech_verbs or t.lower in _LABEL_CLAUSE_WORDS for t in tokens[comma:colon]):
        return None
    return Cue(colon, colon + 1, mention)


def _shouted_label(attributor: Attributor, view: PassageView, cue: Cue) -> Found | None:
    """The name of a speaker's label in capitals (``JAMES HOLLOWAY, …:``), credited as the article printed it before
    in ordinary type (``Governor Andrew Bailey`` named above ``GOVERNOR ANDREW BAILEY:``), else as printed: the
    resolver reads capitals as a dateline's type, never a person's; ``None`` for a name in ordinary type."""
    tokens, mention = view.tokens, cue.mention
    if mention is None:
        return None
    name = view.text[tokens[mention.lo].start : tokens[mention.hi - 1].end]
    if not name.isupper():
        return None
    known = attributor.people.find(tuple(name.lower().split()), view.offset + tokens[mention.lo].start)
    return Found(known.name, None, known, cue.text(view)) if known is not None and known.person else Found(name, None, None, cue.text(view))


def _label_name_start(words: Words, tokens: Sequence[Token], end: int) -> int:
    """Where the name in a speaker's label (tokens ``:end``) starts: past its title (``TALKS CHAIR``), a possessive
    (``Kenya's``) and words in lower case (``lead negotiator``)."""
    start = 0
    for k in range(end):
        token = tokens[k]
        if not token.is_capitalized or not token.is_word or is_possessive(token) or bare(token.text) in words.roles:
            start = k + 1
    return start


def _name_set_off(attributor: Attributor, tokens: Sequence[Token], comma: int, sentence: range) -> Mention | None:
    """The name set off by the comma at ``comma`` and another after it, naming who the phrase before is
    (``Kuantan City's general manager, Rosli Ahmad,``), else None."""
    named = attributor.phrase_after(tokens, comma + 1, sentence.stop)
    ok = named is not None and named.hi + 1 < sentence.stop and tokens[named.hi].text == ","
    return named if ok and named is not None and names_apposition(attributor.words, tokens, named) else None


def _past_noun_agent(attributor: Attributor, view: PassageView, cue: Cue | None, sentence: range) -> Cue | None:
    """``cue``, or the cue before it where it is the agent of a participle after a noun (:func:`_noun_agent`)."""
    if cue is not None and _noun_agent(attributor.words, view.tokens, cue, sentence):
        return attributor.credit_before(view, cue.lo - 1, sentence)
    return cue


def _noun_agent(words: Words, tokens: Sequence[Token], cue: Cue, sentence: range) -> bool:
    """``cue`` is a participle after a noun with its agent after ``by`` (``prize money promised by her federation``,
    ``in remarks reported by the paper``): a clause that describes a thing the sentence names, not the statement
    it reports; not a passive verb (``was promised by``), nor a participle set off by a comma."""
    k, mention = cue.lo, cue.mention
    return (
        mention is not None and k > sentence.start and cue.hi == k + 2 and mention.lo == cue.hi
        and tokens[k + 1].lower == "by" and tokens[k].lower.endswith(("ed", "en"))
        and tokens[k - 1].is_word and not tokens[k - 1].is_capitalized
        and tokens[k - 1].lower not in _BE_OR_GET and tokens[k - 1].lower not in words.auxiliaries
    )


#: Verbs before a passive participle: its agent after ``by`` is the speaker (``was promised by``).
_BE_OR_GET = frozenset("is are was were be been being get gets got gotten getting".split())


#: The marks a sentence introducing a quote after it ends with (maybe before a closing quote mark or bracket).
_SENTENCE_CLOSES = frozenset(".:!?…;")


def _closed(tokens: Sequence[Token], sentence: range) -> bool:
    """``sentence`` ends with a mark of :data:`_SENTENCE_CLOSES`, a closing quote mark or bracket: a sentence, not a
    heading or a link's headline (``Coronavirus Scotland: France & Netherlands added to quarantine list``)."""
    last = tokens[sentence.stop - 1]
    return last.text in _SENTENCE_CLOSES or last.mark == "close" or last.text in ")]"


#: Words opening a clause inside a sentence whose subject's words the sentence names or compares with, not the
#: statement it reports: ``beyond what Y believed``, ``…, as Y suggested.``, ``more than Y expected``.
_EMBEDDING = frozenset(["what", "as", "than"])


def _embedded(tokens: Sequence[Token], mention: Mention, sentence: range) -> bool:
    """``mention`` is the subject of a clause opened by a word of ``_EMBEDDING`` inside ``sentence`` (``… beyond what
    Pakistan believed was par.``, ``… reaching parity, as some analysts suggested.``); not before a closing colon (``…,
    as Ann Lee put it:`` introduces her)."""
    inside = mention.lo - 1 > sentence.start and tokens[mention.lo - 1].lower in _EMBEDDING
    return inside and tokens[sentence.stop - 1].text != ":"


def _inverted_lead(words: Words, tokens: Sequence[Token]) -> bool:
    """The passage opens with a speech verb before its subject (``Said Reyes``, ``Added Yun``)."""
    return tokens[0].lower in words.speech_verbs and tokens[0].lower in words.openers


def _headline_name(attributor: Attributor, view: PassageView, colon: int) -> Mention | None:
    """The name opening the passage right before the colon at token ``colon`` (``Kallas:``), or a
    person's full name there before a prepositional phrase, maybe in parentheses (``Bo Reyes on beating his
    brother, Tim:``, ``Bo Reyes (on the late goal):``),
    maybe after ``Quoting`` (``Quoting Ann Lee after the win over Leeds:``) or after the verb of an inverted
    lead-in, where a surname will do (``Said Reyes on the club website:``), or before a description set off by a comma
    (``Venus Williams, three times former singles champion:``); else ``None``."""
    tokens = view.tokens
    inverted = colon > 1 and _inverted_lead(attributor.words, tokens)
    quoting = (tokens[0].lower == "quoting" and colon > 1) or inverted
    mention = attributor.phrase_after(tokens, 1, colon) if quoting else attributor.subject(view, range(0, colon))
    if mention is None or mention.hi == colon:
        return mention
    tail = tokens[mention.hi : colon]
    if len(tail) > 2 and tail[0].text == "(" and tail[-1].text == ")":
        tail = tail[1:-1]  # "Bo Reyes (on the late goal):"
    named = tokens[mention.hi - 1].is_capitalized and (inverted or sum(t.is_capitalized for t in tokens[mention.lo : mention.hi]) > 1)
    if named and tail[0].lower in attributor.words.prepositions and not any(t.quoted or t.mark for t in tail):
        return mention
    return mention if named and _apposed_label(attributor.words, tail) else None


#: The most tokens of a description set off after a name that labels a quote: ``Venus Williams, three times former
#: singles champion:``.
_APPOSED_LABEL_TOKENS = 12


def _apposed_label(words: Words, tail: Sequence[Token]) -> bool:
    """``tail``, between a full name and a colon opening the passage, is a description set off by a comma, with no
    verb (``, three times former singles champion``, ``, founder of the WTA``): the name labels the quote."""
    if len(tail) < 2 or len(tail) > _APPOSED_LABEL_TOKENS or tail[0].text != ",":
        return False
    return not any(
        t.quoted or (t.mark and t.text != ",") or t.lower in words.speech_verbs or t.lower in words.auxiliaries or t.lower in words.clause_words
        for t in tail[1:]
    )


def _relayed(phrases: Phrases, tokens: Sequence[Token], after: int, sentence: range) -> Cue | None:
    """The source an outlet cites: ``…, citing another official`` right after its verb."""
    if after + 2 < sentence.stop and tokens[after].text == "," and tokens[after + 1].lower in RELAYING:
        mention = phrases.phrase_after(tokens, after + 2, sentence.stop)
        if mention is not None and mention.hi < sentence.stop and _names_a_document(phrases.words, tokens[mention.hi]):
            return None  # "citing the trial report": a document, not a source that speaks
        return _cue(after + 1, after + 2, mention)
    return None


def _describes_object(words: Words, tokens: Sequence[Token], k: int, open_at: int, start: int) -> bool:
    """A verb of asking at ``k`` whose object opens with a determiner and the quote (``asked an “odd”
    question``), or that opens a sentence starting at ``start``, maybe after a clause word (``When asked about
    “…”, Lee smiled``): the quoted words describe the question or are in it, the asker's, not the subject's."""
    if tokens[k].lower not in words.asking_verbs:
        return False
    opening = k == start or (k == start + 1 and tokens[start].lower in words.clause_words)
    return opening or (open_at == k + 2 and tokens[k + 1].lower in words.determiners)


def _participle_aside(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """The speech verb at ``k`` is a past participle set off by commas after a noun, before a modal or auxiliary that
    goes on with the clause (``the program, announced in 2023, will launch “…”``): it describes the noun, no one
    speaks by it; a verb after an aside (``The ministry, however, said …``) goes on with no such clause."""
    low = tokens[k].lower
    if k == 0 or tokens[k - 1].text != "," or not (low.endswith("ed") or low in words.irregular_participles):
        return False
    comma = next((j for j in range(k + 1, open_at) if tokens[j].text == ","), None)
    return comma is not None and comma + 1 < open_at and tokens[comma + 1].lower in words.auxiliaries


def _prepositional(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` opens a prepositional phrase (``at a briefing``), no speaker after a verb."""
    return k < len(tokens) and tokens[k].lower in words.prepositions


def _past_auxiliaries(words: Words, tokens: Sequence[Token], j: int, stop: int) -> int:
    """The token after the auxiliaries at ``j`` and a raising verb with ``to`` after them: the speech verb of ``she will
    say``, ``she is expected to say``, ``he was set to tell``."""
    while j < stop and tokens[j].lower in words.auxiliaries:
        j += 1
    if j + 1 < stop and tokens[j].lower in _RAISING and tokens[j + 1].lower == "to":
        j += 2
    return j


def _inverted_verb(words: Words, tokens: Sequence[Token], i: int, stop: int) -> bool:
    """Token ``i``, right after a quote, is a speech verb before its subject (``“…,” said X``): in lower case (``“…,”
    Tell told reporters``: a name) and no base form before the head of a body (``“…”, state media said``); or a
    verb of a finding before a subject a name, a determiner or a role opens (``“…,” ruled lead judge Ann Lee``)."""
    token = tokens[i]
    if token.lower in words.finding_verbs and not token.lower.endswith("ing") and not token.is_capitalized and i + 1 < stop:
        after = tokens[i + 1]
        return after.is_capitalized or after.lower in words.determiners or bare(after.text) in words.roles
    if token.lower not in words.speech_verbs or token.lower.endswith("ing") or token.is_capitalized:
        return False
    return not (i + 1 < stop and modifies_head(words, token.lower, tokens[i + 1].lower))


def _is_finite_speech_verb(words: Words, tokens: Sequence[Token], k: int, sentence: range) -> bool:
    """A speech verb that is not ``to say``, ``the claim``, ``a Gazette report``, ``insisting``, a form of
    ``particle_verbs`` without its particle (``50 basis points``) or a place's last word before a noun (``Minnesota
    state climatologist``)."""
    token = tokens[k]
    if token.quoted or token.is_capitalized or token.lower not in words.speech_verbs:
        return False
    if _without_particle(words, tokens, k):
        return False  # "a cut of 50 basis points": a noun; "she pointed out" speaks
    if token.lower.endswith("ing") or (token.lower in TELLING and _passive_told(tokens, k)):
        return False  # "insisting"; "he was told", whose subject heard the words
    if k + 1 < sentence.stop and modifies_head(words, token.lower, tokens[k + 1].lower):
        return False  # "“…”, state media said": a base form before the head of a body or source, no verb
    previous = tokens[k - 1] if k > sentence.start else None
    return previous is None or not (
        previous.lower in words.determiners or previous.lower == "to" or is_possessive(previous)
        or (previous.is_capitalized and noun_compound_head(words, tokens, k, k + 1))  # "a Gazette report"
        or _place_head(words, tokens, k, sentence.stop)
    )


def _place_head(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """The word at ``k`` ends a place's name before a word in lower case: ``the Minnesota state climatologist``,
    ``Texas state officials`` (``“…,” Democrats state.`` keeps its verb)."""
    previous, after = tokens[k - 1], tokens[k + 1] if k + 1 < stop else None
    return (
        tokens[k].lower in words.place_heads and previous.is_capitalized and not previous.quoted
        and after is not None and after.is_word and not after.is_capitalized and not after.quoted
    )


def _describes(words: Words, tokens: Sequence[Token], inner: Mention, stop: int) -> bool:
    """The apposition opening with ``inner`` describes the name before it: it opens with ``a``/``an``, or with a role
    or determiner and runs on past ``inner`` (``, Governor of the Bank of Israel,``, ``, the head of the fund,``), or
    runs on to a role in lower case closing it (``, Minnesota state climatologist,``, ``, Acme Bank chief economist,``)."""
    first = tokens[inner.lo]
    if first.lower in INDEFINITE:
        return True
    runs_on = inner.hi < stop and tokens[inner.hi].text != ","
    return runs_on and (bare(first.text) in words.roles or first.lower in words.determiners or _role_closes(words, tokens, inner.hi, stop))


def _role_closes(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """The words in lower case from token ``k`` end in a role right before a comma, within :data:`_ROLE_WORDS`."""
    for j in range(k, min(stop - 1, k + _ROLE_WORDS)):
        token = tokens[j]
        if not token.is_word or token.is_capitalized or token.quoted:
            return False
        if tokens[j + 1].text == ",":
            return token.lower in words.roles
    return False


def _outer_participle(attributor: Attributor, view: PassageView, k: int, lo: int, sentence: range) -> Cue | None:
    """The subject of the nearest speech participle after a comma before token ``k`` (from ``lo``) whose report the
    clause at ``k`` is in: ``X commended the staff, adding that the vote confirmed that “…”`` is X's."""
    tokens, words = view.tokens, attributor.words
    for verb in range(k - 1, max(lo, sentence.start + 1) - 1, -1):
        token = tokens[verb]
        if not token.quoted and token.lower.endswith("ing") and token.lower in words.speech_verbs:
            if tokens[verb - 1].text != ",":
                return None
            return _cue(verb, verb + 1, attributor._participle_subject(view, verb, sentence))
    return None


def _cited_source(phrases: Phrases, tokens: Sequence[Token], k: int, sentence: range) -> Cue | None:
    """``X reported, citing an official at the railway, that … “…”``: the source ``citing`` (``quoting``) at
    token ``k`` names speaks the words relayed, not the outlet; ``None`` when the phrase after it is no
    one who speaks (``citing rising costs``, ``citing a survey``)."""
    if tokens[k].lower not in RELAYING:
        return None
    mention = phrases.phrase_after(tokens, k + 1, sentence.stop)
    if mention is None:
        return None
    words = phrases.words
    head = next((j for j in range(mention.lo, mention.hi) if tokens[j].lower in words.prepositions), mention.hi) - 1
    if head < mention.lo or any(t.lower in words.documents for t in tokens[mention.lo : mention.hi]):
        return None
    return Cue(k, k + 1, mention) if names_someone(words, tokens[head]) else None


def _reported_body(attributor: Attributor, view: PassageView, mention: Mention, verb: int, sentence: range) -> bool:
    """``mention``, a body, is the subject of the speech verb at ``verb`` in a clause another speech verb
    reports (``X said the council had asked for “…”``): the quote is X's words about the body; people
    keep their reported words (``he said she had promised “…”``, ``… says aides have warned “…”``)."""
    tokens, words = view.tokens, attributor.words
    if tokens[verb - 1].lower in BE_FORMS or not reported_clause(words, tokens, mention.lo, sentence.start):
        return False  # "a video was posted by …": the agent speaks
    if mention.hi - mention.lo == 1 and tokens[mention.lo].lower in _NARRATORS:
        return False
    found = attributor.resolve(view, mention, sentence)
    if found is not None and found.entity is not None:
        return not found.entity.person
    head = bare(tokens[mention.hi - 1].text)
    people = any(word in words.roles or word in words.anonymous for word in (head, head.removesuffix("s")))
    return head in words.bodies or not people


def _imperative_before(tokens: Sequence[Token], k: int, open_at: int, sentence: range) -> bool:
    """The imperative at token ``k`` opens its sentence and is followed by an object pronoun and a comma or
    colon right before the quote at ``open_at``: ``Hear him, “…”``, ``Hear her: “…”``."""
    return k == sentence.start and open_at == k + 3 and tokens[k + 1].lower in OBJECT_PRONOUNS and tokens[k + 2].text in ",:"


def _by_agent(phrases: Phrases, tokens: Sequence[Token], k: int, sentence: range) -> Cue | None:
    """``was told by X``, ``said by X`` (the verb at token ``k``): the agent after ``by`` as the speaker; not a
    gerund's clause (``respond by confiscating Western property``: how, not who), nor a means of speaking (``said by
    phone``, the ``speech_means`` list)."""
    if k + 2 >= sentence.stop or tokens[k + 1].lower != "by":
        return None
    if tokens[k + 2].text.islower() and (tokens[k + 2].lower.endswith("ing") or tokens[k + 2].lower in phrases.words.speech_means):
        return None
    return _cue(k, k + 2, phrases.phrase_after(tokens, k + 2, sentence.stop))


def _agent_reports(words: Words, tokens: Sequence[Token], k: int, agent: Cue, open_at: int) -> bool:
    """The agent of the participle at token ``k`` reports the quote opening at ``open_at``: no subject of a clause
    of its own (``homes pledged by X would be “…”``) nor a description set off by commas (:func:`_set_off_participle`)."""
    mention = agent.mention
    return mention is None or not (_opens_clause(words, tokens, mention.hi, open_at) or _set_off_participle(tokens, k, mention))


def _set_off_participle(tokens: Sequence[Token], k: int, agent: Mention) -> bool:
    """The participle at token ``k`` and its agent ``agent`` are set off by commas, maybe with an adverb before the
    participle: a description of the phrase before them (``According to the guidelines, first reported by the Journal,
    the aim is “…”``), not a report of the quote."""
    j = k - 1
    if j > 0 and tokens[j].is_word and not tokens[j].is_capitalized and (tokens[j].lower.endswith("ly") or tokens[j].lower == "first"):
        j -= 1
    return tokens[j].text == "," and agent.hi < len(tokens) and tokens[agent.hi].text == ","


def _opens_clause(words: Words, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A finite verb stands at token ``k`` or one plain word on (``said the money saved would go``): the
    phrase before it is the subject of a reported clause, not a speaker set after ``said`` (not ``said an
    engineer who has worked there``: a relative clause)."""
    ahead = [t for t in tokens[k : min(k + 2, stop)] if t.is_word and not t.quoted]
    if not ahead or len(ahead) < min(2, stop - k):
        return False
    if ahead[0].lower in words.clause_verbs:
        return True
    return len(ahead) == 2 and ahead[0].lower not in words.function_words and ahead[1].lower in words.clause_verbs


def _modified_noun(words: Words, tokens: Sequence[Token], k: int, sentence: range) -> bool:
    """Token ``k``, a speech noun as well as a verb, follows a possessive pronoun (``his``, ``their``) or ``a``, and
    one lower-case word that names no speaker (``his false claim``, ``said in a written reply that``): a noun, not
    ``the union claims``, ``The couple claim``.  After a name's possessive (``Lee’s post-trial comments``) the noun is left to the speech-noun
    rule, which credits its owner."""
    owner = tokens[k - 2] if k >= sentence.start + 2 else None
    if owner is None or tokens[k].lower not in words.speech_nouns or owner.lower not in _OWNERS:
        return False
    word = tokens[k - 1]
    low = word.lower
    return word.is_word and not word.is_capitalized and not low.endswith("s") and not (
        low in words.person_words or low in words.bodies or low in words.speaker_heads or low in words.anonymous
    )


def _passive(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a passive whose subject is no speaker: the hearers (``staff were told``) or the one
    judged (``she was described as``)."""
    return (tokens[k].lower in TELLING and _passive_told(tokens, k)) or passive_verdict(words, tokens, k)


#: Infinitives after which a speech verb's past form reports hearsay, no one speaking (``the buses said to be``).
_HEARSAY_INFINITIVES = frozenset(["be", "have"])
#: Words after a passive speech verb that keep its subject or agent the speaker (``by X``, ``was quoted as saying``).
_AGENT_OR_AS = frozenset(["by", "as"])


def _passive_said(tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """Token ``k`` is a speech verb in the passive with no agent before the quote at ``open_at``: the thing said is
    its subject, no speaker (``told reporters after the accord was announced that …``); the verb before speaks."""
    return k > 0 and tokens[k - 1].lower in BE_FORMS and tokens[k].lower.endswith("ed") and all(
        t.lower not in _AGENT_OR_AS for t in tokens[k + 1 : open_at]
    )  # not "was quoted as saying": the subject speaks


def _passive_told(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k``, ``told``, stands after a form of ``be`` (``staff were told``): its subject heard the words."""
    return k > 0 and tokens[k - 1].lower in BE_FORMS


def _subject_of_verb(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """A past form no speech verb follows a speech noun ending at token ``k``, past an adverb in ``-ly``, or a word
    that is no auxiliary nor preposition before ``that``: the noun is the subject of its own clause (``his remarks
    directly contradicted the spokesperson because “…”``, ``Warsaw’s statements show that … “…”``), perhaps after
    auxiliaries (``X’s submission had been received and was examined “line by line”``), no cue."""
    k += 1 if k < open_at and tokens[k].lower.endswith("ly") else 0
    while k + 1 < open_at and (tokens[k].lower in words.auxiliaries or tokens[k].lower in BE_FORMS) and tokens[k + 1].is_word:
        k += 1
    low = tokens[k].lower if k < open_at else ""
    if k + 1 < open_at and tokens[k + 1].lower == "that" and low.isalpha():
        return low not in words.auxiliaries and low not in words.prepositions and low not in words.speech_verbs
    return low.endswith("ed") and low not in words.speech_verbs and not tokens[k].quoted


def _introduces(words: Words, tokens: Sequence[Token], lo: int, open_at: int) -> bool:
    """Only a copula and punctuation stand between tokens ``lo`` and ``open_at`` (``was,``, ``:``)."""
    return all(t.lower in words.auxiliaries or t.text in ",:" for t in tokens[lo:open_at])


def _no_speech(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """The speech-verb form at token ``k`` (before the quote at ``open_at``) is no verb of someone's
    speaking: a plural noun (``some member states had``), a verb of hearsay between ``be`` and ``to``
    (``the fire was believed to be``), or before ``to be`` or ``to have`` with no ``be`` (``the buses said to be
    “unsafe”``), or one that goes on doing something (``it continued to “outperform”``)."""
    if tokens[k].lower in PLURAL_NOUNS and noun_before_auxiliary(words, tokens, k, open_at):
        return True
    if k + 1 >= open_at or tokens[k + 1].lower != "to":
        return False
    hearsay = tokens[k - 1].lower in BE_FORMS or (k + 2 < open_at and tokens[k + 2].lower in _HEARSAY_INFINITIVES)
    return hearsay or tokens[k].lower in words.onward_verbs


def _outer_report(phrases: Attributor, tokens: Sequence[Token], k: int, lo: int, sentence: range) -> Cue | None:
    """The nearest finite speech verb before token ``k`` (from ``lo``) whose subject names someone: the report a
    later clause of the sentence (``…, but that “…”``) belongs to; the source an outlet quotes, where the verb relays
    (``Interfax quoted X as saying … and that …``: X)."""
    for verb in range(k - 1, lo - 1, -1):
        if _is_finite_speech_verb(phrases.words, tokens, verb, sentence) and tokens[verb - 1].lower != "and":
            if _after_relative(phrases.words, tokens, verb, lo):
                continue  # "analysts who had expected a cut": a relative clause's verb, its subject no report's
            if (quoted := _quoted_as(phrases, tokens, verb, sentence)) is not None:
                return quoted
            mention = phrases.phrase_before(tokens, verb, sentence.start)
            return Cue(verb, verb + 1, mention) if mention and names_someone(phrases.words, tokens[_phrase_head(phrases.words, tokens, mention)]) else None
    return None


def _person(found: Found | None) -> bool:
    """``found`` is a person: the subject of a report that speaks for itself, not an outlet relaying it."""
    return found is not None and found.entity is not None and found.entity.person


def _speaks_for_itself(attributor: Attributor, view: PassageView, outer: Cue, sentence: range) -> bool:
    """The subject of the report ``outer`` speaks for itself: a person, or a body that says (not ``reported``) and
    is no news outlet (table ``outlet_words``): ``The ministry said Russia had struck, calling it …`` is the ministry's,
    ``The paper said Lee voiced anger, adding …`` Lee's."""
    assert outer.mention is not None
    found = attributor.resolve(view, outer.mention, sentence)
    if _person(found):
        return True
    tokens, words = view.tokens, attributor.words
    if found is None or found.speaker is None or tokens[outer.lo].lower not in words.speech_verbs or tokens[outer.lo].lower.startswith("report"):
        return False
    said = {bare(t.text).lower() for t in tokens[outer.mention.lo : outer.mention.hi]} | set((found.speaker or "").lower().split())
    return said.isdisjoint(words.outlet_words)


def _has_capital(tokens: Sequence[Token], mention: Mention, sentence: range) -> bool:
    """The phrase ``mention`` holds a capitalized word other than the sentence's first: it names someone by name."""
    return any(t.is_capitalized for t in tokens[max(mention.lo, sentence.start + 1) : mention.hi])


def _names_a_document(words: Words, token: Token) -> bool:
    """``token`` heads a document, statement or data a phrase was cut before: ``the trial report``, ``its data``,
    ``Eurostat figures``."""
    return token.lower in words.documents or token.lower in words.speech_nouns or token.lower in words.data_nouns


def _charged(tokens: Sequence[Token], k: int, sentence: range) -> Cue | None:
    """``a man accused of calling them “…”``: the participle at token ``k`` after ``of``/``with`` and a word
    charging someone reports an allegation, no one's words: a binding cue naming nobody; else ``None``."""
    if k > sentence.start + 1 and tokens[k - 1].lower in ("of", "with") and tokens[k - 2].lower in _CHARGED:
        return Cue(k, k + 1, None, binding=True)
    return None


def _reproached_means(tokens: Sequence[Token], k: int, sentence: range) -> Mention | None:
    """The one a verb of reproach charges with doing something ``by`` the participle at token ``k`` (``Senators
    accused Coles of misleading customers by saying …``, ``Unions criticised Acme for stoking fears by calling …``:
    Coles, Acme), the words between the verb and ``of`` or ``for``; None in the passive (``Coles was accused of
    misleading customers by saying …``: the subject does it) or without such a verb."""
    if k - 1 <= sentence.start or tokens[k - 1].lower != "by":
        return None
    for j in range(k - 2, max(sentence.start, k - _REPROACH_TOKENS), -1):
        if tokens[j].lower in ("of", "for") and tokens[j + 1].lower.endswith("ing"):
            verb = next((v for v in range(j - 1, max(sentence.start - 1, j - _REPROACH_TOKENS), -1) if tokens[v].lower in _REPROACHING), None)
            return Mention(verb + 1, j) if verb is not None and verb + 1 < j and tokens[verb + 1].is_word else None
    return None


#: Verbs that charge or reproach someone with a deed (``accused X of``, ``criticised X for``).
_REPROACHING = _CHARGED | frozenset("criticised criticized blamed faulted slammed condemned".split())
#: How far back from ``by`` and its participle the ``of`` and the verb of reproach are looked for, in tokens.
_REPROACH_TOKENS = 12


def _past_participle_as(tokens: Sequence[Token], comma: int, stop: int) -> int | None:
    """The ``as`` after a participle's clause that the ``comma`` opens after the person an outlet quotes and a comma
    closes, a name or nickname in quotes perhaps inside it (``an officer, identified only by his call sign ‘Bober’, as
    saying``, ``a trader, speaking on condition of anonymity, as saying``); else None."""
    lead = tokens[comma + 1] if comma + 1 < stop else None
    if lead is None or lead.is_capitalized or lead.quoted or not lead.lower.endswith(("ed", "ing")):
        return None
    for j in range(comma + 2, min(stop - 1, comma + _APPOSITION_TOKENS)):
        if tokens[j].text == "," and not tokens[j].quoted:
            return j + 1 if tokens[j + 1].lower == "as" else None
    return None


#: The most words of a time or place between a pronoun quoted and ``as saying`` (``quoted her in December as saying``).
_PRONOUN_AS_TOKENS = 4


def _as_after_pronoun(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """``as`` follows the pronoun a relaying verb quotes, right at token ``k`` or past a few plain words in lower case
    or capitalized (``quoted her in December as saying``, ``quoted him on Radio Kiso as saying``)."""
    for j in range(k, min(stop - 1, k + _PRONOUN_AS_TOKENS + 1)):
        if tokens[j].lower == "as":
            return tokens[j + 1].lower.endswith("ing")
        if tokens[j].quoted or not tokens[j].is_word:
            return False
    return False


#: Relative words that open a clause about a person set off by commas (``X, who …,``, ``X, whose family …,``).
_RELATIVE_PEOPLE = frozenset(["who", "whose"])


def _quoted_as(attributor: Attributor, tokens: Sequence[Token], verb: int, sentence: range) -> Cue | None:
    """``Belta quoted Lukashenko as saying``: the person quoted (``X was quoted by Belta`` or ``in the newsletter``:
    X, whom the verb before names); ``quoted a trader, Ann Lee, as saying``: the name in apposition; ``quoted her as
    saying``: the person the pronoun takes up, or nobody (never the outlet)."""
    if tokens[verb].lower not in _RELAYING_AS:
        return None
    if verb + 2 < sentence.stop and tokens[verb + 1].lower in OBJECT_PRONOUNS and _as_after_pronoun(tokens, verb + 2, sentence.stop):
        return Cue(verb, verb + 1, Mention(verb + 1, verb + 2), binding=True)  # "quoted her (in December) as saying"
    mention = attributor.phrase_after(tokens, verb + 1, sentence.stop)
    if mention is None or tokens[mention.lo].lower == "by" or tokens[mention.lo].lower in attributor.words.prepositions:
        return None  # "X was quoted by Belta", "X was quoted in the newsletter as saying": X speaks
    k = mention.hi
    if k + 1 < sentence.stop and tokens[k].text == ",":
        inner = attributor.phrase_after(tokens, k + 1, sentence.stop)
        stop = min(sentence.stop - 1, k + _APPOSITION_TOKENS)
        close = next((j for j in range(k + 1, stop) if tokens[j].text == "," or tokens[j].quoted), None)
        if close is not None and tokens[close].text == "," and (inner is not None or tokens[k + 1].lower in _RELATIVE_PEOPLE):
            mention = inner if inner is not None and names_apposition(attributor.words, tokens, inner) else mention
            k = close + 1  # "a trader, Ann Lee of Fenwick Capital, as saying", "a trader, who was not named, as", "X, whose …, as"
    if k < sentence.stop and tokens[k].text == ",":
        k = _past_participle_as(tokens, k, sentence.stop) or k  # "an officer, identified only as ‘Bober’, as saying"
    k = _past_quoted_age(tokens, k, sentence.stop)
    k = past_time(attributor.words, tokens, k, sentence.stop)  # "quoted Ann Lee last month as saying"
    if k < sentence.stop and tokens[k].lower == "as":
        return Cue(verb, verb + 1, mention)
    if k < sentence.stop and tokens[k].text == ":" and names_someone(attributor.words, tokens[mention.hi - 1]):
        return Cue(verb, verb + 1, mention)  # "quoted the minister:", not "quoted a price:"
    if _as_after_place(attributor, tokens, mention, sentence.stop):
        return Cue(verb, verb + 1, mention)  # "quoted Mayor Ann Lee of Riverton, Ohio, as saying"
    as_at = _as_saying(attributor.words, tokens, k, sentence.stop)
    if as_at is not None:  # "quoted a senior official at the Ministry of Transport as saying"
        return Cue(verb, verb + 1, Mention(mention.lo, as_at), binding=True)
    if k < sentence.stop and tokens[k].text == "," and _as_saying(attributor.words, tokens, k + 1, sentence.stop, _OPEN_APPOSITION_TOKENS) is not None:
        return Cue(verb, verb + 1, mention)  # "quoted Ann Lee, head of a delegation in Cairo attending talks as saying"
    return _source_set_off(attributor, tokens, verb, sentence)


def _source_set_off(attributor: Attributor, tokens: Sequence[Token], verb: int, sentence: range) -> Cue | None:
    """Past a description read short (``quoted his Azerbaijani counterpart, Elnur Gasimov, as saying``): the name set
    off by commas right before ``as saying``, else nobody, never the outlet; None with no ``as saying`` ahead."""
    words = attributor.words
    stop = min(sentence.stop - 1, verb + _OPEN_APPOSITION_TOKENS)
    as_at = next((j for j in range(verb + 1, stop) if tokens[j].lower == "as" and _saying(words, tokens[j + 1])), None)
    if as_at is None:
        return None
    opening = next((j for j in range(as_at - 2, verb, -1) if tokens[j].text == ","), None) if tokens[as_at - 1].text == "," else None
    inner = None if opening is None else attributor.phrase_after(tokens, opening + 1, as_at - 1)
    if inner is not None and inner.hi == as_at - 1 and names_apposition(words, tokens, inner):
        return Cue(verb, verb + 1, inner)
    return Cue(verb, verb + 1, None, binding=True)


def _saying(words: Words, token: Token) -> bool:
    """``token`` is a speech verb's participle after ``as``: ``saying``, ``telling``, ``writing``."""
    return token.lower.endswith("ing") and token.lower in words.speech_verbs and not token.quoted


def _names_what(words: Words, tokens: Sequence[Token], mention: Mention, k: int) -> bool:
    """The subject ``mention`` of the naming verb at ``k``, in the past, follows ``what``: ``warned against what
    officials called “…”`` names the thing in those officials' words (``what staff call the “…”`` is their jargon, a
    term)."""
    low = tokens[k].lower
    return mention.lo > 0 and tokens[mention.lo - 1].lower == "what" and low in words.naming_verbs and low.endswith("ed")


#: The forms of ``quote`` whose object after a quote is its speaker (``“…,” the agency quoted Ann Lee``).
_QUOTING = frozenset(["quoted", "quotes"])


def _quoted_after(attributor: Attributor, tokens: Sequence[Token], verb: int, sentence: range) -> Cue | None:
    """The one an outlet's ``quoted`` names right after the quote it relays, with no ``as saying``: ``“…,” the
    agency quoted Ann Lee in a report from Mohali`` is Ann Lee's; not a thing (``quoted a price``) nor an agent
    (``was quoted by …``)."""
    if tokens[verb].lower not in _QUOTING:
        return None
    mention = attributor.phrase_after(tokens, verb + 1, sentence.stop)
    if mention is None or tokens[mention.lo].lower in attributor.words.prepositions:
        return None
    named = has_name(attributor.words, tokens, mention) or names_someone(attributor.words, tokens[mention.hi - 1])
    return Cue(verb, verb + 1, mention) if named else None


def _relayed_source(attributor: Attributor, tokens: Sequence[Token], k: int, sentence: range) -> Cue | None:
    """The source that the nearest verb relaying words before the participle ``k`` names (``quoted X as saying``:
    X, however far the quote stands; :func:`_quoted_as`), else None."""
    relay = next((j for j in range(k - 1, sentence.start - 1, -1) if tokens[j].lower in _RELAYING_AS and not tokens[j].quoted), None)
    return None if relay is None else _quoted_as(attributor, tokens, relay, sentence)


def _own_quote_after(tokens: Sequence[Token], close: int, k: int, stop: int) -> bool:
    """The clause after the quote closing at ``close`` opens with ``and`` or ``but``, and a quote follows its verb at
    ``k``, no comma between: the verb's own words (``…”, and X told Reuters the talks had been “…”``), so it closes no
    earlier quote's clause (``…”, X said, adding “…”`` and ``– which X says … “…”`` do)."""
    start = close + 1 + (close + 1 < stop and tokens[close + 1].text == ",")
    if start >= stop or tokens[start].lower not in _COORDINATORS:
        return False
    for token in tokens[k + 1 : stop]:
        if token.mark:
            return True
        if token.text in ",;:":
            return False
    return False


def _relayed_participle(tokens: Sequence[Token], k: int, sentence: range) -> bool:
    """The participle at ``k`` is part of what a relaying verb before it quotes: ``as saying`` (``quoted X as saying``)
    or a clause set off after the person quoted (``quoted a trader, speaking on condition of anonymity, as saying``)."""
    before = tokens[k - 1]
    return before.lower == "as" or (before.text == "," and _past_participle_as(tokens, k - 1, sentence.stop) is not None)


def _without_particle(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` is a form of ``particle_verbs`` with no ``out`` or ``to`` after it: no verb of speech
    (``50 basis points``, ``Key points``; ``she pointed out`` speaks)."""
    return tokens[k].lower in words.particle_verbs and (k + 1 >= len(tokens) or tokens[k + 1].lower not in _PARTICLES)


def _word_cue(attributor: Attributor, tokens: Sequence[Token], k: int, open_at: int, sentence: range) -> Cue | None:
    """The cue a word other than a speech verb at token ``k`` gives a quote opening at ``open_at``: ``according to
    X``, a speech noun's owner (:func:`_speech_noun_cue`) or an imperative's object (``Hear him, “…”``: his words)."""
    low, words = tokens[k].lower, attributor.words
    if low == "according" and k + 2 < sentence.stop and tokens[k + 1].lower == "to":
        return _cue(k, k + 2, attributor.phrase_after_verb(tokens, k + 2, sentence.stop))  # as after "said"
    if low in words.speech_nouns:
        return _speech_noun_cue(attributor, tokens, k, open_at, sentence)
    if low in words.quote_imperatives and _imperative_before(tokens, k, open_at, sentence):
        return Cue(k, k + 1, Mention(k + 1, k + 2))
    return None


def _reports_anew(tokens: Sequence[Token], close: int, verb: int, stop: int) -> bool:
    """A quote closing on ``?`` or ``!`` is followed by a subject whose verb at ``verb`` takes a clause of its own
    (``that`` or a subject pronoun after it: ``“How does he cope?” His lawyers say they will appeal.``): a new
    sentence reporting something else, no attribution of the question (``“Why?” Fico asked.``)."""
    return (
        close > 0 and tokens[close - 1].text in "?!" and verb + 1 < stop and tokens[verb + 1].lower in _CLAIM_OPENERS
        and tokens[close + 1].is_capitalized
    )


#: Words that open a claim's clause after its noun: ``the claim that …``, ``suggestions she was …``.
_CLAIM_OPENERS = frozenset(["that", "he", "she", "they", "it", "we", "i"])


def _denied_claim(words: Words, tokens: Sequence[Token], k: int, open_at: int) -> bool:
    """The cue at token ``k`` is a verb of denial, or the claim right after one, that takes a claim (a speech noun or a
    document, within three words, then ``that`` or a subject pronoun) whose clause holds the quote opening at
    ``open_at``: ``rejected the claim that it was “reckless”``, ``denied reports that …``, ``dismissed suggestions she
    was “out of touch”``; not ``slammed the report as “a whitewash”``."""
    verb = next((j for j in range(k, max(-1, k - 4), -1) if tokens[j].lower in words.denial_verbs), None)
    if verb is None:
        return False
    for j in range(verb + 1, min(open_at - 1, verb + 4)):
        low = tokens[j].lower
        if low in words.speech_nouns or low in words.documents:
            return tokens[j + 1].lower in _CLAIM_OPENERS
        if not tokens[j].is_word or tokens[j].quoted:
            return False
    return False


def _speaks_at(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` may report speech: a speech verb (one of ``particle_verbs`` only before ``out`` or ``to``:
    ``she pointed out``), a verb of ``it_speech_verbs`` before ``it`` (``as one diplomat put it``; not before a quote
    right after ``it``, where it is a verb with its object: ``the numbers put it “past the finish line”``) or a
    finding."""
    low, after = tokens[k].lower, tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if low in words.particle_verbs:
        return not _without_particle(words, tokens, k)
    if low in words.it_speech_verbs and after == "it":
        return k + 2 >= len(tokens) or not (tokens[k + 2].mark or tokens[k + 2].quoted)
    return low in words.speech_verbs or _finding(words, tokens, k)


def _speech_noun_cue(attributor: Attributor, tokens: Sequence[Token], k: int, open_at: int, sentence: range) -> Cue | None:
    """The speaker of the speech noun at ``k`` before a quote: its owner (``X’s message was, “…”``: the
    quote is what X said) or its source after ``from`` (``pointed remarks from the panel``), or after ``the words
    of`` (``in the words of one commentator, “…”``)."""
    words = attributor.words
    if k > sentence.start and (
        is_possessive(tokens[k - 1]) or tokens[k - 1].lower in ("his", "her", "their")
    ) and not _described_as(words, tokens, k, open_at, sentence):
        owner = attributor._bare_phrase_before(tokens, k, sentence.start)
        if owner is not None and owner.lo > sentence.start and tokens[owner.lo - 1].lower in _ANSWERED:
            return None  # "Responding to the mayor’s comments, X …": the answer is X's, not the mayor's
        if owner is not None and not _subject_of_verb(words, tokens, k + 1, open_at):
            if _said_of_the_noun(words, tokens, owner.lo, k, open_at, sentence):
                return None  # "Lee said the council's pledge to fix roads had been “abandoned”": Lee's words
            return Cue(k, k + 1, owner, binding=_introduces(words, tokens, k + 1, open_at))
    source = tokens[k + 1].lower == "from" or (tokens[k].lower == "words" and tokens[k + 1].lower == "of") if k + 2 < open_at else False
    if source and not _verb_in_noun(words, tokens, k, sentence):  # "in the words of one commentator": the commentator's
        return _cue(k, k + 2, attributor.phrase_after(tokens, k + 2, open_at))
    return None


def _said_of_the_noun(words: Words, tokens: Sequence[Token], owner: int, k: int, open_at: int, sentence: range) -> bool:
    """The speech noun at ``k``, owned from token ``owner``, is the subject of a clause that a speech verb earlier in
    the sentence reports, and the quote is in that clause's predicate, past a finite auxiliary or form of ``be``
    after the noun's complement of a preposition or an infinitive (``Lee said the council's pledge to fix the roads
    had been “quietly abandoned”``): the quote is the reporter's words about the pledge, not the pledge (``the
    council's pledge of “safe roads”``, ``rejected the president's claim that Europe is “decaying”``)."""
    if k + 2 >= open_at or tokens[k + 1].lower not in _NOUN_COMPLEMENTS:
        return False
    if not any(t.lower in words.speech_verbs and not t.quoted and not t.is_capitalized for t in tokens[sentence.start : owner]):
        return False
    return any(t.lower in FINITE_AUXILIARIES or t.lower == "had" for t in tokens[k + 2 : open_at] if not t.quoted)


#: Words opening the complement of a speech noun that is no content clause: ``pledge to fix``, ``promise of a rise``.
_NOUN_COMPLEMENTS = frozenset(["to", "of", "for", "on", "about"])


def _verb_in_noun(words: Words, tokens: Sequence[Token], k: int, sentence: range) -> bool:
    """The speech noun at ``k`` closes a phrase after ``in`` that follows a speech verb (``said in a phone interview
    from Tokyo``): the verb's subject speaks, and ``from`` gives where it was said."""
    j = k - 1
    while j > sentence.start and tokens[j].is_word and not tokens[j].is_capitalized and tokens[j].lower not in words.determiners:
        j -= 1
    if j <= sentence.start + 1 or tokens[j].lower not in words.determiners or tokens[j - 1].lower != "in":
        return False
    return any(t.lower in words.speech_verbs and not t.quoted for t in tokens[sentence.start : j - 1])


def _noun_form(words: Words, tokens: Sequence[Token], k: int, start: int) -> bool:
    """The speech-verb form at token ``k`` (after its sentence's first word, at ``start``) is no finite verb: an
    infinitive or a noun (``to say``, ``the claim``, ``Lee's claim``, ``a warning has been issued``, a plural after a
    preposition: ``for reports``; never ``said`` after a name's own ``'s``, :func:`.words.name_in_s`), the object of a verb of receiving
    (``received reports``, ``fielded calls``), a place's last word after its name (``the Ogun state government``:
    the ``place_heads`` list), a plural after a count (``two GP posts``, :func:`_counted`), or a bare form or a
    plural a finite verb follows (``if Rivers state does not``, ``the smaller Polynesian states were``; after a noun a
    preposition opens, a relative pronoun before it aside: ``that the patience of member states was``)."""
    previous, low = tokens[k - 1], tokens[k - 1].lower
    if is_possessive(previous):
        return not name_in_s(words, tokens, k - 1, k)  # "Lee's claim"; but "Sainsbury's said": a name's own "'s"
    if low in words.determiners or low == "to" or low in words.receiving_verbs:
        return True
    if low in words.prepositions and tokens[k].lower.endswith("s") and not tokens[k].lower.endswith("ss"):
        return True  # "paid for reports that were “…”", "in comments to reporters": a plural noun
    if tokens[k].lower in words.place_heads and previous.is_capitalized and not previous.quoted and k - 1 > start:
        return True
    if _counted(words, tokens, k, start):
        return True
    if _object_of_preposition(words, tokens, k, start):
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or after.quoted:
        return False
    if tokens[k].lower.endswith("ing") and after.lower in FINITE_AUXILIARIES:
        return True  # "the weather warning has been issued": a noun with a verb of its own
    low = tokens[k].lower
    if low.endswith("s") and not low.endswith("ss") and after.lower in words.clause_verbs and (
        not _relative_near(tokens, k, start) or (tokens[k - 1].text.islower() and k - 2 >= start and tokens[k - 2].lower in words.prepositions)
    ):
        return True  # "the smaller Polynesian states were", "that the patience of member states was": a plural noun
    return low + "s" in words.speech_verbs and after.lower in words.clause_verbs


def _names_next_quote(words: Words, tokens: Sequence[Token], j: int, stop: int) -> bool:
    """The naming verb at token ``j`` (``called``, ``described … as``) takes the quote right after it as its object
    (``a threat Beijing has called “unilateral bullying”``)."""
    low, as_ = tokens[j].lower, j + 1 < stop and tokens[j + 1].lower == "as"
    if low not in words.naming_verbs and not (as_ and low.startswith("describ")):
        return False
    k = j + 1 + as_
    return k < stop and tokens[k].mark == "open"


def _as_after_place(attributor: Attributor, tokens: Sequence[Token], mention: Mention, stop: int) -> bool:
    """A person's name (``mention``) and where they are from, its region set off by commas, run up to ``as``
    (``Mayor Ann Lee of Riverton, Ohio, as saying``): the name is the source, never the region."""
    k = mention.hi
    if k >= stop or tokens[k].lower not in _AFFILIATIONS or not tokens[mention.lo].is_capitalized or not has_name(attributor.words, tokens, mention):
        return False
    end = min(stop, k + 1 + _PLACE_TOKENS)
    k += 1
    while k < end and (tokens[k].is_capitalized or tokens[k].text == ","):
        k += 1
    return k < stop and tokens[k].lower == "as" and tokens[k - 1].text == ","


#: The most tokens of a place and its region after a name (``of San Lucero, Sonora,``).
_PLACE_TOKENS = 8
#: Words after a person's name opening where they are from or whom they serve (``Mayor Ann Lee of Riverton, Ohio,``).
_AFFILIATIONS = frozenset(["of", "from", "in", "at"])


def _relative_near(tokens: Sequence[Token], k: int, start: int) -> bool:
    """A relative pronoun opens a clause in the few words before token ``k`` (``which the NSS says should``), whose verb
    may take a verb after it for the pronoun it leaves out."""
    return any(t.lower in ("which", "who", "whom", "that") for t in tokens[max(start, k - _RELATIVE_REACH) : k])


#: How many words before a verb a relative pronoun opening its clause is looked for.
_RELATIVE_REACH = 5


def _counted(words: Words, tokens: Sequence[Token], k: int, start: int) -> bool:
    """The speech-verb form in -s at token ``k`` follows a count above one, perhaps and one word (``two GP posts``,
    ``after 12 reports``): a plural noun, as no finite verb in -s agrees with a counted subject."""
    low = tokens[k].lower
    if not low.endswith("s") or low.endswith("ss"):
        return False
    for j in (k - 1, k - 2):
        if j < start:
            return False
        count = tokens[j]
        if count.lower in words.plural_counts or (count.text.isdigit() and int(count.text) > 1):
            return True
        if not count.is_word:
            return False
    return False


def _object_of_preposition(words: Words, tokens: Sequence[Token], k: int, start: int) -> bool:
    """The speech-verb form at token ``k`` closes the object of a preposition opening the sentence, before its comma:
    a preposition, a determiner and a word or two in lower case before it (``In the same post, X specified``, ``In a
    recent interview, …``); not ``Residents near the quarry told``, nor ``In the morning the minister said``."""
    d = next((j for j in range(k - 2, max(start, k - _OBJECT_WORDS - 1) - 1, -1) if tokens[j].lower in words.determiners), None)
    return (
        d is not None and d - 1 == start and k + 1 < len(tokens) and tokens[k + 1].text == ","
        and tokens[start].lower in words.prepositions
        and all(t.text.isalpha() and not t.is_capitalized and t.lower not in words.determiners for t in tokens[d + 1 : k])
    )


def _owner_quoted(words: Words, tokens: Sequence[Token], cue: Cue | None, sentence: range) -> Cue | None:
    """The owner of what a relaying verb quotes or cites right before a colon (``The paper cited Ann Lee's letter:``,
    the cue the speech noun or the verb): the quote after the colon is the owner's words, never the relaying
    subject's (:func:`_owner_credit`)."""
    if cue is None or tokens[sentence.stop - 1].text != ":":
        return None
    if tokens[cue.lo].lower in words.speech_nouns and cue.mention is not None and cue.mention.hi == cue.lo:
        return cue if cue.mention.lo > sentence.start and tokens[cue.mention.lo - 1].lower in _RELAYING_AS else None
    if tokens[cue.lo].lower not in _RELAYING_AS:
        return None
    for j in range(cue.hi, min(sentence.stop - 2, cue.hi + _OWNER_TOKENS)):
        if is_possessive(tokens[j]) and not tokens[j].quoted:
            return Cue(cue.lo, cue.hi, Mention(cue.hi, j + 1))
        if not tokens[j].is_word:
            return None
    return None


def _owner_credit(attributor: Attributor, view: PassageView, owner: Cue, sentence: range) -> Found | None:
    """The speaker the owner ``owner`` names (:func:`_owner_quoted`); an owner in lower case that takes up a person
    holding no such role (``the expert's`` after a general manager was named) is credited as printed (``the expert``)."""
    found = attributor.credited(view, owner, sentence)
    mention = owner.mention
    if found is None or mention is None or found.entity is None or not found.entity.person:
        return found
    tokens = view.tokens[mention.lo : mention.hi]
    if any(t.is_capitalized for t in tokens) or bare(tokens[-1].text).lower() in found.entity.roles:
        return found
    return Found(" ".join(t.text for t in tokens[:-1]) + " " + bare(tokens[-1].text), None)


#: The most tokens of an owner after a relaying verb (``the independent engineering expert's``).
_OWNER_TOKENS = 6


def _relative_head(attributor: Attributor, view: PassageView, mention: Mention | None, sentence: range) -> Mention | None:
    """``mention``, found before a speech verb, unless it is the object of a verb in a relative clause on the
    sentence's subject (``A team that met Ann Lee last week said``, ``An IMF mission that visited Kinshasa said``):
    then that subject."""
    tokens = view.tokens
    if mention is None or mention.lo < sentence.start + 3 or tokens[mention.lo - 2].lower not in RELATIVE_PRONOUNS:
        return mention
    verb = tokens[mention.lo - 1]
    if not verb.text.islower() or not (attributor.people.is_verb(verb.lower) or verb.lower in attributor.words.irregular_past):
        return mention
    subject = attributor.subject(view, sentence)
    return subject if subject is not None and subject.hi == mention.lo - 2 else mention


def _in_object_relative(attributor: Attributor, tokens: Sequence[Token], cue: Cue) -> bool:
    """The cue's subject opens a relative clause on a noun, after ``that`` or ``which`` (``Lee ended his memo with a
    line that several employees posted on LinkedIn:``): they pass on the noun's words, whose speaker is the main
    clause's; not a clause a verb reports (``Lee said that the union posted:``)."""
    mention = cue.mention
    if mention is None or mention.lo < 2 or tokens[mention.lo - 1].lower not in ("that", "which"):
        return False
    noun = tokens[mention.lo - 2]
    return noun.is_word and noun.text.islower() and not attributor.people.is_verb(noun.lower) and noun.lower not in attributor.words.speech_verbs


def _owned_noun_after_verb(words: Words, tokens: Sequence[Token], cue: Cue, sentence: range) -> bool:
    """``cue`` is a speech noun credited to its owner by name (``Omar's assertion``) that a verb outside
    quotes before the owner governs (``Lee claimed Omar's assertion … was false``, ``Lee rejected Omar's
    claim``): the next passage may answer the noun or quote it, so the sentence introduces no one."""
    if cue.mention is None or tokens[cue.lo].lower not in words.speech_nouns or cue.mention.hi != cue.lo:
        return False
    if not tokens[cue.mention.lo].is_capitalized or cue.mention.lo == sentence.start:
        return False  # a name owns it, not "the mayor's claim", nor the sentence's subject
    return any(
        not t.quoted and not t.is_capitalized and (t.lower in words.speech_verbs or t.lower.endswith("ed"))
        for t in tokens[sentence.start : cue.mention.lo]
    )


def _described_as(words: Words, tokens: Sequence[Token], noun: int, open_at: int, sentence: range) -> bool:
    """The quote at ``open_at`` describes the speech noun at ``noun``, so it is not the words the noun's owner
    said: after ``as`` with a speech verb before the noun (``He described Lee’s remarks as “…”``), or right
    after the noun (or another such quote and ``and``) with a naming or verdict verb just before its owner
    (``calling Lee’s remarks “…”``, ``she found the minister’s speech “…”``)."""
    if all(t.quoted or t.mark or t.lower in _JOINS for t in tokens[noun + 1 : open_at]):  # “…” and “…”
        return any(
            t.lower in words.naming_verbs or t.lower in words.verdict_verbs
            for t in tokens[max(sentence.start, noun - _VERDICT_GAP) : noun - 1]
            if not t.quoted
        )
    if open_at < 1 or tokens[open_at - 1].lower != "as":
        return False
    start = max(sentence.start, open_at - WINDOW)  # a verb as near as the cues read
    return any(t.lower in words.speech_verbs and not t.quoted for t in tokens[start : noun - 1])


#: The most words between a verdict verb and the speech noun it judges (``found the prime minister’s speech``).
_VERDICT_GAP = 5


def _aside(attributor: Attributor, tokens: Sequence[Token], k: int, open_at: int) -> Mention | None:
    """``Smith, said the lawyer, had been seen …``: the speaker of a speech verb at ``k`` set off by commas
    inside its sentence is the phrase after the verb, not the subject the aside interrupts."""
    if tokens[k - 1].text != ",":
        return None
    mention = attributor.phrase_after_verb(tokens, k + 1, open_at)
    return mention if mention is not None and mention.hi < open_at and tokens[mention.hi].text == "," else None


def _open_relative(attributor: Attributor, tokens: Sequence[Token], k: int, sentence: range) -> Mention | None:
    """The name a relative clause opened by ``, which`` or ``, who`` and still open at the speech verb ``k`` is about,
    where ``and`` joins the verb to the clause's first verb (``… from activist investor Redbank Capital, which owns
    6.8% of its shares and last year called the strategy “…”``: Redbank Capital); else ``None``."""
    lowers = [t.lower for t in tokens[sentence.start : k]]
    relative = next((j for j in range(len(lowers) - 1, 0, -1) if lowers[j] in ("which", "who") and lowers[j - 1] == ","), None)
    if relative is None or "," in lowers[relative + 1 :] or "and" not in lowers[relative + 2 :]:
        return None
    comma = start = sentence.start + relative - 1
    while start > sentence.start and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
        start -= 1  # the name's capitalized words: "Redbank Capital" of "from activist investor Redbank Capital"
    return Mention(start, comma) if start < comma else None


def _finding(words: Words, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a verb of a finding right before ``that`` (``The jury found that …``), which cues a quote after
    it as a speech verb does."""
    return tokens[k].lower in words.finding_verbs and k + 1 < len(tokens) and tokens[k + 1].lower == "that"


def _put_it(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """A verb of table ``it_speech_verbs`` before ``it`` at token ``j``, which speaks after a quote as a speech verb
    does (``“…,” as Ann Lee put it``, ``“…,” Ann Lee put it``)."""
    return tokens[j].lower in words.it_speech_verbs and j + 1 < len(tokens) and tokens[j + 1].lower == "it"


def _cue(lo: int, hi: int, mention: Mention | None) -> Cue | None:
    """The cue at tokens ``lo:hi`` when it names someone (``mention``), else ``None``."""
    return None if mention is None else Cue(lo, hi, mention)


def _comma_before_verb(words: Words, tokens: Sequence[Token], j: int, stop: int) -> bool:
    """Token ``j`` is a comma right before a speech verb in lower case that takes no infinitive: after a name, a slip
    of print between the speaker and the verb (``“…,” Acme’s lawyer Ann Lee, said``; not ``Lee, said to be …``)."""
    if j + 1 >= stop or tokens[j].text != "," or tokens[j + 1].text != tokens[j + 1].lower:
        return False
    return tokens[j + 1].lower in words.speech_verbs and not (j + 2 < stop and tokens[j + 2].lower == "to")


def _past_age(tokens: Sequence[Token], j: int, stop: int) -> int:
    """Past an age set off by commas at token ``j`` (``X, 81, said``, ``X, now 81, said``, ``X, aged 81,
    who``): the token after the age's comma, or that comma when a relative clause follows; else ``j``."""
    close = age_close(tokens, j, stop)
    if close < 0 or close + 1 >= stop:
        return j
    after = tokens[close + 1].lower
    return close if after in ("who", "which") or after.endswith("ing") else close + 1


def _past_origin(tokens: Sequence[Token], j: int, stop: int) -> int:
    """Past a place someone is from set off by commas at token ``j``, or right after an age's comma (``X, of Detroit,
    said``, ``X, 18, of Detroit, a student at Y, said``): the token after the place's comma, or that comma where a
    description opens after it; else ``j``."""
    k = j + 1 if j < stop and tokens[j].text == "," else j
    if k + 2 >= stop or tokens[k].lower not in ORIGIN_WORDS or tokens[k - 1].text != ",":
        return j
    m = k + 1 + (tokens[k + 1].lower == "the")
    first = m
    while m < stop and tokens[m].is_capitalized and tokens[m].is_word and not tokens[m].quoted:
        m += 1
    if m == first or m + 1 >= stop or tokens[m].text != ",":
        return j
    m = past_region(tokens, m, stop) - 1 if tokens[m + 1].is_capitalized else m
    return m if tokens[m + 1].lower in INDEFINITE else m + 1


def _past_town_region(tokens: Sequence[Token], j: int, stop: int) -> int:
    """Past the region set off after a town closing an apposition whose comma is token ``j - 1`` (``X, owner of a
    hotel in Windham, N.Y., said``): the token after the region's comma; else ``j``."""
    if j < 2 or j > stop or not tokens[j - 2].is_capitalized:
        return j
    k = past_region(tokens, j - 1, stop)
    return j if k == j - 1 else k


def _past_quoted_age(tokens: Sequence[Token], k: int, stop: int) -> int:
    """Past an age set off by commas at token ``k`` or right after the comma before it, where a relayed source's name
    ends (``quoted Linda Haug, 67, as saying``, ``another passenger, retired teacher Linda Haug, 67, as saying``)."""
    if 0 < k < stop and tokens[k - 1].text == "," and (aged := _past_age(tokens, k - 1, stop)) != k - 1:
        return aged
    return _past_age(tokens, k, stop) if k < stop and tokens[k].text == "," else k


def _past_modifier(attributor: Attributor, tokens: Sequence[Token], mention: Mention, j: int, stop: int) -> tuple[Mention, int]:
    """Past what stands between the phrase ``mention`` and its speech verb at token ``j``: an affiliation or a
    place after a name (``Ann Roe of Acme said``, ``the head of the Red Cross in Kenya said``, past a relative clause:
    ``Ann Roe of Acme, who led the talks, said``), or the name a
    described person goes by (``a midwife called Rhona said``, ``a man named Ali Reza told``: the name is the
    speaker); the phrase and the verb's token, else ``mention`` and ``j``."""
    low = tokens[j].lower if j + 2 < stop else ""
    if low in _NAMING and not tokens[j - 1].is_capitalized and tokens[j + 1].is_capitalized:
        end = attributor.people.name_end(tokens, j + 1)
        named = Mention(j + 1, end)
    elif low in PLACE_TIES and (tokens[j - 1].is_capitalized or _bracketed_after_name(tokens, j)):
        complement = attributor.phrase_after(tokens, j + 1, stop)
        end = j + 1 if complement is None or complement.hi - j > _COMPLEMENT_TOKENS else past_region(tokens, complement.hi, stop)
        if end + 1 < stop and tokens[end].text == "," and (tokens[end + 1].lower in _RELATIVES or tokens[end + 1].lower in ARTICLES):
            end = _after_clause(tokens, end + 1, stop)  # "X of Hale LLP, who represents the firm, told"; ", the top Democrat …,"
        named = mention
    else:
        return mention, j
    verb = tokens[end] if j + 1 < end < stop else None
    speaks = verb is not None and not verb.quoted and verb.lower in attributor.words.speech_verbs
    return (named, end) if speaks else (mention, j)


#: The most tokens of a label in brackets after a name (``(R-Texas)``, ``(D-N.M.)``).
_BRACKET_TOKENS = 8


def _bracketed_after_name(tokens: Sequence[Token], j: int) -> bool:
    """A short label in brackets ends right before token ``j``, after a capitalized word (``Rep. Ann Lee (D) of
    Ohio``, ``Ann Lee (R-Texas) of Austin``)."""
    if tokens[j - 1].text != ")":
        return False
    k = next((k for k in range(j - 2, max(0, j - _BRACKET_TOKENS) - 1, -1) if tokens[k].text in "()"), 0)
    return k > 0 and tokens[k].text == "(" and tokens[k - 1].is_capitalized


def _joined_role(words: Words, tokens: Sequence[Token], mention: Mention, k: int, stop: int) -> tuple[Mention, int]:
    """``mention`` run on over a second role joined by ``and`` at token ``k`` and set off by a comma (``the
    bank’s president and chief executive,``, ``GM chair and CEO,``), with the comma's token; else ``mention``
    and ``k``."""
    for j in range(k + 1, min(stop, k + 1 + _ROLE_WORDS)):
        token = tokens[j]
        if token.quoted or not token.is_word or token.lower in words.function_words or (
            token.is_capitalized and not (token.text.isupper() and token.lower in words.roles)  # "CEO" is a role
        ):
            break
        if token.lower in words.roles and j + 1 < stop and tokens[j + 1].text == ",":
            return Mention(mention.lo, j + 1), j + 1
    return mention, k


def _roles_joined(words: Words, tokens: Sequence[Token], mention: Mention, k: int, stop: int) -> tuple[Mention, int]:
    """``mention`` run on over a second role joined by ``and`` at token ``k``, set off by a comma (see
    :func:`_joined_role`) or before the name both roles belong to (``city mayor and board member Ann Lee said``:
    see :func:`_lower_titles_joined`), with the token after it; else ``mention`` and ``k``."""
    if k >= stop or tokens[k].lower != "and":
        return mention, k
    joined, j = _joined_role(words, tokens, mention, k, stop)
    if j == k and k == mention.hi:
        joined = _lower_titles_joined(words, tokens, mention, stop)
        j = joined.hi if joined is not mention else k
    return joined, j


def _titles_joined(words: Words, tokens: Sequence[Token], mention: Mention | None, stop: int) -> Mention | None:
    """``mention`` cut at an ``and`` inside a title of capitalized words, run on to the end of that run when
    both parts hold a role word (``said ABC’s Chief Health and Medical Editor Dr Ana Pires``: the title and the
    name, never ``Chief Health``); ``Ann Lee and Mayor Bob Ray`` has none before ``and`` and is left as it is."""
    if mention is None or mention.hi + 1 >= stop or tokens[mention.hi].lower != "and":
        return mention
    if not tokens[mention.hi - 1].is_capitalized:
        return _lower_titles_joined(words, tokens, mention, stop)
    k = mention.hi + 1
    while k < stop and tokens[k].is_capitalized and not tokens[k].quoted:
        k += 1
    roles = [bare(t.text) in words.roles for t in tokens[mention.lo : k]]
    joined = mention.hi - mention.lo
    return Mention(mention.lo, k) if any(roles[:joined]) and any(roles[joined + 1 :]) else mention


def _lower_titles_joined(words: Words, tokens: Sequence[Token], mention: Mention, stop: int) -> Mention:
    """``mention``, roles in lower case with no determiner (``city mayor``, maybe after a place's or body's name:
    ``L.A. mayor``), run on over ``and``, a second role in lower case (``MTA board member``) and the name they
    both belong to (``said city mayor and transit board member Ann Lee``); else ``mention`` (``the mayor and
    council member Ann Lee`` may be two people)."""
    first = _past_label(tokens, mention.lo, min(stop, mention.hi + 1))
    while first > mention.lo and _role_acronym(words, tokens[first - 1]):
        first -= 1  # "SpaceX CEO and founder Ann Lee": the acronym is the first role, not the label
    if tokens[mention.lo].lower in words.determiners or first == mention.hi or bare(tokens[mention.hi - 1].text) not in words.roles:
        return mention
    if any(t.is_capitalized and not _role_acronym(words, t) for t in tokens[first : mention.hi]):
        return mention
    lo = k = _past_label(tokens, mention.hi + 1, stop)
    while k < min(stop, lo + _ROLE_WORDS) and tokens[k].is_word and not tokens[k].is_capitalized:
        k += 1
    if k == lo or bare(tokens[k - 1].text) not in words.roles:
        return mention
    name = k
    while name < stop and tokens[name].is_capitalized and tokens[name].is_word and not tokens[name].quoted:
        name += 1
    return Mention(mention.lo, name) if name > k else mention


def _adverbial_after(words: Words, token: Token) -> bool:
    """``token``, right after a speaker named past an inverted speech verb, opens an adverbial clause or phrase (``…,
    says Ann Lee after the win``, ``… as she left``): no reported clause of which the name is the subject."""
    return token.lower in words.clause_openers or (token.lower in words.prepositions and token.lower != "of")


def _role_acronym(words: Words, token: Token) -> bool:
    """``token`` is a role printed as an acronym (``CEO``, ``CFO``)."""
    return len(token.text) > 1 and token.text.isupper() and token.lower in words.roles


def _subordinate_subject(attributor: Attributor, tokens: Sequence[Token], k: int, sentence: range) -> Mention | None:
    """The name opening the clause a subordinating word opens before the speech verb at ``k``, which follows that
    clause's own verb and ``and`` or ``but`` (``The rupiah rose after Bank Indonesia held rates but said “…”``:
    Bank Indonesia); none past a comma or a quote."""
    words = attributor.words
    for j in range(k - 2, sentence.start, -1):
        token = tokens[j]
        if token.quoted or token.text in ",;:" or token.lower in _NO_SUBORDINATORS:
            return None
        if token.lower in words.clause_words:
            mention = attributor.phrase_after(tokens, j + 1, k - 1)
            named = mention is not None and mention.hi < k - 1 and tokens[mention.hi - 1].is_capitalized
            return mention if named and names_someone(words, tokens[mention.hi - 1]) else None
    return None


def _past_label(tokens: Sequence[Token], k: int, stop: int) -> int:
    """The token after a place's or body's name of up to three capitalized words (``L.A.``, ``New York City``)
    opening a title in lower case at token ``k`` (``MTA board member``), none possessive; ``k`` when none does."""
    j = k
    while j < min(stop, k + _TITLE_PLACE_TOKENS) and (tokens[j].is_capitalized or (tokens[j].text == "." and j > k)):
        if is_possessive(tokens[j]):
            return k
        j += 1
    return j if j < stop and tokens[j].is_word and not tokens[j].is_capitalized else k


def _after_clause(tokens: Sequence[Token], k: int, stop: int) -> int:
    """The token after the comma closing the clause at ``k`` (past ``stop`` when none does)."""
    while k < stop and tokens[k].text != ",":
        k += 1
    return k + 1


def _after_open_clause(words: Words, tokens: Sequence[Token], k: int, stop: int) -> int:
    """:func:`_after_clause`; where no comma closes the relative clause at ``k`` (``who``, ``which``), the finite
    speech verb ending the sentence after two words of it or more, its closing comma left out (``“…,” Jim Beard, who
    works downtown said.``; not a bare form, which may be a noun: ``…, according to the office report.``)."""
    end = _after_clause(tokens, k, stop)
    if end <= stop or tokens[k].lower not in ("who", "which"):
        return end
    last = stop - 1
    while last > k and not tokens[last].is_word:
        last -= 1
    verb = tokens[last]
    finite = verb.lower in words.speech_verbs and not verb.quoted and not base_speech_form(words, verb.lower)
    return last if last > k + 2 and finite else end


def _closes_clause(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` ends the clause before a closing attribution: ``,``, ``which``, or a quote's
    closing mark after a comma (``…, “it is not his thing,” X explained``)."""
    token = tokens[k]
    return token.lower in (",", "which") or (token.mark == "close" and k > 0 and tokens[k - 1].text == ",")


def _as_saying(words: Words, tokens: Sequence[Token], k: int, stop: int, span: int = PHRASE_TOKENS) -> int | None:
    """Where ``as`` of ``as saying`` (``as telling``, ``as writing``) is, within ``span`` tokens (a phrase's
    length) of token ``k`` and before any quote mark or comma: the words between belong to the source relayed."""
    for j in range(k, min(stop - 1, k + span)):
        token = tokens[j]
        if token.quoted or token.mark or token.text in ",;:":
            return None
        if token.lower == "as" and _saying(words, tokens[j + 1]):
            return j
    return None


def _relative_cue(attributor: Attributor, tokens: Sequence[Token], k: int, start: int) -> Cue | None:
    """The cue of the speech verb at token ``k`` opening a relative clause: on a thing (:func:`_thing_relative`), its
    phrase, or nobody (but a message no possessive owns is the subject's: ``The police confirmed it in a tweet that
    said``); after a ``who`` with no phrase before it, nobody; else ``None``."""
    if k > start and tokens[k - 1].lower == "who":
        return None if attributor.phrase_before(tokens, k, start) is not None else Cue(k, k + 1, None, binding=True)
    relative = _thing_relative(attributor, tokens, k, start)
    if relative is None:
        return None
    thing = _determined_phrase(attributor.words, tokens, relative, start)
    if tokens[relative - 1].lower in attributor.words.messages and (thing is None or not is_possessive(tokens[thing.lo])):
        return None  # "confirmed it in a tweet that said": the subject's own message, read as before
    return Cue(k, k + 1, thing, binding=True)


def _thing_relative(attributor: Attributor, tokens: Sequence[Token], k: int, start: int) -> int | None:
    """The ``that`` or ``which`` opening a relative clause on a lower-case noun right before the verb at token ``k``,
    maybe with one adverb in ``-ly`` between (``a report that said``, ``a parcel which reportedly claimed``); else
    ``None``.  The noun's phrase is the verb's subject, never the sentence's (``The union cited a report that said``:
    the report), and nobody where it names no speaker (``a sign on the door that said``)."""
    j = k - 1
    if j > start and tokens[j].lower.endswith("ly"):
        j -= 1
    if j - 1 < start or tokens[j].lower not in _THING_RELATIVES:
        return None
    noun, words = tokens[j - 1], attributor.words
    if tokens[k].lower.endswith("ing") or not (noun.is_word and noun.text.islower()) or noun.quoted or noun.lower in words.function_words:
        return None  # "so that said", "it was that which said"
    verb = attributor.people.is_verb(noun.lower) or noun.lower in words.speech_verbs
    return None if verb and (j - 2 < start or tokens[j - 2].lower in words.pronouns or tokens[j - 2].lower in words.auxiliaries) else j


#: Relative pronouns opening a clause on a thing: ``a report that said``, ``a parcel which claimed``.
_THING_RELATIVES = frozenset(["that", "which"])


#: The most words between a determiner and the noun it opens the phrase of: ``a recent Government audit report``.
_DETERMINED_WORDS = 4


def _determined_phrase(words: Words, tokens: Sequence[Token], hi: int, start: int) -> Mention | None:
    """The noun phrase ending before token ``hi`` from its determiner (``a recent Government report``, ``its
    memo``, ``a widely shared post``), or ``None`` where none opens it within a few words (``wages that``) or a
    verb stands between (``The mayor denied reports that``)."""
    k = hi - 1
    while k >= start and hi - k <= _DETERMINED_WORDS + 1:
        token = tokens[k]
        if token.lower in words.determiners or is_possessive(token):
            return Mention(k, hi)
        if not token.is_word or token.quoted or token.lower in words.function_words:
            return None
        if k < hi - 1 and is_verb(words, token.lower) and not (k > start and tokens[k - 1].lower.endswith("ly")):
            return None  # "denied reports that"; not "a widely shared post"
        k -= 1
    return None

