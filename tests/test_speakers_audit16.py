"""A sixteenth audit of the speaker rules on real news (school meals, cyber attacks on councils, commodity prices,
bridge repairs, mass sporting events, house building; round r78): the kinds of wrong or missing speaker it found,
each with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import find_quotes
from newsparse_quotes.people import People
from newsparse_quotes.segments import tokenize
from newsparse_quotes.words import PassageView, Words

from .test_quotes import credited, extract

WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))


# -- A: a quote nested in a quote and closed on a full stop ends no sentence --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We got a note that said, ‘Prices rise today.’ We will absorb what we can,” Ann Lee said.", "Ann Lee"),
        ("“The sign read ‘Closed for repairs.’ Nobody told us,” said Tom Roe, a ferry skipper.", "Tom Roe"),
        ("“Staff were told, ‘Stay at home.’ Most of them did,” the manager said.", "the manager"),
    ],
)
def test_the_credit_after_a_quote_holding_a_closed_sentence_in_single_marks_is_its_speaker(paragraph, speaker):
    assert credited("The board met on Monday.", paragraph)[0] == speaker


def test_a_quote_closed_on_a_full_stop_still_ends_its_sentence():
    # the next sentence's subject is no speaker of the quote before it
    assert credited("The board met on Monday.", "“Prices will rise.” The harbour board met again on Friday.") == [None]


# -- B: a name between ``a``, a word in lower case and a speech noun is no subject ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Roads minister Ann Lee stated in a written Parliamentary answer that the work was “urgent and overdue”.",
        "Ann Lee wrote in a leaked Cabinet report that the scheme was “unworkable”.",
        "Tom Roe said in a recent Senate answer that the budget was “on track”.",
    ],
)
def test_a_name_inside_a_phrase_opened_by_a_and_an_adjective_is_no_speaker(sentence):
    [speaker] = credited(sentence)
    assert speaker in ("Ann Lee", "Tom Roe")


def test_a_name_right_before_its_plural_verb_still_speaks():
    assert credited("Labour councillors claim the roads are “crumbling”.") == ["Labour councillors"]


# -- C: an ordinary word opening a sentence before an auxiliary is no name -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "proper"),
    [
        ("Attention is now turning to the next harvest.", "attention", False),
        ("Demand has fallen since the spring.", "demand", False),
        ("Moscow has rejected the report.", "moscow", True),
        ("Rose said the rise was worrying.", "rose", True),
    ],
)
def test_a_common_noun_before_an_auxiliary_is_printed_where_no_name_need_be(sentence, name, proper):
    people = People(WORDS)
    people.collect([PassageView.of(sentence, 0, tokenize(sentence, find_quotes(sentence)), WORDS, False)])
    entity = people.find((name,))
    assert entity is not None and entity.proper is proper


def test_a_place_before_an_auxiliary_still_speaks():
    [speaker] = credited("Moscow has rejected the report as “absurd”.")
    assert speaker == "Moscow"


def test_a_name_before_a_speech_verb_still_speaks():
    assert credited("Harbour prices rose again.", "Rose said the rise was “worrying”.") == ["Rose"]


# -- D: a hyphenated noun before ``of`` heads the phrase that names a place -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A council in the north-east of England has admitted that it faces a “steep bill”.", "A council in the north-east of England"),
        ("A hospital in the south-west of France has said it was “overwhelmed”.", "A hospital in the south-west of France"),
    ],
)
def test_a_body_in_a_hyphenated_region_of_a_place_is_the_speaker_not_the_place(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- E: a sentence adverb opens no name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Initially Harbour City Council told residents it had “an issue with our IT system”.", "Harbour City Council"),
        ("Ultimately Ann Lee said the deal was “dead”.", "Ann Lee"),
        ("Surprisingly Acme Corp said profits were “robust”.", "Acme Corp"),
    ],
)
def test_a_sentence_adverb_is_no_part_of_the_name_after_it(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Daily Mail columnist Ann Lee said the deal was “dead”.", "Ann Lee"),
        ("Kelly Roe said the deal was “dead”.", "Kelly Roe"),
    ],
)
def test_names_ending_in_ly_keep_their_first_word(sentence, speaker):
    [found] = credited(sentence)
    assert found is not None and found.endswith(speaker)


def test_every_quote_of_the_audit_keeps_its_span():
    for quote in extract("“We got a note that said, ‘Prices rise today.’ We will absorb it,” Ann Lee said."):
        assert quote.span.end > quote.span.start


# -- F: a quote printing the subject's own predicate is the subject's ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("As for card data, Harbour Health “does not believe any was taken.”", "Harbour Health"),
        ("Ann Lee “has no plans to run again”.", "Ann Lee"),
        ("After the vote, Acme Corp “will appeal the ruling”.", "Acme Corp"),
    ],
)
def test_a_quote_opening_with_an_auxiliary_right_after_the_subject_is_the_subjects(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Paris “is a fine city”, the guide says in its first chapter on the left bank.", "the guide"),
        ("The plan “is flawed”.", None),
        ("Ann Lee wrote that the ferry “was late again”.", "Ann Lee"),
    ],
)
def test_a_quoted_predicate_of_a_place_or_a_thing_is_not_theirs(sentence, speaker):
    assert credited(sentence) == [speaker]
