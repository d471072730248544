"""Reading an article's quotes in page order: who speaks across sentences and paragraphs.

:class:`Discourse` walks the table of attribution rules (:mod:`.attribution`)
for each quote and keeps the state the rules read: the last passage's closing
sentence, the sentence before, and the last credit, which is carried on where
the page does (the ``continuation`` rule):

* ``“A,” she said. “B.”``: a quote opening its sentence after a credited one;
* a quote paragraph standing alone after a paragraph that quoted or introduced its
  speaker (``He told reporters:``, ``Ruiz said the vote was close.``);
* a second fragment in the sentence of a credited one, or in a sentence that
  credits nobody else;
* a quote run over paragraphs (left open, reopened in the next) takes the speaker
  of its continuation (``run_on``, after the table: the next paragraph is read first);
  the run's speaker is carried on past a passage or two between that hold no quote,
  no speech word and no capitalized word inside a sentence (a dropped mark's
  paragraph, a poll widget: ``Are you worried about prices?``);
* a summary line's quote takes the speaker of the body's quote holding the same
  words (``summary_echo``, after the table: the body is read first);
* a quote paragraph standing alone takes the person the next paragraph names as its
  speaker by pointing back (``That was the union’s secretary, Ana Ruiz, speaking …``),
  instead of a speaker only carried on or introduced before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import partial
from itertools import takewhile

import attrs
from attrs import define, field

from newsparse.lazy_regex import lazy_compile
from newsparse.model import Quote, Span

from .attribution import Attempt, Found, Rule, attribute
from .discourse_rules import CONTINUATION, NAMED_AFTER, pointed_speaker
from .kinds import after_lead_in, begins_sentence, follows_term_marker, follows_work_noun, in_reported_sentence, opens_sentence, quote_kind, runs_on
from .marks import DOUBLE_TOKENS, Marked
from .people import People, is_verb, nickname_end
from .segments import Token, mark_token, sentences
from .speakers import Attributor
from .words import WINDOW, PassageView, Words

__all__ = ["ECHO", "RUN_ON", "SUMMARY_ECHO", "Discourse", "credit_echoes", "credit_run_ons"]

#: The rule name of a quote run over paragraphs, credited like the paragraph that continues it.
RUN_ON = "run_on"
#: The rule name of a summary line's quote credited like the body's quote that holds its words.
SUMMARY_ECHO = "summary_echo"
#: The rule name of a body's quote credited like the article's other quotes that hold its words.
ECHO = "echo"
_WORD = lazy_compile(r"\w+")
#: The most tokens of a section heading between paragraphs.
_HEADING_TOKENS = 10
#: Marks no section heading holds: a sentence's end, a label's colon, a separator of page chrome.
_NOT_IN_HEADINGS = frozenset(".:;!?|•")
_TOPIC_TOKENS = 20  # the longest topic of an interview's question (``On …:``)
#: The most tokens of its sentence a quote's rules read on either side of it: cues stand within ``WINDOW`` tokens,
#: and a sentence of thousands of tokens (quote-mark soup, a page with no full stop) costs each quote no more.
_REACH = 2 * WINDOW
#: The most quiet passages a quote run over paragraphs is carried past.
_BRIDGED = 2
#: A sentence's subject outside quotes that is the writer (or the paper) speaking in its own voice.
_WRITER = frozenset(["i", "we"])
#: The rules that only guess the speaker of a quote paragraph standing alone: a later pointer overrides them.
_GUESSES = frozenset([None, CONTINUATION, "lead_in", "prior_sentence", "colon_clause"])
#: The guesses a run-on quote's paragraph gives way on to the name its run ends with.
_RUN_GUESSES = frozenset([CONTINUATION, "lead_in", "prior_sentence"])
#: The rules crediting a quote by a cue in its own sentence.
_OWN_CUES = frozenset(["after_quote", "before_quote"])
#: The rules crediting a fragment in single marks to the speech verb of its sentence, before or after it
#: (``Ola Berg said the board needs ‘a calibrated exit’``, ``… no longer a ‘seasonal event’, says Sinn Féin``).
_CREDITING = frozenset(["before_quote", "closing_clause"])


@define
class Discourse:
    """The quotes of one article, read passage by passage in page order."""

    attributor: Attributor
    rules: Sequence[Rule]
    abbreviations: Collection[str]
    introducers: Collection[str]  # speech verbs and nouns, which introduce a direct quote after a comma
    term_markers: Collection[str]
    singles_are_terms: bool
    entries: list[tuple[int, Marked, Quote]] = field(factory=list)  # passage index, marks, quote
    #: The passage index and credit of the last quote, the passage index and first token of its sentence, and
    #: the token of its closing mark (``None`` when it runs on).
    previous: tuple[int, Found | None, tuple[int, int], int | None] = (-2, None, (-1, -1), None)
    #: The last sentence of the last passage read, which may introduce the speaker of a quote opening the next
    #: one (``He told reporters:``), with its passage and whether that passage holds quotes; read when needed.
    lead_in: tuple[PassageView, range, bool] | None = None
    #: The sentence before ``lead_in``'s in its passage.
    earlier: range | None = None
    #: The sentence of a direct quote cut by its attribution (``“A,” she said, “b.”``).
    cut_direct: tuple[int, int] | None = None
    #: The index of the last passage read when it is a section heading (``Hard winters``).
    heading: int = -1
    #: The index of the last passage read when it is one quote standing alone.
    lone: int = -2
    #: The index of the last passage read when a quote left open ends it, or a quiet passage follows one.
    bridge: int = -2

    def read(self, index: int, view: PassageView, marked: Sequence[Marked], *, last: bool = False) -> None:
        """Credit the quotes ``marked`` in passage ``index`` (``view``), sentence by sentence; in the
        ``last`` passage with quotes, the sentences after its last quote are not followed (no quote reads them)."""
        pending = _openings(view.tokens, marked)
        upcoming = next(pending, None) if marked else None  # most passages hold none
        found = sentences(view.tokens, self.abbreviations, view.columns.texts, self.attributor.words.name_titles)
        if found and self.lone == index - 1:
            self._point_back(view, found[0])
        prior = None if self.lead_in is None else self.lead_in[:2]
        entered = len(self.entries)
        for sentence in found:
            while upcoming is not None and upcoming[0] < sentence.stop:
                open_token, q = upcoming
                upcoming = next(pending, None)
                self.entries.append((index, q, self._quote(index, view, sentence, open_token, q, prior)))
            if last and upcoming is None:
                break
            self.attributor.read(view, sentence)
            prior = (view, sentence)
        topic = not marked and _topic_label(view, self.attributor.words.topic_words)
        if not marked and (topic or is_heading(view)):
            self.heading = index
        self.lone = index if len(marked) == 1 and _alone(view, marked[0]) else -2
        self.bridge = self._bridged(index, view, found, marked)
        if found and not topic:  # a passage quoting only terms ("after the notorious ‘fourth try’ row") may still introduce a quote
            quotes = self.entries[entered:]  # most passages hold none
            self.lead_in = (view, found[-1], bool(quotes) and any(entry[2].kind != "term" for entry in quotes))
            self.earlier = found[-2] if len(found) > 1 else None

    def _bridged(self, index: int, view: PassageView, found: list[range], marked: Sequence[Marked]) -> int:
        """``index`` when passage ``index`` ends in a quote left open, or is a quiet passage (:func:`_quiet`)
        after such a one, at most :data:`_BRIDGED` passages on; else -2."""
        if marked:
            return index if self.previous[0] == index and self.previous[3] is None else -2
        near = self.bridge == index - 1 and index - self.previous[0] <= _BRIDGED
        return index if near and _quiet(view, found, self.attributor.words.cues) else -2

    def _quote(
        self, index: int, view: PassageView, sentence: range, open_token: int, q: Marked,
        prior: tuple[PassageView, range] | None,
    ) -> Quote:
        """The quote ``q`` opening at ``open_token`` of ``sentence``; ``prior`` is the sentence read before."""
        tokens = view.tokens
        close_token = None if q.close_at is None else mark_token(tokens, q.close_at, "close")
        opening = (index, sentence.start)  # the sentence, as the credits before and after know it
        sentence = range(max(sentence.start, open_token - _REACH), min(sentence.stop, (close_token or open_token) + _REACH))
        begins = begins_sentence(tokens, open_token, sentence)
        attempt = Attempt(
            self.attributor, view, sentence, open_token, close_token, q.nested, begins, self.lead_in, prior,
            partial(self._carried, index, view, sentence, opening, open_token, prior), earlier=self.earlier,
        )
        rule, resolved = attribute(self.rules, attempt) or (None, None)
        if rule in _GUESSES and resolved is not None and _names_guessed_person(self.attributor.people, resolved, view.text[q.start : q.end]):
            rule = resolved = None  # "“… not just Tyson running …”" after a paragraph on Tyson Gay: another speaks of him
        speaker = resolved.speaker if resolved else None
        words = self.attributor.words
        before = tokens[open_token - 1] if open_token > 0 else None
        starts = opens_sentence(tokens, open_token, sentence, self.introducers, (words.utterance_verbs, words.conjunctions))
        kind = quote_kind(
            q,
            view.text,
            starts_sentence=starts,
            has_speaker=speaker is not None,
            singles_are_terms=self.singles_are_terms,
            names_term=follows_term_marker(tokens, open_token, self.term_markers) or follows_work_noun(tokens, open_token, close_token, words.work_nouns) or (
                before is not None and before.is_capitalized and nickname_end(tokens, open_token) > open_token
            ),
            continues_direct=self.cut_direct == opening and before is not None and before.text in ",:",
            reported=speaker is None and in_reported_sentence(tokens, sentence, open_token, words.speech_verbs),
            # read only of a quote in single marks that may be a term
            quoted_before=q.single and self.singles_are_terms and _credits_fragment(words, rule, resolved, tokens, close_token)
            and not _double_quoted(tokens, sentence, open_token),
            after_verb=before is not None and before.lower in words.utterance_verbs,
            runs_on=begins
            and runs_on(tokens, open_token, close_token, sentence, (words.speech_verbs, words.conjunctions)),
            set_off=rule == "after_quote" and (starts or after_lead_in(tokens, open_token, sentence, words.clause_marks)),
        )
        cut = kind == "direct" and view.text[q.start : q.end].endswith(",")
        self.cut_direct = opening if cut else None
        if kind == "term":
            rule = resolved = None
        else:
            if rule != CONTINUATION:
                self.attributor.note(resolved, view, sentence, quoted=True)
            if not self._aside(kind, opening, resolved):
                self.previous = (index, resolved, opening, close_token)
        return _make_quote(view, q, kind, rule, resolved)

    def point_back(self, index: int, view: PassageView) -> None:
        """Read passage ``index``, after the last quote, only for the speaker it may name of the quote
        paragraph standing alone before it (``That was Ana Ruiz, the union’s secretary, speaking …``)."""
        if self.lone != index - 1:
            return
        found = sentences(view.tokens, self.abbreviations, view.columns.texts, self.attributor.words.name_titles)
        if found:
            self._point_back(view, found[0])

    def _point_back(self, view: PassageView, sentence: range) -> None:
        """Credit the quote paragraph read last to the person ``sentence``, opening this passage, names
        as its speaker (``That was Ana Ruiz, the union’s secretary, speaking …``), unless a cue credited it."""
        index, q, quote = self.entries[-1]
        if quote.kind == "term" or quote.rule not in _GUESSES:
            return
        found = pointed_speaker(self.attributor, view, sentence)
        if found is None:
            return
        credited = attrs.evolve(quote, speaker=found.speaker, mention=None, mention_span=None, rule=NAMED_AFTER, cue=found.cue)
        self.entries[-1] = (index, q, credited)
        self.previous = (self.previous[0], found, *self.previous[2:])
        self.attributor.note(found, view, sentence, quoted=True)

    def _carried(
        self, index: int, view: PassageView, sentence: range, opening: tuple[int, int], open_token: int,
        prior: tuple[PassageView, range] | None,
    ) -> Found | None:
        """The last quote's credit (in this or the previous passage, a section heading between them
        aside) when its speaker speaks this one too: not past a sentence ``prior`` about someone else;
        ``opening`` is the passage and first token of the quote's whole sentence."""
        bridged = self.bridge == index - 1 and open_token == 0  # a quote run on past a quiet passage
        if self.previous[0] < index - 1 and not (self.previous[0] == index - 2 and self.heading == index - 1) and not bridged:
            return None
        last, closed = self.previous[1], self.previous[3]
        if self.previous[0] < index and last is not None and _names_only(self.attributor.words, last.cue) and not self._spoke_in_passage(last):
            return None  # "X, whom Lee described as “…”." then a quote paragraph: Lee named a thing, said nothing
        if prior is not None and prior[0] is view and self.previous[2] != (index, prior[1].start) and self._other_person(*prior, last):
            return None  # "“A,” Lee said. Tom Vale shook his head. “B.”": Vale acts last, and may speak B
        same_sentence = self.previous[2] == opening
        carries = (
            begins_sentence(view.tokens, open_token, sentence)
            # one more fragment of its sentence, unless a cue between them introduces it (``…, explaining that “…”``)
            or (same_sentence and (closed is None or not _has_cue(view, range(closed + 1, open_token)) or _bare_participle(view.tokens, closed, open_token)))
            or (not _has_cue(view, sentence) and not self._other_subject(view, sentence, last))
        )
        carries = carries and not _named_subject(self.attributor.words, view.tokens, open_token, sentence.stop)
        return Found(last.speaker, None, None, last.cue) if carries and last is not None else None

    def _aside(self, kind: str, opening: tuple[int, int], resolved: Found | None) -> bool:
        """A partial quote credited to someone else in the sentence of the last quote, a direct one: an aside
        (``“No,” she told Roe when he asked about “market failure”.``), whose speaker carries on no later quote."""
        last = self.previous[1]
        return (
            kind == "partial" and self.previous[2] == opening and self._spoke_last()
            and last is not None and resolved is not None and resolved.speaker != last.speaker
        )

    def _spoke_last(self) -> bool:
        """The last quote read is a direct one: its cue, though a verb of judging, introduced words spoken (``Ann Lee
        declared: “It is a commitment …`` then ``“It is the will of the country.”``)."""
        return bool(self.entries) and self.entries[-1][2].kind == "direct"

    def _spoke_in_passage(self, last: Found) -> bool:
        """``last``'s speaker spoke in the passage of the last quote read, a direct quote: ``“…,” said Ann Lee,
        describing the plan as “unnecessary”.`` then a quote paragraph carries on her words."""
        passage = self.entries[-1][0] if self.entries else None
        same = takewhile(lambda entry: entry[0] == passage, reversed(self.entries))  # the passage's quotes only
        return any(quote.kind == "direct" and quote.speaker == last.speaker for _index, _q, quote in same)

    def _other_subject(self, view: PassageView, sentence: range, last: Found | None) -> bool:
        """The subject of ``sentence`` names a speaker other than ``last``'s (``The study lists …``,
        ``Residents had one question``), or is the writer's ``I`` or ``we`` outside quotes: a fragment there
        is not carried on from ``last``."""
        attributor = self.attributor
        mention = attributor.subject(view, sentence)
        if mention is not None and mention.hi - mention.lo == 1 and view.tokens[mention.lo].lower in _WRITER:
            return True  # "I guess the senator backs the “silent filibuster”": the writer's own voice
        found = None if mention is None or last is None else attributor.resolve(view, mention, sentence)
        return found is not None and found.speaker != last.speaker and attributor.gate.admits(found.speaker, found.entity)

    def _other_person(self, view: PassageView, sentence: range, last: Found | None) -> bool:
        """The subject of ``sentence``, a sentence without the last quote, is a person other than ``last``'s
        speaker (``Tom Vale shook his head.``; not ``The council has nine members.``)."""
        attributor = self.attributor
        mention = attributor.subject(view, sentence)
        found = None if mention is None or last is None else attributor.resolve(view, mention, sentence)
        return (
            found is not None and found.entity is not None and found.entity.person and found.speaker != last.speaker
            and attributor.gate.admits(found.speaker, found.entity)
        )


def _named_subject(words: Words, tokens: Sequence[Token], open_token: int, stop: int) -> bool:
    """The quote opened at ``open_token`` ends on a word, no comma or stop, and a verb that is no speech verb
    follows its closing mark (``Since its release, “Roar” peaked at No. 1``): the quote is a title, the
    subject of its sentence, no one's words carried on."""
    close = next((k for k in range(open_token + 1, stop) if tokens[k].mark), None)  # a nested quote's opening: none
    if close is None or tokens[close].mark != "close" or close + 1 >= stop or not tokens[close - 1].is_word:
        return False
    after = tokens[close + 1]
    return after.is_word and not after.is_capitalized and after.lower not in words.speech_verbs and is_verb(words, after.lower)


#: The most tokens between two quotes joined by a bare participle (``“A,” adding, “B.”``).
_PARTICIPLE_GAP = 6


def _bare_participle(tokens: Sequence[Token], closed: int, open_token: int) -> bool:
    """Only a participle, commas or a colon and quote marks between the last quote's end at ``closed`` and
    this quote's opening (``“A,” adding, “B.”``): the participle has no subject of its own, so it is the
    last speaker's."""
    words = [t for t in tokens[closed + 1 : open_token] if not t.mark and t.text not in ",:"]
    if len(words) != 1 or open_token - closed > _PARTICIPLE_GAP:
        return False
    word = words[0]
    return word.is_word and not word.is_capitalized and word.lower.endswith("ing")


def _quiet(view: PassageView, found: Sequence[range], cues: Collection[str]) -> bool:
    """A passage with no speech word and no capitalized word inside a sentence (no name): a quote run on
    past it keeps its speaker (``Securing the funds is a testament to their work.``, ``Poll loading``)."""
    starts = {sentence.start for sentence in found}
    return not any((t.is_capitalized and k not in starts) or t.lower in cues for k, t in enumerate(view.tokens))


def _openings(tokens: Sequence[Token], marked: Sequence[Marked]) -> Iterator[tuple[int, Marked]]:
    """The quotes ``marked`` with the tokens of their opening marks, one at a time and in the order of those
    tokens: a quote starts after its opening mark and before the next one, and ``marked`` is sorted by where
    quotes start."""
    for q in marked:
        k = mark_token(tokens, q.open_at, "open")
        if k is not None:
            yield k, q


def _double_quoted(tokens: Sequence[Token], sentence: range, at: int) -> bool:
    """``sentence`` opens a quote in double marks near token ``at`` (within :data:`WINDOW`): its speech verb
    credits that one (``“We agree,” Lee said of the ‘harbor deal’``)."""
    near = tokens[max(sentence.start, at - WINDOW) : min(sentence.stop, at + WINDOW)]
    return any(t.mark == "open" and t.text in DOUBLE_TOKENS for t in near)


def _names_only(words: Words, cue: str | None) -> bool:
    """The cue that credited a quote names or judges a thing (``described as``, ``called``): its speaker is
    not carried on to a quote paragraph after it."""
    return cue is not None and (cue.lower() in words.naming_verbs or cue.lower() in words.verdict_verbs)


def _credits_fragment(
    words: Words, rule: str | None, found: Found | None, tokens: Sequence[Token], close_token: int | None
) -> bool:
    """The speech verb of the fragment's sentence quotes it: a cue before it (``said the board needs ‘…’``), one
    closing the sentence, or one right after it set off by a comma (``a ‘national crisis’, says Sinn Féin``); not a
    verb after it in the same clause (``a ‘techno’ school had asked him``)."""
    if found is None or not _quoting(words, found.cue):
        return False
    comma_after = close_token is not None and close_token + 1 < len(tokens) and tokens[close_token + 1].text == ","
    return rule in _CREDITING or (rule == "after_quote" and comma_after)


def _quoting(words: Words, cue: str | None) -> bool:
    """The cue that credits a quote before it quotes rather than names (``said``, not ``called``)."""
    return cue is not None and cue.lower() not in words.naming_verbs


def _names_guessed_person(people: People, found: Found, text: str) -> bool:
    """The quote ``text`` prints the given name or surname of the person ``found`` credits: people seldom name
    themselves, so a quote a guess (a paragraph standing alone, a sentence before) gives to someone it names is
    someone else's words about them."""
    entity = found.entity or (people.find(tuple(found.speaker.lower().split())) if found.speaker else None)
    if entity is None or not entity.person:
        return False  # a surname alone counts too: "Mr Fahey" of a quote naming "Frank Fahey"
    names = entity.name.split()
    parts = [part for part in {names[0], names[-1]} if len(part) > 2 and part[0].isupper()]  # given name, surname
    if not any(part in text for part in parts):
        return False  # most quotes print neither: no words to split
    printed = set(_WORD.findall(text))
    return any(part in printed for part in parts)


def _make_quote(view: PassageView, q: Marked, kind: str, rule: str | None, found: Found | None) -> Quote:
    span = Span(view.offset + q.start, view.offset + q.end)
    if found is None or rule is None:
        return Quote(view.text[q.start : q.end], span, kind)
    mention_text = mention_span = None
    if found.mention is not None:
        first, last = view.tokens[found.mention.lo], view.tokens[found.mention.hi - 1]
        mention_text = view.text[first.start : last.end]
        mention_span = Span(view.offset + first.start, view.offset + last.end)
    speaker = None if found.speaker is None else " ".join(found.speaker.split())  # a name wrapped over two lines
    return Quote(view.text[q.start : q.end], span, kind, speaker, mention_text, mention_span, rule=rule, cue=found.cue)


def is_heading(view: PassageView) -> bool:
    """A section heading: a short passage opening with a capital and ending in a word, with no quote,
    colon or other mark of a sentence or a label (``Hard winters``, ``Nobody gave us a chance``;
    not ``Photograph: Ana Pol``)."""
    tokens = view.tokens
    return 0 < len(tokens) <= _HEADING_TOKENS and tokens[0].is_capitalized and tokens[-1].is_word and not any(
        t.quoted or t.mark or t.text in _NOT_IN_HEADINGS for t in tokens
    )


def _topic_label(view: PassageView, topic_words: Collection[str]) -> bool:
    """A question's topic in an interview, read like a section heading: a short passage opening with a
    ``topic_words`` word and ending in its only colon (``On the new captain:``); the label of the speaker
    before it (``Ian Marsh, head coach:``) still introduces the quote after it."""
    tokens = view.tokens
    return (
        2 < len(tokens) <= _TOPIC_TOKENS and tokens[0].is_capitalized and tokens[0].lower in topic_words
        and tokens[-1].text == ":" and not any(t.quoted or t.text in _NOT_IN_HEADINGS for t in tokens[:-1])
    )


def _alone(view: PassageView, q: Marked) -> bool:
    """The quote ``q`` is all of its passage (``“We will enforce it.”``, ``''We will.''`` in doubled apostrophes)."""
    return q.open_at == 0 and not q.nested and (q.close_at is None or not view.text[q.close_at + 1 :].strip().strip("'’"))


def _has_cue(view: PassageView, sentence: range) -> bool:
    """True when a speech verb or noun outside quotes in ``sentence`` may credit someone else."""
    cues = view.cues
    for n in range(bisect_left(cues, sentence.start), bisect_left(cues, sentence.stop)):
        if not view.tokens[cues[n]].quoted:
            return True
    return False


def credit_run_ons(entries: list[tuple[int, Marked, Quote]]) -> list[Quote]:
    """The quotes, a quote left open at the end of its paragraph credited like its continuation.

    Wire style runs a quote over paragraphs without closing it: the next paragraph
    reopens it with a mark (``“A.`` / ``“B,” she said.``), so both share a speaker.
    A paragraph the run opens, credited only by a guess (a lead-in before it, or carried on),
    takes the speaker the run's last paragraph names by name instead (``“A.`` / ``“B,” Ruiz said.``).
    """
    quotes = [quote for _index, _q, quote in entries]
    opening = {index: n for n, (index, q, _quote) in enumerate(entries) if q.open_at == 0}
    named: set[int] = set()  # the quotes whose run ends in a credit by name
    for n in range(len(entries) - 1, -1, -1):  # backwards, so a chain of run-on paragraphs is credited
        index, q, quote = entries[n]
        follower = opening.get(index + 1)
        runs_on = q.close_at is None and not q.nested and quote.kind != "term"
        if not runs_on or follower is None or quotes[follower].speaker is None:
            continue
        by_name = follower in named or _credited_by_name(quotes[follower])
        if quote.speaker is None or (by_name and q.open_at == 0 and quote.rule in _RUN_GUESSES):
            quotes[n] = attrs.evolve(quote, speaker=quotes[follower].speaker, rule=RUN_ON, cue=quotes[follower].cue)
            named.update([n] if by_name else [])
    return quotes


def _credited_by_name(quote: Quote) -> bool:
    """``quote`` is credited by a cue in its own sentence naming its speaker by name (``“B,” Ruiz said``)."""
    mention = quote.mention.split() if quote.mention and quote.rule in _OWN_CUES else []
    last = mention[-1].strip(".,") if mention else ""
    return last[:1].isupper() and quote.speaker is not None and last in quote.speaker.split()


def credit_echoes(quotes: list[Quote], summary: Span | None, text: str) -> list[Quote]:
    """The quotes, one of the summary line that no rule credited, or credited to a description (``“…,” mission director
    says``, ``…, a senior Russian diplomat has said``, ``Club chairman insists … ‘fully funded’``: lower case after its
    first word), taking the speaker and cue of the body's quotes that hold its words
    (``Judge calls thefts ‘cold’`` / ``“It was cold and planned,” the judge said``), when they all have one
    speaker; a term becomes a partial quote.  So does a quote of the body no rule credited, of two words or more,
    from the article's other quotes that hold its words, when its paragraph of ``text`` prints that speaker's last
    name (``A ‘surprised and disappointed’ Ann Lee left …`` / ``“I was surprised and disappointed,” Lee said``)."""
    end = -1 if summary is None else summary.end
    lone = [n for n, q in enumerate(quotes) if q.speaker is None or (q.span.end <= end and _description(q.speaker))]
    if not lone:
        return quotes  # most articles: every quote credited
    credited = [(f" {_words(q.text)} ", q) for q in quotes if q.speaker]
    holding = _word_index(credited)
    echoed = list(quotes)
    for n in lone:
        quote = quotes[n]
        words = _words(quote.text)
        if not words or (quote.span.end > end and " " not in words):
            continue
        rule = SUMMARY_ECHO if quote.span.end <= end else ECHO
        fits = (lambda q: q.span.start >= end) if rule == SUMMARY_ECHO else (lambda q: _apart(q, quote))
        source = _one_speakers_source(credited, holding, words, fits)
        if source is not None and (rule == SUMMARY_ECHO or _names_beside(text, quote, source.speaker)):
            kind = "partial" if quote.kind == "term" else quote.kind
            echoed[n] = attrs.evolve(quote, kind=kind, speaker=source.speaker, rule=rule, cue=source.cue)
    return echoed


def _word_index(credited: list[tuple[str, Quote]]) -> dict[str, list[int]]:
    """For each word of the credited quotes' texts, the indexes of those that hold it, in order."""
    holding: dict[str, list[int]] = {}
    for k, (held, _quote) in enumerate(credited):
        for word in set(held.split()):
            holding.setdefault(word, []).append(k)
    return holding


#: The most credited quotes holding an echo's rarest word that are read for its source (a long run of quotes all
#: holding it, as in a soup of marks, echoes no one and would cost a reading per quote).
_MOST_ECHO_SOURCES = 64


def _one_speakers_source(
    credited: list[tuple[str, Quote]], holding: dict[str, list[int]], words: str, fits: Callable[[Quote], bool]
) -> Quote | None:
    """The first of the ``credited`` quotes that ``fits`` and hold ``words``, where all such quotes have one speaker;
    else None.  Only those holding the rarest of the words are read, and the reading stops at a second speaker; words
    whose rarest more than :data:`_MOST_ECHO_SOURCES` credited quotes hold are too common to echo anyone."""
    rarest = min((holding.get(word, []) for word in set(words.split())), key=len)
    if len(rarest) > _MOST_ECHO_SOURCES:
        return None
    first = None
    for k in rarest:
        held, quote = credited[k]
        if f" {words} " in held and fits(quote):
            if first is None:
                first = quote
            elif quote.speaker != first.speaker:
                return None
    return first


def _apart(source: Quote, quote: Quote) -> bool:
    """``source`` neither is nor holds ``quote``: the words a quote nests (``“… ‘A,’ said X …”``) echo no one."""
    return source.span.end <= quote.span.start or quote.span.end <= source.span.start


def _names_beside(text: str, quote: Quote, speaker: str | None) -> bool:
    """The paragraph of ``text`` holding ``quote`` prints the last word of ``speaker``'s name outside the quote: the
    words are that person's (``A ‘surprised’ Ann Lee left``), not a body's the paragraph names instead (``prompting the
    RAC to call for “radical intervention”``, later the words of its spokesman)."""
    start, end = quote.span.start, quote.span.end
    head, tail = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    last = (speaker or "").rpartition(" ")[2]
    if not last:
        return False
    word = re.compile(rf"(?<!\w){re.escape(last)}(?!\w)")  # the name as a word: never "Lee" of "Leeds"
    return word.search(text, head, start) is not None or word.search(text, end, len(text) if tail < 0 else tail) is not None


def _description(speaker: str) -> bool:
    """``speaker`` describes someone in lower case, perhaps capitalized only as a headline's first word: ``mission
    director``, ``Club chairman``; not ``Ann Lee``, ``Lee``."""
    first, *rest = speaker.split()
    return first[:1].islower() or (bool(rest) and all(word[:1].islower() for word in rest))


def _words(text: str) -> str:
    """The words of ``text`` in lower case, one space apart."""
    return " ".join(_WORD.findall(text.lower()))
