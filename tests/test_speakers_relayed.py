"""Held-out speaker kinds, one rule each, on sentences written for these tests (none copied from a
page): an outlet relaying a source credits the source, a body's short form never swallows the role
and the person named after it, a group inside reported speech is not the speaker, a sentence on a
person's manner introduces the quote after it, a section heading does not break a continuation,
a term named with a phrase before its ``as``, the writer is never a speaker.
"""

from __future__ import annotations

import pytest

from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.gate import Gate
from newsparse_quotes.words import Words

from .test_quotes import credited, extract


# -- X quoted Y as saying: the source, never the outlet that relays it -----------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Harbour Times quoted a second economist, Pia Lund of Norhaven Capital, as saying: “Wages will lag.”", "Pia Lund"),
        ("Radio Kestrel quoted a farmer, Tom Ash, as saying the harvest was “the worst in memory”.", "Tom Ash"),
        ("The Valley Post cited one grower, Ines Moreau, as saying the frost had been “brutal”.", "Ines Moreau"),
        ("Weekly Ledger quoted the finance minister: “We stay the course.”", "the finance minister"),
    ],
)
def test_an_outlet_quoting_a_source_credits_the_source(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_an_object_naming_nobody_before_a_colon_is_no_source() -> None:
    assert credited("The firm quoted a price: “£40 a head”.") != ["a price"]


def test_a_description_not_naming_anyone_stays_the_source() -> None:
    paragraph = "The Harbour Times quoted a dock worker, a man in his sixties, as saying the pay was “a joke”."
    assert credited(paragraph) == ["a dock worker"]


# -- said <Body> <role> <Name>: the person named after the role speaks ------------------------


@pytest.mark.parametrize(
    "role",
    ["technical director", "sporting director", "marketing chief", "head coach"],
)
def test_a_short_form_of_a_body_does_not_swallow_the_role_and_name_after_it(role: str) -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", f"“He will score goals,” said Galway {role} Mara Quinn."]
    assert credited(*paragraphs) == ["Mara Quinn"]


def test_the_role_and_name_may_also_open_the_sentence() -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", "Galway technical director Mara Quinn said: “He is quick.”"]
    assert credited(*paragraphs) == ["Mara Quinn"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Lee met the press. “It went well,” said Lee to minister Ivan Petrov.",
        "Ann Lee met minister Ivan Petrov in May. “It went well,” she said.",
    ],
)
def test_a_role_and_name_after_a_preposition_or_verb_are_not_the_speaker(paragraph: str) -> None:
    assert credited(paragraph) == ["Ann Lee"]


def test_a_body_alone_after_the_verb_still_speaks() -> None:
    paragraphs = ["Galway Rovers signed the winger on Friday.", "“The fee is undisclosed,” said Galway Rovers."]
    assert credited(*paragraphs) == ["Galway Rovers"]


# -- X said <group> had told her "…": the words are X's ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Maya Lark did not back down, saying people had rejected “years of neglect”.",
        "Maya Lark said residents had told her they heard about it “from a leaflet”.",
        "Maya Lark argued that shoppers had called the rise “a scandal” for months.",
    ],
)
def test_a_group_inside_reported_speech_leaves_the_quote_to_the_reporter(paragraph: str) -> None:
    assert credited(paragraph) == ["Maya Lark"]


def test_a_group_that_speaks_on_its_own_stays_the_speaker() -> None:
    assert credited("Residents told the inquiry the water was “brown for weeks”.") == ["Residents"]


def test_a_group_reported_by_nobody_resolvable_credits_nobody() -> None:
    assert credited("It is said that shoppers had called the rise “a scandal”.") == [None]


# -- a sentence on a person's manner introduces the quote that opens the next sentence --------


@pytest.mark.parametrize("manner", ["is blunt about", "was unusually frank about", "is less sure about"])
def test_a_sentence_on_a_persons_manner_introduces_the_next_quote(manner: str) -> None:
    paragraphs = ["Rhona Tait has run the bakery since 2011.", f"She {manner} what the energy bills did to the business. “We nearly closed.”"]
    assert credited(*paragraphs) == ["Rhona Tait"]


@pytest.mark.parametrize(
    "event", ["was arrested at the border", "was in Paris on the night", "was shot dead at the border", "was born in a village"]
)
def test_a_long_sentence_on_what_befell_a_person_introduces_nobody(event: str) -> None:
    paragraphs = ["Rhona Tait has run the bakery since 2011.", f"She {event} after the protest in the capital. “We nearly closed.”"]
    assert credited(*paragraphs) == [None]


# -- a term named with a phrase between its marker and "as" -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The levy, known in City circles as “the toll”, starts in May.",
        "The scheme, referred to by staff as “Project Kite”, starts in May.",
    ],
)
def test_a_term_marker_may_hold_a_phrase_before_its_as(sentence: str) -> None:
    quotes = extract("Ann Roe said the plan was “a mess”.", sentence)
    assert [(q.kind, q.speaker) for q in quotes][-1] == ("term", None)


# -- a section heading between an interviewee's answers does not break the chain -------------


INTRODUCED = "Rhona Tait has run the bakery since 2011. “We started with one oven,” she says."


@pytest.mark.parametrize("heading", ["Hard times", "The winter nobody would lend"])
def test_a_section_heading_does_not_break_a_continuation(heading: str) -> None:
    assert credited(INTRODUCED, heading, "“The first winter nearly finished us.”") == ["Rhona Tait", "Rhona Tait"]


@pytest.mark.parametrize("between", ["The first winter was hard.", "Photograph: Ana Pol", "Hard times / Photograph: Ana Pol"])
def test_a_sentence_or_caption_between_breaks_the_chain(between: str) -> None:
    assert credited(INTRODUCED, *between.split(" / "), "“Nobody would lend.”") == ["Rhona Tait", None]


# -- a gesture after an opening participle clause: the main clause's subject ----------------


EARLIER = "Dr. Ana Pol said the dam was safe. It was, she said, “sound for decades.”"


@pytest.mark.parametrize(
    "gesture", ["Asked whether it would pass, he shrugged.", "Pressed on the cost, Reyes smiled.", "Speaking later, he laughed."]
)
def test_a_gesture_after_an_opening_participle_clause_introduces_the_next_quote(gesture: str) -> None:
    paragraph = f"Governor Tom Reyes said he would sign the bill. {gesture} “Ask the clerk.”"
    assert credited(EARLIER, paragraph) == ["Ana Pol", "Tom Reyes"]


def test_a_name_ending_like_a_participle_is_still_the_subject() -> None:
    assert credited("Lou Reed took the stage late.", "Reed shrugged. “Ask the band.”") == ["Lou Reed"]


# -- the writer is never a speaker, nor does a "he" meaning the writer carry another speaker on --


def test_a_he_after_the_writers_own_sentence_is_the_person_it_names() -> None:
    """``Then`` opens the sentence as a lead-in: its subject is the writer's ``I``, never ``Then I``,
    and ``he`` is the person the writer met."""
    paragraphs = [
        "A neighbour once told me my hedges were “a disgrace to the lane.”",
        "Then I met an old gardener, Peter Crane, who has tended hedges for decades. “Cut less,” he told me.",
    ]
    assert credited(*paragraphs) == ["A neighbour", "Peter Crane"]


def test_a_he_after_a_described_source_still_carries_it_on() -> None:
    paragraphs = ["A spokesman said the firm would appeal “within days”.", "“We are confident,” he added."]
    assert credited(*paragraphs) == ["A spokesman", "A spokesman"]


@pytest.mark.parametrize(("speaker", "admitted"), [("Then I", False), ("My", False), ("US forces", True), ("Ann Lee", True)])
def test_the_gate_refuses_the_writers_own_pronouns(speaker: str, admitted: bool) -> None:
    assert Gate(Words.from_vocabulary(Vocabulary(DECLARATIONS))).admits(speaker, None) is admitted


def test_a_he_with_nobody_salient_goes_to_the_person_of_unknown_gender_named_last() -> None:
    paragraphs = [
        "A neighbour once told me my hedges were “a disgrace to the lane.” He meant it kindly.",
        "What helped was a talk with an old gardener, Peter Crane, who has tended hedges for decades. “Cut less,” he told me.",
    ]
    assert credited(*paragraphs) == ["A neighbour", "Peter Crane"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ('Harbour Freight, Norway\'s biggest ferry operator, called the ruling "a setback".', "Harbour Freight"),
        ("Tidewell Mining, Chile’s second-largest copper producer, said output was “stable”.", "Tidewell Mining"),
        ('The deputy mayor, Ana Sousa, called the deal "fair to everyone".', "Ana Sousa"),
    ],
)
def test_an_apposition_led_by_a_possessive_describes_the_name_before_it(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]  # never the description after it


# -- a relayed source printed with its own prepositional phrases before ``as saying`` ------------------


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        (
            "The Daily Courier quoted a senior official at the Ministry of Transport as saying the plan would “need a rethink”.",
            "a senior official at the Ministry of Transport",
        ),
        (
            "Reuters quoted two diplomats in Brussels familiar with the talks as saying the deal was “close”.",
            "two diplomats in Brussels familiar with the talks",
        ),
        ("Kyodo quoted an aide to the prime minister as saying the visit was “off”.", "an aide to the prime minister"),
    ],
)
def test_a_long_relayed_source_is_credited_never_the_outlet(paragraph: str, source: str) -> None:
    assert credited(paragraph) == [source]


def test_a_relayed_source_that_does_not_read_as_one_credits_nobody() -> None:
    assert credited("The Herald quoted Monday at the port in Leith as saying it was “grim”.") != ["The Herald"]


# -- the phrase an after-quote cue names speaks, or nobody; a document cited is no source -------------


def test_a_phrase_named_after_the_quote_speaks_or_leaves_the_quote_to_nobody() -> None:
    speakers = credited(
        "The Ministry of Trade said exports had described the port as “the busiest in the region”.",
        "“Prices will hold,” a Rotterdam-based shipowner said. “But nobody is buying.”",
        "“Nobody is panicking,” the Rotterdam-based said.",
    )
    assert speakers[1:] == ["a Rotterdam-based shipowner", "a Rotterdam-based shipowner", None]


def test_a_speaker_citing_a_document_keeps_the_quote() -> None:
    speakers = credited(
        "The trains were tested last week, a senior railway official said.",
        "“The results are within tolerance,” the official said, citing the trial report.",
    )
    assert speakers[0] != "the trial"


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("The Ministry of Economy said in a statement that trade was “booming”.", "The Ministry of Economy"),
        ("The Department for Transport said the line would reopen “within weeks”.", "The Department for Transport"),
        ("“We are watching closely,” said the Bank of Ghana.", "the Bank of Ghana"),
    ],
)
def test_a_body_named_with_of_or_for_is_read_whole(paragraph: str, body: str) -> None:
    assert credited(paragraph) == [body]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A ministry official quoted by the Daily Post said the deal was “all but signed.”", "A ministry official"),
        ("A police source cited by local media said the suspect had been “known to officers.”", "A police source"),
        ("An aide quoted by Reuters on Monday said the talks were “on track.”", "An aide"),
    ],
)
def test_a_source_quoted_by_an_outlet_speaks_not_the_outlet(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_an_agent_after_by_alone_still_speaks() -> None:
    assert credited("The plan was described by the mayor as “a disgrace.”") == ["the mayor"]


def test_a_long_chain_of_relays_is_read_once_without_recursion() -> None:
    chain = "An aide " + "quoted by an aide " * 2000 + "said the deal was “done.”"
    assert len(credited(chain)) == 1  # one relay is passed over; the rest are read as plain prepositions


# -- a court document or report recording someone's words credits whom it records ---------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Omar Blake, 51, was charged on Friday.", "Blake told deputies the cyclist “came out of nowhere,” the affidavit says."), "Omar Blake"),
        (("Rita Sand runs the depot.", "Sand told inspectors she had “never been warned,” the report states."), "Rita Sand"),
        (("Lena Okoro sued the firm in March.", "Okoro told her manager the scaffold was “a death trap,” the lawsuit says."), "Lena Okoro"),
    ],
)
def test_a_recording_document_credits_whom_it_records(paragraphs: tuple[str, ...], expected: str) -> None:
    assert credited(*paragraphs) == [expected]


def test_a_message_after_a_quote_still_speaks_for_its_author() -> None:
    assert credited("In a statement, the league said it was “appalled.”", "“We will act,” the statement said.") == ["the league", "the league"]


def test_a_document_cited_as_a_sentence_source_issues_no_quote_of_another() -> None:
    paragraphs = (
        "Dan Roe, 30, is charged with assault.",
        "According to the complaint, Roe struck a steward after the steward told him to “move along.” “He was calm,” the complaint says.",
    )
    assert credited(*paragraphs) == ["the steward", "the complaint"]
