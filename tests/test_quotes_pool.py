"""Quote kinds and spans of patterns common on news pages from many outlets, on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsparse_quotes.marks import find_quotes

from .test_quotes import extract


def kinds(*paragraphs: str) -> list[tuple[str, str]]:
    """The text and kind of each quote of an article made of ``paragraphs``."""
    return [(q.text, q.kind) for q in extract(*paragraphs)]


def texts(raw: str) -> list[str]:
    return [raw[q.start : q.end] for q in find_quotes(raw)]


# -- an introducer, its object or a phrase, then a comma: the quote is the speaker's sentence --------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Ann Lee reassured the crowd, “Nobody will lose their home.”",
        "The coach told reporters after the game, “We were simply not good enough.”",
        "Governor Tim Hale wrote on his blog, “Our roads are safer than they were a year ago.”",
        "Senator Ruth Gale struck back, telling Fox News, “The bill protects every family in the state.”",
    ],
)
def test_introducer_with_an_object_then_a_comma_gives_a_direct_quote(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["direct"]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        # a fragment set off by commas inside the reported clause stays partial
        ("Mayor Ann Lee said the scheme, “a lifeline for small farms,” would pass in May.", "partial"),
        # a clause ("that …") between the verb and the comma: the quote is inside it
        ("Mayor Ann Lee said that after the storm, “several bridges” had to close.", "partial"),
        # a verb of praise or blame takes a thing: the quote after its object is no sentence said
        ("Senator Ruth Gale praised the farm plan, “A fair deal for growers,” before the vote.", "partial"),
        # a lower-case quote goes on with the reported clause whose subject stands before the comma
        ("Ms Ivy Dunn said the county board, “failed to answer a single letter we sent.”", "partial"),
    ],
)
def test_object_rule_leaves_fragments_partial(paragraph, kind):
    assert [k for _, k in kinds(paragraph)] == [kind]


# -- a lower-case quote after an introducer, its sentence ending right after the closing mark --------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The judge replied, “we decide on the law, not on feelings”.",
        "Asked about the delay, Chief Ken Moss said: “it was out of our hands”.",
        "Harbour master Joan Pike said; “Every boat must leave the basin by noon.”",
    ],
)
def test_whole_sentence_after_an_introducer_is_direct(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["direct"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Chief Ken Moss said, “it was out of our hands” and left.",
        # a few words are no sentence
        "Asked which win meant more, Coach Lia Brandt replied, “probably this one”.",
    ],
)
def test_lower_case_fragment_after_an_introducer_stays_partial(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["partial"]


# -- a speech verb right before a capitalized quote that ends the sentence ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Asked whether he would stay, Coach Dan Reyes shrugged, saying “Who knows”.",
        "When the verdict was read, Tom Ashby turned to his family and whispered “I love you.”",
    ],
)
def test_capitalized_sentence_right_after_a_speech_verb_is_direct(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["direct"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a naming verb names the thing: a term or a partial, never a sentence said
        "Residents of Elm Street called the project “Monstrous”.",
        # the quote is the subject of a clause that runs on
        "Coach Dan Reyes said “Nobody” had warned the players.",
        # a verb of praise or blame takes a thing, not words said
        "Senator Ruth Gale condemned “Russian aggression.”",
        "Mayor Ann Lee blamed “Brussels”.",
    ],
)
def test_naming_verbs_and_quotes_inside_a_clause_are_not_direct(paragraph):
    assert [kind for _, kind in kinds(paragraph)] != ["direct"]


# -- a direct quote resumed after its attribution, however long ---------------------------------------


def test_quote_resumed_after_a_long_attribution_stays_direct():
    found = kinds(
        "“We tried everything,” Dr. Ada Kwan said at a news conference at the county hospital on Friday, "
        "“but the virus moved faster than we did.”"
    )
    assert found == [
        ("We tried everything,", "direct"),
        ("but the virus moved faster than we did.", "direct"),
    ]


def test_quote_resumed_after_an_inverted_attribution_stays_direct():
    found = kinds("“My brother and I,” said Leo Marsh, “will rebuild the barn together.”")
    assert [kind for _, kind in found] == ["direct", "direct"]


def test_fragment_later_in_the_sentence_of_a_cut_quote_stays_partial():
    found = kinds("“We tried everything,” said Dr. Ada Kwan, who called the outbreak “a slow disaster.”")
    assert [kind for _, kind in found] == ["direct", "partial"]


# -- a quote opening its sentence whose clause runs on past the closing mark ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“If the board wants the pool reopened” it must find the money, Treasurer Ivy Dunn said.",
        "“Because the river rose so fast” nobody could leave, Fire Chief Al Boyd said.",
        "“It is remarkable” that the dam held, Engineer Omar Fitch said.",
    ],
)
def test_quote_opening_a_sentence_that_runs_on_is_partial(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["partial"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will reopen the pool in June” the treasurer told reporters.",
        "“The dam held” said Engineer Omar Fitch.",
        "“The dam held.” Engineer Omar Fitch was relieved.",
        # a comma inside the marks ends the quote's clause, whatever follows
        "“We will lose some of the reefs,” marine biologist Kay Lund, who led the survey, told reporters.",
        # after an introducer the quote is the speaker's sentence, an adjunct after it aside
        "The mayor’s reply was, “Nobody will be evicted” unless the court rules otherwise.",
        # a whole sentence before an adjunct or a coordinated clause stands on its own
        "“Demand for steel will pick up” after the tariff cut, analyst Raj Mehta said on Monday.",
        "“Three of the injured were children” and two were pensioners, the hospital added.",
    ],
)
def test_quote_before_its_attribution_without_comma_stays_direct(paragraph):
    assert [kind for _, kind in kinds(paragraph)][0] == "direct"


# -- a long quoted run credited to nobody is borrowed wording, not a scare quote ---------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The driver was “well over the limit and barely able to stand” when stopped.",
        "Rescuers recovered “a number of small metal boxes” from the wreck.",
        "The council moved “to protect the heritage of the old town” last spring.",
    ],
)
def test_long_uncredited_fragment_is_partial(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["partial"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Drivers avoid the “grey zone” after dark.",
        "Fans of the “Big Red Machine” packed the arena.",
        "The “war on drugs” began decades ago.",
        # a title keeps its punctuation and its capitals, however long
        "The band closed with “Leave Me Now, I’m Tired” and left.",
        # a marker and a comma name it too
        "One analyst responded with a research note titled, “Best Quarter of the Decade?”",
    ],
)
def test_short_scare_quotes_and_titles_stay_terms(paragraph):
    assert [kind for _, kind in kinds(paragraph)] == ["term"]


# -- a plural's possessive inside a quote in single marks ---------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "‘We back the growers’ union and the farmers’ markets in every town,’ the minister said.",
            ["We back the growers’ union and the farmers’ markets in every town,"],
        ),
        (
            "'Nobody questions the nurses' pay any more. It is settled.'",
            ["Nobody questions the nurses' pay any more. It is settled."],
        ),
        # the mark closes the quote when another opens before any later close
        ("The ‘experts’ said the ‘crisis’ was over.", ["experts", "crisis"]),
        # and when no later mark closes the quote at all
        ("Fans chanted ‘heroes’ all night long.", ["heroes"]),
        # two possessive-looking marks and no other: the first closes the quote
        ("The ‘rebels’ took the generals’ offices.", ["rebels"]),
    ],
)
def test_possessive_mark_inside_a_single_quote(raw, expected):
    assert texts(raw) == expected


def test_possessive_marks_are_read_in_linear_time():
    raw = "‘" + "the boss’ s’ job " * 20000 + "end.’"
    assert texts(raw)[0].startswith("the boss")
