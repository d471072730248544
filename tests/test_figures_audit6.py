"""Figures audit 6 (real news: health waits, budgets, farming, Kenyan tea): a duration of a wait, or one that says
when after ``much of``/``most of``, lends no unit to a later count; ``Kes`` before an amount is the Kenyan
shilling.  Sentences of our own, positive and negative."""

import pytest

from .test_figures_audit5 import figures


def units(text):
    return {f[0]: f[5] for f in figures(text)}


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("Some 6,200 patients were waiting more than two years for surgery, up from 5,900 in June.", "5,900"),
        ("The clinic said 410 people had waited over 18 weeks, against 380 a year earlier.", "380"),
        ("Ambulance crews were told to wait longer than three hours, and nearly 900 did so.", "900"),
        ("The total stuck waiting at least 12 hours stood at 21,400 in March.", "21,400"),
    ],
)
def test_a_wait_lends_no_unit_to_a_later_count(sentence, count):
    assert units(sentence)[count] is None


@pytest.mark.parametrize(
    "sentence, count, unit",
    [
        ("The wait rose to 20 weeks, up from 18.", "18", "weeks"),
        ("She was jailed for six years and her partner for four.", "four", "years"),
        ("The strike lasted 12 days, the previous one 9.", "9", "days"),
    ],
)
def test_a_duration_that_is_the_figure_still_lends_its_unit(sentence, count, unit):
    assert units(sentence)[count] == unit


def test_a_duration_after_much_of_the_last_says_when():
    found = units("Enrolment has climbed for much of the past 15 years, passing two million in 2019.")
    assert found["15 years"] == "years"
    assert found["two million"] is None
    assert units("Prices fell for most of the last six months, to 4,300 in May.")["4,300"] is None


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The board approved Kes 2.4 billion for new roads.", "Kes 2.4 billion", 2_400_000_000),
        ("Growers were paid Kes45.50 a kilo this season.", "Kes45.50", 45.5),
    ],
)
def test_kes_before_an_amount_is_the_kenyan_shilling(sentence, text, value):
    (figure,) = [f for f in figures(sentence) if f[3] == "money"]
    assert (figure[0], figure[4]) == (text, "KES")
    assert figure[1] == pytest.approx(value)


def test_kes_as_a_word_is_no_currency():
    assert all(f[3] != "money" for f in figures("The film Kes was shown 3 times at the festival."))
