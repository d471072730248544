"""Rare first names and reporting clauses after a sentence adverb, on sentences written for these tests:

* a first name the gazetteer gives one sex but counts as rare in every country (``Jone``, ``Leota``: men's names in
  Fiji and Samoa, rare women's names elsewhere) yields to the text's ``he``/``she`` where nobody else is in reach:
  nobody else named in the pronoun's passage and no person it fits named before; a common name (``Maria``) and a
  title (``Ms``) keep their sex;
* a role after a capitalized word and a comma, followed by a past form (``Instead, the judge found, …``), is the
  subject of a reporting clause, not an apposition: the word before is no person holding that role.
"""

from __future__ import annotations

import pytest

from newsparse_quotes.lexicon import available, first_name_gender, is_rare_first_name

from .test_quotes import credited

pytestmark = pytest.mark.skipif(not available(), reason="the lexicon extra is not installed")


@pytest.mark.parametrize(("name", "rare"), [("jone", True), ("leota", True), ("maria", False), ("dmitry", False)])
def test_a_first_name_rare_in_every_country_is_told_apart(name, rare):
    assert first_name_gender(name) is not None
    assert is_rare_first_name(name) is rare


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Jone Baleiwai said he had fished the reef for 30 years.", "“We have never seen it like this,” he said."),
        ("Leota Faleolo sells fish at the market in Apia.", "“Prices are up,” he said."),
        ("Leota Faleolo, 54, sells fish in Apia. “Prices are up,” he told us.",),
    ],
)
def test_a_rare_first_names_sex_yields_to_the_pronoun(paragraphs):
    assert credited(*paragraphs)[-1] in ("Jone Baleiwai", "Leota Faleolo")


def test_a_rare_name_named_last_takes_the_pronoun():
    paragraphs = [
        "Tomasi Vula runs the co-operative. Jone Baleiwai sells its catch.",
        "“We have never seen it like this,” he said.",
    ]
    assert credited(*paragraphs) == ["Jone Baleiwai"]


@pytest.mark.parametrize("other", ["Tomasi Vula", "Peter Hall"])
def test_a_rare_name_does_not_take_a_pronoun_from_a_person_named_after_it(other):
    paragraphs = [
        f"Jone Baleiwai sells the catch. {other} runs the co-operative.",
        "“We have never seen it like this,” he said.",
    ]
    assert credited(*paragraphs) != ["Jone Baleiwai"]


def test_a_common_name_keeps_its_sex():
    paragraphs = ["Maria Lopez runs the bakery on Main Street.", "“Flour costs twice as much,” he said."]
    assert credited(*paragraphs) == [None]


def test_a_title_keeps_its_sex_over_a_rare_name():
    paragraphs = ["Ms Jone Baleiwai runs the co-operative.", "“We have never seen it like this,” he said."]
    assert credited(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("adverb", "clause"),
    [("Instead", "the judge found"), ("Meanwhile", "the coroner heard"), ("Separately", "the inquiry held")],
)
def test_a_reporting_clause_after_an_adverb_is_no_apposition(adverb, clause):
    role = clause.split()[1]
    paragraphs = [
        f"{adverb}, {clause}, the money was sent abroad.",
        f"“This was a brazen fraud,” the {role} wrote.",
    ]
    assert credited(*paragraphs) != [adverb]


def test_a_reporting_clause_leaves_the_role_to_the_person_named_before():
    paragraphs = [
        "Mr Justice Ravi Pellow handed down judgment on Tuesday.",
        "Instead, the judge found, the money was sent abroad.",
        "“This was a brazen fraud,” the judge wrote.",
    ]
    assert credited(*paragraphs) == ["Ravi Pellow"]


def test_a_name_set_off_by_a_role_and_a_comma_is_still_an_apposition():
    paragraphs = ["Pellow, the judge, ruled on Tuesday.", "“This was a brazen fraud,” the judge wrote."]
    assert credited(*paragraphs) == ["Pellow"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In a statement to the ASX, the company said it had settled “to avoid the cost”.", "ASX"),
        ("In a filing with Nasdaq, the group said the deal was “on track”.", "Nasdaq"),
    ],
)
def test_a_role_before_a_verb_is_no_apposition_of_the_name_before(sentence, speaker):
    assert credited("Brightwater did not admit liability.", sentence) != [speaker]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Tessaly Therapeutics, a Cambridge, Massachusetts, company,", "Tessaly Therapeutics"),
        ("Lakeview Foods, a Madison, Wisconsin, firm,", "Lakeview Foods"),
    ],
)
def test_a_bare_noun_after_a_place_is_no_apposition_of_the_place(opening, speaker):
    paragraphs = [f"{opening} makes the drug.", "“We intend to file this year,” the company said."]
    assert credited(*paragraphs)[0] not in ("Massachusetts", "Wisconsin")


def test_a_described_body_keeps_its_apposition():
    paragraphs = ["Delmont, the company that makes the drug, cut jobs.", "“It hurts,” the company said."]
    assert credited(*paragraphs) == ["Delmont"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The executive who ran what prosecutors called a “phantom clinic” network was jailed.", "prosecutors"),
        ("The minister who signed what critics called a “sweetheart deal” resigned.", "critics"),
        ("A trader who bought what analysts described as “junk” lost money.", "analysts"),
    ],
)
def test_what_a_subject_called_is_that_subjects_words_inside_a_relative_clause(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the Queensland branch of the union", "the Queensland branch of the union"),
        ("the armed wing of the group", "the armed wing of the group"),
        ("the party’s youth wing", "the party’s youth wing"),
        ("The Ohio chapter of the rights group", "The Ohio chapter of the rights group"),
    ],
)
def test_a_part_of_a_body_speaks_as_printed(subject, speaker):
    sentence = f"The ministry said it would act, while {subject} warned against “replacing judgement”."
    assert credited(sentence)[-1] == speaker


@pytest.mark.parametrize("dateline", ["Brussels (AFP) –", "Nairobi, Kenya (Reuters) -", "Lima (AP) —"])
def test_a_dateline_in_title_case_is_never_a_speaker(dateline):
    place = dateline.split(" (")[0].split(",")[0]
    sentence = (
        f"{dateline} Around 900 tractors converged on {place} on Monday as farmers from across the region protested "
        "against cheap imports and what they called a “war on the countryside”."
    )
    assert all(speaker is None or (place not in speaker and speaker != "Around") for speaker in credited(sentence))


def test_a_subject_after_a_title_case_dateline_speaks():
    assert credited("Geneva (AFP) – Officials said the talks were “stalled”.") == ["Officials"]


@pytest.mark.parametrize("count", ["two GP", "three", "12 new", "several"])
def test_a_speech_verb_in_s_after_a_count_is_a_plural_noun(count):
    sentence = f"In a statement, the health board said it had advertised {count} posts “on seven separate occasions”."
    assert credited(sentence) == ["the health board"]


def test_a_speech_verb_in_s_after_a_name_still_speaks():
    assert credited("Ann Lee posts “daily updates” online.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A spokeswoman for the HSE West and North West", "A spokeswoman for the HSE West and North West"),
        ("A spokesman for Acme and Globex", "A spokesman for Acme and Globex"),
    ],
)
def test_a_name_after_and_ends_the_description_it_belongs_to(subject, speaker):
    assert credited(f"{subject} said the service “acknowledges the distress” caused.") == [speaker]


def test_a_place_before_a_noun_and_a_relative_clause_is_no_speaker():
    sentence = "“We expect 12 weeks of work,” said a St Helens deckhand who did not want to be named."
    assert credited(sentence) != ["St Helens"]


@pytest.mark.parametrize(
    ("relay", "later", "source"),
    [
        ("The Daily Post quoted an unnamed port official as saying that the berths were full.", "the official", "an unnamed port official"),
        ("Radio Zeta quoted a senior engineer as saying the line had failed.", "the engineer", "a senior engineer"),
    ],
)
def test_a_source_an_outlet_quoted_is_taken_up_later(relay, later, source):
    paragraphs = ["Ann Lee, the port's chief official, opened the new berth in May.", f"{relay} “We are turning ships away,” {later} said."]
    assert credited(*paragraphs) == [source]


@pytest.mark.parametrize(
    ("source", "later"),
    [("a distributor in Kerala", "the distributor"), ("a lender in Singapore", "the lender")],
)
def test_a_kind_of_body_described_with_a_place_is_a_source_taken_up_later(source, later):
    paragraphs = [
        "The Multiplex Owners Forum said in a statement that the film had done well.",
        f"Critics disliked the film, and {source}, who did not want to be named, said takings fell. “Halls are empty,” {later} said.",
    ]
    assert credited(*paragraphs) == [source]


@pytest.mark.parametrize(
    ("opening", "person"),
    [
        ("For pensioner Mary Cole, 81, the rise means skipping meals.", "Mary Cole"),
        ("For nurse Sophie Lam, who shares a house with two friends, the increase means an extra $85 a week.", "Sophie Lam"),
    ],
)
def test_a_person_a_sentence_turns_to_after_for_is_whom_a_later_pronoun_takes_up(opening, person):
    paragraphs = ["Ann Lee, the bank's chief economist, spoke first. “Costs are up,” she said.", opening, "“I cannot afford it,” she said."]
    assert credited(*paragraphs) == ["Ann Lee", person]


def test_a_body_after_for_leaves_the_pronoun_to_the_person_before():
    paragraphs = ["Ann Lee, the bank's chief economist, spoke first.", "For the bank, the rise is small.", "“It is fine,” she said."]
    assert credited(*paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize("owner", ["its", "their"])
def test_a_part_of_a_body_a_pronoun_owns_is_never_printed(owner):
    paragraphs = ["The ruling Janata League defended the measure. In a statement, "
                  f"{owner} parliamentary wing said the window was a “one-time opportunity”."]
    assert all(speaker is None or owner not in speaker.split() for speaker in credited(*paragraphs))


@pytest.mark.parametrize(
    ("lede", "owned", "speaker"),
    [
        ("Acme Holdings cut 300 jobs on Monday.", "The company’s statement", "Acme Holdings"),
        ("The State Bank of Harbour cut its key rate on Tuesday.", "The bank’s statement", "State Bank of Harbour"),
        ("Mayor Ann Lee spoke on Monday.", "The mayor’s letter", "Ann Lee"),
    ],
)
def test_a_message_its_issuer_owns_is_the_issuers(lede, owned, speaker):
    assert credited(lede, f"{owned} said the plan was “within reach”.") == [speaker]


def test_a_message_owned_by_an_unnamed_one_stays_printed():
    assert credited("A union’s report said pay was “too low”.") == ["A union’s report"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ohio approved 11 projects, according to the Ohio Data Center Coalition, an industry group, which said they "
         "had brought “billions in new tax base”.", "the Ohio Data Center Coalition"),
        ("The plan was backed by Acme Corp, a Dutch lender, which said it was “sound”.", "Acme Corp"),
    ],
)
def test_which_after_a_name_and_its_description_is_the_names(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_which_after_a_body_alone_is_that_body():
    assert credited("The NSS, which warns often, said it was “sound”.") == ["The NSS"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A senior executive at one of the airlines", "A senior executive at one of the airlines"),
        ("A senior executive at one of Harbourline's shipping-line customers",
         "A senior executive at one of Harbourline's shipping-line customers"),
    ],
)
def test_a_part_of_a_group_after_a_preposition_stays_inside_the_phrase(subject, speaker):
    assert credited(f"{subject} said talks would be “brutal”.") == [speaker]


def test_a_part_of_a_group_opening_the_subject_is_the_group():
    assert credited("Two of the pilots said it was “unsafe”.") == ["the pilots"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Acme has been under pressure from activist investor Redbank Capital, which owns 6% of its shares and last "
         "year called the strategy “drift dressed up as discipline”.", "Redbank Capital"),
        ("The plan was backed by Harbour Partners, which holds a stake and on Monday described it as “overdue”.", "Harbour Partners"),
    ],
)
def test_a_speech_verb_joined_inside_an_open_relative_clause_is_its_names(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_relative_clause_closed_before_the_verb_leaves_it_to_the_subject():
    assert credited("The mayor met Acme, which builds ships, and called the deal “great”.") == ["The mayor"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("according to a shop steward.", "a shop steward"),
        ("according to one shop steward at the mine, who spoke on condition of anonymity.", "one shop steward at the mine"),
        ("according to the company.", "the company"),
    ],
)
def test_according_to_after_a_quote_credits_the_source(after, speaker):
    paragraphs = ["Lerato Khumalo, an analyst, spoke first. “Workers lost a lot,” she said.", f"“The union has little strike fund left,” {after}"]
    assert credited(*paragraphs)[-1] == speaker


def test_according_to_data_after_a_quote_credits_no_one():
    assert credited("“It is bad,” according to the latest figures.") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The magazine quoted her as saying the smaller Polynesian states were “not yet getting their fair share”.",
        "She said the member states have been “far too slow”.",
    ],
)
def test_a_plural_in_s_before_a_finite_verb_is_no_speech_verb(sentence):
    assert credited(sentence) != ["the smaller Polynesian"] and credited(sentence) != ["the member"]


def test_a_speech_verb_in_s_before_its_clause_still_speaks():
    assert credited("The report states the plan is “sound”.") == ["The report"]


@pytest.mark.parametrize("name", ["St. Agnes Regional Medical Center", "St. Louis Children's Hospital"])
def test_a_saints_st_opens_a_name(name):
    short = " ".join(name.split()[:2])
    paragraphs = [f"Patients will be referred to {name} in Harlow.", f"{short} said in a statement that it was “ready”."]
    assert credited(*paragraphs) == [short]


def test_a_streets_st_after_its_name_joins_no_name():
    assert credited("She lives on Main St. Police said the fire was “suspicious”.") == ["Police"]


def test_a_verb_in_s_inside_a_relative_clause_before_a_verb_still_speaks():
    sentence = "It backs parties – which the NSS says should stand up for “unapologetic celebrations” of identity."
    assert credited(sentence) == ["the NSS"]


@pytest.mark.parametrize("verb", ["has called", "described as", "has labelled"])
def test_a_naming_verb_before_the_next_quote_credits_none_of_the_one_before(verb):
    sentence = (f"Washington warned banks they could face “secondary sanctions,” a threat Beijing {verb} "
                "“unilateral bullying.”")
    credits = credited(sentence)
    assert credits[0] != "a threat Beijing" and credits[1] == "Beijing"


@pytest.mark.parametrize(
    ("body", "acronym", "later"),
    [
        ("The Enforcement Directorate (ED) seized cash on Monday.", "ED", "the ED said"),
        ("The National Anti-Corruption Bureau (NABU) opened a case.", "NABU", "NABU said"),
    ],
)
def test_an_acronym_given_in_brackets_after_a_bodys_name_credits_the_name(body, acronym, later):
    speaker = body.split(f" ({acronym})")[0].removeprefix("The ")
    assert credited(body, f"“We have evidence,” {later}.") == [speaker]


def test_an_acronym_never_given_in_brackets_stays_printed():
    assert credited("“We will appeal,” the FBI said.") == ["the FBI"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Mayor Héctor Ruelas of San Lucero, Sonora,", "Héctor Ruelas"),
        ("Mayor Ann Lee of Riverton, Ohio,", "Ann Lee"),
    ],
)
def test_an_outlet_quoting_a_named_person_and_their_town_and_region_credits_the_person(source, speaker):
    sentence = f"La Voz de Sonora quoted {source} as saying the network would be “a model for the whole border.”"
    assert credited(sentence) == [speaker]


def test_an_outlet_quoting_a_described_official_at_a_body_credits_the_description():
    sentence = "The Herald quoted a senior official at the Ministry of Transport as saying the plan was “dead”."
    assert credited(sentence) == ["a senior official at the Ministry of Transport"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kieran Doig denies murder. Doig, of Well Street, Paisley, told the court he had “panicked”.", "Kieran Doig"),
        ("Tom Ray, of Elm Road, Leeds, said he was “scared”.", "Tom Ray"),
    ],
)
def test_a_street_and_town_set_off_after_a_name_leave_the_name_speaking(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_name_apposed_to_an_owned_role_with_its_town_closes_the_clause():
    paragraphs = [
        "The family may collect far less than the jury awarded.",
        "“The jury heard everything,” said the family’s attorney, Vanessa Kraemer of Evansville.",
    ]
    assert credited(*paragraphs) == ["Vanessa Kraemer"]
