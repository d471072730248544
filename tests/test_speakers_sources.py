"""Speakers set off by labels, described sources, gestures, groups and bodies, on sentences written
for these tests (none copied from a page), with the stray speakers each rule must never give.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.gate import Gate
from newsparse_quotes.words import Words

from newsparse.hooks.vocabulary import Vocabulary

from .test_quotes import credited


GATE = Gate(Words.from_vocabulary(Vocabulary(DECLARATIONS)))


# -- party and state labels set off by commas belong to the name before them -----------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Sen. Carla Whitby, D-N.M., said the bill was “dead on arrival.”", "Carla Whitby"),
        ("Rep. Dale Forrest, R-Idaho, told a town hall the deal was “a betrayal.”", "Dale Forrest"),
        ("Sen. Lena Brook, I-Vt., argued the cuts were “cruel.”", "Lena Brook"),
        ("“We will fight this,” said Rep. Omar Reyes, D-Calif.", "Omar Reyes"),
        ("“It is over,” Rep. Jo Kent, R-Texas, said.", "Jo Kent"),
        ("Sen. Amy Holt, D-N.Y., who chairs the panel, called the report “damning.”", "Amy Holt"),
        ("Rep. Paul Hinds (D-Ore.) said it was “a good start.”", "Paul Hinds"),
        # a state legislator's home town, of one word or more
        ("“We need the data first,” Sen. Gail Marsh, R-Cedar Falls, told the station.", "Gail Marsh"),
        ("Majority Leader Kurt Dahl, R-Twin Falls, told reporters he had “serious doubts.”", "Kurt Dahl"),
        ("“It is a bad bill,” said Rep. Tom Vale, D-St. Paul.", "Tom Vale"),
        ("“Not this year,” said Sen. Joe Park, D-Sault Ste. Marie, on Tuesday.", "Joe Park"),
    ],
)
def test_a_party_label_after_a_name_belongs_to_the_name(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_state_label_with_full_stops_does_not_end_the_sentence() -> None:
    assert credited("Sen. Ruth Alvarez, D-N.M., told the hearing: “We were misled.”") == ["Ruth Alvarez"]


@pytest.mark.parametrize(
    "speaker", ["M", "N.", "R-Idaho", "D-N.M.", "I-Vt.", "(D-Ore.)", "R-Cedar Falls", "D-St. Paul", "Chinese", "the British"]
)
def test_gate_never_admits_a_letter_a_party_label_or_a_nationality(speaker: str) -> None:
    assert not GATE.admits(speaker, None)


@pytest.mark.parametrize(
    "speaker", ["T-Mobile", "A spokesman", "An official at the Chinese embassy", "British Airways"]
)
def test_gate_still_admits_names_and_sources_holding_such_words(speaker: str) -> None:
    assert GATE.admits(speaker, None)


# -- a nationality is no speaker; a described source keeps its prepositional phrase ------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "An official at the Korean consulate in Lagos, who asked not to be named, said the visas were “on hold.”",
            "An official at the Korean consulate in Lagos",
        ),
        ("An analyst at a British bank in Dubai said rates fell “too late.”", "An analyst at a British bank in Dubai"),
        ("A spokeswoman for the ministry said the talks were “constructive.”", "A spokeswoman for the ministry"),
    ],
)
def test_a_described_source_is_credited_as_printed(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Chinese said the offer was “unacceptable.”",
        "“Nothing changes,” the British said.",
        "The French have called the plan “a mistake.”",
    ],
)
def test_a_nationality_alone_is_no_speaker(paragraph: str) -> None:
    assert credited(paragraph) == [None]


def test_a_nationality_in_a_title_still_leads_to_the_name() -> None:
    assert credited("Kenyan Foreign Minister Ruth Wanjiru called the vote “historic.”") == ["Ruth Wanjiru"]


# -- unnamed described sources are credited as printed, never with an earlier person ----------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Mayor Ruth Calder spoke on Monday.", "A spokesman said the mayor was “fully briefed.”"), "A spokesman"),
        (("Coach Tim Harlow left early.", "One aide said the coach was “exhausted.”"), "One aide"),
        (
            (
                "Gov. Ben Alton signed the order, calling it “necessary.”",
                "A senior Treasury official, speaking on condition of anonymity because the talks were private, "
                "said the order was “only the first step.”",
            ),
            "A senior Treasury official",
        ),
        (
            ("Judge Ada Moss ruled on Monday.", "A person familiar with the case told the Herald: “Unusual.”"),
            "A person familiar with the case",
        ),
    ],
)
def test_an_unnamed_source_is_not_the_person_named_before(paragraphs: tuple[str, ...], expected: str) -> None:
    assert credited(*paragraphs)[-1] == expected


def test_the_person_takes_up_the_described_source_as_printed() -> None:
    assert credited(
        "Finance Minister Ivo Petrak said the talks were “difficult.”",
        "“It could come Friday,” a person familiar with the matter told Bloomberg.",
        "“Nothing is signed,” the person said.",
    ) == ["Ivo Petrak", "a person familiar with the matter", "a person familiar with the matter"]


def test_the_official_takes_up_the_described_official() -> None:
    assert credited(
        "Judge Ada Moss ruled on Monday.",
        "An official close to the case said the ruling was “expected.”",
        "“Nobody was surprised,” the official added.",
    )[-2:] == ["An official close to the case"] * 2


def test_a_role_named_after_the_described_source_wins() -> None:
    assert credited(
        "A spokeswoman for the club said the deal was “done.”",
        "Club spokeswoman Ines Kraft later said: “We expect no delay.”",
        "“The fans will be pleased,” the spokeswoman added.",
    )[-1] == "Ines Kraft"


def test_a_statement_sentence_introduces_the_quote_after_it() -> None:
    assert credited(
        "Mayor Ruth Calder said the budget was “balanced.”",
        "A spokesman said the city would appeal. “We disagree with the ruling.”",
    ) == ["Ruth Calder", "A spokesman"]


# -- a possessive role with an apposition names the speaker -------------------------------------


def test_a_possessive_role_with_an_apposition_names_the_speaker_and_his_pronoun() -> None:
    assert credited(
        "Pedro Alves scored twice, calling it “a dream.”",
        "Benfica's coach, Rui Mendes, said the win was “huge.”",
        "He added: “We needed this.”",
    ) == ["Pedro Alves", "Rui Mendes", "Rui Mendes"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Her coach, former world champion A. J. Okafor, called her “unstoppable.”", "A. J. Okafor"),
        ("His trainer, the retired sprinter T. K. Mensah, called the time “absurd.”", "T. K. Mensah"),
    ],
)
def test_initials_with_spaces_are_part_of_the_name(paragraph: str, expected: str) -> None:
    assert credited("Lina Sato won the final.", paragraph) == [expected]


# -- a gesture sentence before a quote credits its subject --------------------------------------


def test_a_gesture_credits_the_person_named_last_as_subject() -> None:
    assert credited(
        "Tom Reilly, a lobbyist, criticised the plan, calling it “reckless.”",
        "Senate Majority Leader Frank Osei said the vote would fail. He shrugged. “We have the numbers.”",
    ) == ["Tom Reilly", "Frank Osei"]


def test_a_gesture_paragraph_introduces_the_quote_paragraph() -> None:
    assert credited(
        "Ana Ruiz, a nurse, called the ward “chaotic.”",
        "Health Secretary Mark Lund disagreed.",
        "He paused.",
        "“We have added beds.”",
    ) == ["Ana Ruiz", "Mark Lund"]


def test_a_long_sentence_about_a_person_is_no_gesture() -> None:
    assert credited(
        "Negotiator Pia Lind walked slowly through the crowded hall on Friday afternoon. "
        "“Fine.”"
    ) == [None]


# -- collective speakers: a bare plural subject right before a speech verb ----------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("People always ask me, “When will the shop reopen?”", "People"),
        ("At the market, people ask, “Why are eggs so expensive?”", "people"),
        ("Many customers tell me the bread is “better than ever.”", "Many customers"),
    ],
)
def test_a_collective_subject_of_a_speech_verb_is_credited_as_printed(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_people_as_an_object_are_no_speaker() -> None:
    assert credited("Lee told people to “stay calm.”") == ["Lee"]


# -- a body with its acronym, its name joined by "and" -------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The Food and Agriculture Organization (FAO) described the harvest as “disastrous.”",
            "Food and Agriculture Organization",
        ),
        (
            "In a statement, the International Atomic Energy Agency (IAEA) called the damage “serious.”",
            "International Atomic Energy Agency",
        ),
        ("The World Meteorological Organization (WMO) called the heatwave “unprecedented.”", "WMO"),
    ],
)
def test_a_body_and_its_acronym_are_the_speaker(paragraph: str, expected: str) -> None:
    [speaker] = credited(paragraph)
    assert speaker is not None and expected in speaker


def test_a_person_and_a_body_joined_by_and_are_not_one_name() -> None:
    assert credited("Ina Vos and the Red Cross said the camp was “full.”") != ["Vos and the Red Cross"]


# -- properties ----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["D", "R", "I"]),
    st.sampled_from(["N.M.", "Idaho", "Calif.", "Vt.", "N.Y.", "Texas"]),
    st.sampled_from(["Ann Lee", "Tom Ashby", "Maria Gomez"]),
)
def test_any_party_label_leaves_the_name_as_speaker(party: str, state: str, name: str) -> None:
    assert credited(f"Sen. {name}, {party}-{state}, said the plan was “a mess.”") == [name]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Chinese", "Ukrainian", "British", "Brazilian", "Polish"]))
def test_a_nationality_before_a_body_is_never_the_speaker(demonym: str) -> None:
    [speaker] = credited(f"An adviser at the {demonym} embassy in Rome said the claim was “false.”")
    assert speaker == f"An adviser at the {demonym} embassy in Rome"


# -- every abbreviated title before a name: the name speaks, never the title alone ----------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“The levee was built for a smaller river,” said Engr. Tomas Villanueva of the water board.", "Tomas Villanueva"),
        ("Atty. Rosa Delgado told the court: “My client was never in the city.”", "Rosa Delgado"),
        ("“We ask for patience,” said Msgr. Carlo Benedetti, the cathedral’s rector.", "Carlo Benedetti"),
        ("“The ward must stay open,” said Cllr. Janet Hughes.", "Janet Hughes"),
    ],
)
def test_an_abbreviated_title_before_a_name_is_not_the_speaker(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_title_abbreviation_does_not_end_the_sentence_of_a_later_quote() -> None:
    speakers = credited(
        "“Nobody warned us,” said Engr. Tomas Villanueva. “The pumps failed first,” said Msgr. Carlo Benedetti."
    )
    assert speakers == ["Tomas Villanueva", "Carlo Benedetti"]


# -- a capitalized word joined to a lower-case one describes the noun after it ----------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Nobody expected a cut this deep,” said a Tokyo-based fuel broker.", "a Tokyo-based fuel broker"),
        ("“Buyers are gone,” said a Dubai-based property dealer who asked not to be named.", "a Dubai-based property dealer"),
        ("A Kremlin-backed lawmaker called the vote “a provocation.”", "A Kremlin-backed lawmaker"),
    ],
)
def test_a_compound_adjective_does_not_cut_a_described_source(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_hyphenated_name_stays_a_name() -> None:
    assert credited("“The count is final,” said Maria Lopez-Garcia, the county clerk.") == ["Maria Lopez-Garcia"]


# -- a cue naming someone the gate refuses leaves the quote to no one before it ------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Brokers said demand was weak. “Nobody is buying,” said a Tokyo-based.",
        "Analysts expected a rise. “It will not last,” said one Paris-based.",
    ],
)
def test_a_refused_cue_does_not_fall_back_to_the_sentence_before(paragraph: str) -> None:
    assert credited(paragraph) == [None]


# -- a post with its portfolio before a name, a bare title, the object of a place preposition -----------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Minister for Trade Ciarán Doyle told reporters he accepted the ruling, but warned the country looked “shut to investors”.", "Ciarán Doyle"),
        ("Secretary of State for Health Aoife Ní Bhriain said the wards were “full to the rafters”.", "Aoife Ní Bhriain"),
    ],
)
def test_a_post_with_its_portfolio_before_a_name_reads_on_to_the_name(paragraph: str, name: str) -> None:
    [speaker] = credited(paragraph)
    assert speaker is not None and speaker.endswith(name)


@pytest.mark.parametrize("speaker", ["Minister", "Spokesman", "Dr.", "Governor"])
def test_a_bare_title_is_never_a_speaker(speaker: str) -> None:
    assert not GATE.admits(speaker, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials at the Federal Office of Statistics in Wiesbaden said exports would stay “subdued”.",
        "Staff at the National Weather Centre near Exeter warned of “a wet week”.",
    ],
)
def test_the_object_of_a_place_preposition_before_the_verb_is_no_speaker(paragraph: str) -> None:
    [speaker] = credited(paragraph)
    assert speaker not in ("Wiesbaden", "Exeter")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Workers said the heat was brutal. The agency opened 143 inspections. It called compliance “uneven.”",
        "Officials said the count was slow. The board met on Monday. It described the delay as “regrettable.”",
    ],
)
def test_it_never_stands_for_a_plural_group(paragraph: str) -> None:
    assert credited(paragraph)[-1] not in ("Workers", "Officials")


def test_it_still_stands_for_a_name_ending_in_s() -> None:
    assert credited("Reuters said the talks had stalled. It described them as “frozen.”") == ["Reuters"]


# -- an occupation in lower case between a one-word place or body and a full name ---------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The fee was “far too high”, according to former Kenya selector Paul Otieno.", "Paul Otieno"),
        ("The design is “sound”, according to Harvard economist Maria Costa.", "Maria Costa"),
        ("Rates will stay “higher for longer”, according to Nomura strategist Ken Ito.", "Ken Ito"),
    ],
)
def test_an_occupation_after_a_one_word_place_leads_to_the_name_after_it(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The cap is “unworkable”, Texas ranchers said.", "Texas ranchers"),  # a plural: the group speaks
        ("The cut was “reckless”, according to Acme, which Tom Vale runs.", "Acme"),  # no occupation: a clause
    ],
)
def test_no_occupation_where_a_plural_or_a_clause_follows(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


# -- a speech verb's base form in a that-clause after a verb of demand is the act demanded ---------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Union leader Ann Lee demanded that the mayor declare “a state of emergency” at once.", "Ann Lee"),
        ("Farmer Tom Hart insisted that the board announce “a full refund” before the harvest.", "Tom Hart"),
        ("Councillor Joy Baker asked that the agency confirm “every single figure” in writing.", "Joy Baker"),
    ],
)
def test_a_verb_of_demand_credits_the_words_of_its_that_clause(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ann Lee said the mayor declared “a state of emergency” on Friday.", "the mayor"),  # a past: the mayor spoke
        ("Ann Lee demanded that the mayor resign, and the mayor says “no way”.", "the mayor"),  # a clause of its own
    ],
)
def test_speech_reported_in_a_clause_of_its_own_keeps_its_speaker(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


# -- a described subject set in apposition with a name credits the name, whichever cue of its sentence credits it ---


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ("Labor's treasury spokeswoman, Ann Lee, said the figures confirmed what the opposition had been warning "
         "about for months.\n\n“It was never locked in.”", "Ann Lee"),
        ("The union's lead negotiator, Tom Hart, said the offer was what members had been asking for all along.\n\n"
         "“We are ready to sign.”", "Tom Hart"),
    ],
)
def test_an_apposed_name_speaks_for_its_described_subject(paragraphs: str, expected: str) -> None:
    assert credited(paragraphs) == [expected]


# -- two elected offices never name one person ---------------------------------------------------


def test_the_mayor_never_takes_up_a_person_printed_with_another_office() -> None:
    paragraphs = (
        "Traders Association president Omar Baig said the market fire had ruined forty families.\n\n"
        "Union leader Ann Lee said the mayor declared “a state of emergency” on Friday."
    )
    assert credited(paragraphs) == ["the mayor"]


def test_the_mayor_takes_up_the_mayor_named_before() -> None:
    assert credited("Mayor Tom Hart opened the bridge on Monday.\n\n“It took ten years,” the mayor said.") == ["Tom Hart"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Tan’s lawyer, Ann Lee of Gomez & Partners, asked for a fine. She said her client had been “distraught”.",
         "Ann Lee"),
        ("Lee’s lawyer, Tom Reyes of Reyes & Partners, asked for a fine. He said his client had been “distraught”.",
         "Tom Reyes"),
    ],
)
def test_a_named_apposition_with_a_firm_joined_by_an_ampersand_names_the_person(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]
