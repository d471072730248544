"""Figures audit 5 (real news, many countries): decimal commas before a percent sign or a scale word, the
Philippine ``Php``, names of scales (``magnitude``), qualifiers after a figure, numbers in thousands a dash joins
(no score), coins to an amount in the main unit (a range), and units that a duration saying when, or a scale,
does not lend to a later count.  Sentences of our own, positive and negative."""

import pytest

from newsparse import parse


def figures(text):
    return [
        (f.text, f.value, f.high, f.kind, f.currency, f.unit, f.approx)
        for article in parse("Title\n\n" + text)
        for f in article.figures
    ]


def one(text):
    (figure,) = figures(text)
    return figure


@pytest.mark.parametrize(
    "sentence, text, value, kind",
    [
        ("Growth in South Africa slowed to 1,3% last year.", "1,3%", 1.3, "percent"),
        ("The deficit reached 3,1 per cent of output.", "3,1 per cent", 3.1, "percent"),
        ("Inflation in Brazil eased to 4,25 percent in May.", "4,25 percent", 4.25, "percent"),
        ("The euro zone set aside 2,5 billion euros for it.", "2,5 billion euros", 2_500_000_000, "money"),
        ("The festival drew 1,2 million visitors.", "1,2 million", 1_200_000, "quantity"),
    ],
)
def test_decimal_comma_before_a_percent_sign_or_a_scale_word(sentence, text, value, kind):
    figure = one(sentence)
    assert (figure[0], figure[3]) == (text, kind)
    assert figure[1] == pytest.approx(value)


def test_decimal_comma_in_rand_with_a_scale_word():
    found = figures("South Africa's minister tabled R1,56-trillion and those earning R1,5-million pay 45%.")
    assert [(f[0], f[1], f[4]) for f in found] == [
        ("R1,56-trillion", 1_560_000_000_000, "ZAR"), ("R1,5-million", 1_500_000, "ZAR"), ("45%", 45, None)]


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Scores of 3,5 and 7 were posted.", [3, 7]),  # a comma between numbers, no percent or scale after
        ("In South Africa the prices were R57,50 and R3,20.", []),  # money with no scale word stays unread
        ("Rates of 3,5 and 7 per cent were set.", [3, 7]),  # the percent sign is the list's, not after the comma
    ],
)
def test_a_comma_with_nothing_after_it_still_parts_numbers(sentence, values):
    assert [f[1] for f in figures(sentence)] == values


@pytest.mark.parametrize(
    "sentence, text, value, approx",
    [
        ("Canberra pledged Php 25 million in aid.", "Php 25 million", 25_000_000, None),
        ("Road works will cost over Php 425 million this year.", "Php 425 million", 425_000_000, "over"),
        ("The bill came to PhP500 a head.", "PhP500", 500, None),
    ],
)
def test_php_names_the_philippine_peso(sentence, text, value, approx):
    assert one(sentence)[:1] + one(sentence)[1:2] + one(sentence)[4:5] + one(sentence)[6:] == (text, value, "PHP", approx)


def test_php_as_a_word_is_no_money():
    assert figures("She learned Php in 2 weeks.") == [("2 weeks", 2, None, "quantity", None, "weeks", None)]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The initial quake was magnitude-6.6, the center said.", "6.6", 6.6),
        ("Saturday's magnitude-7.8 quake flattened villages.", "7.8", 7.8),
        ("A magnitude 5.1 tremor rattled the coast.", "5.1", 5.1),
        ("The 7.0 magnitude quake hit a national park.", "7.0", 7.0),
        ("It had a magnitude of 5.9, the survey said.", "5.9", 5.9),
        ("A 6.6-magnitude aftershock followed.", "6.6-magnitude", 6.6),
    ],
)
def test_a_number_next_to_magnitude_measures_magnitude(sentence, text, value):
    assert one(sentence)[0:2] + one(sentence)[5:6] == (text, value, "magnitude")


def test_a_scale_lends_no_unit_to_a_later_count():
    found = figures("The magnitude-7.8 quake killed 35 and hurt 120 people.")
    assert [(f[0], f[5]) for f in found] == [("7.8", "magnitude"), ("35", None), ("120", "people")]
    found = figures("The magnitude 6.2 quake struck at dawn. Officials counted 40.")
    assert [(f[0], f[5]) for f in found] == [("6.2", "magnitude"), ("40", None)]


def test_models_with_hyphens_stay_names():
    assert figures("The MiG-31 and the Su-35 flew past.") == []


@pytest.mark.parametrize(
    "sentence, text, approx",
    [
        ("It recorded 15 aftershocks of magnitude 4.5 or greater.", "4.5", "or greater"),
        ("Bonds yielding 6% or higher are rare.", "6%", "or higher"),
        ("Pupils scoring 70 or above pass.", "70", "or above"),
    ],
)
def test_qualifiers_after_a_figure(sentence, text, approx):
    figure = next(f for f in figures(sentence) if f[0] == text)
    assert figure[6] == approx


@pytest.mark.parametrize(
    "sentence, units",
    [
        # a duration that says when lends no unit
        ("Another 60,512 people had a first shot in the last 24 hours, 18,078 a second and 105,304 a booster.",
         ["people", "hours", None, None]),
        ("In the past 80 years they never won a majority of more than 60.", ["years", None]),
        ("Net income for the three months to March jumped, with sales of 18.65m.", ["months", None]),
        ("Within 48 hours, 300 were evacuated.", ["hours", None]),
        ("During the first two weeks, 12 were admitted.", ["weeks", None]),
        # but one after the same preposition does, and so does a duration that is no time adverbial
        ("One man was jailed for 12 years, the other for 10.", ["years", "years"]),
        ("The first hearing lasted 3 hours and the second 5.", ["hours", "hours"]),
        ("He served 5,000 soldiers and another 5,500.", ["soldiers", "soldiers"]),
    ],
)
def test_a_duration_that_says_when_lends_no_unit(sentence, units):
    assert [f[5] for f in figures(sentence)] == units


def test_time_adverbial_pattern_is_linear_on_hostile_input():
    text = "in " + "the " * 30_000 + "24 hours, 5 more"
    assert [f[0] for f in figures(text)][-1] == "5"


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The caseload stands at 3,026,695 – 2,770,939 of whom have recovered.", [3_026_695, 2_770_939]),
        ("Turnout was 12,480 - 9,115 of them women.", [12_480, 9_115]),
        ("The motion carried 1,500-1,200.", [1_500, 1_200]),
    ],
)
def test_numbers_in_thousands_a_dash_joins_are_no_score(sentence, values):
    assert [f[1] for f in figures(sentence)] == values


@pytest.mark.parametrize("sentence", ["Chelsea won 3-1 at home.", "The half ended 30 – 20.", "England made 350-8."])
def test_small_numbers_a_dash_joins_stay_a_score(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence, text, value, high",
    [
        ("It expects earnings of 86 cents to $1.12 a share.", "86 cents to $1.12", 0.86, 1.12),
        ("Tickets cost 80 cents to $1 each.", "80 cents to $1", 0.8, 1.0),
        ("Shares were priced at 45p to £1.20.", "45p to £1.20", 0.45, 1.2),
    ],
)
def test_coins_to_an_amount_in_the_main_unit_are_a_range(sentence, text, value, high):
    assert one(sentence)[:3] == (text, value, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares rose 15 cents to $1.02.",  # a verb of change: a change and the level
        "The stock was down 90 cents to $1.10.",
        "Fares went from 80 cents to $1.",  # from ... to: a change
        "It cut fares by 20 cents to $1.10.",
        "Shares climbed 9 cents to $1.05 in Sydney.",
    ],
)
def test_coins_to_an_amount_after_a_change_stay_two_figures(sentence):
    assert [f[2] for f in figures(sentence)] == [None, None]


def test_a_number_above_the_top_of_the_scale_is_no_reading_on_it():
    assert one("The magnitude of 500 job losses shocked the town.")[5] == "losses"
