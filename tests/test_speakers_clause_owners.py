"""Whose clause a quote stands in, on sentences written for these rules (none copied from a page).

* A speech verb after a modal tells of speech not yet made (``Moscow will respond “firmly”``): a closing
  clause after the quote (``…, X has said``) names the one whose words they are.
* A name that is the object of a preposition after a noun in lower case (``routes through Poland would add``)
  is no subject: the speech verb before it credits, or nobody.
* A relative clause on a plural noun of speech in a prepositional phrase (``over posts that prosecutors said
  “…”``) and one set off by ``, which`` whose verb takes the quote (``the law, which critics called “…”,``) are
  the group's own words.
* A role set off before a name closing the sentence (``according to his lawyer, Ann Lee.``) is that name's.
* ``the minister`` may take up ``Deputy Transport Minister X``, one of many ministers named by a portfolio;
  ``the mayor`` still never takes up ``Deputy Mayor X``.
* A country or city with a role set beside it (``Serbia, a candidate for membership,``) is no person.
* ``X, of the charity Y, which …, said`` is X's.
* The one person the writer says they reached (``I asked X``, ``We spoke to X``) is who ``he said`` takes up.
* ``investigators``, ``regulators``, ``campaigners`` and ``auditors`` are unnamed sources that speak.
* A participle after ``…, X said`` is X's where X is a plural of a speaker noun (``Dutch prosecutors said on
  Friday, calling the case “…”``), not the subject of the reported clause before it.
* A lower-case title and a preposition (``director at Severn Valley Pharmacies``) is a title cut from the name or
  article before it, never a speaker; ``A director at the bank`` and ``Officials at the ministry`` still are.
* ``by`` and a gerund after a speech verb tells how, not who (``would respond by confiscating Western property
  worth “…”``): no agent.
* A title's possessive and a capitalized body word are one body's name (``the Prosecutor General’s Office``), which
  ``the office`` takes up whole.
* A place set off by commas after a body's name, before a relative clause (``The Japanese Chamber of Commerce,
  Bangkok, whose members …, said``), is where the body sits: the body speaks.
* A later clause of what an outlet quotes someone as saying stays that person's (``TASS quoted X as saying … and
  that work would continue “…”``: X, not TASS): a speech verb after a modal with no speaker for a subject
  (``repairs would continue``) leaves the quote to the cue before it.
* ``A spokesman said`` right after a sentence on a named body is that body's voice; after another sentence, or
  after a person, it stays as printed.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kyiv will respond “in kind and at a time of our choosing” if the strikes go on, army spokesman Oleh Marchuk has said.", "Oleh Marchuk"),
        ("The union would call any such offer “an insult to the staff,” its general secretary, Ruth Cole, said.", "Ruth Cole"),
        ("The regulator could describe the merger as “a clear danger,” lawyer Ines Moreau warned on Monday.", "Ines Moreau"),
    ],
)
def test_a_speech_verb_after_a_modal_yields_to_the_closing_clause(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_speech_verb_after_a_modal_credits_its_subject_when_nothing_closes_the_sentence() -> None:
    assert credited("Ann Lee will tell the inquiry the merger was “a fraud.”") == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairman Tom Vale opened the meeting. The chairman said cables through Norway would add costs of “at least €9 a unit.”",
        "Chairman Tom Vale opened the meeting. The chairman said pressure on Vienna would add to “the strain.”",
    ],
)
def test_a_name_in_a_prepositional_object_is_no_subject(sentence: str) -> None:
    assert credited(*sentence.split(". ", 1)) == ["Tom Vale"]


def test_a_name_in_a_prepositional_object_credits_nobody_without_a_cue_before() -> None:
    assert credited("Tankers through Turkey would add fees of “at least €9 a unit.”") == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Kral was fined over online posts that investigators said “misled” savers.", "investigators"),
        ("Ivo Kral deleted the tweets, which prosecutors said were “vile.”", "prosecutors"),
        ("Ivo Kral said the levy, which farmers called “a tax on bread”, would pass.", "farmers"),
    ],
)
def test_a_relative_clause_quoting_is_its_subjects_own(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_relative_clause_closed_before_the_quote_leaves_it_to_the_reporter() -> None:
    assert credited("Ivo Kral said the levy, which farmers rejected in May, was “dead.”") == ["Ivo Kral"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The mill closed in June, according to its lawyer, Pia Lund.", "The lawyer said the losses were “unbearable.”"), "Pia Lund"),
        (("Dan Roe hired a new lawyer, Mei Tan.", "The lawyer said the charges were “a mess.”"), "Mei Tan"),
    ],
)
def test_a_role_set_off_before_a_name_closing_the_sentence_is_the_names(paragraphs: tuple[str, ...], expected: str) -> None:
    assert credited(*paragraphs) == [expected]


def test_the_bare_role_takes_up_a_deputy_minister_of_a_portfolio() -> None:
    paragraphs = ("Deputy Energy Minister Olga Brand visited the plant.", "The minister said the repairs would take “two or three weeks.”")
    assert credited(*paragraphs) == ["Olga Brand"]


def test_the_bare_role_never_takes_up_a_deputy_mayor() -> None:
    assert credited("Deputy Mayor Olga Brand spoke first.", "The mayor said it was “a shame.”") == ["The mayor"]


def test_a_country_with_a_role_set_beside_it_is_no_person() -> None:
    paragraphs = (
        "Moldova will keep refusing to join the power pact, Deputy Prime Minister Ion Rusu told the Moldpres agency on"
        " Friday, despite pressure from Bucharest.",
        "“We were asked five times and five times we said no,” he said.",
        "Moldova, a candidate for EU membership since 2022, buys most of its power abroad.",
    )
    assert credited(*paragraphs) == ["Ion Rusu"]


def test_a_name_with_its_body_and_a_relative_clause_on_the_body_is_the_subject() -> None:
    sentence = "Prof Lena Ortiz, of the charity Heart Watch, which funded the trial, said: “The results are striking.”"
    assert credited(sentence) == ["Lena Ortiz"]


@pytest.mark.parametrize(
    "reaching",
    [
        "I asked Sam Osei, an economist at Harbour Bank, what the cut means for savers.",
        "We spoke to Sam Osei about the cut.",
        "I reached Sam Osei by phone on Tuesday.",
    ],
)
def test_the_one_person_the_writer_reached_is_who_he_takes_up(reaching: str) -> None:
    paragraphs = ("Tom Roe, the bank's chair, said the cut was overdue.", reaching, "“Savers will feel it first,” he said.")
    assert credited(*paragraphs)[-1] == "Sam Osei"


def test_the_writer_reaching_two_people_takes_up_neither_by_that_rule() -> None:
    paragraphs = ("I asked Sam Osei and Kofi Mensah what the cut means.", "“Savers will feel it first,” he said.")
    assert credited(*paragraphs) != ["Sam Osei"]


@pytest.mark.parametrize("group", ["investigators", "regulators", "campaigners", "auditors"])
def test_a_plural_source_noun_speaks(group: str) -> None:
    assert credited(f"The scheme collapsed after {group} said it was “unsound.”") == [group]


def test_a_bare_spokesman_after_a_named_body_speaks_for_it() -> None:
    assert credited("Delmont Foods sued the council in May. A spokeswoman said it was “a win for growers.”") == ["Delmont Foods"]


@pytest.mark.parametrize(
    "text",
    [
        "Delmont Foods sued the council in May. The judge agreed. A spokeswoman said it was “a win for growers.”",
        "Ann Lee sued the council in May. A spokeswoman said it was “a win for growers.”",
    ],
)
def test_a_bare_spokesman_elsewhere_stays_as_printed(text: str) -> None:
    assert credited(text) == ["A spokeswoman"]



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A court in Lund fined the firm €3 million, Swedish prosecutors said on Friday, calling the case “a warning to all.”", "Swedish prosecutors"),
        ("The council approved the tower on Monday, local residents said, calling it “a disgrace.”", "local residents"),
    ],
)
def test_a_participle_after_a_plural_speaker_is_theirs(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_title_cut_from_its_name_is_no_speaker() -> None:
    sentence = (
        "Ian Moss, IT director at Kestrel Pharmacies, a chain of 38 shops, told reporters the outage had cost"
        " “well over £100,000” in lost sales."
    )
    assert credited(sentence) != ["director at Kestrel Pharmacies"]


@pytest.mark.parametrize("source", ["A director at the bank", "Officials at the ministry"])
def test_a_role_with_its_article_or_a_plural_at_a_body_still_speaks(source: str) -> None:
    assert credited(f"{source} said the plan was “dead.”") == [source]


def test_by_and_a_gerund_names_no_agent() -> None:
    sentence = "Finance Minister Ivo Kral said Prague would respond by seizing foreign property worth “at least as much.”"
    assert credited(sentence) == ["Ivo Kral"]


def test_the_office_takes_up_a_titles_office_whole() -> None:
    paragraphs = ("A court jailed the blogger, the Attorney General’s Office said on Monday.", "“He is guilty,” the office said in a statement.")
    assert credited(*paragraphs) == ["Attorney General’s Office"]


def test_a_place_after_a_bodys_name_is_where_it_sits() -> None:
    sentence = "The British Chamber of Commerce, Jakarta, whose members employ 9,000 people, said it wanted “stable” rules."
    assert credited(sentence) == ["The British Chamber of Commerce"]


def test_a_later_clause_of_a_quoted_source_stays_theirs() -> None:
    sentence = (
        "TASS quoted Deputy Energy Minister Pavel Orlov as saying the outages were “short and local” and that repairs"
        " would continue “around the clock.”"
    )
    assert credited(sentence) == ["Pavel Orlov", "Pavel Orlov"]

