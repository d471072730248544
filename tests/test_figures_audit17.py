"""Figures audit 17 (blind round r84: drought, teacher shortages, flight cancellations, building permits, floods,
ransomware): verbs of making longer or shorter and of grading up or down make ``from … to …`` a change; a mark of an
era makes a number a year; the groups of a telephone number after a trunk's ``0`` are no figures; a title-case
dateline with a province's abbreviation names the article's dollar; and from r86, ``bucks`` alone is USD as ``dollars``
is, and ``vision zero`` is the name of a policy.  Sentences of our own, positive and negative."""

import pytest

from .test_figures import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The board lengthened the chair's term from four years to five years.",
        "The council shortened the consultation from 12 weeks to 8 weeks.",
        "Moody's upgraded its growth forecast from 1.5% to 2%.",
        "The buyer upped its offer from $40 to $45 a share.",
        "The agency downgraded the outlook from 3% to 2.5%.",
    ],
)
def test_a_verb_of_lengthening_or_grading_makes_from_to_a_change(sentence):
    found = figures(sentence)
    assert len(found) == 2 and all(f["high"] is None for f in found)


@pytest.mark.parametrize(
    "sentence",
    ["Temperatures ranged from 20 to 25 degrees.", "The shelter houses from 20 to 25 dogs a night."],
)
def test_from_to_without_a_verb_of_change_stays_a_range(sentence):
    [found] = figures(sentence)
    assert (found["value"], found["high"]) == (20, 25)


@pytest.mark.parametrize(
    "sentence",
    [
        "The temple was built in 500 BC.",
        "The city was founded in 753 B.C.E. by twins.",
        "Coins minted in 300 BCE and in 200 CE were found.",
        "The pottery dates to about 3000 B.C., experts said.",
        "The fort fell in 410 AD after a siege.",
    ],
)
def test_a_number_before_a_mark_of_an_era_is_a_year(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The agency placed 500 ads in the paper.", 500), ("It ran 30 Ad campaigns.", 30), ("About 300 BCEs came.", 300)],
)
def test_letters_that_only_start_like_an_era_leave_the_number_a_figure(sentence, value):
    assert [f["value"] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Advice can be found by calling Floodline on 0345 988 1188.",
        "Floodline: 0345 988 1188.",
        "For help, the number is 020 7946 0000 until noon.",
        "Those affected should try ringing the hotline on 1300 555 123.",
    ],
)
def test_the_groups_of_a_telephone_number_are_no_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The crowd of 40 000 people cheered.", 40000), ("It rose to 0.345 and then fell.", 0.345)],
)
def test_grouped_digits_and_decimals_that_open_with_a_zero_are_still_figures(sentence, value):
    assert [f["value"] for f in figures(sentence)] == [value]


@pytest.mark.parametrize(
    "page",
    [
        "Prince George, B.C.- The city issued permits worth $125 million this year.",
        "Nanaimo, B.C. — Council approved a $4 million pier repair.",
        "KAMLOOPS, B.C. — The city issued permits worth $125 million this year.",
    ],
)
def test_a_dateline_with_a_province_abbreviation_names_the_dollar(page):
    [found] = figures(page)
    assert found["currency"] == "CAD"


@pytest.mark.parametrize(
    "page",
    [
        "ROME — The temple, built in 500 B.C., was restored for $4 million.",
        "Sacramento, Calif. - The port cost $125 million.",
    ],
)
def test_an_era_or_another_country_s_state_leaves_the_dollar_as_it_is(page):
    assert [f["currency"] for f in figures(page)] == ["USD"]


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("I used to pay 10 bucks for it, now it's $13.", "USD"),
        ("Tickets cost 20 bucks each.", "USD"),
        ("Drivers in Ottawa, Ontario, pay 10 bucks more a month, or $120 a year, the Bank of Canada said.", "CAD"),
        ("Fans in Auckland paid 40 bucks each for the final.", "NZD"),
    ],
)
def test_bucks_are_dollars(sentence, currency):
    assert figures(sentence)[0]["currency"] == currency


@pytest.mark.parametrize(
    "sentence",
    ["The mayor's vision zero plan had become blurry.", "Advocates urged the city to fund vision zero."],
)
def test_vision_zero_is_a_policy_no_figure(sentence):
    assert figures(sentence) == []


def test_zero_counting_a_noun_stays_a_figure():
    assert [f["value"] for f in figures("Vision Zero aims for zero deaths on the roads.")] == [0]


@pytest.mark.parametrize("line", ["By Jane Doe Mon., Nov. 7, 2022 2 min. read", "Updated 3 min. read"])
def test_minutes_of_a_reading_time_with_a_full_stop_are_no_figure(line):
    assert figures(line) == []


def test_minutes_before_a_new_sentence_that_opens_with_read_stay():
    assert [f["value"] for f in figures("The race took 4 min. Read more below.")] == [4]
