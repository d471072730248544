"""An eighth audit of the speaker rules on real news (diplomacy, defence, farming, labour, housing,
regional politics): the kinds of wrong or missing speaker it found, each with sentences written for it
(none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited, extract


# -- A: initials printed with no full stops (``A K Lee``): the opening ``A`` is no article --------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Home Minister A K Pillai said, “The border posts will be manned all night.”", "A K Pillai"),
        ("A K Pillai told the house: “The border posts will be manned all night.”", "A K Pillai"),
        ("In a written reply, Railway Minister A R Menon said, “The new line opens in May.”", "A R Menon"),
    ],
)
def test_initials_without_full_stops_open_a_name(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "A K-pop band said, “We will tour the south in June.”",
        "A Labour source said, “We will tour the south in June.”",
    ],
)
def test_an_article_before_a_word_is_no_initial(sentence: str) -> None:
    assert credited(sentence)[0] not in ("A K-pop", "A Labour", "K-pop", "Labour")


# -- B: ``FM`` (foreign minister) before a name is a title, after another acronym too -------------


def test_fm_before_a_name_is_a_title_and_the_minister_takes_it_up() -> None:
    assert credited(
        "Talks resumed in Riga, ER FM Juris Ozols told a news conference.",
        "“The envoy lands today,” he said.",
        "“The talks go on,” the Minister said.",
    ) == ["Juris Ozols", "Juris Ozols"]


def test_fm_radio_station_name_is_not_a_speaker_title() -> None:
    assert credited("Capital FM said in a statement, “Our signal will return tonight.”") != ["Juris Ozols"]


# -- C: a role with a lower-case modifier takes up only a holder named before it -----------------


def test_a_role_is_not_a_holder_named_only_after_it() -> None:
    assert credited(
        "Asked about the visit, Rahim Chowdhury said nothing was settled. “Nothing is final yet,” he said.",
        "The state minister added that he would not guess. “You will hear soon,” he said.",
        "Foreign minister Jamil Haque returns home on Friday.",
    ) == ["Rahim Chowdhury", "Rahim Chowdhury"]


def test_a_role_still_takes_up_a_holder_named_before_it() -> None:
    assert credited(
        "Foreign minister Jamil Haque flew home on Friday.",
        "The top minister was upbeat. “We made progress,” the minister said.",
    ) == ["Jamil Haque"]


# -- D: ``Like X, …`` and ``Unlike X, …`` open a sentence with a phrase, not its subject ----------


@pytest.mark.parametrize("opener", ["Like", "Unlike"])
def test_a_comparison_opening_a_sentence_is_no_subject(opener: str) -> None:
    assert credited(
        "Dr. Nora Vale, who chairs the review panel, spoke on Tuesday.",
        f"{opener} Archbishop Karl Moser, who spoke a day earlier, Vale did not spare the bishops. “The work is not done,” she said.",
    ) == ["Nora Vale"]


def test_like_inside_a_sentence_is_left_alone() -> None:
    assert credited("Archbishop Karl Moser said, “Bishops like me must listen more.”") == ["Karl Moser"]


# -- E: ``homes pledged by X would be “…”``: the agent of a reduced relative is no speaker --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Housing minister Ola Brandt said the flats promised by Mayor Tina Roos would be “priced for nurses”.",
        "Housing minister Ola Brandt said that the scheme backed by Tina Roos will be “a model for the region”.",
    ],
)
def test_the_agent_inside_a_reported_subject_is_no_speaker(sentence: str) -> None:
    assert credited(sentence) == ["Ola Brandt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme was described by Mayor Tina Roos as “a model for the region”.",
        "The flats were promised by Mayor Tina Roos, who called them “priced for nurses”.",
    ],
)
def test_a_passive_agent_still_speaks(sentence: str) -> None:
    assert credited(sentence) == ["Tina Roos"]


# -- F: ``X said, “…,” Outlet reported``: the outlet relays the quote X introduced -----------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A navy spokesman said, “The ships sailed at dawn,” the Harbour Gazette reported.", "A navy spokesman"),
        ("Defence Minister Oskar Lind said, “The ships sailed at dawn,” Channel 4 reported.", "Oskar Lind"),
        ("Oskar Lind said, “The ships sailed at dawn,” the paper said.", "Oskar Lind"),
    ],
)
def test_a_quote_introduced_before_is_not_the_relaying_outlets(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


def test_a_quote_credited_after_it_still_goes_to_the_name_after() -> None:
    assert credited("“The ships sailed at dawn,” Defence Minister Oskar Lind said, the paper reported.") == ["Oskar Lind"]


# -- G: ``Hear him, “…”``: an imperative before a pronoun introduces that person's quote ------------


@pytest.mark.parametrize("mark", [",", ":"])
def test_hear_him_introduces_his_quote(mark: str) -> None:
    assert credited(
        "Retired envoy Tunde Bakare said the former leader left office a poor man.",
        f"Hear him{mark} “I know where he lives. He is not a rich man.”",
    ) == ["Tunde Bakare"]


def test_hear_inside_a_sentence_is_no_cue() -> None:
    assert credited(
        "Retired envoy Tunde Bakare spoke on Sunday. Voters will hear him, “I am not rich,” one aide joked.",
    ) != ["Tunde Bakare"]


# -- H: a described source past a ``which`` clause speaks (``the truck maker, which …, said``) ------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Last week, the boat builder, which is owned by a Danish fund, said the offer would “lift pay for everyone.”", "the boat builder"),
        ("The shipyard owner, which employs 900 people, said the deal was “fair and final.”", "The shipyard owner"),
        ("The union leader, who asked not to be named, said the deal was “fair and final.”", "The union leader"),
    ],
)
def test_a_described_source_speaks_past_a_relative_clause(sentence: str, speaker: str) -> None:
    assert credited(sentence) == [speaker]


def test_a_document_past_a_which_clause_stays_as_printed() -> None:
    assert credited("The report, which was published on Monday, said the plan was “flawed”.") == ["The report"]


# -- I: a quote naming another person who shares a word of the speaker's name --------------------


def test_a_namesake_inside_the_quote_does_not_silence_he() -> None:
    speakers = credited(
        "The minister, Datuk Amir Salleh, met the press.",
        "“Going by what Datuk Rahim Salleh said just now, the plan is sound,” he said.",
    )
    assert len(speakers) == 1 and (speakers[0] or "").endswith("Amir Salleh")


@pytest.mark.parametrize(
    "quote",
    ["“I felt for Amir, he had played so well,”", "“Then Amir Salleh went down,”", "“Datuk Amir Salleh has done enough,”"],
)
def test_the_speaker_named_inside_his_own_quote_still_stops_he(quote: str) -> None:
    assert credited("Winger Datuk Amir Salleh was carried off.", f"{quote} he said.") == [None]


# -- J: archive copy marks quotes with pairs of backticks (````Yes,```` said X) -------------------


def test_backtick_pairs_mark_quotes_with_their_speakers() -> None:
    quotes = extract(
        "Governor Ada Kell, who chairs the meeting, spoke first.",
        "``The drought is a crisis,`` Kell said. ``Farm income must be protected.``",
        "Relief chief Omar Pell said losses were unclear, ``but we will help where we can.``",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The drought is a crisis,", "Ada Kell"),
        ("Farm income must be protected.", "Ada Kell"),
        ("but we will help where we can.", "Omar Pell"),
    ]


def test_a_lone_backtick_is_an_apostrophe_not_a_mark() -> None:
    quotes = extract("The nation`s farmers won`t wait, Governor Ada Kell said. ``We need rain,`` she said.")
    assert [(q.text, q.speaker) for q in quotes] == [("We need rain,", "Ada Kell")]


def test_an_unclosed_backtick_pair_runs_to_the_paragraph_end() -> None:
    assert [q.text for q in extract("Ada Kell said: ``We need rain now")] == ["We need rain now"]


# -- K: ``Member of Parliament`` is a post before a name -------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Nyeri Town Member of Parliament Duncan Maina said, “We will not be intimidated.”",),
        ("Later, Nyeri Town Member of Parliament Duncan Maina said the vote was rigged.", "“We will not be intimidated,” he said."),
    ],
)
def test_member_of_parliament_titles_the_name_after_it(paragraphs: tuple[str, ...]) -> None:
    assert credited(*paragraphs) == ["Duncan Maina"]


def test_a_member_of_a_group_stays_an_unnamed_source() -> None:
    assert credited("A member of the family said, “We are heartbroken.”")[0] in (None, "A member of the family")


# -- L: ``snapped`` and ``retorted`` are speech verbs, so an outlet after them only relays ----------


@pytest.mark.parametrize(
    "paragraph",
    [
        "General Aram Pol left early. “Why do you ask me now?” he snapped, according to the Daily Post.",
        "General Aram Pol left early. “Ask the council,” he retorted, according to the Daily Post.",
        "Asked about it, General Aram Pol snapped: “Ask the council.”",
    ],
)
def test_a_sharp_reply_is_speech(paragraph: str) -> None:
    assert credited(paragraph) == ["Aram Pol"]


def test_a_rope_that_snapped_is_no_speaker() -> None:
    assert credited("The rope snapped under the load, and the crew called it “a freak event”.") == ["the crew"]
