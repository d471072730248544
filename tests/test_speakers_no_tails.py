"""Speakers read as whole noun phrases, never their tails, on sentences written for these tests (blind round
p620-p625):

* the object of a part joined to the phrase's head by a preposition or a participle is no speaker of its own: ``A
  senior executive at one of the lead managers`` and ``A lawyer representing one of the companies`` speak whole,
  never ``managers`` nor ``the companies``; ``Most of the residents`` stays the residents;
* a body's name running through ``for`` or ``of`` to two places joined by ``and the`` is one name (``The Ferry
  Users' Forum for Argyll and the Isles``), never ``the Isles``;
* a participle taking an object ends the head of a described source (``A lawyer representing the families``: a
  lawyer), not a modifier before it (``A senior banking official``);
* ``A`` or ``An`` and a nationality is one person (``An American said``), while a nationality alone or after ``the``
  stays nobody;
* the subject of a relative clause on a noun in a lead-in (``… a line that several employees posted on LinkedIn:``)
  passes the words on and is no speaker of the quote under it;
* a quote in a clause that ``while`` opens with a subject of its own is never the earlier speaker's.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A senior executive at one of the book-running lead managers", None),
        ("A trader at one of the big banks", None),
        ("An adviser to one of the bidders", None),
    ],
)
def test_the_object_of_a_part_is_no_speaker(subject, speaker):
    assert credited(f"{subject} said demand had been “very strong”.") == [speaker or subject]


def test_a_participle_and_a_part_stay_in_the_phrase():
    assert credited(
        "A lawyer representing one of the companies, speaking on condition of anonymity, said the case was “weak”."
    ) == ["A lawyer representing one of the companies"]


def test_most_of_a_group_stays_the_group():
    assert credited("Most of the residents said the plan was “unfair”.") == ["the residents"]


@pytest.mark.parametrize(
    "body",
    ["The Ferry Users' Forum for Argyll and the Isles", "The Commission for Wales and the Marches"],
)
def test_a_body_named_after_two_places_is_one_name(body):
    assert credited(f"{body} said in a statement that the news was “a hammer blow”.") == [body]


def test_two_places_with_no_body_before_them_are_no_name():
    assert credited("Talks between Kyiv and the Kremlin said to be “stalled” resumed.") == [None]


@pytest.mark.parametrize(
    "subject",
    ["A lawyer representing the families", "A senior banking official", "A soldier fighting near Bakhmut"],
)
def test_a_described_source_keeps_its_head(subject):
    assert credited(f"{subject} said the ruling was “cruel”.") == [subject]


def test_a_nationality_after_a_is_one_person():
    assert credited("An American who runs a bar in Lisbon said business was “slow”.") == ["An American"]


@pytest.mark.parametrize("subject", ["The British", "Chinese"])
def test_a_nationality_alone_is_nobody(subject):
    assert credited(f"{subject} said the deal was “fair”.") == [None]


def test_a_relative_clause_in_a_lead_in_names_no_speaker():
    assert credited(
        "Tom Aldous, the chief executive, wrote a memo to staff.",
        "Aldous ended his memo with a line that several employees posted on LinkedIn within hours:",
        "“We will be smaller, we will be boring, and we will still be here.”",
    ) == [None]


def test_a_reported_clause_in_a_lead_in_still_speaks():
    assert credited("Ann Lee said that the union had posted a reply within hours:", "“We will not be moved.”") == [
        "Ann Lee"
    ]


@pytest.mark.parametrize(
    "source", ["A person involved in the talks", "A source briefed on the plan", "An official knowledgeable about the deal"]
)
def test_a_source_tied_to_its_phrase_speaks_whole(source):
    assert credited(f"{source} said the talks were “stuck”. “Nobody wants to sign first,” the {source.split()[1]} said.") == [
        source,
        source,
    ]


@pytest.mark.parametrize(
    "body", ["U.S. Customs and Border Protection", "The U.S. Food and Drug Administration", "A.B. Holdings and Beta Corp"]
)
def test_initials_keep_a_name_with_and_whole(body):
    assert credited(f"{body} said the change was “temporary”.") == [body]


def test_a_quote_in_a_contrasting_clause_is_not_the_earlier_speakers():
    assert credited(
        "Ann Lee said the deal was “a tax rise”, while the Greens hailed “the end of a gimmick that cost councils”."
    ) == ["Ann Lee", "the Greens"]
    assert credited("Ann Lee said the deal was a tax rise, while the Greens marked “the end of a gimmick”.") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee said the firm would move its channels, while keeping the old service “for as long as people want it”.",
        "Ann Lee said that, while the deal was late, it was “fair”.",
        "Ann Lee said the deal was fair, while also warning that the cost was “steep”.",
        "Ann Lee said power had delivered most of the gains, while emissions from buildings were “broadly flat”.",
        "Ann Lee said the cuts came from lower prices, while the rand “appreciated marginally” against the dollar.",
    ],
)
def test_a_participle_or_a_clause_reported_with_the_rest_keeps_the_speaker(sentence):
    assert credited(sentence) == ["Ann Lee"]
