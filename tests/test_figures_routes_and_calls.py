"""Figures on sentences written for these tests (blind round p632-p637):

* a number after ``the`` and before a singular noun of a route names the route, no amount (``the 38 bus``), unless
  a word after the noun shows the number counts something (``the 15 bus drivers``);
* groups of digits set off by spaces right after a verb of calling are a number to call (``by calling 1800 555
  012``), while a count after ``called`` stays one;
* number words after a closing quotation mark used to open a quote are read whole (``”Five hundred dollars …``);

and (blind round p638-p643):

* ``CFA`` before an amount is the West African CFA franc; ``francs`` in an article about the DR Congo alone are
  Congolese francs; cents after birr are the dollar's, the birr's hundredth being the santim;
* an hour in words before ``o'clock`` or ``pm`` is a time of day; a year joined by a hyphen to a participle (``the
  1988-built arena``) is a date.
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


def _money(sentence):
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senegal's fund holds CFA 412 billion.", [("CFA 412 billion", 412e9, "XOF")]),
        ("Abidjan paid CFA 38 billion to the contractors.", [("CFA 38 billion", 38e9, "XOF")]),
        (
            "In Kinshasa, royalties will rise to 1.9 trillion francs next year.",
            [("1.9 trillion francs", 1.9e12, "CDF")],
        ),
        (
            "Ethiopia set diesel at 142.50 birr, which adds about 17 cents a litre at $0.85.",
            [("142.50 birr", 142.5, "ETB"), ("17 cents", 0.17, "USD"), ("$0.85", 0.85, "USD")],
        ),
    ],
)
def test_african_francs_and_cents(sentence, expected):
    assert _money(sentence) == expected


def test_a_cfa_charterholder_is_no_money():
    assert _money("A CFA charterholder earns more than most analysts.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was 34 degrees in the lounge at nine o'clock, she said.",
        "The bus leaves at ten o’clock every day.",
        "She was home by eleven pm.",
    ],
)
def test_an_hour_in_words_before_a_mark_of_the_clock_is_no_figure(sentence):
    assert [f["text"] for f in figures(sentence) if f["text"] in ("nine", "ten", "eleven")] == []


@pytest.mark.parametrize(
    "sentence",
    ["The 1988-built Coliseum will be demolished.", "A 2019-built tanker ran aground.", "The 1950-founded club folded."],
)
def test_a_year_joined_to_a_participle_is_a_date(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("A 1200-bedded hospital opened.", "1200-bedded"), ("The 1500-seat hall was full.", "1500-seat")],
)
def test_a_count_joined_to_a_noun_stays_a_figure(sentence, text):
    assert _texts(sentence) == [text]


@pytest.mark.parametrize(
    ("sentence", "text", "currency"),
    [
        (
            "Uganda will pay Shs92 billion for land along the line from the Kenyan border to Kampala, officials in "
            "Kampala said, and Uganda's parliament in Kampala approved it.",
            "Shs92 billion",
            "UGX",
        ),
        (
            "Kinshasa expects 1.4 trillion francs in royalties, officials in Kinshasa said, while Rwanda denied "
            "smuggling ore out of Goma and Kinshasa's mines.",
            "1.4 trillion francs",
            "CDF",
        ),
    ],
)
def test_the_country_named_most_decides_a_shared_name(sentence, text, currency):
    assert [(t, c) for t, _, c in _money(sentence)] == [(text, currency)]


@pytest.mark.parametrize("sentence", ["It has a 1080p webcam.", "The test loops a 720p video at full brightness."])
def test_a_video_resolution_is_no_money(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("A pint costs 80p in the club bar.", [("80p", 0.8, "GBP")]), ("Fiji pledged F$1 million.", [("F$1 million", 1e6, "FJD")])],
)
def test_pence_and_fijian_dollars(sentence, expected):
    assert _money(sentence) == expected
