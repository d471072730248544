"""The figures' three ordered tables of named steps: the docs name each step, and each step does what they say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsparse_figures.steps import CURRENCY, FORMS, NOT_A_FIGURE, TABLES, UNIT, Step, functions
from tests.test_figures import figures, one

DOCS = Path(__file__).resolve().parents[1] / "docs" / "figures.rst"
#: The section of each table in the docs, by its table's key.
SECTIONS = {"not a figure": "Is this a figure", "currency": "Currency", "unit": "Unit"}
STAGES = {"before", "match", "after", "number", "range", "figure", "passage"}


def documented_steps(title: str) -> list[str]:
    """The step names listed (``#. ``name`` …``) under the subsection ``title`` of the tables' section."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("The three tables of steps\n", 1)[1]
    body = section.split(f"\n{title}\n", 1)[1]
    body = re.split(r"\n[^\n]+\n[~-]{3,}\n", body, maxsplit=1)[0]  # up to the next heading
    return re.findall(r"^#\. ``([a-z_]+)``", body, flags=re.M)


@pytest.mark.parametrize("key", sorted(TABLES))
def test_the_docs_name_every_step_of_each_table_in_order(key):
    assert documented_steps(SECTIONS[key]) == [step.name for step in TABLES[key]]


@pytest.mark.parametrize("step", [step for table in TABLES.values() for step in table], ids=lambda s: s.name)
def test_every_step_is_documented_in_code_and_runs_at_a_known_stage(step: Step):
    assert step.doc.endswith(".") and len(step.doc) > 20
    assert step.stage in STAGES
    assert step.forms <= FORMS


def test_step_names_are_unique_within_a_table():
    for table in TABLES.values():
        names = [step.name for step in table]
        assert len(names) == len(set(names))


def test_a_stage_keeps_table_order_and_the_forms_a_step_names():
    digits = functions(NOT_A_FIGURE, "match", "digits")
    assert [f.__name__ for f in digits] == ["phone_number", "leading_zero", "glued_before", "name_or_model", "street_address", "route_number", "model_series", "grade_label"]
    assert functions(NOT_A_FIGURE, "match", "vague") == tuple(
        step.function for step in NOT_A_FIGURE if step.name in ("capitalised_words", "vague_without_of")
    )
    assert [f.__name__ for f in functions(CURRENCY, "after")] == ["printed_after", "coin", "hyphenated_currency"]
    assert len(functions(UNIT, "figure")) == 9


# -- is this a figure: each step drops a number of its kind, and its limits keep others --------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "You can call (415) 555-0187 today.",  # phone_number
        "Shares of Kee Lung (0221) were halted.",  # leading_zero
        "The B52 bomber flew over room #12.",  # glued_before
        "The Falcon 9 rocket left Gate 4.",  # name_or_model
        "She lives at 12 Orchard Lane now.",  # street_address
        "It reached the Final Four again.",  # capitalised_words
        "Things were at sixes and sevens.",  # idiom
        "That is one reason to stay.",  # count_of_one
        "He missed the first half a season.",  # part_of_a_whole
        "The scores were level at the break.",  # vague_without_of
        "It was the 3rd time at 7:45.",  # glued_after
        "They shared half a loaf.",  # half_without_unit
        "He has worked there since 1998.",  # date_or_time
        "Three in ten renters moved.",  # ratio_or_fraction
        "The three argued for hours.",  # pronoun
        "Opinion | 6 min read",  # reading_time
    ],
)
def test_each_not_a_figure_step_drops_its_number(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Engine 2.4 litres was fitted.", "2.4 litres"),  # name_or_model: a unit keeps it
        ("About 40 people came.", "40"),  # name_or_model: a number leader
        ("Four teams qualified.", "Four"),  # capitalised_words: the start of a sentence
        ("The walk is one mile long.", "one mile"),  # count_of_one: a unit
        ("They shipped 1200 crates.", "1200"),  # date_or_time: a year-like count
        ("The three brothers argued.", "three"),  # pronoun: a noun follows
        ("It took half an hour.", "half an hour"),  # half_without_unit: a unit
        ("He read for 30 minutes.", "30 minutes"),  # reading_time: read before the minutes, a verb
    ],
)
def test_the_limits_of_the_not_a_figure_steps_keep_figures(sentence, text):
    assert one(sentence)["text"] == text


def test_rate_after_amount_keeps_the_amount_only():
    assert [f["text"] for f in figures("They paid $40 an hour.")] == ["$40"]


# -- currency ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The fee rose to NZ$30 this year.", "NZD"),  # sign
        ("Tickets cost CHF 200 each.", "CHF"),  # letters_before
        ("The mill owes `12 crore in dues.", "INR"),  # backtick_rupee
        ("The bill came to 3bn SEK in total.", "SEK"),  # printed_after
        ("It was 75 Swiss francs.", "CHF"),  # printed_after, with a country adjective
        ("She kept a five-euro note.", "EUR"),  # hyphenated_currency
        ("The lunch was €2, and coffee 30 cents more.", "EUR"),  # money_before_coin (second figure)
    ],
)
def test_each_currency_step_decides_its_currency(sentence, currency):
    assert figures(sentence)[-1]["currency"] == currency


def test_coin_is_money_in_the_main_unit():
    found = one("Shares rose by 65 cents.")
    assert (found["kind"], found["value"]) == ("money", 0.65)


def test_article_context_names_the_dollar():
    assert figures("The A$ slid on Monday. A coffee now costs $8.")[-1]["currency"] == "AUD"


def test_a_shared_name_with_nothing_to_decide_has_no_currency():
    found = one("The fine was 500 pesos.")
    assert (found["kind"], found["currency"]) == ("money", None)


def test_a_hyphenated_pound_of_weight_is_no_money():
    found = one("He carried a ten-pound sack.")
    assert (found["kind"], found["unit"]) == ("quantity", "pounds")


# -- unit --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The trail runs 12 km uphill.", "km"),  # measure
        ("The pump moves 30 litres per day.", "litres per day"),  # measure with a rate
        ("They built a 12-storey tower.", "storeys"),  # hyphenated_noun
        ("Repairs take 4 to 6 weeks.", "weeks"),  # second_end
        ("Mara Lind, 34, said so.", "years"),  # age_after_name
        ("At 29, he left home.", "years"),  # age_after_at
        ("Drivers aged 70 using the road were checked.", "years"),  # age_after_age_word
        ("The jab is offered to adults 75 or older.", "years"),  # age_or_older
        ("They bought 40 new electric buses.", "buses"),  # counted_noun
        ("Then she turned 60.", "years"),  # age_verb
        ("The retirement age rises to 67.", "years"),  # age_in_sentence
    ],
)
def test_each_unit_step_decides_its_unit(sentence, unit):
    assert one(sentence)["unit"] == unit


def test_previous_figure_lends_its_unit_but_not_to_a_part_of_a_group():
    assert [f["unit"] for f in figures("We hired 120 nurses last year and another 80 this year.")] == ["nurses"] * 2
    assert [f["unit"] for f in figures("We saw 120 nurses and six of them.")] == ["nurses", None]


def test_at_that_opens_no_clause_is_no_age():
    assert figures("The index closed at 46, up two points.")[0]["unit"] is None
