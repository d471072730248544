"""Attribution rules that read the text before the quote's sentence (see :mod:`.attribution` for their order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .words import Cue

if TYPE_CHECKING:
    from .attribution import Attempt
    from .resolution import Found

__all__ = ["CONTINUATION", "colon_clause", "continuation", "lead_in", "named_after", "prior_sentence"]

#: The name of the rule that carries the last speaker on: it introduces nobody new.
CONTINUATION = "continuation"
#: ``That was how``, ``This is what``: a sentence opening so points back at the quote before it.
_POINTING = frozenset(["that", "this"])
_COPULAS = frozenset(["was", "is"])
#: The most tokens of an apposition between the name and its verb (``, a volunteer for the campaign,``).
_APPOSITION_TOKENS = 12


def lead_in(attempt: Attempt) -> Found | None:
    """A quote opening its passage, introduced by the last sentence of the passage before:
    ``The minister told reporters:`` or a reported statement, ``Ruiz said the vote had been close.``,
    also one sentence earlier when the last names nobody (``…, the sheriff said. A receipt showed
    the price.``)."""
    if attempt.open_token != 0 or attempt.lead_in is None:
        return None
    found = attempt.attributor.credit_lead_in(*attempt.lead_in)
    view, last, quoted = attempt.lead_in
    if found is None and not quoted and attempt.earlier is not None:
        found = attempt.attributor.credit_earlier(view, attempt.earlier, last)
    return found


def prior_sentence(attempt: Attempt) -> Found | None:
    """A quote opening its sentence after a sentence without quotes that reports a statement
    (``A spokesman said the firm would appeal. “…”``) or a person's short gesture (``Lee shrugged. “…”``)."""
    if attempt.nested or attempt.cued or attempt.prior is None or not attempt.opens_sentence:
        return None  # a cue of its own sentence named someone the gate refused: no one before is meant
    return attempt.attributor.credit_prior(*attempt.prior)


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
    return None if attempt.nested else attempt.carried()


def named_after(attempt: Attempt) -> Found | None:
    """A quote ending its sentence with no cue, whose speaker the next sentence names by pointing back:
    ``“…” That was how Ann Lee, a volunteer, described the campaign.``, ``“…” That is what the
    mayor told the council.`` (a person who is the subject of the verb after ``how`` or ``what``)."""
    if attempt.nested or attempt.cued or attempt.close_token is None:
        return None
    view, stop = attempt.view, attempt.sentence.stop
    tokens = view.tokens
    if any(t.is_word for t in tokens[attempt.close_token + 1 : stop]) or stop + 3 >= len(tokens):
        return None
    pointing = tokens[stop].lower in _POINTING and tokens[stop + 1].lower in _COPULAS
    if not pointing or tokens[stop + 2].lower not in ("how", "what"):
        return None
    attributor = attempt.attributor
    following = range(stop, len(tokens))
    mention = attributor.phrase_after(tokens, stop + 3, len(tokens))
    if mention is None:
        return None
    k = mention.hi
    if k < len(tokens) and tokens[k].text == ",":  # past an apposition: "Ann Lee, a volunteer, described"
        k = next((j + 1 for j in range(k + 1, min(len(tokens), k + _APPOSITION_TOKENS)) if tokens[j].text == ","), k)
    if k >= len(tokens) or not attributor.people.is_verb(tokens[k].lower):
        return None
    found = attributor.credited(view, Cue(k, k + 1, mention), following)
    return found if found is not None and found.entity is not None and found.entity.person else None
