"""The verb scan after a sentence's subject: the first verb outside quotes, each token read once."""

from __future__ import annotations

from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import find_quotes
from newsparse_quotes.people import People
from newsparse_quotes.segments import tokenize
from newsparse_quotes.verb_scan import VerbScan
from newsparse_quotes.words import PassageView, Words

WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))


def view(text: str) -> PassageView:
    return PassageView.of(text, 0, tokenize(text, find_quotes(text)), WORDS, True)


def words_of(passage: PassageView, k: int | None) -> str | None:
    return None if k is None else passage.tokens[k].text


def test_first_verb_outside_quotes():
    passage = view("The harbour master, in a “warned” tone, signalled the ferries.")
    scan = People(WORDS).verbs
    assert words_of(passage, scan.first(passage, 0, len(passage.tokens))) == "signalled"


def test_no_verb_before_the_stop():
    passage = view("Gardeners across the valley planted early.")
    scan = People(WORDS).verbs
    assert scan.first(passage, 0, 3) is None  # "planted" is token 4
    assert words_of(passage, scan.first(passage, 0, 6)) == "planted"
    assert scan.first(passage, 0, 3) is None  # found, but past this stop


def test_each_token_is_read_once_however_many_questions():
    text = "The choir " + " and ".join(f"“line {n}”" for n in range(200)) + " rehearsed."
    passage = view(text)
    asked: list[str] = []

    def is_verb(low: str) -> bool:
        asked.append(low)
        return low == "rehearsed"

    scan = VerbScan(is_verb)
    stops = [k for k, token in enumerate(passage.tokens) if token.mark == "open"]
    assert all(scan.first(passage, 2, stop) is None for stop in stops)
    assert words_of(passage, scan.first(passage, 2, len(passage.tokens))) == "rehearsed"
    assert asked == ["and"] * 199 + ["rehearsed"]  # each word once; quoted words and marks never
