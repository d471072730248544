"""Attribution rules that read the text before the quote's sentence (see :mod:`.attribution` for their order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .attribution import Attempt
    from .resolution import Found

__all__ = ["CONTINUATION", "colon_clause", "continuation", "lead_in", "prior_sentence"]

#: The name of the rule that carries the last speaker on: it introduces nobody new.
CONTINUATION = "continuation"


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
