"""Figures audit 14 (blind round r74: air travel, home sales, fraud trials, exam results, oil, floods): a number
printed like a year before the data published for it is that year (``updated 2016 numbers``), and a capitalized
``Year`` labels a school year, even opening a sentence, with every label of a list after it (``Year 3, 5 and 7
students``), and a score against ``nil`` is none (``two-nil down``).  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


def _texts(sentence):
    return [f["text"] for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency will publish revised 2016 figures next month.",
        "Analysts compared updated 2019 numbers with the bank's forecast.",
        "The board will release its final 2021 statistics in May.",
        "Economists cut their 2024 estimates after the strike.",
    ],
)
def test_a_year_before_the_data_published_for_it_is_no_figure(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Police deployed 1500 officers to the square.", "1500"),
        ("The fund bought 1200 homes last year.", "1200"),
    ],
)
def test_a_count_printed_like_a_year_before_other_plurals_stays(sentence, text):
    assert _texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Year 3 students are reading better than before.",
        "Years 7 to 9 pupils sat the new test this spring.",
        "Scores rose in Year 7 grammar and punctuation.",
        "Year 3, 5 and 7 students took part in the test.",
        "Pupils in Year 3, Year 5 and Year 7 were tested.",
    ],
)
def test_a_capitalized_year_labels_a_school_year(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Last year 300 people died on the county's roads.", "300"),
        ("Every year 40 students win a place at the academy.", "40"),
        ("Gate 4 and 200 staff were closed off on Monday.", "200"),
    ],
)
def test_a_lower_case_year_and_a_singular_label_still_leave_counts(sentence, text):
    assert _texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence",
    ["They lost heart after going two-nil down at half time.", "Leeds won 3-nil at home on Saturday."],
)
def test_a_score_against_nil_is_no_figure(sentence):
    assert _texts(sentence) == []


def test_a_count_before_a_hyphenated_noun_stays():
    assert _texts("Rovers fielded a 12-man squad.") == ["12-man"]
