"""Figures: ``from X to Y`` after a verb of change and its object is a change, two figures, not a range."""

from __future__ import annotations

import pytest

from .test_figures import figures


def _spans(sentence: str) -> list[tuple[str, float | None, float | None]]:
    return [(f["text"], f["value"], f["high"]) for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The plan would lift solar power's share of the grid from 12% to 30%.", "12%", "30%"),
        ("Schools will raise the cap on class sizes from around 28 to 32 pupils.", "28", "32"),
        ("The board boosted its stake in the miner from about 9% to 14%.", "9%", "14%"),
        ("Ministers will expand the network of regional offices from 26 to 31.", "26", "31"),
        # a long object between the verb and ``from``: ten words, some seventy characters
        ("The bill also raises the standard deduction for married couples filing jointly from $24,000 to $26,500.",
         "$24,000", "$26,500"),
        ("The council cut the grant paid to every village hall in the district from £4,000 to £2,500.", "£4,000", "£2,500"),
    ],
)
def test_from_to_after_a_change_verb_is_two_figures(sentence, first, second):
    found = _spans(sentence)
    assert [text for text, _, _ in found] == [first, second]
    assert all(high is None for _, _, high in found)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Night temperatures ran from 10 to 15 degrees.", "10 to 15 degrees"),
        ("Tickets sold from about 20 to 35 euros each.", "20 to 35 euros"),
        ("Prices rose in May; the stalls then charged from 3 to 5 dollars.", "3 to 5 dollars"),
    ],
)
def test_from_to_without_a_change_verb_in_its_clause_stays_a_range(sentence, text):
    assert [t for t, _, high in _spans(sentence) if high is not None] == [text]


def test_a_qualifier_after_from_stays_with_the_range():
    assert [f["approx"] for f in figures("Crowds of from about 200 to 300 people gathered.")] == ["about"]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Her rent has gone from $1,200 to $1,650 since the spring.", "$1,200", "$1,650"),
        ("The bond yield slid from 4.2% to 3.9% over the week.", "4.2%", "3.9%"),
        ("Membership has doubled from 40 to 80 since the club moved.", "40", "80"),
        ("The stock gained from 12 to 19 dollars in a month.", "12", "19 dollars"),
    ],
)
def test_from_to_after_a_verb_of_moving_or_of_the_market_is_two_figures(sentence, first, second):
    found = _spans(sentence)
    assert [text for text, _, _ in found] == [first, second]
    assert all(high is None for _, _, high in found)


@pytest.mark.parametrize(
    ("sentence", "change", "level", "currency"),
    [
        ("Copper rose 15 cents to $4.12 a pound on Friday.", 0.15, 4.12, "USD"),
        ("The shares gained 42 cents to A$18.60 in Sydney.", 0.42, 18.6, "AUD"),
        ("After a €3 fee, the ticket went up 20 cents to €2.40.", 0.2, 2.4, "EUR"),
        ("Wheat ended up 6 cents at $5.91 a bushel.", 0.06, 5.91, "USD"),
    ],
)
def test_a_change_in_cents_and_the_level_it_moved_to_are_two_figures_in_one_currency(
    sentence, change, level, currency
):
    found = [f for f in figures(sentence) if f["value"] in (change, level)]
    assert [(f["value"], f["high"], f["currency"]) for f in found] == [
        (change, None, currency),
        (level, None, currency),
    ]


def test_cents_after_earlier_money_still_take_its_currency_when_no_level_follows():
    found = figures("A coffee costs €2.10 in Rome; a newspaper is 90 cents.")
    assert [(f["value"], f["currency"]) for f in found] == [(2.1, "EUR"), (0.9, "EUR")]


def test_a_range_in_cents_stays_one_figure():
    assert [(f["value"], f["high"]) for f in figures("Each ride will cost 40 to 60 cents more.")] == [(0.4, 0.6)]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Its London-listed shares fell 14p to 486.5p.", "14p", "486.5p"),
        ("Gold jumped $12 to $2,410 an ounce.", "$12", "$2,410"),
        ("The benchmark index climbed 35 points to 7,842.", "35", "7,842"),
    ],
)
def test_a_change_verb_then_x_to_a_far_larger_level_is_a_change_and_a_level(sentence, first, second):
    found = _spans(sentence)
    assert [text for text, _, _ in found] == [first, second]
    assert all(high is None for _, _, high in found)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Output is expected to grow 3% to 4% this year.", "3% to 4%"),
        ("Fares rose 5 to 10 percent on most routes.", "5 to 10 percent"),
        ("The hall holds $20 to $250 seats a night.", "$20 to $250"),
    ],
)
def test_ends_of_one_order_or_without_a_change_verb_stay_a_range(sentence, text):
    assert [t for t, _, high in _spans(sentence) if high is not None] == [text]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The median rent slipped about $300 to $4,100 a month.", "$300", "$4,100"),
        ("Output fell nearly 20,000 tonnes to 1.2 million tonnes.", "20,000 tonnes", "1.2 million tonnes"),
        ("The cycle switched from roughly 20 days to about 30 days.", "20 days", "30 days"),
        ("The schedule switched from 12 to 16 flights a week.", "12", "16"),
    ],
)
def test_a_qualifier_between_the_verb_of_change_and_its_amount_keeps_a_change(sentence, first, second):
    found = _spans(sentence)
    assert [text for text, _, _ in found] == [first, second]
    assert all(high is None for _, _, high in found)


def test_a_qualified_span_without_a_verb_of_change_stays_a_range():
    assert [t for t, _, high in _spans("Rents ranged from about $300 to $4,100.") if high is not None] == [
        "$300 to $4,100"
    ]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Part-time employment increased 15,600 to 3,503,500.", [(15600, None), (3503500, None)]),
        ("Union membership fell 2,100 to 48,000, its report said.", [(2100, None), (48000, None)]),
        # a noun after the second end counts both: a range
        ("The mill may shed 20 to 200 jobs.", [(20, 200)]),
        # no verb of change: a range
        ("Estimates ranged 3 to 40.", [(3, 40)]),
    ],
)
def test_a_verb_of_change_and_bare_numbers_ending_the_clause_are_a_change_and_a_level(sentence, values):
    assert [(f["value"], f["high"]) for f in figures(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The airline is raising its full-year net profit guidance by 10 per cent from €300 million to €330 million.",
            "€300 million",
            "€330 million",
        ),
        ("Fares on the harbour ferry will go up next month by 5% from $2 to $2.10.", "$2", "$2.10"),
        ("The council trimmed the levy on second homes by 2 points from 12% to 10%.", "12%", "10%"),
    ],
)
def test_the_amount_of_a_change_before_from_makes_a_change_however_far_the_verb(sentence, first, second):
    found = [(text, high) for text, _, high in _spans(sentence) if text in (first, second)]
    assert found == [(first, None), (second, None)]


def test_a_range_after_by_with_no_from_stays_a_range():
    assert [t for t, _, high in _spans("Output grew by 5 to 10 per cent.") if high is not None] == ["5 to 10 per cent"]


# --- the way a verb of change says the amount went (blind round r68) ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high"),
    [
        ("Bookings were 8.6 million last week, down from an average of 23 to 24 million a week.", "23 to 24 million", 23e6, 24e6),
        ("Occupancy has fallen from 60 to 70 percent before the pandemic to 40 percent.", "60 to 70 percent", 60.0, 70.0),
        ("Vacancy rates, down from 5% to 15% last year, have recovered.", "5% to 15%", 5.0, 15.0),
    ],
)
def test_from_a_lower_to_a_higher_number_after_a_falling_verb_is_the_range_it_fell_from(sentence, text, value, high):
    assert (text, value, high) in _spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Output, which had fallen in the spring, rose from 3 to 5 million tonnes.", "3", "5 million tonnes"),
        ("Prices fell from $9 to $7 a barrel.", "$9", "$7"),
        ("Merchandising revenue (up 44 per cent from £7.7 million to £11.1 million) led the rise.", "£7.7 million", "£11.1 million"),
    ],
)
def test_a_rise_or_a_fall_to_a_level_it_says_stays_two_figures(sentence, first, second):
    found = [text for text, _, high in _spans(sentence) if high is None]
    assert first in found and second in found


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high"),
    [
        ("Attendants draw a base pay of between $17,000 and just more than $34,000 per year.", "$17,000 and just more than $34,000", 17000.0, 34000.0),
        ("Crews earn from about $40,000 to just over $60,000.", "$40,000 to just over $60,000", 40000.0, 60000.0),
    ],
)
def test_a_bound_before_a_ranges_second_end_stays_in_the_range(sentence, text, value, high):
    assert (text, value, high) in _spans(sentence)


def test_a_falling_verb_with_an_object_before_from_keeps_the_change():
    found = [text for text, _, high in _spans("Reduce train service from 20 to 30 minutes between midnight and dawn.") if high is None]
    assert "20" in found and "30 minutes" in found
