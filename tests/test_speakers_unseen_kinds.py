"""Speaker rules for kinds seen on blind probe pages of courts, charities and sport, with sentences written
for these rules.

* A courtesy title tells the gender of the person a surname names: ``Ms Joyce`` is the woman of that surname,
  not a man of it mentioned more often (``Mr``, ``Mrs``, ``Miss`` alike).
* The bench's ``Recorder`` is a title and a judicial role: ``the Recorder said`` takes up ``Recorder Ann Lee``;
  ``Advocate``, ``Solicitor``, ``Barrister`` and ``Registrar`` are titles too.
* ``Forum``, ``Movement``, ``Front``, ``Initiative`` and ``Collective`` are body words: ``the Forum for Good
  Governance`` is one name, never its last words.
* An age epithet may end in a nationality noun (``the 52-year-old Scot``, ``the 24-year-old Dane``): it takes
  up the person the text is about, as ``the 52-year-old`` does.
* A document word after a name heads its phrase (``The CMHR study also classified …``), no name cut short; a
  verdict of ``classify`` in the passive credits nobody.
* A title spelt out with its acronym in parentheses before a name (``Station House Officer (SHO) X``) makes the
  acronym stand for that person (``the SHO said``).
* A role inside what the person followed reports is someone else (``X said the driver had told officers …``);
  in a clause of its own (``…, and the senator said``) it is still the subject.
* ``one`` or ``another`` after a speech verb following a quote is one of the group described before, or nobody:
  never the person followed, nor a speaker carried on.
* A court's panel of one judge named with a judicial title speaks as that judge (``A single-judge bench of
  Justice Meera Deshpande said``); a bench of two stays as it was.
* The agent of a participle after a noun (``money promised by her club``, ``remarks reported by the paper``) is no
  speaker of the quote after its sentence: the sentence's own speech verb is (``X said …``); a passive verb's
  agent still is (``The bonus was promised by Coach Tom Hart.``).
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("title", "family", "expected"),
    [
        ("Ms", "Tom Hale, 40, died in the crash. His widow, Ann Hale, was in court. Tom Hale had two children.", "Ann Hale"),
        ("Mrs", "Peter Lund was jailed. His mother, Ruth Lund, wept. Peter Lund did not look up.", "Ruth Lund"),
        ("Mr", "Ruth Quill was hurt in the fall. Her son, Owen Quill, sat beside her. Ruth Quill is 80.", "Owen Quill"),
    ],
)
def test_a_courtesy_title_picks_the_holder_of_its_gender(title: str, family: str, expected: str) -> None:
    surname = expected.split()[-1]
    assert credited(family, f"“We are heartbroken,” {title} {surname} said.") == [expected]


def test_a_courtesy_title_of_no_holders_gender_still_names_the_surname() -> None:
    speakers = credited("Dara Venn opened the shop in 1990.", "“It was hard at first,” Ms Venn said.")
    assert speakers == ["Dara Venn"]


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        ("Recorder Nicholas Fenn told the defendant he had “betrayed the sport”.", "the Recorder"),
        ("Advocate Rahul Mehra, appearing for the farmers, called the order “arbitrary”.", "the advocate"),
        ("Solicitor Maeve Dunne called the delay “inexcusable”.", "the solicitor"),
    ],
)
def test_bench_and_bar_titles_are_roles_taken_up(introduction: str, role: str) -> None:
    person = " ".join(introduction.split()[1:3]).rstrip(",")
    assert credited(introduction, f"“This cannot stand,” {role} said.") == [person, person]


@pytest.mark.parametrize(
    "body",
    ["The Forum for Good Governance", "The Popular Front for Democracy", "The Clean Rivers Initiative", "The Green Movement of Kerala"],
)
def test_body_words_of_campaigning_groups_keep_the_whole_name(body: str) -> None:
    assert credited(f"{body} called the ruling “a worrying signal”.") == [body]


def test_a_capitalised_body_word_before_a_surname_is_still_a_given_name() -> None:
    assert credited("Forum Barrett said the draw was “fine”.") == ["Forum Barrett"]


@pytest.mark.parametrize(
    ("opening", "epithet"),
    [
        ("Graeme Tulloch watched from the touchline as his side lost.", "the 52-year-old Scot"),
        ("Maria Olsen won the race in record time.", "the 24-year-old Dane"),
        ("Tom Reyes signed a two-year deal with the club.", "the 29-year-old Australian"),
    ],
)
def test_an_age_epithet_ending_in_a_nationality_noun_takes_up_the_person_followed(opening: str, epithet: str) -> None:
    person = " ".join(opening.split()[:2])
    assert credited(opening, f"“It was a hard day,” {epithet} said.") == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        "The CMHR study also classified 21 other lakes as “potentially dangerous”.",
        "The Gallup survey also called the result “a shock”.",
        "The OECD report also said the plan was “too timid”.",
    ],
)
def test_a_document_after_a_name_heads_its_phrase_and_is_no_carried_speaker(sentence: str) -> None:
    first = "“Every summer the lake grows,” said Lhakpa Tenzing, who runs a lodge."
    speakers = credited(first, sentence)
    assert speakers[0] == "Lhakpa Tenzing"
    assert speakers[1] != "Lhakpa Tenzing"
    assert speakers[1] is not None and sentence.startswith(speakers[1])


def test_classifying_is_a_verdict_in_the_passive_no_one_speaks() -> None:
    assert credited("The lake was classified as “potentially dangerous” in 2020.") == [None]


@pytest.mark.parametrize(
    ("title", "acronym"),
    [
        ("Station House Officer (SHO) Vikram Singh Chauhan", "SHO"),
        ("Deputy Inspector General (DIG) Ravi Kumar", "DIG"),
        ("Chief Operating Officer (COO) Mia Tan", "COO"),
    ],
)
def test_a_title_spelt_with_its_acronym_before_a_name_is_taken_up_by_the_acronym(title: str, acronym: str) -> None:
    person = title.split(") ")[1]
    speakers = credited(f"{title} said the case was closed.", f"“We were lucky,” the {acronym} said.")
    assert speakers == [person]


def test_an_acronym_that_spells_no_title_before_it_takes_up_nobody_printed_after_it() -> None:
    speakers = credited("Central Office (XYZ) Mia Tan said the case was closed.", "“We were lucky,” the XYZ said.")
    assert speakers != ["Mia Tan"]


@pytest.mark.parametrize("before", ["Paul Nkemelu led the inquiry for six months.", "“It was a long inquiry,” said Paul Nkemelu."])
def test_a_role_inside_what_the_person_followed_reports_is_not_that_person(before: str) -> None:
    speakers = credited(before, "Paul Nkemelu said the driver had told officers he “never saw him”.")
    assert speakers[-1] == "the driver"


def test_a_role_in_a_clause_of_its_own_is_still_the_subject() -> None:
    speakers = credited("Sen. Rand Hollis said he is “willing to talk”, and the Kentucky senator said he could be a “bridge”.")
    assert speakers == ["Rand Hollis", "Rand Hollis"]


@pytest.mark.parametrize("word", ["one", "another"])
def test_one_of_a_group_after_a_speech_verb_is_never_the_person_followed(word: str) -> None:
    speakers = credited("Lee Dawson was jailed for fraud.", f"“We all thought he had won,” said {word}, who asked not to be named.")
    assert speakers == [None]


def test_one_of_a_group_described_before_is_that_group() -> None:
    speakers = credited("Two people familiar with the talks said the deal was close.", "“It is done,” said one.")
    assert speakers == ["Two people familiar with the talks"]


def test_another_after_a_quote_carries_nobody_on() -> None:
    assert credited("“We won,” said Lee Dawson. “We lost,” said another.") == ["Lee Dawson", None]


@pytest.mark.parametrize(
    "introduction",
    [
        "The Chairman of the Harbour Rowing Association, Dr Grace Leung, welcomed the plan.",
        "The party's spokesman, Maria Olsen, welcomed the plan.",
    ],
)
def test_a_womans_first_name_outweighs_an_office_in_man(introduction: str) -> None:
    person = introduction.split(", ")[1].replace("Dr ", "")
    assert credited(introduction, "“It is good news for the sport,” she said.") == [person]


def test_an_office_in_man_still_tells_he_without_a_first_name_that_says_otherwise() -> None:
    assert credited("The chairman of the club, Tom Leung, welcomed the plan.", "“It is good news,” she said.") == [None]


@pytest.mark.parametrize("after", ["at a press conference", "in a statement on Monday"])
def test_a_closing_attribution_after_a_long_title_reads_past_the_verbs_adjunct(after: str) -> None:
    quote = "“Hosting the games is a vote of confidence,”"
    title = "the Secretary for Culture, Sport and Community Affairs, Edmund Kwok,"
    assert credited(f"{quote} {title} said {after}.") == ["Edmund Kwok"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Tom Vale of the Harbour Trust said the board had promised a review and was now offering “a token gesture”.", "Tom Vale"),
        ("Ann Roe of the Jan Vikas Party (JVP) said the government had promised a waiver and was offering “crumbs”.", "Ann Roe"),
    ],
)
def test_a_name_of_a_body_reports_the_clause_a_body_speaks_in(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_phrase_a_preposition_takes_as_object_still_names_no_subject() -> None:
    assert credited("A man with a knife to his throat said the robbers wanted “more time”.") != ["his throat"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“It is the classic summer setup,” said Storm Team 9 Chief Meteorologist Lauren Pike.",
        "“It is the classic summer setup,” said Channel 4 News meteorologist Lauren Pike.",
    ],
)
def test_a_brands_number_inside_a_title_keeps_the_phrase_whole(paragraph: str) -> None:
    assert credited(paragraph) == ["Lauren Pike"]


@pytest.mark.parametrize(
    "relay",
    [
        "The Valley Tribune quoted another passenger, retired teacher Linda Haug, 67, as saying",
        "The Valley Tribune quoted Linda Haug, 67, as saying",
        "The Valley Tribune quoted retired teacher Linda Haug as saying",
    ],
)
def test_a_relayed_source_with_an_age_or_a_past_form_before_its_role_is_credited_not_the_outlet(relay: str) -> None:
    assert credited(f"{relay} the crew “kept everybody calm”.") == ["Linda Haug"]


def test_the_company_after_a_body_named_in_the_sentence_before_is_that_body() -> None:
    speakers = credited(
        "Delmont Crest Holdings, the company behind the plan, wants a permit. Delmont said it would hire 400 people.",
        "Harbour Freight Lines had asked for a delay. In a letter, the company said the roads were “under pressure”.",
    )
    assert speakers == ["Harbour Freight Lines"]


@pytest.mark.parametrize("body", ["Energy Futures UK", "Health Watch Kenya"])
def test_a_body_word_opening_a_name_ending_in_an_acronym_titles_no_one(body: str) -> None:
    assert credited(f"{body} said the ruling “could add costs”.") == [body]


@pytest.mark.parametrize(
    ("introduction", "pronoun", "surname"),
    [
        ("Sinn Féin housing spokeswoman Deirdre Ó Murchú TD accused the Government of recycling old promises.", "she", "Murchú"),
        ("Welsh Conservative health spokesman Rhodri Vaughan-Jones MS said ministers had been warned.", "he", "Vaughan-Jones"),
    ],
)
def test_a_seats_letters_after_a_name_keep_it_a_persons_name(introduction: str, pronoun: str, surname: str) -> None:
    [*_, speaker] = credited(introduction, f"“They have heard all of this before,” {pronoun} said.")
    assert speaker is not None and surname in speaker


def test_a_seats_letters_after_a_name_are_never_the_speaker_alone() -> None:
    [speaker] = credited("Prosecuting, Helen Ashby KC said the scheme was “a fraud from the first booking”.")
    assert speaker is not None and "Ashby" in speaker


def test_an_indefinite_source_named_in_apposition_with_its_firm_is_that_person() -> None:
    speakers = credited(
        "One analyst, Fionnuala O’Hare of Lagan Securities, said investors had “priced in” the contracts.",
        "“The order book is strong,” she said.",
    )
    assert speakers == ["Fionnuala O’Hare", "Fionnuala O’Hare"]


@pytest.mark.parametrize("country", ["Nigeria", "England", "Wales"])
def test_a_country_and_international_is_an_epithet_of_the_player_followed(country: str) -> None:
    speakers = credited("Tomas Okafor scored twice as Pennine won 3-1.", f"“It is not about me,” the {country} international said.")
    assert speakers == ["Tomas Okafor"]


def test_an_office_in_man_before_a_surname_picks_no_holder_by_gender() -> None:
    speakers = credited(
        "Grace Leung has run the rowing association since 2019. Grace Leung said entries had doubled.",
        "“We are ready for the championships,” Chairman Leung said.",
    )
    assert speakers[-1] == "Grace Leung"


@pytest.mark.parametrize(
    "introduction",
    [
        "The new mayor, Gloria Estrada, did not hide her delight.",
        "At city hall, Coun. Anthea Morales, who represents the ward, is pushing a bylaw to fine landlords.",
        "Deputy Governor Helen Marsh, one of four members who voted for a cut, was in no mood to compromise.",
    ],
)
def test_a_quote_paragraph_alone_after_a_paragraph_opening_with_a_named_person_is_theirs(introduction: str) -> None:
    speakers = credited("The plant will employ 620 people.", introduction, "“This is the biggest investment in 40 years.”")
    assert speakers == [next(n for n in ("Gloria Estrada", "Anthea Morales", "Helen Marsh") if n in introduction)]


@pytest.mark.parametrize(
    "introduction",
    [
        "The council met on Monday to discuss the plan.",
        "A spokesman for the council declined to comment on the plan.",
    ],
)
def test_a_quote_paragraph_alone_after_no_named_subject_credits_nobody(introduction: str) -> None:
    assert credited(introduction, "“It is a disaster for the town.”") == [None]


@pytest.mark.parametrize(
    ("introduction", "person"),
    [
        ("It was the same story for Tom Hale, who waited outside in the cold for two hours.", "Tom Hale"),
        ("For Ann Lee, working two jobs, the rent rise means a choice she should not have to make.", "Ann Lee"),
        ("The cuts fell hardest on families like that of Nina Vale, a nurse with three children.", "Nina Vale"),
    ],
)
def test_a_quote_paragraph_alone_after_a_sentence_naming_one_person_only_is_theirs(introduction: str, person: str) -> None:
    assert credited("Rents rose again this year.", introduction, "“I pay for food or I pay for rent.”")[-1] == person


@pytest.mark.parametrize(
    "introduction",
    [
        "For Ann Lee and Tom Hale, the rent rise came as a shock.",
        "It was the same story at Harbour Homes Trust for Tom Hale, who waited outside.",
        "It was the same story for Tom Hale, who waited outside with Ann Lee.",
    ],
)
def test_a_sentence_naming_more_than_one_person_or_a_body_introduces_no_one(introduction: str) -> None:
    assert credited("Rents rose again this year.", introduction, "“I pay for food or I pay for rent.”")[-1] is None


@pytest.mark.parametrize(
    "introduction",
    [
        "Officers found the cable in a van, the police chief said. Mayor Ivo Brandt wants more patrols.",
        "Former minister Halim Yusof flatly rejected Bakri's claim about the deals.",
    ],
)
def test_a_passage_with_a_speech_word_introduces_no_one_so(introduction: str) -> None:
    assert credited(introduction, "“Metal prices go up, and so do the thefts.”") == [None]


@pytest.mark.parametrize(
    "introduction",
    [
        "Superintendent Ann Lee defended the closure in a message to parents.",
        "The plant's manager, Tom Hale, set out the plan in a statement on Monday.",
        "Coach Nina Vale explained the choice to reporters after the game.",
    ],
)
def test_a_speech_word_in_the_last_sentence_points_at_its_named_subject(introduction: str) -> None:
    assert credited("Schools were closed on Wednesday.", introduction, "“Our buses travel 6,000 miles a day.”")[-1] in (
        "Ann Lee", "Tom Hale", "Nina Vale"
    )


def test_a_quote_paragraph_with_its_own_attribution_is_not_credited_to_the_subject_before() -> None:
    speakers = credited("The new mayor, Gloria Estrada, did not hide her delight.", "“It is a disaster,” said Tom Reyes.")
    assert speakers == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("reported", "quote_paragraph"),
    [
        ("Wrestler Ann Lee, 27, said she had waited a year for prize money promised by her club.", True),
        ("Ann Lee said the fine was paid after a deal announced by the Acme Club.", True),
        ("Ann Lee told the hearing she had read the remarks reported by the Daily Courier.", True),
        ("Ann Lee said she had waited a year for prize money promised by her club.", False),
    ],
)
def test_the_agent_of_a_participle_after_a_noun_is_no_speaker(reported: str, quote_paragraph: bool) -> None:
    quote = "“I had to borrow from my father to get by.”"
    paragraphs = (reported, quote) if quote_paragraph else (f"{reported} {quote}",)
    assert credited(*paragraphs)[-1] == "Ann Lee"


def test_the_agent_of_a_passive_verb_is_still_the_speaker() -> None:
    assert credited("The bonus was promised by Coach Tom Hart.", "“We will pay it in full.”")[-1] == "Tom Hart"


@pytest.mark.parametrize(
    ("panel", "judge"),
    [
        ("A single-judge bench of Justice Meera Deshpande", "Meera Deshpande"),
        ("A vacation bench of Justice Ann Lee", "Ann Lee"),
        ("The division bench of Judge Tom Hart", "Tom Hart"),
    ],
)
def test_a_bench_of_one_named_judge_speaks_as_the_judge(panel: str, judge: str) -> None:
    assert credited(f"{panel} said the allegations were “grave” and refused bail.") == [judge]


def test_a_bench_of_two_judges_is_neither_judge() -> None:
    (speaker,) = credited("A bench of Justice Ann Lee and Justice Tom Hart said the allegations were “grave”.")
    assert speaker not in ("Ann Lee", "Tom Hart")
