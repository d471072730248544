"""An eighteenth audit of the speaker rules on real news (the partial quotes of rounds r74–r80 credited to no one,
a wrong speaker of r81): a participle in the passive and its agent after ``by``, opening the sentence or set off by a
comma; a pronoun after an opening participle clause; British spellings as ordinary words.  Sentences written for
it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from newsparse_quotes.lexicon import is_ordinary_word

from .test_quotes import credited


# -- A: a participle opening the sentence, its agent after ``by`` before the quote ----------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Described by council leader Ann Lee as “a lifeline”, the fund was cut anyway.", "Ann Lee"),
        ("Praised by the mayor, Tom Reid, as “visionary”, the plan still failed.", "Tom Reid"),
        ("Dismissed by Acme Corp as “pure speculation”, the report caused a stir.", "Acme Corp"),
    ],
)
def test_an_opening_participles_agent_speaks(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Backed by the mayor, Ann Lee called the plan “a lifeline”.", "Ann Lee"),  # the agent backs; the subject speaks
        ("Driven by “greed”, the scheme failed, Ann Lee said.", "Ann Lee"),  # no speech verb: the closing credit
    ],
)
def test_an_opening_participle_of_no_speech_leaves_the_quote_to_its_speaker(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- B: a participle with no ``be`` before it, its agent after ``by`` right after the quote --------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Branded “a failure” by Ann Lee, the scheme was dropped.", "Ann Lee"),
        ("The scheme, branded “a failure” by Ann Lee, was dropped in May.", "Ann Lee"),
        ("The levy, described as “a stealth tax” by Acme Corp, starts in June.", "Acme Corp"),
    ],
)
def test_a_participle_set_off_by_a_comma_or_opening_the_sentence_is_passive(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Branded “a failure” by any measure, the scheme was dropped.",  # a measure, no agent
        "The levy, to start in June, is “a stealth tax” by any account.",  # no participle before the quote
    ],
)
def test_no_agent_no_speaker(sentence):
    assert credited(sentence) == [None]


# -- C: a pronoun opening the main clause after a participle clause stands for no one named in that clause -------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee chairs the board. Criticising Tom Reid, she said his plan was “all over the place”.", "Ann Lee"),
        ("Ann Lee chairs the board. Criticizing Tom Reid, she said his plan was “all over the place”.", "Ann Lee"),
        ("Tom Reid runs the port. Asked about Ann Lee, he said the plan was “a lifeline”.", "Tom Reid"),
    ],
)
def test_a_pronoun_after_a_participle_clause_is_its_understood_subject(text, speaker):
    assert credited(text)[-1] == speaker


def test_a_person_followed_before_and_named_in_the_participle_clause_is_not_meant():
    paragraphs = (
        "Ann Lee chairs the board.",
        "In talks Jordan Blake wanted to keep prices at £6.",
        "Ms Lee said “this delay is bad”.",
        "Criticising Jordan Blake, she said the plan was “all over the place”.",
    )
    assert credited(*paragraphs) == ["Ann Lee", "Ann Lee"]


def test_a_pronoun_after_a_subordinate_clause_may_stand_for_its_subject():
    assert credited("Ann Lee spoke. When Ann Lee arrived, she said the plan was “a lifeline”.") == ["Ann Lee"]


# -- D: a British spelling in -is- is an ordinary word as its American spelling is -----------------------------------


@pytest.mark.parametrize("word", ["criticising", "organisation", "apologised", "realises"])
def test_a_british_spelling_is_an_ordinary_word(word):
    assert is_ordinary_word(word)


@pytest.mark.parametrize("word", ["louise", "denise", "elise", "otis"])
def test_a_name_ending_in_is_is_no_ordinary_word(word):
    assert not is_ordinary_word(word)


# -- E: the object of a verb of causing speaks, though the verb was read into its phrase ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Reid refused to talk, prompting Ann Lee to accuse him of “belligerence”.", "Ann Lee"),
        ("Tom Reid refused, leading Ann Lee to call the offer “an insult”.", "Ann Lee"),
        ("The talks failed, forcing Acme Corp to describe the deal as “dead”.", None),  # a body: no person the names know
    ],
)
def test_the_object_of_a_verb_of_causing_speaks(text, speaker):
    assert credited(text) == [speaker]


def test_an_asking_verbs_object_does_not_speak():
    assert credited("The board asked Tom Roe to explain the “error”.") == ["The board"]


# -- F: ``as X put it`` after a quote ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The city wants to curb their “nuisance,” as Deputy Mayor Ann Lee put it.", "Ann Lee"),
        ("The tax was “a disaster”, as Tom Reid said on Monday.", "Tom Reid"),
        ("“It is over,” Ann Lee put it bluntly.", "Ann Lee"),
    ],
)
def test_as_x_put_it_after_a_quote_names_its_speaker(text, speaker):
    assert credited(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("“We will win,” as the saying goes.", None), ("Tom Reid called it “a disaster,” as police arrived.", "Tom Reid")],
)
def test_as_and_a_clause_of_no_speech_after_a_quote_names_no_one(text, speaker):
    assert credited(text) == [speaker]


# -- G: two quotes joined by ``and`` before the agent of a passive -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan was branded “reckless” and “cruel” by Ann Lee.",
        "The plan has been hailed as the “best in years” and a “turning point” by Ann Lee.",
    ],
)
def test_two_quotes_joined_before_the_agent_are_both_the_agents(text):
    assert credited(text) == ["Ann Lee", "Ann Lee"]


def test_a_quote_with_an_agent_of_its_own_is_not_the_others():
    assert credited("The plan was branded “reckless” by Ann Lee and “cruel” by Tom Reid.")[0] == "Ann Lee"


# -- H: a clerk's title before a name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Marion County Clerk Don Gray said turnout was “low”.", "Don Gray"),
        ("“Turnout was low,” said City Clerk Ann Lee.", "Ann Lee"),
    ],
)
def test_a_clerks_title_is_cut_from_the_name(text, speaker):
    assert credited(text) == [speaker]


def test_a_quote_naming_the_clerks_county_still_credits_the_clerk():
    paragraphs = ("Marion County Clerk Don Gray expects a low turnout.", "“Across Marion County, people are tired,” he said.")
    assert credited(*paragraphs) == ["Don Gray"]
