"""Speaker rules from the precision audit on real news text (issue 11): each wrong kind of speaker the
audit found, fixed by a rule about the language, with sentences written for these tests (none copied
from a page). Precision first: where the rule cannot be sure, the quote has no speaker.
"""

from __future__ import annotations

import pytest

from .test_quotes import extract


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract(*paragraphs)]


# -- a ranked role ("the prime minister") is an office of its own ------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the person followed is not the prime minister: nobody rather than a guess
        (["Opposition leader Rolf Danner mocked Ilse Kvam over the delayed budget.",
          "The prime minister insisted that the country needed “patience” above all."], [None]),
        (["Councillor Beata Lund criticised the plan at length on Monday.",
          "The deputy mayor replied that the vote had been “entirely lawful”."], [None]),
        # printed with the title, the office holder is found
        (["Prime Minister Ilse Kvam spoke after Rolf Danner.",
          "The prime minister insisted that the country needed “patience” above all."], ["Ilse Kvam"]),
        # an unranked role still follows the person the text is about
        (["Minister Ole Brekke toured the harbour on Friday.",
          "The minister said the quay was “long overdue”."], ["Ole Brekke"]),
    ],
)
def test_a_ranked_role_names_only_a_person_printed_with_that_title(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


# -- carrying the last speaker on ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a cue between two fragments of one sentence introduces the second: its unresolved subject is
        # not the first speaker
        (["When Sen. Ada Ruiz invited Sen. Ben King to a “debate” on the rule, King accepted, explaining that "
          "the rule should not be used for “sweeping changes”."], ["Ada Ruiz", None]),
        (["When Sen. Ada Ruiz invited her rival to a “debate”, he accepted, saying he wanted “a fair hearing”."],
         ["Ada Ruiz", None]),
        # with no cue between them, the second fragment is the first speaker's
        (["When Sen. Ada Ruiz invited Sen. Ben King to a “debate”, then to a “vote”, King declined."],
         ["Ada Ruiz", "Ada Ruiz"]),
    ],
)
def test_a_fragment_after_a_cue_of_its_own_is_not_carried_on(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the writer's own "I" outside quotes: the scare quotes are the writer's
        (["“Nobody reads the small print,” said Tomas Vik.", "I suspect the board prefers a “quiet filing”."],
         ["Tomas Vik", None]),
        (["“Nobody reads the small print,” said Tomas Vik.", "We think the rule is a “paper tiger” at best."],
         ["Tomas Vik", None]),
        # a fragment in a sentence with no subject of its own is still carried on
        (["“Nobody reads the small print,” said Tomas Vik.", "Hence, in his view, a “quiet filing”."],
         ["Tomas Vik", "Tomas Vik"]),
    ],
)
def test_a_fragment_in_the_writers_own_voice_is_not_carried_on(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


# -- an unnamed source is never the first person named after it ---------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Three judges stepped down on Friday, a court official said.",
          "“Three resignations were received,” said the official, who asked not to be named.",
          "They were Judge Omar Pell, Judge Rita Nunn and Judge Karl Sabo."], ["a court official"]),
        (["“The deal is done,” the source said.", "Trade Minister Lena Holt flew home on Monday."], ["the source"]),
        # a role that is no word of an unnamed source still finds the person the article goes on to name
        (["“We will rebuild,” the governor said.", "Governor Ines Marlow toured the flooded towns."],
         ["Ines Marlow"]),
    ],
)
def test_an_unnamed_source_is_not_the_person_named_after_it(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


# -- a title with "and" inside it, after the verb -----------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["“The water is safe,” said the network’s Chief Health and Science Editor Dr Lena Moor."], ["Lena Moor"]),
        (["“Prices will fall,” wrote the paper’s Chief Business and Markets Correspondent Ivo Dahl."], ["Ivo Dahl"]),
        # two people joined by "and" hold no role word: the list is left as it was read
        (["“We agree,” said Pia Holm and Rune Sand."], ["Pia Holm"]),
        (["“We agree,” said Pia Holm and Mayor Rune Sand."], ["Pia Holm"]),
    ],
)
def test_a_title_joined_by_and_runs_on_to_the_name_after_it(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


# -- a quote whose own sentence names a speaker the rules cannot read ---------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the verb after the quote credits someone: the passage before is no guide
        (["Harbour Rescue says its crews answered a string of calls overnight.",
          "“Nobody was hurt,” Boatmen Local 4471 said on its website."], ["Boatmen Local 4471"]),
        # with no verb after the quote, the passage before introduces its speaker
        (["Harbour master Una Brekk told reporters on the quay:", "“Nobody was hurt.”"], ["Una Brekk"]),
        (["Harbour master Una Brekk said the night had been calm.", "“Nobody was hurt,” she said."], ["Una Brekk"]),
    ],
)
def test_a_quote_whose_own_sentence_has_a_speech_verb_is_not_credited_from_before(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected


# -- an inverted sentence: its subject after the copula -----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["The board was set to approve the takeover bid of John Dahl.",
          "Among the doubters was director George Falk of Bergen, who asked for a delay. “The numbers do not add up,” "
          "he said."], ["George Falk"]),
        (["The council backed the plan put forward by Mayor David Lien.",
          "Behind the objection was Councillor Peter Skau of Ringvik, who stunned members by announcing he wanted "
          "a costing. “It is a blank cheque,” he said."], ["Peter Skau"]),
        # no copula after the opening phrase: the rules run as before
        (["The council backed the plan put forward by Mayor David Lien.",
          "Among other things Councillor Peter Skau asked for a costing. “It is a blank cheque,” he said."], ["Peter Skau"]),
    ],
)
def test_the_subject_of_an_inverted_sentence_is_the_name_after_its_copula(paragraphs, expected) -> None:
    assert speakers(*paragraphs) == expected
