"""Figure miss kinds found on held-out page sets, one section per kind.

Every sentence here was written for these tests (positive and negative), in other words than any page.
"""

from __future__ import annotations

import pytest

from .test_figures import figures, one


def _money(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(f["text"], f["value"], f["currency"]) for f in figures(sentence) if f["kind"] == "money"]


def _values(sentence: str) -> list[tuple[float | None, str, float | None]]:
    return [(f["value"], f["kind"], f["high"]) for f in figures(sentence)]


# -- a bare $ converted into a marked US dollar, or from one: the dollar of the article's place -------------


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        (
            "TORONTO (AP) — Ontario will borrow $12 billion Canadian (US$8.9 billion) and spend $3 billion on roads.",
            ["CAD", "USD", "CAD"],
        ),
        ("BRISBANE (AP) — Queensland set aside $800 million (US$520 million) for dams.", ["AUD", "USD"]),
        ("The $US2.4 billion ($3.3 billion) deal lets Tasmania sell $1 billion of power.", ["USD", "AUD", "AUD"]),
        ("Auckland's council paid US$40 million (about $66 million) for the land.", ["USD", "NZD"]),
    ],
)
def test_a_bare_dollar_converted_to_or_from_us_dollars_is_the_local_dollar(sentence, currencies):
    assert [f[2] for f in _money(sentence)] == currencies


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("The province will pay farmers $400 million Canadian, its minister said.", "CAD"),
        ("The lottery jackpot reached $50 million Australian (about half in euros).", "AUD"),
        ("Shops charged $3 Singapore dollars for a coffee.", "SGD"),
    ],
)
def test_the_nationality_after_a_bare_dollar_names_it(sentence, currency):
    assert [f[2] for f in _money(sentence)] == [currency]


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("The Australian lender wrote off $900 million (US$600 million).", ["AUD", "USD"]),
        ("Canadian pension funds lost $US3 billion ($4 billion).", ["USD", "CAD"]),
        ("Canadian and Australian miners will pay $2 billion (US$1.5 billion).", ["USD", "USD"]),
    ],
)
def test_a_converted_bare_dollar_takes_the_one_nationality_the_article_names(sentence, currencies):
    assert [f[2] for f in _money(sentence)] == currencies


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [("The $C5 million grant was paid.", "CAD"), ("A $Can2.5 billion plan.", "CAD"), ("Fees hit $HK300.", "HKD")],
)
def test_letters_after_the_dollar_sign_name_it(sentence, currency):
    assert [f[2] for f in _money(sentence)] == [currency]


def test_a_cashtag_names_no_dollar():
    assert _money("Traders bought $CRM and $CAT at $50.") == [("$50", 50, "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Canadian miner will pay $2 billion for a Texas mine.",
        "A $5 million Canadian company bought the mill.",
        "SYDNEY (Reuters) - A Japanese carmaker will spend $500 million on a plant in Australia.",
        "The A$3 billion (about $2 billion) plan was approved.",
        "Texas oil firms paid $2 billion (about 1.8 billion euros) in taxes.",
    ],
)
def test_a_bare_dollar_stays_us_without_a_us_mark_converting_it(sentence):
    assert [f[2] for f in _money(sentence) if f[0].startswith("$")] == ["USD"]


# -- changes: from X to Y after a verb of change ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council bumped the fee from 40K to $55,000.", [(40000, "money", None), (55000, "money", None)]),
        (
            "Enrolment grew by 3 per cent on the year before, from 2460 to 2533.",
            [(3, "percent", None), (2460, "quantity", None), (2533, "quantity", None)],
        ),
        (
            "Sales rose 2% in the quarter after the strike, from 880 to 898 cars.",
            [(2, "percent", None), (880, "quantity", None), (898, "quantity", None)],
        ),
    ],
)
def test_a_change_is_two_figures(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rents in the suburbs, we found, were from 900 to 1,400 euros.", [(900, "money", 1400)]),
        ("Volunteers came from 12 to 15 countries, and prices increased.", [(12, "quantity", 15)]),
        ("Most members, aged from 18 to 22, joined last year.", [(18, "quantity", 22)]),
    ],
)
def test_a_range_after_a_comma_stays_a_range_without_a_changed_amount(sentence, expected):
    assert _values(sentence) == expected


# -- the two shares of a split vote ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("The school levy passed 61-39%.", [61, 39]),
        ("Voters backed the bond 52 - 48 per cent.", [52, 48]),
        ("The motion carried 50.4-49.6%, the clerk said.", [50.4, 49.6]),
    ],
)
def test_a_split_vote_is_two_percentages(sentence, shares):
    assert [(f["value"], f["kind"], f["high"]) for f in figures(sentence)] == [(v, "percent", None) for v in shares]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Support stands at 30-70%.", [(30, "percent", 70)]),
        ("The hosts won 4-1.", []),
        ("The seats split 55-45.", []),
        ("Yields fell 6-2%.", []),
    ],
)
def test_no_split_vote_without_a_smaller_share_that_makes_a_whole(sentence, expected):
    assert _values(sentence) == expected


# -- labels: lists after a name marker, subsections, propositions ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She was charged under Sections 302, 307, 34 and 120B of the code.",
        "Relief was sought under Article 226(1) of the Constitution.",
        "Voters rejected Prop 22 and Proposition 8.",
        "The rules in Clauses 4, 9 and 12 were struck out.",
    ],
)
def test_labels_listed_after_a_name_marker_are_no_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Under Section 8, 300 workers were laid off.", "workers"),
        ("He scored 5, 10 and 15 points.", "points"),
    ],
)
def test_counts_after_a_label_or_in_a_list_stay_figures(sentence, unit):
    found = figures(sentence)
    assert found and found[-1]["unit"] == unit


# -- a count of votes with its share in brackets -----------------------------------------------------------


def test_a_count_with_its_share_in_brackets_after_a_name_is_a_figure():
    found = figures("Mary Ortiz 10,482 (31.2%)")
    assert [(f["value"], f["kind"]) for f in found] == [(10482, "quantity"), (31.2, "percent")]


@pytest.mark.parametrize("sentence", ["The Airbus 320 (12%) fleet aged.", "Vision 2030 (40%) is on track."])
def test_a_model_or_year_before_a_share_stays_a_name(sentence):
    assert [f["kind"] for f in figures(sentence)] == ["percent"]


# -- stones -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The jockey weighed 9st before the race.", 9), ("He slimmed from 22st over a year.", 22), ("She is 12st now.", 12)],
)
def test_stones_glued_to_the_number(sentence, value):
    figure = one(sentence)
    assert (figure["value"], figure["unit"]) == (value, "stone")


@pytest.mark.parametrize("sentence", ["The race is on the 21st of June.", "It was his 1st win.", "The 101st day."])
def test_an_ordinal_in_st_is_no_stone(sentence):
    assert figures(sentence) == []


# -- a qualifier joined by a hyphen ----------------------------------------------------------------------------


def test_plus_after_a_hyphen_qualifies_the_count():
    figure = one("The striker wants 30-plus goals this season.")
    assert (figure["value"], figure["unit"], figure["approx"]) == (30, "goals", "plus")


@pytest.mark.parametrize("sentence", ["She had a 20-plus-year career.", "The two-plus-two talks ended."])
def test_plus_inside_a_longer_compound_is_no_qualifier(sentence):
    assert figures(sentence) == []


# -- the whole a part is taken of ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Seven out of the nine judges agreed.", [7, 9]),
        ("Of the three, only one stayed.", [3]),
        ("Four of the five voted yes.", [4, 5]),
    ],
)
def test_the_whole_after_of_the_is_a_figure(sentence, values):
    assert [f["value"] for f in figures(sentence)] == values


@pytest.mark.parametrize("sentence", ["The two met in Vienna.", "The three argued for hours."])
def test_the_number_alone_after_the_stays_a_pronoun(sentence):
    assert figures(sentence) == []


# -- a fraction before a coin or a percentage ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("Voters approved a 1/2¢ sales tax.", 0.005, "money"),
        ("The levy rose by 1/4 percent.", 0.25, "percent"),
        ("A 3/4 cent rise was approved.", 0.0075, "money"),
    ],
)
def test_a_fraction_before_a_coin_or_percentage(sentence, value, kind):
    figure = one(sentence)
    assert (figure["value"], figure["kind"]) == (pytest.approx(value), kind)


@pytest.mark.parametrize("sentence", ["The match on 3/4 drew 5/8 fans.", "Prices rose 5/4%."])
def test_no_fraction_of_a_coin_without_a_part_below_one(sentence):
    assert all(f["value"] not in (0.75, 0.625, 1.25) for f in figures(sentence))
