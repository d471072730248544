"""The figures extractor: one test per rule, on sentences written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsparse.model import Article, Figure, Passage, Span
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_figures import FigureExtractor
from newsparse_figures.declarations import DECLARATIONS
from newsparse_figures.numbers import WordNumbers
from newsparse_figures.tables import NUMBER_WORDS, SCALE_WORDS

EXTRACTOR = FigureExtractor(Vocabulary(DECLARATIONS))


def figures(sentence: str) -> list[dict]:
    """The figures of a one-paragraph article, as dicts without spans."""
    article = Article(span=Span(0, len(sentence)), paragraphs=[Passage(sentence, Span(0, len(sentence)))])
    found = EXTRACTOR.extract(article, sentence).figures
    for figure in found:
        assert sentence[figure.span.start : figure.span.end] == figure.text
    return [{k: v for k, v in f.to_dict().items() if k != "span"} for f in found]


def one(sentence: str) -> dict:
    found = figures(sentence)
    assert len(found) == 1, found
    return found[0]


# -- numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Rescuers pulled 1,250 residents from the rubble.", "1,250", 1250),
        ("The index closed at 3.75 points.", "3.75", 3.75),
        ("Twelve miners were trapped underground.", "Twelve", 12),
        ("Officials counted twenty-seven boats in the harbour.", "twenty-seven", 27),
        ("Organisers expect a million visitors this summer.", "a million", 1e6),
        ("The flood displaced half a million farmers.", "half a million", 5e5),
        ("Police detained a dozen protesters.", "a dozen", 12),
        ("The ferry carried three hundred and twelve passengers.", "three hundred and twelve", 312),
        ("The census found 4.2 million households.", "4.2 million", 4.2e6),
        ("The agency hired 7 thousand nurses.", "7 thousand", 7000),
    ],
)
def test_numbers(sentence, text, value):
    figure = one(sentence)
    assert (figure["text"], figure["value"]) == (text, value)


def test_hyphenated_forms():
    assert one("The city declared a 48-hour curfew.")["value"] == 48
    curfew = one("The city declared a 48-hour curfew.")
    assert (curfew["unit"], curfew["unit_canonical"]) == ("hours", "hours")
    strong = one("A 300,000-strong crowd marched downtown.")
    assert (strong["text"], strong["value"], strong["unit"]) == ("300,000-strong", 300000, "crowd")
    assert one("The council set a five-day deadline.")["unit"] == "days"


# -- money -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        ("The port raised US$4.7 billion in bonds.", "US$4.7 billion", 4.7e9, "USD"),
        ("The carrier lost USD34.6 million last quarter.", "USD34.6 million", 34.6e6, "USD"),
        ("The club paid GBP 27 million for the striker.", "GBP 27 million", 27e6, "GBP"),
        ("The startup received USD 5 million from investors.", "USD 5 million", 5e6, "USD"),
        ("Tickets cost €45 each.", "€45", 45, "EUR"),
        ("The mayor pledged £3bn for housing.", "£3bn", 3e9, "GBP"),
        ("A loaf sold for 90₽ in the shop.", "90₽", 90, "RUB"),
        ("The studio earned ¥800 million abroad.", "¥800 million", 8e8, "JPY"),
        ("The lender approved 20 billion rubles in credit.", "20 billion rubles", 2e10, "RUB"),
        ("The fine was 300,000 roubles.", "300,000 roubles", 3e5, "RUB"),
        ("Kiev set aside 12 billion hryvnia for roads.", "12 billion hryvnia", 1.2e10, "UAH"),
        ("Beijing lent 40 billion yuan to the province.", "40 billion yuan", 4e10, "CNY"),
        ("Donors gave 7 million euros and 2 million dollars.", "7 million euros", 7e6, "EUR"),
        ("The band paid $2m in fees.", "$2m", 2e6, "USD"),
        ("Sydney spent A$3 million on signs.", "A$3 million", 3e6, "AUD"),
    ],
)
def test_money(sentence, text, value, currency):
    figure = figures(sentence)[0]
    assert (figure["text"], figure["value"], figure["kind"], figure["currency"]) == (text, value, "money", currency)


def test_conversion_in_parentheses_is_two_figures():
    first, second = figures("The grant exceeds €2.4 billion ($2.6 billion), officials said.")
    assert (first["currency"], first["value"]) == ("EUR", 2.4e9)
    assert (second["currency"], second["value"]) == ("USD", 2.6e9)


# -- percentages, quantities, units ------------------------------------------------


@pytest.mark.parametrize("sentence", ["Turnout reached 61%.", "Turnout reached 61 percent.", "Turnout reached 61 per cent."])
def test_percent(sentence):
    figure = one(sentence)
    assert (figure["kind"], figure["value"]) == ("percent", 61)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Engineers laid 40 new steel bridges.", "bridges"),
        ("The army lost 14 pieces of artillery.", "pieces"),
        ("The storm injured 900 people.", "people"),
        ("Fifteen [local] fishermen were rescued.", "fishermen"),
        ("The jet flew 3,400km nonstop.", "km"),
        ("The trial lasted six months.", "months"),
        ("The wall is 12 meters tall.", "meters"),
        ("He spoke to 500 of the company's employees.", "employees"),
    ],
)
def test_units(sentence, unit):
    assert one(sentence)["unit"] == unit


def test_count_without_noun_takes_the_unit_stated_before():
    first, second = figures("Some 3,000 volunteers joined in May and another 1,200 in June.")
    assert first["unit"] == second["unit"] == "volunteers"


# -- ranges and changes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "high", "unit"),
    [
        ("The law covers workers aged 16 to 19.", 16, 19, "years"),
        ("The sentence ranges from two to eight years.", 2, 8, "years"),
        ("The drones fly between 40 and 300 meters high.", 40, 300, "meters"),
        ("Repairs will take 10-14 days.", 10, 14, "days"),
    ],
)
def test_ranges(sentence, value, high, unit):
    figure = one(sentence)
    assert (figure["value"], figure["high"], figure["unit"]) == (value, high, unit)


def test_money_range_shares_scale_and_currency():
    figure = one("The bill could reach $3-4 billion.")
    assert (figure["value"], figure["high"], figure["currency"]) == (3e9, 4e9, "USD")


def test_change_is_two_figures():
    found = figures("The board lowered the retirement age from 67 to 65.")
    assert [(f["value"], f["high"]) for f in found] == [(67, None), (65, None)]
    found = figures("Inflation rose from 3% to 9% in a year.")
    assert [(f["value"], f["kind"]) for f in found] == [(3, "percent"), (9, "percent")]


# -- qualifiers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "qualifier",
    [
        "more than", "over", "nearly", "almost", "around", "about", "roughly", "up to", "at least", "some",
        "above", "below", "a maximum of", "fewer than", "less than", "approximately",
    ],
)
def test_qualifiers(qualifier):
    assert one(f"The survey reached {qualifier} 400 farmers.")["approx"] == qualifier


def test_no_qualifier_when_a_word_stands_between():
    assert one("Over the past 24 hours the river rose.")["approx"] is None


def test_range_qualifier_stands_before_between():
    assert one("Roughly between 20 and 30 boats sank.")["approx"] == "roughly"


# -- not figures -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The reform passed in 2019 and took effect in mid-2021.",
        "The summit opened on March 4, 2024 in Rome.",
        "The summit opened on 4 March in Rome.",
        "The train left at 17:45 and the bus at 6 pm.",
        "The 45th Brigade and the 3rd Battalion moved north.",
        "Reporters gathered outside No 10 on Tuesday.",
        "The Su-35 and an F-16 escorted the A320.",
        "Readers of wGazecie12 and fans of B52 agreed.",
        "She is one of the best-known authors in Europe.",
        "Nobody expected the one that got away.",
        "The G20 leaders met in the 1990s mood.",
        "The final ended 3-1 after extra time.",
    ],
)
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_one_is_a_figure_only_with_a_unit():
    assert figures("Only one journalist was allowed inside, one witness said.") == []
    assert one("The trail runs for one mile along the river.")["unit"] == "mile"
    assert one("Each share gained one percent.")["kind"] == "percent"


def test_vague_amounts_have_no_value():
    found = figures("Hundreds of residents and tens of billions of euros were involved.")
    assert [(f["text"], f["value"]) for f in found] == [("Hundreds", None), ("tens of billions of euros", None)]
    assert found[1]["kind"] == "money"


def test_related_headlines_are_not_read():
    text = "Headline with 40 ships\n\nThe navy sent 12 ships."
    article = Article(
        span=Span(0, len(text)),
        headline=Passage("Headline with 40 ships", Span(0, 22)),
        paragraphs=[Passage("The navy sent 12 ships.", Span(24, len(text)))],
    )
    found = EXTRACTOR.extract(article, text).figures
    assert [f.value for f in found] == [12]
    assert text[found[0].span.start : found[0].span.end] == "12"


# -- the vocabulary hook -----------------------------------------------------------


def test_plugins_extend_the_tables():
    vocabulary = Vocabulary(DECLARATIONS).changed({"currency_words": {"dinar": "KWD"}})
    article_text = "The deal was worth 5 million dinar."
    article = Article(span=Span(0, len(article_text)), paragraphs=[Passage(article_text, Span(0, len(article_text)))])
    (figure,) = FigureExtractor(vocabulary).extract(article, article_text).figures
    assert (figure.currency, figure.value) == ("KWD", 5e6)


# -- property: written numbers parse back to their value ---------------------------

_SMALL = {v: k for k, v in NUMBER_WORDS.items()}


def _say_below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words += [_SMALL[n // 100], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_SMALL[n - n % 10] + (f"-{_SMALL[n % 10]}" if n % 10 else ""))
    elif n or not words:
        words.append(_SMALL[n])
    return " ".join(words)


def say(n: int) -> str:
    """``n`` written out in English words (below a trillion)."""
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{_say_below_thousand(n // scale)} {name}")
            n %= scale
    if n or not parts:
        parts.append(_say_below_thousand(n))
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_read_back(n):
    phrase = say(n)
    assert WordNumbers(NUMBER_WORDS, SCALE_WORDS).read(phrase) == (n, len(phrase))


@given(st.integers(min_value=2, max_value=999_999_999), st.sampled_from(["digits", "words", "scaled"]))
def test_rendered_values_are_found(n, form):
    if form == "digits":
        rendered, value = f"{n:,}", n
    elif form == "words":
        rendered, value = say(n), n
    else:
        rendered, value = f"{n / 1000:.3f}".rstrip("0").rstrip(".") + " million", n * 1000
    figure = one(f"The agency reported {rendered} cases on Monday.")
    assert figure["text"] == rendered
    assert figure["value"] == pytest.approx(value)
    assert figure["unit"] == "cases"


# -- reading backwards ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("Officials said that as many as 300 people fled.", "300", 300, "as many as"),
        ("Officials counted More \t than 300 people.", "300", 300, "more than"),
        ("Tickets cost from 40 to 60 cents.", "40 to 60 cents", 0.4, None),
        ("It reached US$5 and HK$7 and S$9 apiece.", "US$5", 5, None),
        ("The gauge showed minus 25 degrees; it was −3 degrees.", "minus 25 degrees", -25, None),
    ],
)
def test_context_read_back_from_the_number(sentence, text, value, approx):
    first = figures(sentence)[0]
    assert (first["text"], first["value"], first["approx"]) == (text, value, approx)


def test_context_beyond_the_lookback_is_not_read():
    assert one("Officials counted more than" + " " * 40 + "300 people.")["approx"] is None
    assert one("Officials said" + " " * 40 + "minus 25 degrees fell.")["value"] == -25
    assert one("The pharmacist paid USD" + " " * 4 + "5 for it.")["currency"] is None


def test_ratios_and_days_read_back():
    assert figures("Nearly 1,200 in 5,000 voters and ninety in twelve hundred stayed home.") == []
    assert figures("The talks run November 10 and 14, and opened on Oct. 2.") == []


def test_number_scan_stops_at_every_digit_and_sign():
    """The scan's set of ASCII digits, signs, marks and non-ASCII characters checked again lets through exactly
    ``\\d`` and the signs as one character (no mark is followed by a number word in this text)."""
    import re
    import sys

    patterns = EXTRACTOR.finder.patterns
    signs = "".join(re.escape(s[-1]) for s in patterns.currency_symbols if not s[-1].isalnum())
    expected = re.compile(rf"[\d{signs}]")
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    found = [m.span() for m in patterns.number_start.finditer(everything)]
    assert found == [m.span() for m in expected.finditer(everything)]


@pytest.mark.parametrize("mark", ["\t", "\n", "\u00a0", "\u2009", "(", "[", "“", '"', "‘", "'", "–", "—", "«", "„", "-"])
def test_number_scan_finds_words_after_every_mark_but_a_space(mark):
    patterns = EXTRACTOR.finder.patterns
    text = f"x{mark}twelve x{mark}dozens x{mark}elevenses"
    found = [text[m.start() : m.end()] for m in patterns.number_start.finditer(text)]
    assert found == [f"{mark}twelve", f"{mark}dozens"]
    assert patterns.words_after_space.search(text) is None


def test_number_words_after_a_capital_that_lowers_to_two_characters():
    assert [f.value for f in EXTRACTOR.finder.find("İzmir had twelve hundred and İ saw two ships")] == [1200, 2]


def test_spelt_out_white_space_is_what_backslash_s_matches():
    import re
    import sys

    from newsparse_figures.patterns import SPACES

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(rf"[{SPACES}]", everything) == re.findall(r"\s", everything)


def test_patterns_are_built_on_the_first_extract_call():
    extractor = FigureExtractor(Vocabulary(DECLARATIONS))
    assert "finder" not in vars(extractor)
    text = "Turnout rose to 61 per cent."
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    assert [f.value for f in extractor.extract(article, text).figures] == [61]
    assert "finder" in vars(extractor)


def test_an_article_with_no_figures_comes_back_as_it_was_and_stale_ones_are_dropped():
    text = "The ferry left the harbour at dawn."
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    assert EXTRACTOR.extract(article, text) is article
    stale = Article(
        span=article.span, paragraphs=article.paragraphs, figures=[Figure("dawn", Span(30, 34), 1.0)]
    )
    assert EXTRACTOR.extract(stale, text).figures == ()
