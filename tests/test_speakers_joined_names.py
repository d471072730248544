"""Names joined by ``and``, bare titles and relayed sources, on sentences written for these tests:

* an acronym in brackets after the last field of a body named for two (``the Ministry of Trade and Industry (MTI)``)
  is short for the whole name, never for ``Industry``: ``MTI said`` credits the whole name, as ``the ED said`` does
  (it was credited as printed until the acronym that spells a name joined by ``of`` made the run one name);
* an office's title printed without ``the`` and with no holder resolved (``Minister of State …``) is a title cut
  from its holder's name, never a speaker;
* two names joined by ``and`` that open the sentence (``Acme and Beta Corp said``) are credited whole, never the
  second alone;
* ``X quoted Y`` and a time before ``as saying`` (``quoted Ann Reyes on Tuesday as saying``) relays Y's words;
* a plural role and the body it works for after ``at`` or ``from`` (``Analysts at Harbour Securities cut …,
  arguing``) are the subject a participle belongs to, whole;
* ``the source`` takes up the one described source an indefinite phrase opens that was quoted last (``A senior figure
  at one of the banks``), never a group or a name; a role held in an unnamed one of something (``The owner of a rival
  team``) is what ``the owner`` takes up;
* ``he`` after a described source takes up a person named since (``Van Wyk's team …``), else the source;
* a plural source and a place after ``along``, ``beside`` or ``behind`` is credited as printed, and an owned
  description keeps its printed spacing (``supporters’ group``);
* a past form and ``back`` closing a quote's sentence is a retort's tag (``“…,” Abella-Tan shot back.``);
* a body that said something in a document inside a sentence (``…, the ministry said in a statement, adding …``) is
  whom a later ``the statement read`` credits;
* a participle after a clause a body reports (``The Energy Ministry said Russia had launched …, calling …``) is the
  body's, as a person's is; after one an outlet reports (table ``outlet_words``: ``The paper said``, ``Reuters said``,
  ``reported``) it is the clause's subject's;
* a speech verb's form between a modifier and a role is the first noun of the role's compound (``A senior credit
  manager``), never the end of the phrase;
* ``the official`` takes up the indefinite described subject of its own sentence; a name given after ``name`` and ``as``
  in a clause set off by commas (``one woman, who gave her name only as Tatyana, told RT``) is the speaker's;
* ``the group``, a word for any body, takes up the body that spoke whatever its kind (``The National Taxpayers
  Council, a fiscal watchdog, said …``).
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("introduction", "acronym", "name"),
    [
        ("The Ministry of Trade and Industry (MTI) cut its forecast on Monday.", "MTI", "Ministry of Trade and Industry"),
        ("The Department of Jobs and Enterprise (DJE) met on Monday.", "DJE", "Department of Jobs and Enterprise"),
        (
            "The Department of Health and Human Services (HHS) met on Monday.",
            "HHS",
            "Department of Health and Human Services",
        ),
    ],
)
def test_an_acronym_after_a_body_named_for_two_fields_is_short_for_the_whole(introduction, acronym, name):
    later = f"In a statement, {acronym} said growth would be “between 1 and 2 per cent” next year."
    assert credited(introduction, later)[-1] == name


def test_an_acronym_after_a_body_named_for_no_two_fields_is_still_its_short_form():
    paragraphs = [
        "The Enforcement Directorate (ED) raided three offices on Monday.",
        "The ED said the raids were “routine”.",
    ]
    assert credited(*paragraphs)[-1] == "Enforcement Directorate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister of State at the Department of Health Gerard Halloran told Shannon FM that the Government had "
        "“put the money on the table”.",
        "Secretary of State at the Foreign Office Ann Lee told reporters the visit was “useful”.",
    ],
)
def test_a_bare_office_cut_from_its_holders_name_is_no_speaker(sentence):
    assert "Minister of State" not in credited(sentence) and "Secretary of State" not in credited(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Secretary of State said the talks were “useful”.", "The Secretary of State"),
        ("Friends of the Earth said the plan was “weak”.", "Friends of the Earth"),
        ("Secretary of State for Transport Ann Lee told the BBC the plan was “on track”.", "Ann Lee"),
        ("Commissioner for Oceans and Fisheries Elena Marinescu said the cut was “a responsible compromise”.",
         "Elena Marinescu"),
    ],
)
def test_an_office_with_the_or_with_its_holder_still_speaks(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Homeland and Freedom, which relies on small donors, called the law “an act of revenge”.", "Homeland and Freedom"),
        ("Poland and Sweden argued the plan was “unfair”.", "Poland and Sweden"),
        ("Acme and Beta Corp said the deal was “final”.", "Acme and Beta Corp"),
    ],
)
def test_two_names_joined_by_and_that_open_the_sentence_are_credited_whole(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_two_people_joined_by_and_are_still_both_credited():
    assert credited("Ann Lee and Tom Roe said the deal was “done”.") == ["Ann Lee and Tom Roe"]


@pytest.mark.parametrize("time", ["on Tuesday", "last month", "yesterday"])
def test_a_relayed_source_before_a_time_and_as_saying_speaks(time):
    paragraphs = [
        "Michel Gagnon, the chief executive of Boreal Fibre, spoke to investors.",
        f"A regional newspaper, the Northern Post, quoted Gagnon {time} as saying the firm was “looking south”.",
    ]
    assert credited(*paragraphs)[-1] == "Michel Gagnon"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Analysts at Harbour Securities cut their average price forecast for the second quarter to $84, arguing "
            "that the outage would prove “a speed bump”.",
            "Analysts at Harbour Securities",
        ),
        (
            "Economists from the Bank of Ireland raised their forecast for the year on Friday after the data came out, "
            "saying growth was “resilient”.",
            "Economists from the Bank of Ireland",
        ),
    ],
)
def test_a_plural_role_and_its_body_are_the_subject_a_participle_belongs_to(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- definite descriptions and pronouns after a described source ---------------------------------------------------


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("A senior figure at one of the lending banks, who asked not to be named, told the paper the wage bill was "
         "“the main sticking point”.", "A senior figure at one of the lending banks"),
        ("One banker told reporters the talks were “tough”.", "One banker"),
    ],
)
def test_the_source_takes_up_the_one_described_source_quoted_last(introduction, speaker):
    assert credited(introduction, "“They had to show us a credible path,” the source said.") == [speaker, speaker]


@pytest.mark.parametrize("introduction", ["Two bankers told reporters the talks were “tough”.",
                                          "Ann Lee told reporters the talks were “tough”."])
def test_the_source_takes_up_no_group_nor_name(introduction):
    assert credited(introduction, "“It was hard,” the source said.")[-1] == "the source"


def test_a_role_held_in_an_unnamed_one_of_something_is_what_the_role_takes_up():
    paragraphs = [
        "Anita Raghavan, the owner of the Mumbai franchise, said the deal was “fair”.",
        "The owner of a rival team, who did not wish to be identified, said the price was “absurd”. "
        "“They have won one title in seven seasons,” the owner said.",
    ]
    assert credited(*paragraphs) == ["Anita Raghavan", "The owner of a rival team", "The owner of a rival team"]


@pytest.mark.parametrize(
    "between",
    ["Van Wyk's team now plans a larger pilot near Elands Bay.", "Van Wyk disagreed with the timing."],
)
def test_he_after_a_described_source_and_a_person_named_since_is_that_person(between):
    paragraphs = [
        "Pieter van Wyk, who leads the project, said the nets worked.",
        "“Anything is better than the trucks,” said one fisherman, recalling the tankers.",
        between,
        "“If the numbers hold up at that scale, this stops being a curiosity,” he said.",
    ]
    assert credited(*paragraphs)[-1] == "Pieter van Wyk"


def test_he_right_after_a_described_source_is_still_that_source():
    paragraphs = [
        "Pieter van Wyk, who leads the project, said the nets worked.",
        "“Anything is better than the trucks,” said one fisherman, recalling the tankers.",
        "The tankers had come for 11 weeks.",
        "“We waited for hours,” he said.",
    ]
    assert credited(*paragraphs)[-1] == "one fisherman"


# -- described sources printed as they are ---------------------------------------------------------------------


@pytest.mark.parametrize("preposition", ["along", "beside", "behind"])
def test_a_plural_source_and_a_place_after_a_preposition_is_credited_as_printed(preposition):
    sentence = f"Residents {preposition} the Shannon say the plan comes “too late” for families flooded three times."
    assert credited("Flood scheme for Athlone gets green light", sentence)[-1] == f"Residents {preposition} the Shannon"


def test_an_owned_description_keeps_its_printed_spacing():
    sentence = "Rheinau’s largest supporters’ group said in a statement that the sale was “a symptom of a broken system”."
    assert credited(sentence) == ["Rheinau’s largest supporters’ group"]


# -- a retort's tag and a statement a body gave in a report clause ---------------------------------------------


@pytest.mark.parametrize(("tag", "speaker"), [("Abella-Tan shot back.", "Corazon Abella-Tan"), ("Abella-Tan hit back.", "Corazon Abella-Tan"),
                                              ("Abella-Tan fired back.", "Corazon Abella-Tan")])
def test_a_past_form_and_back_after_a_quote_is_a_retorts_tag(tag, speaker):
    paragraphs = [
        "Asked by Sen. Corazon Abella-Tan why the agency had paid, the undersecretary said a director had signed it.",
        f"“So nobody is responsible? The money is gone,” {tag}",
    ]
    assert credited(*paragraphs)[-1] == speaker


def test_a_past_form_and_back_with_an_object_is_no_tag():
    assert credited("“Hello,” the crowd sang back the chorus.") == [None]


@pytest.mark.parametrize("document", ["statement", "letter"])
def test_a_body_that_said_something_in_a_document_is_whom_the_document_credits(document):
    paragraphs = [
        "Russia’s Agriculture Ministry said grain exports rose.",
        f"The volume is up 18% on last year, the ministry said in a {document}, adding that Egypt took the most. "
        f"“African partners are our most reliable market,” the {document} read.",
    ]
    assert credited(*paragraphs)[-1] == "Agriculture Ministry"


# -- who a participle after a reported clause belongs to, and sources described in their own sentence -----------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Energy Ministry said Russia had launched 1,100 drones since October, calling the campaign “a deliberate "
         "attempt to freeze the country.”", "The Energy Ministry"),
        ("The Maine AFL-CIO said Nordwerk had agreed to stay neutral, calling the pledge “a good sign.”", "The Maine AFL-CIO"),
        ("Ann Lee said that Tom Roe would appeal, calling the verdict “unjust”.", "Ann Lee"),
    ],
)
def test_a_participle_after_a_clause_a_body_or_person_reports_is_the_reporters(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper said Lee had voiced anger at the plan, adding that it was “a joke”.",
        "Reuters said Lee had voiced anger at the plan, adding that it was “a joke”.",
        "The agency reported that Lee had voiced anger, adding that it was “a joke”.",
    ],
)
def test_a_participle_after_a_clause_an_outlet_reports_is_the_subjects(sentence):
    assert credited(sentence) == ["Lee"]


def test_a_speech_verbs_form_before_a_role_is_the_first_noun_of_its_compound():
    paragraphs = [
        "A senior credit manager at one of the lenders, who asked not to be named, said banks were “still pricing for "
        "the last crisis”.",
        "“If your score is low, you are buying a lottery ticket,” he said.",
    ]
    assert credited(*paragraphs) == ["A senior credit manager at one of the lenders"] * 2


def test_a_speech_verb_after_a_body_before_a_role_still_ends_the_phrase():
    assert credited("The company said director Ann Lee would leave, calling it “a loss”.") == ["The company"]


def test_the_role_takes_up_the_described_subject_of_its_own_sentence():
    paragraphs = [
        "Renée Hollis, the city’s chief financial official, presented the plan on Monday.",
        "A city finance official, who asked not to be named, said the city would pay the debt off within 20 years, a "
        "schedule the official called “conservative.”",
    ]
    assert credited(*paragraphs)[-1] == "A city finance official"


@pytest.mark.parametrize("clause", ["who gave her name only as Tatyana", "who gave her name as Tatyana"])
def test_a_name_given_in_a_clause_set_off_by_commas_is_the_speakers(clause):
    sentence = f"“I have not heard my son’s voice for 14 months,” one woman, {clause}, told RT."
    assert credited(sentence) == ["Tatyana"]


# -- a word for any body --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The National Taxpayers Council, a fiscal watchdog, said the city had spent 162 days on stopgaps. "
         "“Governing by stopgap costs money,” the group said.", "National Taxpayers Council"),
        ("Acme Group cut 300 jobs on Monday. The Harbour Residents Association, a lobby, said the cuts were wrong. "
         "“This is a disgrace,” the group said.", "Harbour Residents Association"),
        ("Acme Group said it cut 300 jobs on Monday. “We had no choice,” the group said.", "Acme Group"),
    ],
)
def test_the_group_takes_up_the_body_that_spoke_whatever_its_kind(paragraph, speaker):
    assert credited(paragraph)[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Health Ministry said 40 clinics had closed. According to Sanicorp, the main nurses’ union, staff "
        "were leaving. Nurses were “working double shifts”, the group said.",
        "Northgate Council said the road would stay shut. Roadwatch, a drivers’ lobby, disagreed. "
        "“This is a scandal,” the organization said.",
    ],
)
def test_a_word_for_any_body_after_a_later_body_described_as_one_credits_nobody(paragraph):
    assert credited(paragraph)[-1] is None


@pytest.mark.parametrize(
    "lead",
    [
        "Sanicorp, the nurses’ union, said staff were leaving.",
        "Sanicorp, a union for nurses, said staff were leaving.",
        "Sanicorp, the country’s biggest union, said staff were leaving.",
    ],
)
def test_an_apposition_headed_after_an_owner_names_the_bodys_kind(lead):
    assert credited(lead, "“We are exhausted,” the union said.") == ["Sanicorp"]


def test_an_apposition_naming_an_owners_role_names_a_person():
    assert credited("Ana Ruiz, the nurses’ spokeswoman, said staff were leaving.", "“We are exhausted,” Ruiz said.") == ["Ana Ruiz"]


# -- a name in another language with a lower-case noun between particles ----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The Conseil du patronat du Québec, the province’s employers’ group, backed the dam. "
         "In a statement, the group called it “a historic opportunity.”", "Conseil du patronat du Québec"),
        ("“Service will resume on Monday,” said the Société de transport de Montréal.", "Société de transport de Montréal"),
        ("“The rate will hold,” the Instituto de estadística de Navarra said.", "Instituto de estadística de Navarra"),
    ],
)
def test_a_lower_case_noun_between_particles_stays_in_the_name(paragraph, speaker):
    assert credited(paragraph)[-1].removeprefix("the ") == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It was a painting of the sea,” said van Gogh, writing to his brother.", "van Gogh"),
        ("“We will act,” Ursula von der Leyen said.", "Ursula von der Leyen"),
    ],
)
def test_a_particle_after_an_ordinary_word_still_opens_a_name(paragraph, speaker):
    assert credited(paragraph) == [speaker]


# -- roles of a body set after a name; owners and adverbs in descriptions --------------------------------------


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        ("Matthias Kellner, president of the federal network agency, warned households.", "the agency's president"),
        ("Matthias Kellner, president of the federal network agency, warned households.", "the agency president"),
        ("Ana Ruiz, chief economist at the bank, spoke first. Tom Roe, an analyst, agreed.", "the bank's chief economist"),
        ("Ana Ruiz, spokeswoman for the union, spoke first.", "the union's spokeswoman"),
    ],
)
def test_a_role_of_a_body_set_after_a_name_is_taken_up_with_its_owner(lead, later):
    assert credited(lead, f"“We need every cubic metre,” {later} said.") == [lead.split(",")[0]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ana Ruiz, spokeswoman for the union, spoke first. “We will cut shifts,” the company's spokeswoman said.",
        "Ana Ruiz fell ill. Stocks opened lower after the central bank's chief economist said rates would stay "
        "“higher for a while”.",
    ],
)
def test_an_owned_role_of_another_body_is_no_person_named_before(paragraph):
    assert credited(paragraph)[-1] != "Ana Ruiz"


@pytest.mark.parametrize("adverb", ["privately", "reportedly", "later"])
def test_an_adverb_between_a_relative_clauses_subject_and_its_verb(adverb):
    paragraph = f"The Harbour Fund has €1.5 billion – a sum that one official {adverb} described as “a rounding error.”"
    assert credited(paragraph) == ["one official"]


def test_an_adjective_in_ly_after_an_owner_is_no_adverb():
    paragraph = ("The review was slowed, according to two officials familiar with the process. One of them described "
                 "the agency’s early estimates as “optimistic to the point of fantasy”.")
    assert credited(paragraph) == ["two officials familiar with the process"]


# -- titles spelt as acronyms, owners of a title, bodies named for a country, outlets described -----------------


@pytest.mark.parametrize(
    ("lead", "acronym"),
    [
        ("Deputy Public Prosecutor Ana Ruiz sought seven years’ jail.", "the DPP"),
        ("Assistant Chief Constable Ana Ruiz spoke first.", "the ACC"),
    ],
)
def test_an_acronym_of_a_title_printed_before_a_name_is_that_person(lead, acronym):
    assert credited(lead, f"“The victims were not investors,” {acronym} said.") == ["Ana Ruiz"]


def test_a_title_acronym_taken_up_leaves_later_bodies_their_own():
    paragraphs = ("Deputy Public Prosecutor Ana Ruiz sought seven years’ jail.", "“He exploited them,” the DPP said.",
                  "The bank, which was not named in court, said it had “fully compensated” its clients.")
    assert credited(*paragraphs) == ["Ana Ruiz", "The bank"]


def test_an_outlets_acronym_is_no_reporter_of_it():
    assert credited("BBC correspondent Ana Ruiz reported from Kyiv. “The city is calm,” the BBC said.") != ["Ana Ruiz"]


@pytest.mark.parametrize("owner", ["Civil Defence controller", "Harbour Rescue coordinator"])
def test_a_name_owning_the_title_before_a_person_is_no_person(owner):
    paragraphs = (f"{owner} Daniel Whaanga said 40 people had been rescued.", "“The crews did an incredible job,” he said.")
    assert credited(*paragraphs) == ["Daniel Whaanga"]


@pytest.mark.parametrize("bank", ["Bank Negara Malaysia", "Bank Indonesia"])
def test_a_body_word_before_a_country_opens_a_bodys_name(bank):
    assert credited(f"{bank} said it would keep the currency market “orderly”.") == [bank]


@pytest.mark.parametrize("outlet", ["daily", "Malay-language daily", "state-run broadcaster", "local daily"])
def test_a_name_after_a_described_outlet_is_the_outlets(outlet):
    paragraphs = (f"The {outlet} Harian Pantai quoted police chief Azhar Kamil as saying the victims ignored a roadblock.",
                  "“We found the second body downstream,” he was quoted as saying.")
    assert credited(*paragraphs) == ["Azhar Kamil"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("On Monday, HM Revenue and Customs said: “He was wrong.”", "HM Revenue and Customs"),
        ("After the hearing, Trade and Industry Ministry said: “He was wrong.”", "Trade and Industry Ministry"),
    ],
)
def test_a_phrase_a_preposition_fronts_is_no_part_of_the_subject(paragraph, speaker):
    assert credited(paragraph) == [speaker]
