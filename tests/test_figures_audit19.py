"""Figures audit 19 (blind round r93: wildfire insurance, teachers' strikes, rate decisions, port congestion, data
breaches, housing): ``m`` against a number is metres before a preposition of place that no number follows; an en dash
typed for a minus makes a number negative; ``US`` glued before cents marks US cents; ``one`` right after a negation
is no amount; digits after a noun of grades, and the end of a range opening so, label grades.  Sentences of our own,
positive and negative."""

import pytest

from .test_figures import figures, one


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The cottage stood about 200m from the lagoon.", 200.0),
        ("The boat sank 500m off the coast.", 500.0),
        ("The wreck lies 40m below the surface.", 40.0),
        ("Divers found it 30m behind the pier.", 30.0),
    ],
)
def test_m_before_a_preposition_of_place_is_metres(sentence, value):
    found = one(sentence)
    assert (found["value"], found["unit"]) == (value, "m")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Subscribers rose to 200m from 180m last year.", 200e6),  # a change: a number after "from"
        ("Sales rose to 200m from £180m.", 200e6),
        ("The firm raised 5m from investors.", 5e6),  # a word of money before it
        ("The club paid 5m to buy him from Leeds.", 5e6),
        ("The firm has 200m users from Asia.", 200e6),  # a plural noun: a count
    ],
)
def test_m_stays_million_where_a_number_money_or_a_noun_tells_so(sentence, value):
    assert figures(sentence)[0]["value"] == value


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Overnight lows hit –18 C in Fredericton.", "–18 C"),
        ("Lows of (–5C) were forecast.", "–5C"),
    ],
)
def test_an_en_dash_typed_for_a_minus_makes_the_number_negative(sentence, text):
    found = one(sentence)
    assert (found["text"], found["value"]) == (text, -float(text.strip("–CF ")))


@pytest.mark.parametrize(
    "sentence",
    [
        "The season ran 2023–24 with 40 games.",  # a span of years
        "Scores of 3–8 were seen.",  # a range: no space before the dash
    ],
)
def test_a_dash_between_numbers_is_no_minus(sentence):
    assert all(f["value"] >= 0 for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Australian dollar bought US65.1 cents on Monday.", "US65.1 cents", 0.651),
        ("The kiwi fell to US57.3c overnight.", "US57.3c", 0.573),
        ("It cost A$1.20, or US78 cents.", "US78 cents", 0.78),
    ],
)
def test_us_glued_before_cents_marks_us_cents(sentence, text, value):
    found = [f for f in figures(sentence) if f["text"] == text]
    assert [(f["value"], f["kind"], f["currency"]) for f in found] == [(value, "money", "USD")]


@pytest.mark.parametrize("sentence", ["The plane, a US65 model, flew.", "Stock in BUS65 cents fell."])
def test_us_glued_before_digits_without_cents_or_inside_a_word_is_no_money(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", ["Not one rupee has reached our members.", "They paid not one cent.", "He left without one penny."])
def test_one_right_after_a_negation_is_no_amount(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [("It costs one dollar.", 1.0), ("Not all of them paid one dollar.", 1.0)])
def test_one_after_no_negation_right_before_it_stays_an_amount(sentence, value):
    assert one(sentence)["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Classes for grades 4 through 8 were cancelled.",
        "Pupils in grades 4 to 8 stayed home.",
        "Students in Class 9 to 12 sat the exam.",
        "She had a grade 3 tumour removed.",
    ],
)
def test_digits_after_a_noun_of_grades_label_grades(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("In the past 12 years 40 schools closed.", 2),  # "years" is no noun of grades
        ("Grades rose 4 to 8 points.", 1),  # a verb between the noun and the number
        ("The class of 30 pupils met.", 1),
    ],
)
def test_numbers_after_other_nouns_stay_figures(sentence, count):
    assert len(figures(sentence)) == count
