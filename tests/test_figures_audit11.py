"""Figures audit 11 (blind round p566-p571): a clause that leaves out the verb of the clause before it repeats its
change (``…, and the surcharge from £1,035 to £1,200`` is two figures, like the pair before it); Macau's pataca by
its sign, code and name; a number after ``no.`` or ``number`` in brackets is a registration number.  Sentences of
our own, positive and negative."""

import pytest

from newsparse import parse

from .test_figures import figures


def _texts(sentence):
    return [(f["text"], f["value"], f["high"]) for f in figures(sentence)]


# -- a gapped clause repeats the change of the clause before it -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The fee will rise from £250 to £350 per person, and the health surcharge from £1,035 to £1,200 a year.",
            [("£250", 250, None), ("£350", 350, None), ("£1,035", 1035, None), ("£1,200", 1200, None)],
        ),
        (
            "Tuition will climb from $9,000 to $9,500, and housing fees from $4,000 to $4,400.",
            [("$9,000", 9000, None), ("$9,500", 9500, None), ("$4,000", 4000, None), ("$4,400", 4400, None)],
        ),
        (
            "The cap rises from 40 to 45 hours, while the limit for minors from 20 to 24 hours.",
            [("40", 40, None), ("45 hours", 45, None), ("20", 20, None), ("24 hours", 24, None)],
        ),
    ],
)
def test_a_clause_without_its_own_verb_repeats_the_change_before_it(sentence, expected):
    assert _texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices rose sharply last year, and salaries ranged from $10 to $20 an hour.", [("$10 to $20", 10, 20)]),
        ("Fees were set in May, and the passes cost from $10 to $20.", [("$10 to $20", 10, 20)]),
    ],
)
def test_a_range_after_a_clause_with_no_change_from_stays_a_range(sentence, expected):
    assert _texts(sentence) == expected


# -- Macau's pataca ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("She lost MOP$480,000 to the scammers.", "MOP$480,000", 480_000),
        ("The casino paid 1.2 billion patacas in tax.", "1.2 billion patacas", 1.2e9),
        ("The fine was MOP 12 million.", "MOP 12 million", 12e6),
    ],
)
def test_the_pataca_by_its_sign_code_and_name(sentence, text, value):
    assert [(f["text"], f["value"], f["currency"]) for f in figures(sentence)] == [(text, value, "MOP")]


# -- a registration number in brackets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Trust is a registered charity in England and Wales (no. 1098876).",
        "It is a registered charity (number 1098876).",
        "The company (No. 4455123) was struck off.",
    ],
)
def test_a_number_after_no_in_brackets_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_qualified_count_in_brackets_is_still_a_figure():
    assert _texts("Prices rose (about 40) and fell (over 300).") == [("40", 40, None), ("300", 300, None)]


# -- round p572-p577: a number to call in groups, a name marker after an opening quotation mark -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with information is asked to call Crime Stoppers on 1800 333 000.",
        "Call Lifeline on 13 11 14 any time.",
        "Ring the helpline on 0800 123 456 for advice.",
    ],
)
def test_a_number_to_call_printed_in_groups_is_no_figure(sentence):
    assert figures(sentence) == []


def test_numbers_in_groups_of_thousands_are_still_counted():
    assert _texts("The council counted 1 200 000 visitors and 333 000 cars.") == [
        ("1 200 000", 1_200_000, None),
        ("333 000", 333_000, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["“Section 189 is supposed to be a consultation,” he said.", "‘Article 5 applies here,’ she said."],
)
def test_a_name_marker_opening_a_quote_keeps_its_number_a_name(sentence):
    assert figures(sentence) == []


def test_a_qualifier_opening_a_quote_still_counts():
    assert _texts("“About 40 people came,” he said.") == [("40", 40, None)]


# -- round p578-p583: a home dollar marked only against another is still the bare $'s ------------------------------


_GP_PAGE = (
    "Pulse Harbour\n\nBudget: GP visits to get $6.2 billion\n\n"
    "The Treasurer has promised $6.2 billion to lift bulk-billing across Australia, and each visit will earn GPs $14 more.\n\n"
    "Clinics in Brisbane, Adelaide and Hobart say the extra $14 will not cover costs. Australian doctors want $30.\n\n"
    "Australia is also competing with New Zealand for nurses. New Zealand's health agency offers grants of up to "
    "NZ$10,000, while Western Australia lifted its own package to A$15,000.\n"
)


def _currencies(page):
    return {f.text: f.currency for article in parse(page) for f in article.figures if f.kind == "money"}


def test_a_home_dollar_marked_only_against_another_leaves_the_bare_dollar_its_own():
    money = _currencies(_GP_PAGE)
    assert money["$6.2 billion"] == "AUD" and money["$30"] == "AUD"
    assert money["NZ$10,000"] == "NZD" and money["A$15,000"] == "AUD"


def test_a_home_dollar_marked_on_its_own_still_sets_the_bare_dollar_apart():
    money = _currencies(_GP_PAGE.replace("Australian doctors want $30.", "Australian doctors want A$30."))
    assert money["A$30"] == "AUD" and money["$6.2 billion"] == "USD"
