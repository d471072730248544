"""Who said a quote: one ordered table of named attribution rules.

:data:`RULES` is the only place the speaker of a quote is decided.  For each
quote, :func:`attribute` walks the table in order and the first rule that
credits a speaker wins; the quote records that rule's name and its cue (the
verb or phrase that credits the speaker: ``said``, ``according to``).  The
rules themselves are small functions by concern: :mod:`.sentence_rules` read
the quote's own sentence, :mod:`.discourse_rules` the sentences and quotes
before it.  They share the noun phrases of :mod:`.phrases`, the patterns of
:mod:`.speakers`, the resolution of :mod:`.resolution` and the state of
:mod:`.discourse`.

A plugin adds a rule through the ``attribution_rules`` vocabulary table: a
:class:`Rule` by its name, placed ``before`` or ``after`` a named rule (at the
end when it names neither).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from attrs import Factory, define, field, frozen

from . import discourse_rules, sentence_rules
from .inscriptions import no_ones_words
from .lexicon import is_ordinary_word
from .resolution import Found
from .segments import Token
from .speakers import Attributor
from .words import PERSONAL, Cue, Mention, PassageView, bare

__all__ = ["RULES", "Attempt", "Found", "Rule", "attribute", "rule_table"]


@define
class Attempt:
    """One quote to credit, and what the rules may read about it.

    ``sentence`` is the range of tokens of ``view`` the quote opens in (at
    ``open_token``; it closes at ``close_token``, ``None`` when it runs on).
    ``lead_in`` is the last sentence of the passage before (with whether that
    passage quotes) and ``earlier`` the sentence before it in that passage, if any;
    ``prior`` the sentence before this one, and ``carried`` the credit of the last
    quote when this one continues it.
    """

    attributor: Attributor
    view: PassageView
    sentence: range
    open_token: int
    close_token: int | None
    nested: bool
    opens_sentence: bool
    lead_in: tuple[PassageView, range, bool] | None
    prior: tuple[PassageView, range] | None
    carried: Callable[[], Found | None]
    #: A rule found a cue naming someone who did not resolve: the sentence's subject stands down.
    cued: bool = False
    #: A binding cue's mention (or an ``it`` naming a speaker, or a ``he`` or ``she`` naming a refused one or
    #: nobody after a body spoke) did not resolve: no later rule credits the quote.
    settled: bool = False
    #: The sentence before ``lead_in``'s in its passage, if any.
    earlier: range | None = None

    def credit(self, cue: Cue | None) -> Found | None:
        """The speaker ``cue`` (of this quote's sentence) names, noting that a cue was found."""
        if cue is None:
            return None
        self.cued = True
        found = self.attributor.credited(self.view, cue, self.sentence)
        mention = cue.mention
        word = self.view.tokens[mention.lo].lower if mention is not None and mention.hi - mention.lo == 1 else ""
        if word in PERSONAL and found is not None and self._names_inside(found, mention):
            self.settled = True  # "“I was sorry for Akira,” he said": he is not Akira, and no one else is sure
            return None
        self.settled = found is None and (
            cue.binding or word == "it" or (word in PERSONAL and (self._refused(mention) or self._body_carried()))
        )
        return found

    def _names_inside(self, found: Found, pronoun: Mention | None) -> bool:
        """The person ``found`` for ``he`` or ``she`` is named (a capitalized word of the name) inside
        the quote, or between it and the pronoun closing the sentence after it (``Although it was “weak”, Lee
        appealed, he added``): a speaker does not report himself by name, so the pronoun means someone else."""
        entity = found.entity
        if entity is None or not entity.person:
            return False
        stop = self.close_token if self.close_token is not None else self.sentence.stop
        if pronoun is not None and pronoun.lo > stop:
            stop = pronoun.lo  # the rest of the clause it reports
        runs = _capitalized_runs(self.view.tokens[self.open_token + 1 : stop])
        return any(_same_name(self.attributor.words.titles, set(entity.words), run) for run in runs)

    def _refused(self, mention: Mention | None) -> bool:
        """``he``/``she`` at ``mention`` named someone the gate refused (``Then I``): no one else is meant."""
        return mention is not None and self.attributor.resolve(self.view, mention, self.sentence) is not None

    def _body_carried(self) -> bool:
        """The credit a later rule would carry on is the body last credited: ``he`` or ``she`` is never it."""
        carried, group = self.carried(), self.attributor.last_group
        return carried is not None and group is not None and group.entity is not None and carried.speaker == group.speaker


def _capitalized_runs(tokens: Sequence[Token]) -> list[list[str]]:
    """The runs of capitalized words among ``tokens``, each as its words' bare forms."""
    runs: list[list[str]] = []
    last = -2
    for k, token in enumerate(tokens):
        if token.is_capitalized and token.is_word:
            if k != last + 1:
                runs.append([])
            runs[-1].append(bare(token.text))
            last = k
    return runs


def _same_name(titles: frozenset[str], names: set[str], run: list[str]) -> bool:
    """The run of capitalized words ``run`` holds a word of ``names`` and no word of another person's name
    (``I thanked Akira`` names Akira; ``the speech of Datuk Ann Salleh`` not ``Tom Salleh``): titles and
    ordinary words (``Then``) aside."""
    return not names.isdisjoint(run) and all(w in names or w in titles or is_ordinary_word(w) for w in run)


def _docstring(rule: Rule) -> str:
    return " ".join((rule.function.__doc__ or "").split())


@frozen
class Rule:
    """A named attribution rule: ``function`` returns the credit of a quote or ``None``.

    ``doc`` says what the rule matches (the function's docstring by default);
    ``before`` or ``after`` name the rule a plugin's rule is placed next to.
    """

    name: str
    function: Callable[[Attempt], Found | None]
    doc: str = field(default=Factory(_docstring, takes_self=True))
    before: str | None = None
    after: str | None = None


#: The built-in rules, in the order they are tried.
RULES: tuple[Rule, ...] = (
    Rule("after_quote", sentence_rules.after_quote),
    Rule("before_quote", sentence_rules.before_quote),
    Rule("closing_clause", sentence_rules.closing_clause),
    Rule("dialogue_tag", sentence_rules.dialogue_tag),
    Rule("headline", sentence_rules.headline),
    Rule("sentence_subject", sentence_rules.sentence_subject),
    Rule("clause_subject", sentence_rules.clause_subject),
    Rule("participle_lead", sentence_rules.participle_lead),
    Rule(discourse_rules.NAMED_AFTER, discourse_rules.named_after),
    Rule("lead_in", discourse_rules.lead_in),
    Rule("prior_sentence", discourse_rules.prior_sentence),
    Rule("colon_clause", discourse_rules.colon_clause),
    Rule("asked_answer", discourse_rules.asked_answer),
    Rule("added_lead", discourse_rules.added_lead),
    Rule(discourse_rules.CONTINUATION, discourse_rules.continuation),
)


def rule_table(added: Mapping[str, Rule] | Iterable[Rule] = ()) -> tuple[Rule, ...]:
    """:data:`RULES` with the rules of plugins placed ``before`` or ``after`` the rule they name.

    Raises :class:`ValueError` for a name already taken or a position naming no rule.
    """
    table = list(RULES)
    for rule in added.values() if isinstance(added, Mapping) else added:
        names = [r.name for r in table]
        if rule.name in names:
            raise ValueError(f"attribution rule {rule.name!r} already exists")
        anchor = rule.before or rule.after
        if anchor is not None and anchor not in names:
            raise ValueError(f"attribution rule {rule.name!r} is placed next to {anchor!r}, which is no rule")
        at = len(table) if anchor is None else names.index(anchor) + (rule.before is None)
        table.insert(at, rule)
    return tuple(table)


def attribute(rules: Iterable[Rule], attempt: Attempt) -> tuple[str, Found] | None:
    """The first rule of ``rules`` that credits the quote of ``attempt`` with a speaker, and its credit;
    none for words no one speaks (``a note reading “…”``, ``two counts of “…”``: :mod:`.inscriptions`)."""
    if no_ones_words(attempt.attributor.words, attempt.view.tokens, attempt.open_token, attempt.sentence.start):
        return None
    for rule in rules:
        found = rule.function(attempt)
        if found is not None and found.speaker is not None:
            return rule.name, found
        if attempt.settled:
            return None
    return None
