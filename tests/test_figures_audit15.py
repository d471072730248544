"""Figures audit 15 (blind round r78: school meals, cyber attacks, commodity prices, bridge repairs, sporting events,
house building): an amount joined by a hyphen to its currency's letters printed again before a second amount is a
range of money (``Rs 2,350-Rs 2,600``), where an amount glued to a word by a hyphen is still part of a longer token.
Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high", "currency"),
    [
        ("Wholesale sugar sold at Rs 2,350-Rs 2,600 a quintal last month.", "Rs 2,350-Rs 2,600", 2350, 2600, "INR"),
        ("A day's work paid Sh 200-Sh 300 on the farms.", "Sh 200-Sh 300", 200, 300, "KES"),
        ("Rooms cost Rs 900-Rs 1,200 a night in the old town.", "Rs 900-Rs 1,200", 900, 1200, "INR"),
    ],
)
def test_an_amount_joined_to_its_currency_printed_again_is_a_range(sentence, text, value, high, currency):
    [found] = [f for f in figures(sentence) if f["kind"] == "money"]
    assert (found["text"], found["value"], found["high"], found["currency"]) == (text, value, high, currency)


@pytest.mark.parametrize(
    "sentence",
    ["The Rs 500-note ban hit traders hard.", "He signed a $5-Rand swap in the morning."],
)
def test_an_amount_glued_to_a_word_that_starts_no_second_amount_stays_no_range(sentence):
    assert all(f["high"] is None for f in figures(sentence))


# -- round r80: an editor's word in square brackets, and ``ltr`` ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind"),
    [
        ("“The scheme will cost £385 [million] a year,” he said.", "£385 [million]", 385_000_000, "money"),
        ("“If you get above 60 [percent] you’re invited in,” she said.", "60 [percent]", 60, "percent"),
        ("“Sales rose 3 [per cent] in May,” the manager said.", "3 [per cent]", 3, "percent"),
    ],
)
def test_a_scale_or_percent_word_an_editor_bracketed_after_a_number_is_read(sentence, text, value, kind):
    [found] = figures(sentence)
    assert (found["text"], found["value"], found["kind"]) == (text, value, kind)


@pytest.mark.parametrize("sentence", ["“We sold 5 [of them] in May,” he said.", "“We had 20 [ships] waiting,” he said."])
def test_other_bracketed_words_are_not_read_into_the_figure(sentence):
    [found] = figures(sentence)
    assert "[" not in found["text"] and found["kind"] == "quantity"


@pytest.mark.parametrize(("sentence", "text"), [("A 1.75ltr bottle shrank.", "1.75ltr"), ("Buy 2 ltrs of milk.", "2 ltrs")])
def test_ltr_is_litres(sentence, text):
    [found] = figures(sentence)
    assert found["text"] == text and found["unit_canonical"] == "liters"
