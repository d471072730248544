"""Speakers whose phrase was cut short or taken from the wrong place, seen on held-out probe pages; the
sentences here are our own.

* A described source whose capitalized words describe a noun in lower case (``one GOP operative``) is never
  cut before that noun: ``one GOP`` is no speaker.
* The object of a preposition opening the sentence (``Outside court,``) is no one set off before an
  apposition: ``Outside court, Lee's sister, who …, said`` never credits ``court``.
* A name after a title inside a body's name (``Department of Statistics Director-General Ann Lee``) is a
  person, not a place the body is ``of``: a later ``she said`` takes her up.
* A company's designator in capitals (``PT``, ``PTY``) is a body word, never a title cut from the name: ``PT
  Sulawesi Raya Industrial Park`` is a body; ``Pt. Ravi Shankar`` keeps its title.
* A body named in apposition after a described subject (``the park's operator, PT Halmahera Prima, said``) is
  the subject: a later ``it`` takes it up.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    "sentence",
    [
        "“He will have to do better,” said one GOP operative involved in Senate races.",
        "“It is a bad deal,” said a Labour lobbyist close to the talks.",
        "“We gave more than ever,” said one Democratic donor in Ohio.",
    ],
)
def test_a_described_source_is_never_cut_before_its_noun(sentence):
    [speaker] = credited(sentence)
    assert speaker is None or speaker.split()[-1] in ("operative", "lobbyist", "donor")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It costs too much,” said one NATO diplomat.", "one NATO diplomat"),
        ("“It costs too much,” said a Kremlin insider.", "a Kremlin insider"),
    ],
)
def test_a_described_source_with_a_known_head_is_credited(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize("opening", ["Outside court", "After the hearing", "Inside the chamber"])
def test_the_object_of_an_opening_preposition_is_no_speaker(opening):
    paragraphs = [
        "Omar Sarraf was jailed for nine years on Friday.",
        f"{opening}, Sarraf's sister, who asked not to be named, said the family was \"heartbroken\".",
    ]
    [speaker] = credited(*paragraphs)
    assert speaker is None or "sister" in speaker


def test_a_titled_name_inside_a_body_name_is_a_person():
    speakers = credited(
        "“Exports will keep growing,” Department of Statistics Director-General Grace Lin told reporters in Taipei.",
        "However, she said traditional industries were struggling. Exports to China and Macau fell.",
        "“The recovery is very uneven,” she said.",
    )
    assert speakers[-1] is not None and speakers[-1].endswith("Grace Lin")


@pytest.mark.parametrize("company", ["PT Sulawesi Raya Industrial Park", "PT Nusa Tambang Mandiri"])
def test_a_designator_in_capitals_names_a_body(company):
    speakers = credited(
        "Workers at the smelter complex staged a protest on Monday.",
        f"In a statement, {company} said it had spent more on safety. It said it “takes every incident seriously”.",
    )
    assert speakers == [company]


@pytest.mark.parametrize(
    ("description", "body"),
    [
        ("the industrial park's operator", "PT Halmahera Prima Industri"),
        ("the chain's parent company", "Lindqvist Retail Holdings"),
    ],
)
def test_a_body_in_apposition_is_the_subject_it_takes_up(description, body):
    speakers = credited(
        "Indonesia holds about 22% of the world's nickel reserves.",
        f"In a written response, {description}, {body}, said it complied with all rules. "
        "It called the findings “misleading and based on incomplete data.”",
    )
    assert speakers == [body]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“Music heals,” said Pt. Ravi Shankar, the sitar player.", "Ravi Shankar"),
        ("“The well is dry,” said Smt. Sunita Devi, the village head.", "Sunita Devi"),
    ],
)
def test_an_indian_title_with_a_full_stop_is_no_speaker(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Nordvik Aquaculture has dropped its plan for the island.", "Nordvik Aquaculture"),
        ("Marlow Pacific has cut its forecast for the year.", "Marlow Pacific"),
    ],
)
def test_a_name_before_a_verb_and_its_is_a_body_the_next_sentence_takes_up(opening, body):
    assert credited(opening, "“We listened to the community,” the company said.") == [body]


@pytest.mark.parametrize(
    "opening",
    ["Norway has raised its offer for floating wind.", "MUMBAI: The tribunal has closed its hearing on the tower."],
)
def test_a_place_is_never_taken_up_by_a_body_noun(opening):
    [speaker] = credited(opening, "“It puts us at the front of the queue,” the ministry said.")
    assert speaker not in ("Norway", "MUMBAI")


def test_its_after_a_speech_verb_makes_no_body():
    assert credited("Ann Lee said its cost was too high.", "“We cannot pay,” she said.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("opening", "later", "expected"),
    [
        ("West Yorkshire police said it accepted the findings.", "the force", "West Yorkshire police"),
        ("Hampshire county council said it would appeal.", "the authority", None),
        ("Greater Manchester police said officers had acted lawfully.", "the force", "Greater Manchester police"),
    ],
)
def test_a_body_printed_in_lower_case_after_a_place_is_taken_up_by_its_kind(opening, later, expected):
    speakers = credited(opening, f"“We have invested in training,” {later} said.")
    assert speakers[-1] == expected or (expected is None and speakers[-1] in (None, later))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The inquest jury found that he was failed by “a series of missed chances”.", "The inquest jury"),
        ("The judge ruled that the lease was “void from the start”.", "The judge"),
        ("The appeals court held that the ban was “disproportionate”.", "The appeals court"),
        ("The review panel determined that staff had shown “a lack of care”.", "The review panel"),
    ],
)
def test_a_verb_of_a_finding_before_that_cues_the_quote(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["Police found the note “goodbye” in his car.", "The court held a “special sitting” on Friday."],
)
def test_a_verb_of_a_finding_without_that_cues_nothing(sentence):
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We want lower costs,” Sen. Ada Holm of Oregon, the top Democrat on the panel, told reporters.", "Ada Holm"),
        ("“It is a warning,” Inspector Lam Ka-ho of the police's Cyber Security and Technology Crime Bureau said.", "Lam Ka-ho"),
        ("“Rates will hold,” Ann Roe of the Federal Reserve Bank of Boston, a voting member, said.", "Ann Roe"),
    ],
)
def test_a_name_and_its_affiliation_set_off_before_the_verb_after_a_quote(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Okafor, 58, a councillor who chaired the board until 2021, made the case at a public meeting, "
            "telling residents that the plan was “a mistake”.",
            "Okafor",
        ),
        ("Barra, 31, a captain who joined the club in 2019, took the microphone, saying the season had been “a joy”.", "Barra"),
    ],
)
def test_a_participle_after_an_irregular_past_belongs_to_its_subject(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ferris’s campaign called the poll “encouraging” on Monday.", "Ferris’s campaign"),
        ("The Okafor campaign said the advert was “simply false”.", "The Okafor campaign"),
    ],
)
def test_a_campaign_speaks(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It is a good deal,” Harbour Freight Inc. said.", "Harbour Freight Inc"),
        ("“It is a good deal,” Tessaline Motor Co. said in a statement.", "Tessaline Motor Co"),
        ("“Our concern is the farmers,” Farm Secretary Ana Ruiz Jr. said on Monday.", "Ana Ruiz Jr"),
        ("“The dream lives on,” Tomas Reyes King III said.", "Tomas Reyes King III"),
    ],
)
def test_a_name_ending_stays_in_the_name(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Tom Okafor, 19, died in hospital.", "Mr Okafor's family described him as “a gentle giant”."], "Tom Okafor's family"),
        (["Ann Lee's family said she was “a fighter”."], "Ann Lee's family"),
        (["The family said in a statement that he was “much loved”."], "The family"),
    ],
)
def test_a_family_speaks_never_the_person_it_belongs_to(paragraphs, expected):
    assert credited(*paragraphs) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“He is innocent,” Chidi Okeke, SAN, told the court.", "Chidi Okeke"),
        ("“We will appeal,” Jane Roe, KC, said after the verdict.", "Jane Roe"),
        ("Counsel for the defence, Chidi Okeke, SAN, said his client had “complied fully” with the terms.", "Chidi Okeke"),
    ],
)
def test_letters_after_a_name_are_no_name_in_apposition(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize("name", ["Justice Melanie Holder", "Mary Farmer"])
def test_a_surname_that_is_also_a_role_ends_a_name_a_pronoun_takes_up(name):
    speakers = credited(
        "“He is sorry,” defence lawyer Tom Moore said.",
        f"{name} said the case was closed. “It was serious,” she told the court.",
    )
    assert speakers[-1] is not None and speakers[-1].endswith(name.split(maxsplit=1)[-1].split()[-1])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“Every station sells cars for us,” founder and Chairman Li Wenjun said at a briefing.", "Li Wenjun"),
        ("“It works,” co-founder and CEO Ana Ruiz said.", "Ana Ruiz"),
    ],
)
def test_a_lower_case_role_and_a_capitalized_post_are_one_title(sentence, expected):
    assert credited(sentence) == [expected]
