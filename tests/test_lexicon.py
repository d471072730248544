"""The English word list and first-name gazetteer of the quote rules (:mod:`newsparse_quotes.lexicon`),
on sentences written for these tests (none copied from a page)."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.genders import known_gender
from newsparse_quotes.lexicon import _ordinary_words, first_name_gender, is_first_name, is_ordinary_word
from newsparse_quotes.words import Words

from newsparse.hooks.vocabulary import Vocabulary

from .test_speakers_rules import credited

WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))

# -- the data ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["prices", "shelling", "intense", "record", "veteran", "top"])
def test_frequent_words_that_are_no_names_are_ordinary(word: str) -> None:
    assert is_ordinary_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "rose",  # a first name
        "mark",  # a first name
        "brown",  # a surname more common than the colour word
        "trump",  # a surname more common than the card word
        "burton",  # a rare word
        "zelensky",  # no word at all
    ],
)
def test_names_that_are_also_words_are_not_ordinary(word: str) -> None:
    assert not is_ordinary_word(word)


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("maria", "she"), ("ingrid", "she"), ("keir", "he"), ("dmitry", "he"), ("jordan", None), ("andrea", None)],
)
def test_the_gazetteer_gives_one_sex_or_none(name: str, pronoun: str | None) -> None:
    assert first_name_gender(name) == pronoun
    assert is_first_name(name)


def test_a_word_unknown_to_the_gazetteer_has_no_sex() -> None:
    assert first_name_gender("shelling") is None
    assert not is_first_name("shelling")


def test_the_data_is_read_on_first_use_not_at_import() -> None:
    code = (
        "import newsparse, newsparse_quotes.lexicon as lx\n"
        "newsparse.parse('Month: June 2024\\n\\nBoats stayed in port after the storm.\\n')\n"
        "print(lx._first_names.cache_info().currsize, lx._ordinary_words.cache_info().currsize)\n"
        "lx.is_ordinary_word('prices')\n"
        "print(lx._first_names.cache_info().currsize, lx._ordinary_words.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split("\n")[:2] == ["0 0", "1 1"]


def test_without_the_lexicon_extra_every_answer_is_no_and_quotes_still_parse() -> None:
    code = (
        "import importlib.util as u\n"
        "real = u.find_spec\n"
        "u.find_spec = lambda name, *a: None if name == 'gender_guesser' else real(name, *a)\n"
        "import newsparse, newsparse_quotes.lexicon as lx\n"
        "page = newsparse.parse('Shelling resumed at dawn. “We hid,” she said. Maria Lopez spoke.\\n')\n"
        "print(lx.available(), lx.is_ordinary_word('prices'), lx.is_first_name('maria'), lx.first_name_gender('maria'))\n"
        "print(len(page.articles[0].quotes))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split("\n")[:2] == ["False False False None", "1"]


def test_with_the_lexicon_extra_the_data_is_available() -> None:
    from newsparse_quotes.lexicon import available

    assert available()


def test_no_ordinary_word_is_a_first_name() -> None:
    assert not [word for word in _ordinary_words() if is_first_name(word)]


# -- an ordinary word is no one's name ----------------------------------------------------


@cache
def _plain_ordinary_words() -> list[str]:
    """Ordinary words of four letters or more that no vocabulary of the rules holds."""
    vocabulary = WORDS.never_names | WORDS.speaker_heads | WORDS.cues | WORDS.calendar | WORDS.page_chrome
    return sorted(word for word in _ordinary_words() if len(word) > 3 and word not in vocabulary)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_he_never_goes_to_any_ordinary_word_opening_a_sentence(data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(_plain_ordinary_words())).capitalize()
    assert credited(f"{word} resumed at dawn. “We hid in the basement,” he said.") == [None]



@pytest.mark.parametrize(
    "paragraph",
    [
        "Shelling resumed at dawn. “We hid in the basement,” he said.",
        "Prices jumped in March. “Nobody can pay this,” she said.",
        "Fighting flared near the dam. “The water is rising,” he said.",
    ],
)
def test_he_or_she_never_goes_to_an_ordinary_word_opening_a_sentence(paragraph: str) -> None:
    assert credited(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Burton explained from a podium. “I love cats,” he said.", "Burton"),
        ("Rose explained from a podium. “I grow tulips,” she said.", "Rose"),  # a first name
        ("Brown stepped down in June. “It was time,” he said.", "Brown"),  # a common surname
    ],
)
def test_he_or_she_still_goes_to_a_lone_name_that_is_also_a_word(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Rose Smith spoke first.", "“We will win,” Rose said."), ["Rose Smith"]),
        (("Mr Key was angry.", "“No deal,” Key said."), ["Key"]),
        (("Donald Trump arrived late.", "“We won,” Trump said."), ["Donald Trump"]),
        (("Moscow has rejected the claim as “absurd.”",), ["Moscow"]),  # a place before its verb
        (("Voters called the count “a joke.”",), ["Voters"]),  # a described source
    ],
)
def test_names_and_sources_the_article_shows_as_such_are_kept(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_an_ordinary_word_before_a_first_name_describes_the_person() -> None:
    assert credited("Veteran Anna Lee said the plan was “a disaster.”") == ["Anna Lee"]
    assert credited("Beloved Tom Hill called the plan “a disaster.”") == ["Tom Hill"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Rose Anna Hill said the plan was “a disaster.”", "Rose Anna Hill"),  # a first name opens it
        ("Grant Shapps said the plan was “a disaster.”", "Grant Shapps"),  # two words: nothing to cut
        ("“It is a disaster,” said Beloved Anna Lee.", "Beloved Anna Lee"),  # not opening a sentence
    ],
)
def test_a_name_opening_with_a_first_name_keeps_it(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_nationality_with_an_ordinary_word_is_no_person() -> None:
    assert credited("Top Ukrainian officials met. “It was tense,” he said.") == [None]
    assert credited("Senior Russian envoys left early. “We are done here,” she said.") == [None]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Record Highs fell on Monday. “It is madness,” he said.",),
        ("Breaking Point", "“We cannot go on,” he said."),  # a subheading
    ],
)
def test_a_run_of_ordinary_words_opening_a_sentence_is_no_person(paragraphs: tuple[str, ...]) -> None:
    assert credited(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Will Power explained from a podium. “I love cats,” he said.",), ["Will Power"]),  # a first name
        (("Mark Strong explained from a podium. “I love cats,” he said.",), ["Mark Strong"]),
        (("Human Rights Watch published a report. “The raids were unlawful,” it said.",), ["Human Rights Watch"]),
        (("Fisherman Noel Bautista said the catch was “the worst in memory.”",), ["Noel Bautista"]),
    ],
)
def test_names_of_ordinary_words_keep_their_part(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    # a person's name holds a first name or a surname; a body's name still credits the body
    assert credited(*paragraphs) == expected


def test_a_person_titled_with_a_nationality_is_still_found() -> None:
    assert credited("Top Ukrainian official Anna Lee spoke. “We are cutting jobs,” she said.") == ["Anna Lee"]


# -- he and she by the first name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("she", "Maria Lopez"), ("he", "Daniel Park")],
)
def test_he_and_she_follow_the_first_name(pronoun: str, expected: str) -> None:
    paragraphs = ("Maria Lopez took the stage. Daniel Park followed.", f"“I was tired,” {pronoun} said.")
    assert credited(*paragraphs) == [expected]


def test_she_skips_a_man_by_his_first_name_to_the_woman_before_him() -> None:
    assert credited(
        "Helen Burton explained the plan from a podium. Tom Reed nodded.",
        "“I love cats,” she said.",
    ) == ["Helen Burton"]


@pytest.mark.parametrize(
    ("name", "roles", "pronoun"),
    [
        (("maria", "lopez"), set(), "she"),
        (("daniel", "park"), set(), "he"),
        (("jordan", "blake"), set(), None),  # either sex: no guess
        (("sam", "reed"), set(), None),
        (("maria", "lopez"), {"mr"}, "he"),  # a title wins
        (("burton",), set(), None),  # one word may be a surname: no first name to read
    ],
)
def test_known_gender_from_titles_then_the_first_name(name: tuple[str, ...], roles: set[str], pronoun: str | None) -> None:
    assert known_gender(WORDS, name, roles) == pronoun


def test_a_name_of_either_sex_takes_the_pronoun() -> None:
    assert credited("Jordan Blake met the press. “I was tired,” she said.") == ["Jordan Blake"]
    assert credited("Jordan Blake met the press. “I was tired,” he said.") == ["Jordan Blake"]
