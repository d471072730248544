"""Figures on sentences written for these tests (blind round p632-p637):

* a number after ``the`` and before a singular noun of a route names the route, no amount (``the 38 bus``), unless
  a word after the noun shows the number counts something (``the 15 bus drivers``);
* groups of digits set off by spaces right after a verb of calling are a number to call (``by calling 1800 555
  012``), while a count after ``called`` stays one;
* number words after a closing quotation mark used to open a quote are read whole (``”Five hundred dollars …``).
"""

import pytest

from .test_figures import figures


def _texts(sentence):
    return [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She caught the 38 bus to Victoria.",
        "The 7 train was delayed by a signal fault.",
        "Cuts hit the late-evening 61 service to the hospital.",
        "He takes the 15 bus and the tram to work.",
        "The 4 ferry from the island leaves at dawn.",
    ],
)
def test_a_routes_number_is_no_figure(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The 15 bus drivers walked out on Monday.", "15"),
        ("The city ordered the 40 buses last year.", "40"),
        ("The 3 ferry crossings were cancelled.", "3"),
        ("It charged the 200 service users a fee.", "200"),
        ("It added 12 train services a day.", "12"),
    ],
)
def test_a_count_before_a_routes_noun_stays_a_figure(sentence, text):
    assert _texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members can check their claim by calling 1800 555 012.",
        "Call 0800 123 456 for help at any hour.",
        "Readers can phone 020 7946 0958 with tips.",
    ],
)
def test_spaced_groups_after_a_verb_of_calling_are_a_number_to_call(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The firm called 300 workers back to the plant.", "300"),
        ("The firm called 1 200 workers back to the plant.", "1 200"),
    ],
)
def test_a_count_after_called_stays_a_figure(sentence, text):
    assert _texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "”Five hundred dollars doesn’t cover my mortgage,” she said.",
        "“Five hundred dollars doesn’t cover my mortgage,” she said.",
        "’Five hundred dollars’ was all she got.",
    ],
)
def test_number_words_after_any_quotation_mark_are_read_whole(sentence):
    assert [(f["text"], f["value"]) for f in figures(sentence)] == [("Five hundred dollars", 500)]
