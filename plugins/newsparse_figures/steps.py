"""The three ordered tables of named steps the figure rules walk: is this a figure, its currency, its unit.

Each :class:`Step` is a name, a small function living in the module of its concern, and
the *stage* of reading at which the facts it needs exist (see ``docs/figures.rst``).
Within a stage the steps are walked in table order and the first decisive one wins:

* :data:`NOT_A_FIGURE` -- each step is a test; the first that says "not a figure" drops
  the number (steps name the forms of number they apply to: digits, words, ``a``/``an``,
  ``half``, vague amounts).
* :data:`CURRENCY` -- each step reads a currency printed before or after the amount, or a
  coin; the first that finds one decides.  The passage steps then settle what the print
  left open, in order (the article's context, then the money before a coin).
* :data:`UNIT` -- each step proposes a unit; the first that finds one decides.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from attrs import frozen

from . import dates, exclusions, money, qualifiers, ranges, suffixes, units

__all__ = ["CURRENCY", "NOT_A_FIGURE", "TABLES", "UNIT", "Step", "functions"]

F = TypeVar("F", bound=Callable[..., Any])

#: The forms of number a match of the number patterns takes (the name of its group).
FORMS = frozenset({"digits", "words", "one", "half", "one_and_half", "vague"})


@frozen
class Step(Generic[F]):
    """One named step of a table: ``function`` runs at ``stage`` on numbers of ``forms`` (all when empty)."""

    name: str
    function: F
    stage: str
    forms: frozenset[str] = frozenset()

    @property
    def doc(self) -> str:
        """The first line of the function's docstring: what the step decides."""
        return (inspect.getdoc(self.function) or "").splitlines()[0]


def functions(table: tuple[Step[F], ...], stage: str, form: str | None = None) -> tuple[F, ...]:
    """The functions of ``table``'s steps at ``stage`` (for numbers of ``form``), in table order."""
    return tuple(
        step.function
        for step in table
        if step.stage == stage and (form is None or not step.forms or form in step.forms)
    )


_DIGITS = frozenset({"digits"})

#: Is this a figure?  Walked once the number itself is read (stage ``match``: the steps that need no more than
#: the number and the text around it), again once what is printed after it is read (``number``), and once
#: its range is joined (``figure``); the first step that answers yes drops it.
NOT_A_FIGURE: tuple[Step[Any], ...] = (
    Step("phone_number", exclusions.phone_number, "match", _DIGITS),
    Step("leading_zero", exclusions.leading_zero, "match", _DIGITS),
    Step("glued_before", exclusions.glued_before, "match", _DIGITS),
    Step("name_or_model", exclusions.name_or_model, "match", _DIGITS),
    Step("street_address", exclusions.street_address, "match", _DIGITS),
    Step("route_number", exclusions.route_number, "match", _DIGITS),
    Step("model_series", exclusions.model_series, "match", _DIGITS),
    Step("grade_label", exclusions.grade_label, "match", _DIGITS),
    Step("capitalised_words", exclusions.capitalised_words, "match", frozenset({"words", "vague"})),
    Step("sequence_label", exclusions.sequence_label, "match", frozenset({"words"})),
    Step("hour_of_day", dates.hour_of_day, "match", frozenset({"words"})),
    Step("idiom", exclusions.idiom, "match", frozenset({"words"})),
    Step("count_of_one", exclusions.count_of_one, "match", frozenset({"words"})),
    Step("rate_after_amount", exclusions.rate_after_amount, "match", frozenset({"one"})),
    Step("unit_of_a_price", exclusions.unit_of_a_price, "match", frozenset({"one"})),
    Step("part_of_a_whole", exclusions.part_of_a_whole, "match", frozenset({"half"})),
    Step("vague_without_of", exclusions.vague_without_of, "match", frozenset({"vague"})),
    Step("glued_after", exclusions.glued_after, "number"),
    Step("video_resolution", exclusions.video_resolution, "number", _DIGITS),
    Step("name_initials", exclusions.name_initials, "number", _DIGITS),
    Step("model_standing_alone", exclusions.model_standing_alone, "number", _DIGITS),
    Step("half_without_unit", exclusions.half_without_unit, "number", frozenset({"half", "one_and_half"})),
    Step("currency_itself", exclusions.currency_itself, "number", frozenset({"one"})),
    Step("coin_denied", exclusions.coin_denied, "number", frozenset({"one"})),
    Step("date_or_time", dates.date_or_time, "number", _DIGITS),
    Step("ratio_or_fraction", exclusions.ratio_or_fraction, "number"),
    Step("pronoun", qualifiers.is_pronoun, "figure"),
    Step("reading_time", exclusions.reading_time, "figure"),
)

#: The currency: printed before the digits (stage ``before``), printed after the amount
#: (``after``; the first that finds one decides), then settled by the passage (``passage``, in order).
CURRENCY: tuple[Step[Any], ...] = (
    Step("sign", money.sign, "before"),
    Step("letters_before", money.letters_before, "before"),
    Step("backtick_rupee", money.backtick_rupee, "before"),
    Step("printed_after", money.printed_after, "after"),
    Step("coin", money.coin, "after"),
    Step("hyphenated_currency", money.hyphenated_currency, "after"),
    Step("article_context", money.MoneyRules.apply_context, "passage"),
    Step("exchange_rate", money.exchange_rate, "passage"),
    Step("compared_amount", money.compared_amount, "passage"),
    Step("us_conversion", money.us_conversion, "passage"),
    Step("money_before_coin", money.money_before_coin, "passage"),
)

#: The unit: printed after the number (stage ``after``), taken from the second end of a range (``range``),
#: read from the words around the figure (``figure``), or from the passage (``passage``).
UNIT: tuple[Step[Any], ...] = (
    Step("measure", suffixes.measure, "after"),
    Step("hyphenated_noun", suffixes.hyphenated_noun, "after"),
    Step("second_end", ranges.second_end_unit, "range"),
    Step("age_after_name", qualifiers.age_after_name, "figure"),
    Step("age_after_at", qualifiers.age_after_at, "figure"),
    Step("age_after_age_word", qualifiers.age_after_age_word, "figure"),
    Step("age_or_older", qualifiers.age_or_older, "figure"),
    Step("named_scale", qualifiers.named_scale, "figure"),
    Step("counted_noun", units.counted_noun, "figure"),
    Step("of_count_noun", units.of_count_noun, "figure"),
    Step("age_verb", qualifiers.age_verb, "figure"),
    Step("age_of_people", qualifiers.age_of_people, "figure"),
    Step("age_in_sentence", units.age_in_sentence, "passage"),
    Step("number_of", units.number_of_in_sentence, "passage"),
    Step("previous_figure", units.previous_figure_unit, "passage"),
)

#: Every table, by the question it answers (the docs list each step of each).
TABLES = {"not a figure": NOT_A_FIGURE, "currency": CURRENCY, "unit": UNIT}
