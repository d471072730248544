"""Relayed quotes and set-off phrases, on sentences written for these tests:

* ``quoted X as saying`` credits X however far the quote stands, past a participle's clause set off after X (``an
  officer, identified only by his call sign ‘Osa’, as saying``, ``a trader, speaking on condition of anonymity, as
  saying``) and past a clause of what X said with a subject of its own; never the outlet, never a word of the clause.
* ``put it`` right before a quote is a verb and its object (``the numbers put it “within reach”``), no speech idiom.
* A person named in apposition, set off with where they are from (``One shopper, Ana Reyes, from Hill Street,
  said``), is the subject a later ``she`` takes up.
* Past a description read short, the name set off right before ``as saying`` is the source, and the outlet never is.
* What a source called something in the past (``what officials called “…”``) is its words; what a group calls
  something in the present is its jargon.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited, extract


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("The Harbour Times quoted a border guard, identified only by his call sign ‘Osa’, as saying that his unit got "
         "“two patrols a week when we need ten.”", "a border guard"),
        ("Radio Kestrel quoted a grain trader, speaking on condition of anonymity, as saying the harvest was “a disaster”.",
         "a grain trader"),
        ("The Valley Post cited a senior nurse, asked about the rota, as saying that the ward's figures put staffing "
         "“below any safe level”.", "a senior nurse"),
    ],
)
def test_a_source_quoted_past_a_set_off_clause_is_credited(paragraph, source):
    assert credited(paragraph)[-1] == source


@pytest.mark.parametrize(
    "paragraph",
    [
        "Party leader Ana Reyes said the poll was good. The Daily Post quoted her as saying that the party's own "
        "numbers put it “within reach” in 40 seats.",
        "Party leader Ana Reyes said the poll was good. The Daily Post quoted Reyes as saying that the latest count "
        "put it “within reach”.",
    ],
)
def test_put_it_before_a_quote_is_no_speech_idiom(paragraph):
    assert credited(paragraph) == ["Ana Reyes"]


def test_as_someone_put_it_still_speaks():
    assert credited("As the mayor put it, the plan was “dead on arrival”.") == ["the mayor"]


@pytest.mark.parametrize("origin", ["from Hill Street", "of Kilburn", "41, from Hill Street"])
def test_a_person_set_off_with_where_they_are_from_is_the_subject(origin):
    paragraphs = [
        "Union organiser Rosa Kline said the strike would go ahead.",
        f"One shopper, Ana Reyes, {origin}, said she and her husband had booked a holiday.",
        "“We have been saving for this for two years,” she said.",
    ]
    assert credited(*paragraphs)[-1] == "Ana Reyes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Football finance lecturer Dr Ana Reyes, of the University of Northfield, said the club was “close to the line”.",
        "Ana Reyes, 41, of Hill Street, said the club was “close to the line”.",
        "Dr Ana Reyes, from the Harbour Institute, said the club was “close to the line”.",
    ],
)
def test_the_name_before_where_they_are_from_speaks(sentence):
    assert credited(sentence) == ["Ana Reyes"]


def test_a_name_set_off_before_as_saying_is_the_source_past_a_short_read_description():
    sentence = ("The agency Baltnews quoted his Estonian counterpart, Kalev Tamm, as saying that the dispute concerned "
                "“less than 5 percent” of the border.")
    assert credited(sentence) == ["Kalev Tamm"]


def test_an_outlet_quoting_someone_as_saying_is_never_the_speaker():
    sentence = "The agency Baltnews quoted his Estonian counterpart as saying that the dispute was “minor”."
    assert credited(sentence) != ["The agency Baltnews"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ministry has warned against what state media called “disorderly competition”.", "state media"),
        ("The ministry has warned against what officials called “disorderly competition”.", "officials"),
    ],
)
def test_what_a_source_called_in_the_past_is_its_words(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_what_a_group_calls_in_the_present_is_no_statement_of_it():
    assert credited("She found what conservators call “lead soaps” in the paint.") != ["conservators"]
