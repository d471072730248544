"""An eleventh audit of the speaker rules on real news: the kinds of wrong speaker it found, each
with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a role owning a capitalized word (``the Governor's Address``) names no person ---------------


def test_a_pronoun_skips_the_thing_a_role_owns() -> None:
    assert credited(
        "Finance chief Mara Odell spoke on Tuesday.",
        "During the debate on the Governor's Address, she said the plan was “a bold step”.",
    ) == ["Mara Odell"]


@pytest.mark.parametrize("owned", ["the President's Address", "the Queen's Speech", "the Mayor's Ball"])
def test_a_thing_a_role_owns_is_no_speaker(owned: str) -> None:
    assert credited(f"After {owned}, he called the plan “a bold step”.") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Premier's spokesman Tom Vale called the plan “a bold step”.", "Tom Vale"),
        ("Kenya's President Wanjiru Kamau called the plan “a bold step”.", "Wanjiru Kamau"),
    ],
)
def test_a_title_after_an_owner_still_names_its_holder(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- B: ``a Daily Courier report``: a bare speech verb after a name opened by ``a`` is a noun --------


def test_a_paper_named_in_a_report_noun_is_no_speaker() -> None:
    assert credited(
        "Council leader Ann Lee called a Daily Courier report “wrong,” adding that “no decision was taken.”",
    ) == ["Ann Lee", "Ann Lee"]


def test_an_outlet_named_before_a_noun_opened_by_an() -> None:
    assert credited("Coach Rui Dias branded an ABC Sport report “lazy”.") == ["Rui Dias"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Courier reported that the mayor was “furious”.", "The Courier"),
        ("Analysts at Fenwick Capital report “strong demand”.", "Analysts at Fenwick Capital"),
    ],
)
def test_a_paper_reporting_still_speaks(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- C: a quote run over paragraphs ends with its speaker's name; a guessed lead-in gives way ------


@pytest.mark.parametrize(
    ("first", "second", "third", "run"),
    [
        (
            "Council spokesman Dan Ortiz said the mayor still planned to visit the estate.",
            "According to him, Governor Tom Hale was wrong about the visit.",
            "He also said the mayor wanted to meet the families.",
            ["“If he does not understand, the rest of the city does.", "“So is there no problem there? Ask the families.",
             "“It is up to the governor,” Ortiz said."],
        ),
        (
            "Nurses' union chief Pat Kerr said the health board had cut staff.",
            "In her view, board chair Ann Moss had ignored the warnings.",
            "She also said the cuts would hurt patients.",
            ["“If she cannot see it, everyone else can.", "“It is a scandal,” Kerr said."],
        ),
    ],
)
def test_a_run_on_quote_takes_the_name_it_ends_with(first: str, second: str, third: str, run: list[str]) -> None:
    speakers = credited(first, second, third, *run)
    assert len(set(speakers)) == 1 and speakers[-1] in ("Dan Ortiz", "Pat Kerr")


def test_a_run_on_quote_ending_in_a_pronoun_keeps_its_lead_in() -> None:
    assert credited(
        "Council spokesman Dan Ortiz spoke to reporters on Friday.",
        "Governor Ruth Hale later said:",
        "“The mayor will not come.",
        "“It is up to the council,” she said.",
    ) == ["Ruth Hale", "Ruth Hale"]


def test_a_closed_quote_keeps_its_own_speaker() -> None:
    assert credited(
        "Council spokesman Dan Ortiz spoke to reporters.",
        "“The mayor will visit,” he said. “It is up to the governor.”",
        "“We will see,” Ruth Hale said.",
    ) == ["Dan Ortiz", "Dan Ortiz", "Ruth Hale"]


# -- D: a lead-in whose last cue is a named owner's speech noun governed by another's verb ---------


@pytest.mark.parametrize(
    "lead_in",
    [
        "Former minister Halim Yusof claimed Bakri's assertion that the deals were never discussed was false.",
        "Former minister Halim Yusof flatly rejected Bakri's claim about the deals.",
    ],
)
def test_a_named_owners_claim_under_another_verb_introduces_no_one(lead_in: str) -> None:
    speakers = credited("Two lawmakers accused Trade Minister Omar Bakri of misleading the House.", lead_in, "“We found these deals in the Cabinet papers.”")
    assert speakers == [None]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Union leader Rosa Diaz rejected the mayor's claim that the talks had failed.",
        "Union leader Rosa Diaz said the talks had failed.",
    ],
)
def test_a_lead_in_without_a_named_owner_still_introduces(lead_in: str) -> None:
    assert credited(lead_in, "“We are still at the table.”") == ["Rosa Diaz"]


# -- E: ``the former trade and consumer affairs minister``: two portfolios of one post -------------


def test_two_portfolios_joined_by_and_make_one_post() -> None:
    assert credited(
        "Former minister Halim Yusof spoke first.",
        "“I ask the Speaker to rule,” said the former trade and consumer affairs minister.",
    ) == ["Halim Yusof"]


def test_a_role_and_another_person_are_no_one_post() -> None:
    assert credited("Finance Minister Tom Reyes met the press.", "“The budget is sound,” said the minister and his deputy.") == ["Tom Reyes"]


# -- F: ``underlined`` reports speech, like ``stressed`` ------------------------------------------


def test_underlined_credits_its_subject_in_a_clause_after_as() -> None:
    assert credited("Rival parties mocked the budget, as Finance Minister Ann Lee underlined that it was “fully costed”.") == ["Ann Lee"]


def test_a_document_underlining_speaks_as_printed() -> None:
    assert credited("The report underlined the “urgent need” for reform.") == ["The report"]


# -- G: a generic role (``the health chief``) and the person titled with it named since -----------

_HEALTH = [
    "The chief executive of the NHS in Wales, Tom Reid, has said sorry to patients.",
    "MSs also heard from Wales's Health Secretary Ann Lowe.",
    "She said she wanted all patients treated quickly.",
]


def test_a_generic_role_takes_the_holder_of_the_role_named_since() -> None:
    assert credited(*_HEALTH, "The committee's chair, Labour's Rob Kerr, quizzed Mr Reid on the audit.",
                    "The health chief said he was “not after praise”.") == ["Tom Reid"]


def test_a_generic_role_keeps_its_modifiers_holder_named_last() -> None:
    assert credited(_HEALTH[0], "MSs also heard from Wales's Health Secretary Ann Lowe.",
                    "The health chief said she was “not after praise”.") == ["Ann Lowe"]


def test_the_ukrainian_leader_is_still_its_president() -> None:
    assert credited(
        "Opposition leader Tom Baird spoke first.",
        "Later, Ukrainian President Olena Marchuk met reporters.",
        "“We will hold firm,” the Ukrainian leader said.",
    ) == ["Olena Marchuk"]


# -- H: a rank in a title (``Former federal minister X``) and a description holding it -------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Trade Minister Omar Bakri spoke to reporters.", "Former federal minister Halim Yusof said the deals were discussed.",
          "Bakri later left the House.", "“I ask the Speaker to rule,” said the former minister."], "Halim Yusof"),
        (["Former state senator Ruth Ames backed the bill.", "Senator Joe Hill opposed it.", "“It will pass,” the former senator said."],
         "Ruth Ames"),
    ],
)
def test_a_ranked_description_takes_the_holder_of_that_rank(paragraphs: list[str], speaker: str) -> None:
    assert credited(*paragraphs) == [speaker]


def test_a_ranked_description_never_takes_the_plain_holder() -> None:
    assert credited("Trade Minister Omar Bakri spoke to reporters.", "“I ask the Speaker to rule,” said the former minister.") == [None]
    assert credited("Trade Minister Omar Bakri spoke to reporters.", "“I ask the Speaker to rule,” said the minister.") == ["Omar Bakri"]


# -- I: a capitalized ``-ed`` word set off at a sentence's start (``Irked, …``) is no name ----------


@pytest.mark.parametrize(
    "opening",
    ["Irked, Kohli calmly replied: “Ask the board.”", "Undeterred, the batter calmly said: “Ask the board.”"],
)
def test_a_set_off_participle_opens_no_subject(opening: str) -> None:
    assert credited("Batter Ravi Kohli was asked about his form.", opening) == ["Ravi Kohli"]


def test_a_first_name_set_off_still_speaks() -> None:
    assert credited("Fred, a farmer, calmly said: “Ask the board.”") == ["Fred"]


# -- J: a speech-verb form after a verb of receiving is its object (``received reports``) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry received reports “of looting” in the north.",
        "Police fielded calls about “gunfire” near the depot.",
        "The club got complaints about “rude” stewards.",
    ],
)
def test_the_receiver_of_reports_is_no_speaker(sentence: str) -> None:
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police reported “gunfire” near the depot.", "Police"),
        ("Sheriff Ann Cole said her office received calls about “gunfire” near the depot.", "Ann Cole"),
    ],
)
def test_a_report_made_or_relayed_still_speaks(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- K: ``state`` as a place's last word or before a finite verb is no speech verb ----------------


@pytest.mark.parametrize(
    "clause",
    ["if Governor Tunde Oke of Ogun state does not want the visit", "if the Ogun state government has doubts"],
)
def test_a_state_named_in_a_clause_is_no_speaker(clause: str) -> None:
    assert credited(f"Spokesman Ade Bello said that {clause}, “it is up to them”.") == ["Ade Bello"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials state that the offer is “final”.", "Officials"),
        ("The two unions state that the offer is “final”.", "The two unions"),
        ("Residents say the plan is “unfair”.", "Residents"),
    ],
)
def test_a_plural_subject_still_states(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


# -- L: a speech noun that is the subject of its own past verb is no cue (``his remarks contradicted``)


def test_a_speech_noun_subject_of_its_own_verb_gives_way_to_the_speaker() -> None:
    assert credited(
        "Official Tom Rood spoke to senators.",
        "Rood said that his remarks directly contradicted nobody because “the plan was never final.”",
    ) == ["Tom Rood"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mayor Ann Lee's statement was blunt: “We are broke.”", "Ann Lee"),
        ("Mayor Ann Lee's letter warned that the town was “broke”.", "Ann Lee's letter"),
    ],
)
def test_a_speech_noun_before_a_copula_or_speech_verb_still_cues(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]
