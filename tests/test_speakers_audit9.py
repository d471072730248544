"""A ninth audit of the speaker rules on real news (Irish, New Zealand and Canadian politics, cricket and
football press conferences, US politics wire copy, markets, science, obituaries): the kinds of wrong
speaker and wrong kind it found, each with sentences written for it (none copied from a page), positive
and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited, extract


def kinds(*paragraphs: str) -> list[str]:
    """The kind of each quote of an article made of ``paragraphs``."""
    return [q.kind for q in extract(*paragraphs)]


# -- A: a speech noun judged by a naming or verdict verb: its owner did not say the quote -------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The union chief Tom Ray said he found the premier’s budget speech “deeply cynical”.", "Tom Ray"),
        ("Farmers branded Ann Lee’s remarks “an insult to the regions” on Friday.", "Farmers"),
        ("Opposition MPs, calling the minister’s statement “evasive” and “thin”, walked out.", "Opposition MPs"),
    ],
)
def test_a_judged_speech_noun_is_not_its_owners_words(sentence: str, speaker: str) -> None:
    assert set(credited(sentence)) == {speaker}


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel deemed the coach’s comments “unhelpful”.",
    ],
)
def test_a_judged_speech_noun_never_credits_its_owner(sentence: str) -> None:
    assert credited(sentence)[0] not in ("Ann Lee", "the coach")


def test_an_owners_message_introducing_a_quote_is_still_theirs() -> None:
    assert credited("Ann Lee met the board on Monday. Her message was, “We will not sell the port.”") == ["Ann Lee"]


# -- B: a speech noun answered by someone else (``Responding to X’s comments, Y …``) -----------------


def test_responding_to_an_owners_comments_does_not_credit_the_owner() -> None:
    assert credited(
        "“We need help, not lectures,” Mayor Ann Lee said.",
        "Responding to the mayor’s comments, party leader Tom Ray doubled down.",
        "“The city has made one bad call after another.”",
    ) == ["Ann Lee", "Tom Ray"]


def test_in_an_owners_words_still_credits_the_owner() -> None:
    assert credited("Tom Ray spoke first. In Ann Lee’s words, “the port is the city’s lifeline.”") == ["Ann Lee"]


# -- C: a subject judged in the passive (``she was described as``) is no speaker ---------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Ann Lee chaired the meeting. In 2019 she was described as needing to “lift her game”.",),
        ("Tom Ray runs the club. He has been labelled “the worst owner in the league”.",),
        ("Ann Lee runs the club. She was branded “a bully” in a staff survey.",),
    ],
)
def test_the_one_judged_in_the_passive_is_no_speaker(paragraphs: tuple[str, ...]) -> None:
    assert credited(*paragraphs)[0] not in ("Ann Lee", "Tom Ray")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee chaired the meeting. She described the plan as “a fair start”.",
        "Ann Lee chaired the meeting. She has labelled the plan “a fair start”.",
    ],
)
def test_an_active_describer_is_still_the_speaker(sentence: str) -> None:
    assert credited(sentence) == ["Ann Lee"]


# -- D: a role takes up the person printed with it --------------------------------------------------


def test_the_governor_still_takes_up_governor_ann_lee() -> None:
    assert credited(
        "“We will get the facts,” Governor Ann Lee said on Sunday.",
        "“People are tired of small politics,” the governor said later.",
    ) == ["Ann Lee", "Ann Lee"]


def test_the_senator_still_takes_up_the_senator_followed() -> None:
    assert credited(
        "“We will hold the line,” Sen. Tom Ray said on Sunday.",
        "“Nobody here is backing down,” the senator said.",
    ) == ["Tom Ray", "Tom Ray"]


# -- E: a speech noun after a possessive and an adjective is no verb (``his false claim``) ------------


def test_an_owned_modified_speech_noun_is_no_verb() -> None:
    assert credited(
        "The spokeswoman tried to defend his odd claim that the vote was lost for lack of time.",
        "“We have the votes, just not the calendar.”",
    ) != ["his odd"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The new union claims “the pay offer is an insult to nurses”.", "The new union"),
        ("The young couple claim the flat was “never inspected”.", "The young couple"),
        ("Ann Lee spoke first. Her lawyer claims “the flat was never inspected”.", "Her lawyer"),
    ],
)
def test_a_subject_before_a_speech_verb_form_still_speaks(sentence: str, speaker: str) -> None:
    assert credited(sentence)[-1] == speaker


# -- F: a programme title with the sentence's full stop inside the marks is a term ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will win this,” Sen. Tom Ray said on CBS’s “Face the Nation.”",
        "“We will win this,” Ann Lee told NBC’s “Good Morning Tonight,” adding that she would run.",
    ],
)
def test_a_title_with_punctuation_inside_its_marks_is_a_term(sentence: str) -> None:
    assert kinds(sentence) == ["direct", "term"]


def test_a_short_quoted_sentence_opening_its_sentence_stays_direct() -> None:
    assert kinds("“Thank You,” she said to the crowd.") == ["direct"]


# -- G: a name after a dash ending a passage of nothing but quotes credits every quote of it ----------


def test_a_closing_dash_name_credits_every_quote_of_a_quotes_only_passage() -> None:
    assert credited("“We are not sure about Maxi yet.” “There has been no setback, it just takes time.” – Ann Lee") == [
        "Ann Lee",
        "Ann Lee",
    ]


def test_a_closing_dash_name_credits_a_quote_cut_by_its_second_opening_mark() -> None:
    assert credited("“We are not sure about Maxi yet. “There has been no setback, it just takes time.” – Ann Lee") == [
        "Ann Lee",
        "Ann Lee",
    ]


def test_a_closing_dash_name_after_narration_credits_only_the_last_sentence() -> None:
    found = credited("Tom Ray hit the post twice. “There has been no setback, it just takes time.” – Ann Lee")
    assert found == ["Ann Lee"]


# -- H: ``in the words of X`` after a quote hands it to X, whoever the sentence's subject -------------


def test_in_the_words_of_credits_the_one_named() -> None:
    assert credited(
        "Ann Lee has explained what went on during “one of the oddest days” in the House, in the words of "
        "opposition leader Tom Ray."
    ) == ["Tom Ray"]


def test_a_speaker_right_after_the_quote_wins_over_in_the_words_of() -> None:
    assert credited("“It was chaos,” Ann Lee said, in the words of an old song.") == ["Ann Lee"]


def test_in_the_words_of_after_another_quote_is_not_read() -> None:
    assert credited("Ann Lee called it “a farce” and “a circus,” in the words of Tom Ray.")[0] == "Ann Lee"


def test_a_names_modified_speech_noun_still_credits_its_owner_or_no_one_else() -> None:
    speakers = credited(
        "Judge Ana Pugh based the longer term in part on Rita Vale’s post-trial comments, notably a remark that she "
        "would “change nothing at all”.",
    )
    assert speakers != ["Ana Pugh"]


def test_a_title_in_short_form_holds_the_role_it_abbreviates() -> None:
    speakers = credited(
        "Sen. Rand Hollis, R-Ky., said Sunday that he is “willing to talk”, and the Kentucky senator said he could be "
        "a “bridge” to the House.",
    )
    assert speakers[-1] == "Rand Hollis"
