"""Speaker rules for kinds seen on held-out probe pages (epithets, titles, relayed quotes, lists, clauses),
with sentences written for these rules.

* ``the`` and a party member, maybe after a place (``the Ohio Democrat``, ``the Republican``), is an
  epithet: the person the text is about, unless a title of that person names another party.
* An epithet takes up the person its sentence opened with (``Senator Ann Lee: “…,” the 64-year-old
  said``) before the person the text is about.
* A lower-case title printed between an owner and a person's name (``Christie's auctioneer Jussi
  Pylkkanen``, ``Harbour Trust archivist Tom Vale``) is that person's: ``the auctioneer`` takes the person up.
* A given name joined to other given names by ``and`` or commas, with kin words and owners among them, is a
  list of relatives speaking together, credited as printed (``his wife Linda and children Alex and Jack``),
  never its last name alone.
* A title after ``best`` names an award's category (``the best supporting actress Oscar``): the word after it
  is no person by that title.
* An apposition a comma opens after a relayed source and ``as saying`` ends, with no closing comma, is passed
  over: ``Xinhua quoted Azzam al-Ahmed, head of a delegation in Cairo as saying`` credits the person.
* ``…, the agency reported`` after a quote whose sentence names its speaker with a speech verb before it
  (``X described it as “…”``) relays X's words: X is credited, not the outlet.
* A title opening with a body's name, ``of`` included (``Reserve Bank of India Governor Shaktikanta Das``),
  may be printed as the body's acronym later: ``the RBI chief`` is that person.
* ``post`` and ``report`` announcing a company's figures (``would post earnings``, ``reported a net loss``) are
  no speech verbs; before ``that`` or another kind of object they still are.
* A described source's head is the last word before a preposition, participle or source modifier (``An
  activist working inside the city``), and its phrase ends before an irregular past form (``broke``, ``took``):
  a later ``he said`` takes the source up, as printed.
* A body a sentence cites after ``according to`` is followed: a later ``it said`` takes it up.
* A relative clause after a name may end with a name set off by commas (``Nick Frost, who starred in his
  final film, Snow White and the Huntsman, tweeted``): the verb's subject is still the name before ``who``.
* A passage that is only a person's name, right under a quote paragraph standing alone, is a pull quote's
  credit line: that person said it.
* A title in apposition may join two roles with ``and`` (``Mary Barra, GM chair and CEO, said``): the name
  before it speaks, whether the quote comes before or after.
"""

from __future__ import annotations

import pytest

from .test_speakers_rules import credited


@pytest.mark.parametrize(
    ("opening", "epithet"),
    [
        ("Senator Jane Okafor said the bill was dead on arrival.", "the Ohio Democrat"),
        ("Governor Tom Reyes vetoed the measure on Friday.", "the South Dakota Republican"),
        ("Mayor Ines Dale defended the budget at the town hall.", "the Democrat"),
        ("Councillor Ruth Amey opposed the car park plan.", "the Kent Conservative"),
    ],
)
def test_a_party_member_with_the_takes_up_the_person_followed(opening, epithet):
    person = opening.split(" ", 1)[1].split(" ")[:2]
    assert credited(opening, f"“We will not vote for it,” {epithet} said.") == [" ".join(person)]


def test_a_party_member_another_title_of_the_person_contradicts_names_no_one():
    speakers = credited("Republican Senator Tom Reyes vetoed the measure.", "“It costs far too much,” the Ohio Democrat said.")
    assert speakers == [None]


@pytest.mark.parametrize(
    "phrase",
    ["the Democrats", "the Democratic Party", "the Republican candidate's office", "the American Republican"],
)
def test_other_phrases_with_a_party_word_are_no_epithet(phrase):
    speakers = credited("Governor Tom Reyes vetoed the measure on Friday.", f"“It costs far too much,” {phrase} said.")
    assert speakers != ["Tom Reyes"]


@pytest.mark.parametrize("epithet", ["the South Dakota Republican", "the 64-year-old"])
def test_an_epithet_takes_up_the_person_its_sentence_opened_with(epithet):
    speakers = credited(f"Senate Majority Leader John Thune: “We are at a stalemate,” {epithet} conceded on Sunday.")
    assert speakers == ["John Thune"]


@pytest.mark.parametrize(
    ("opening", "title", "expected"),
    [
        ("Christie's auctioneer Jussi Pylkkanen started the bidding.", "the auctioneer", "Jussi Pylkkanen"),
        ("The winery's sommelier Ana Ruiz poured the first glass.", "the sommelier", "Ana Ruiz"),
        ("Harbour Trust archivist Tom Vale opened the boxes.", "the archivist", "Tom Vale"),
    ],
)
def test_a_title_printed_after_an_owner_before_a_name_takes_up_that_person(opening, title, expected):
    assert credited(opening, f"“Nobody has seen these,” said {title}.") == [expected]


def test_a_verb_after_an_owner_is_no_title():
    speakers = credited("Christie's sold Pablo Picasso's painting for $1 million.", "“It was a bargain,” the auctioneer said.")
    assert speakers != ["Pablo Picasso"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Alex, Sarah, Rosa and Jack", "Alex, Sarah, Rosa and Jack"),
        ("In a statement, his wife Linda and children Alex, Sarah and Jack", "his wife Linda and children Alex, Sarah and Jack"),
        ("Her parents Tom and Ann", "Her parents Tom and Ann"),
    ],
)
def test_given_names_listed_together_are_credited_as_printed(subject, expected):
    assert credited(f"{subject} said: “We are devastated by the loss.”") == [expected]


def test_a_surname_before_the_and_leaves_the_list_to_the_people_rules():
    assert credited("Ann Lee and Tom Vale said: “We are devastated.”") == ["Ann Lee and Tom Vale"]


@pytest.mark.parametrize(("first", "second"), [("actress", "supporting actor"), ("supporting actress", "actor")])
def test_a_title_after_best_names_an_award_not_a_person(first, second):
    speakers = credited(
        f"While winning the best {first} Oscar was a dream for Kate Winslet, Penelope Cruz felt she would faint.",
        "The composer thanked people from Mumbai.", "“I chose love,” he said.",
        f"The family of Heath Ledger, who won the best {second} Oscar for his role, paid tribute.",
    )
    assert speakers == [None]


def test_best_before_a_title_of_a_named_person_keeps_the_person():
    assert credited("The best player Ann Lee scored twice. “We were lucky,” she said.") == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The truce is over,” Xinhua quoted Azzam al-Ahmed, head of a joint delegation in Cairo attending talks with Israel as saying.",
        "The agency quoted Azzam al-Ahmed, a senior trader at the Fenwick commodities desk in Chicago as saying: “The truce is over.”",
    ],
)
def test_an_unclosed_apposition_before_as_saying_keeps_the_source(sentence):
    assert credited(sentence) == ["Azzam al-Ahmed"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prime Minister Ahmet Davutoglu described the result as a “victory day”, news agency Anadolu Agency reported Monday.", "Ahmet Davutoglu"),
        ("Ann Lee said the plan was “dead”, the BBC reported.", "Ann Lee"),
        ("Ann Lee said: “The plan is dead,” the BBC reports.", "Ann Lee"),
        ("The vote was “a farce”, the newspaper reported.", "the newspaper"),
        ("“The plan is dead,” the BBC reported.", "the BBC"),
    ],
)
def test_an_outlet_reporting_after_the_quote_relays_the_speaker_named_before(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("opening", "role", "expected"),
    [
        ("Reserve Bank of India Governor Shaktikanta Das spoke in Mumbai.", "the RBI chief", "Shaktikanta Das"),
        ("European Central Bank President Christine Lagarde spoke in Frankfurt.", "the ECB chief", "Christine Lagarde"),
        ("International Monetary Fund Managing Director Kristalina Georgieva spoke.", "the IMF chief", "Kristalina Georgieva"),
        ("Reserve Bank of India Governor Shaktikanta Das spoke in Mumbai.", "the RBI governor", "Shaktikanta Das"),
    ],
)
def test_a_body_acronym_before_a_role_names_the_person_titled_with_the_body(opening, role, expected):
    assert credited(opening, f"“Inflation is falling,” {role} said.") == [expected]


def test_a_body_named_with_of_takes_no_title_from_before_of():
    speakers = credited(
        "China's Ministry of National Defense told reporters the drills were routine.",
        "The ministry said in a statement it was “concerned.”",
    )
    assert speakers != ["National Defense"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The consensus was that Acme would post earnings from 90 cents to “just over $1.”",
        "Analysts expect Acme to report a net loss of $2 million, “a painful quarter.”",
        "Acme posted record quarterly profit of $4 billion, “a surprise” to most.",
    ],
)
def test_a_verb_announcing_figures_credits_no_one(sentence):
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company reported that sales were “weak.”", "The company"),
        ("Apple posted on X: “We are thrilled.”", "Apple"),
    ],
)
def test_post_and_report_with_other_objects_stay_speech(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("An activist working inside the city broke down on Friday, saying he was not sure he would return.",
         "An activist working inside the city"),
        ("A farmer from the valley took reporters to his field on Monday.", "A farmer from the valley"),
    ],
)
def test_a_described_source_before_an_irregular_past_is_taken_up_by_he(opening, expected):
    assert credited(opening, "“We waited for help,” he said.") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("the country’s national human rights commission", "the country’s national human rights commission"),
        ("the Harbour Water Authority", "the Harbour Water Authority"),
    ],
)
def test_a_body_cited_after_according_to_is_taken_up_by_it(body, expected):
    speakers = credited(f"At least 39 people died in the floods, according to {body}.", "“Our data show more,” it said.")
    assert speakers == [expected]


def test_a_person_cited_after_according_to_is_no_it():
    speakers = credited("At least 39 people died, according to Ann Lee.", "“Our data show more,” it said.")
    assert speakers == [None]


@pytest.mark.parametrize(
    "apposed",
    ["Snow White and the Huntsman", "Tate Modern", "The Long Road"],
)
def test_a_name_ending_a_relative_clause_leaves_the_subject_before_who(apposed):
    sentence = (
        f"Officials said they were “deeply saddened”, while Nick Frost, who starred in his final film, {apposed},"
        " tweeted: “A pleasure to have shared the screen with you.”"
    )
    assert credited(sentence)[1] == "Nick Frost"


def test_a_name_line_under_a_lone_quote_paragraph_credits_it():
    speakers = credited(
        "A nurse called Dawn said the wards were full.",
        "“My concern is that the increase is not sustainable.”",
        "Deepak Dwarakanath",
        "The report highlighted the pressure on the hospital.",
    )
    assert speakers == ["Deepak Dwarakanath"]


@pytest.mark.parametrize("line", ["The Hospital", "Dwarakanath", "Read the full report here"])
def test_a_line_that_is_no_persons_full_name_credits_nothing(line):
    speakers = credited("Ann Lee said the wards were full.", "“It is not sustainable.”", line, "The report followed.")
    assert speakers != [line]


@pytest.mark.parametrize("title", ["GM chair and CEO", "Acme chair and chief executive", "the bank’s president and CEO"])
def test_an_apposition_joining_two_roles_leaves_the_name_the_speaker(title):
    assert credited(f"“This venture will help,” Mary Barra, {title}, said in a statement.") == ["Mary Barra"]
    assert credited(f"“This venture will help,” Mary Barra, {title}, said.") == ["Mary Barra"]


def test_a_list_of_people_before_the_verb_is_no_joined_title():
    assert credited("“We will help,” Ann Lee, Tom Vale and Jack Roe, said on Monday.") != ["Jack Roe"]


def test_interjected_is_a_speech_verb():
    assert credited("“You have been doing that for years,” interjected Ken Goldman.") == ["Ken Goldman"]


@pytest.mark.parametrize(("speaker", "admitted"), [("U.S", False), ("U.K", False), ("the U.S. Federal Reserve", True)])
def test_initials_cut_before_their_last_stop_are_no_speaker(speaker, admitted):
    from .test_speakers_rules import _GATE

    assert _GATE.admits(speaker, None) is admitted


@pytest.mark.parametrize("conjunction", ["But", "And", "Yet", "So"])
def test_a_conjunction_opening_a_sentence_leaves_the_named_subject_followed(conjunction):
    speakers = credited(
        "President Tom Coales proposed a 2.9 percent rise.", "“Rates are a tax,” he said.",
        f"{conjunction} Councillor Morgan Byas came out swinging with his arguments against the motion.",
        "“The budget is reckless,” he said.",
    )
    assert speakers == ["Tom Coales", "Morgan Byas"]


def test_a_conjunction_before_an_expletive_it_names_no_subject():
    speakers = credited("Collegiality matters to judges.", "So it is notable when any of them simply says, well, “I dissent.”")
    assert "Collegiality" not in speakers


def test_a_role_two_people_hold_takes_up_the_one_just_quoted():
    speakers = credited(
        "President Ana Ruiz met U.S. President Joe Biden in Washington.", "“It went well,” Ruiz said.",
        "How did Biden react to the plan? “Very well,” the president said.",
    )
    assert speakers == ["Ana Ruiz", "Ana Ruiz"]


def test_a_role_takes_up_the_holder_named_last_when_the_one_quoted_does_not_hold_it():
    speakers = credited(
        "Minister Ana Ruiz met U.S. President Joe Biden in Washington.", "“It went well,” Ruiz said.",
        "Later Biden spoke to reporters. “Very well,” the president said.",
    )
    assert speakers == ["Ana Ruiz", "Joe Biden"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("National Bank of Kenya posted a profit on Monday.", "National Bank of Kenya"),
        ("China's Ministry of National Defense held a briefing.", "Ministry of National Defense"),
        ("The Bank of England raised rates again.", "Bank of England"),
    ],
)
def test_a_body_taken_up_later_is_credited_with_its_name_run_on_over_of(opening, expected):
    assert credited(opening, "“Profit and rates rose,” the bank said." if "Bank" in opening else "“We are concerned,” the ministry said.") == [expected]


def test_a_possessive_body_name_is_not_run_on_over_of():
    assert credited("Acme Bank’s unit of Harbour Trust posted a profit.", "“Profit rose,” the bank said.") != ["Acme Bank’s unit of Harbour Trust"]


def test_estimated_credits_its_subject():
    sentence = "Juniper Research separately estimated that shipments for the quarter “exceeded 200 million.”"
    assert credited(sentence) == ["Juniper Research"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee spoke, and police said the gangs were “dangerous”.",
        "Ann Lee left the hall after police said the gangs were “dangerous”.",
        "Ann Lee was calm when officials said the gangs were “dangerous”.",
    ],
)
def test_a_group_opening_its_own_clause_speaks_for_itself(sentence):
    assert credited(sentence)[0] in ("police", "officials")


def test_a_group_inside_what_someone_said_is_still_reported():
    assert credited("Ann Lee said residents had told her the water was “brown”.") == ["Ann Lee"]
