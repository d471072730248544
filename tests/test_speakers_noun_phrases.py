"""Speakers read from whole noun phrases, on sentences written for these tests (blind round p590-p595):

* a speech noun after ``a`` and one word (``said in a written reply that``) is no verb, and ``reply`` is a speech noun
  (``The minister's reply was blunt:``); ``alleged`` reports speech; ``cut`` is a past form before ``, citing``;
* a compound in ``-ed`` (``a new student-led party``) and an adverb before a past form (``a newly formed group``, ``the
  firm's recently hired director``) stay inside the phrase, never cutting it to ``party`` or ``chief``;
* a phrase headed by a part (``one of the developers``) joins the noun before its preposition (``a senior executive at
  one of the developers``), and a participle's subject is read by the phrase's head (``executive``);
* a name's closing plus sign is part of it (``OPEC+``, ``Disney+``);
* ``the bank`` never takes up a company whose name tells another line of business (table ``trades``), and ``the
  exchange`` is a body;
* an office's possessor that is a role makes one body's name (``the Ombudsman’s Office``);
* an ``according to`` that names a person right after the quote credits that person, not a plural group the sentence
  opens with (``Analysts at X estimate …``);
* ``the delegate`` is not a person printed only as an analyst, nor ``the commissioner`` one printed only as chairman;
* ``it`` after a subject that describes a name set off by commas (``A new party, the X Front,``) is that name;
* a relative clause asking that a name not be published withholds it: ``he`` then names nobody;
* an ordinary word opening a sentence, capitalised or in capitals, cut from the noun after it (``Hospital`` of
  ``Hospital bosses overspent``, ``HEALTH`` of ``HEALTH bosses``) is no body a later ``it`` takes up (blind round r68).
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

_MINISTER = "Transport Minister Lerato Mabuza told Parliament there would be no more cheques for carriers."


@pytest.mark.parametrize(
    "sentence",
    [
        "Later the minister said in a brief reply that the department was “studying the report”.",
        "On Wednesday the minister said in a written reply to questions that the plan was “under review”.",
        "The minister's reply was blunt: “We will not pay.”",
    ],
)
def test_a_reply_is_a_speech_noun_not_a_verb(sentence):
    assert credited(_MINISTER, sentence) == ["Lerato Mabuza"]


def test_a_reply_after_a_plural_subject_is_still_a_verb():
    assert credited("The residents reply that the plan is “a disgrace”.") == ["The residents"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prosecutors alleged the firm had run “a sham”.", "Prosecutors"),
        ("Ann Lee alleged that members had been offered “cash for votes”, a claim the opposition denied.", "Ann Lee"),
        ("The company cut its forecast, citing “weak demand”.", "The company"),
        ("Exports fell, and the central bank cut its forecast, citing “weak demand”.", "the central bank"),
    ],
)
def test_alleged_reports_speech_and_cut_is_a_past_form(sentence, expected):
    assert credited(sentence) == [expected]


def test_an_alleged_one_is_no_speaker():
    assert credited("The alleged mastermind, Tom Roe, was “calm”, said Ann Lee.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A new student-led party said it wants “fundamental reforms”.", "A new student-led party"),
        ("A newly formed group said it wants “fundamental reforms”.", "A newly formed group"),
        ("The recently retired judge said the law was “a mess”.", "The recently retired judge"),
        ("The group's newly appointed chief said it was “cautious”.", "The group's newly appointed chief"),
    ],
)
def test_adjectives_in_ed_stay_inside_the_phrase(sentence, expected):
    assert credited(sentence) == [expected]


def test_an_adverb_after_the_subject_is_no_part_of_it():
    assert credited("The company recently said it was “cautious”.") == ["The company"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most plants are in the north, a senior executive at one of the winning bidders told reporters, adding that “the south is full”.",
            "a senior executive at one of the winning bidders",
        ),
        ("A foreman at one of the mines said the shaft was “unsafe”.", "A foreman at one of the mines"),
        ("Prices are up, a trader at a grain house told reporters, adding that “stocks are thin”.", "a trader at a grain house"),
    ],
)
def test_a_phrase_of_a_part_joins_the_noun_before_it(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_description_with_a_preposition_is_not_read_past_its_comma():
    assert credited(
        "Judge Bob Roe adjourned the case.",
        "Both sides will appeal, said the dean, a professor of law at Carrow Law School, who called it “the big test”.",
    ) == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("OPEC+ said in a statement that supply was “ample”.", "OPEC+"),
        ("Disney+ said the show was “a hit”.", "Disney+"),
    ],
)
def test_a_closing_plus_sign_is_part_of_a_name(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_described_source_with_a_plus_sign_is_taken_up_whole():
    assert credited(
        "A Gulf OPEC+ delegate, speaking on condition of anonymity, said patience was “running out”.",
        "“Compensation is not optional,” the delegate said.",
    ) == ["A Gulf OPEC+ delegate", "A Gulf OPEC+ delegate"]


@pytest.mark.parametrize(
    ("first", "head"),
    [
        ("Nordvik Energy reported a loss on Monday.", "bank"),
        ("Halden Airways reported a loss on Monday.", "carmaker"),
        ("Corva Mining reported a loss on Monday.", "airline"),
    ],
)
def test_a_line_of_business_never_takes_up_a_company_of_another(first, head):
    assert credited(first, f"The {head} said the outlook was “bleak”.") == [None]


@pytest.mark.parametrize(
    ("first", "head", "expected"),
    [
        ("Nordvik Energy reported a loss on Monday.", "utility", "Nordvik Energy"),
        ("Nordvik Energy reported a loss on Monday.", "company", "Nordvik Energy"),
        ("Acme Holdings reported a loss on Monday.", "bank", "Acme Holdings"),
        ("Nordvik Bank reported a loss on Monday.", "lender", "Nordvik Bank"),
    ],
)
def test_the_same_line_or_none_told_may_be_taken_up(first, head, expected):
    assert credited(first, f"The {head} said the outlook was “bleak”.") == [expected]


def test_a_society_of_several_fields_is_no_bank():
    assert credited(
        "Each day costs the operators millions, according to the National Society of Mining, Petroleum and Energy.",
        "The central bank cut its forecast, citing “weak demand”.",
    ) == ["The central bank"]


@pytest.mark.parametrize(
    "sentence",
    ["The Chicago stock exchange said trading was “orderly”.", "The Rosario grain exchange said sales were “the slowest in a decade”."],
)
def test_an_exchange_is_a_body(sentence):
    assert credited(sentence) == [sentence.split(" said")[0]]


@pytest.mark.parametrize("office", ["Ombudsman’s Office", "Comptroller’s Office"])
def test_an_office_of_a_role_is_one_body(office):
    assert credited(
        f"Police cleared the road twice, according to the {office}.",
        "“Force has only hardened positions,” the office said.",
    ) == [office]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Analysts at the consultancy Wood Lynch estimate output will fall, leaving the basin “a shadow of itself”, according to Wood Lynch analyst Martin Greig.",
            "Martin Greig",
        ),
        (
            "Economists at the bank predict growth will slow, leaving the economy “stuck in neutral”, according to chief economist Ann Lee.",
            "Ann Lee",
        ),
    ],
)
def test_a_person_named_after_the_quote_speaks_for_a_group(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said the plan was “dead on arrival”, according to the Daily Mail.", "Officials"),
        ("Officials said the plan was “dead on arrival”, according to Bloomberg News.", "Officials"),
        ("Economists predict growth will slow, leaving it “stuck in neutral”, according to a survey by Reuters.", "Economists"),
    ],
)
def test_an_outlet_or_a_document_after_the_quote_relays_the_group(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_delegate_is_no_analyst():
    assert credited(
        "“The market is waiting,” said Marisol Ortega, senior oil analyst at Brazos Capital Markets.",
        "“Compensation is not optional,” the delegate said.",
    ) == ["Marisol Ortega", "the delegate"]


def test_the_analyst_is_the_analyst():
    assert credited(
        "“The market is waiting,” said Marisol Ortega, senior analyst at Brazos.",
        "“Prices will rise,” the analyst said.",
    ) == ["Marisol Ortega", "Marisol Ortega"]


def test_a_commissioner_is_no_company_chairman():
    assert credited(
        "Its chairman, Zhou Minghui, told shareholders that rivals were “losing on price”.",
        "The commissioner said a decision could come “before the summer break”.",
    ) == ["Zhou Minghui", "The commissioner"]


def test_the_commissioner_takes_up_a_commissioner():
    assert credited(
        "Police Commissioner Ann Lee said the force was “stretched”.",
        "The commissioner said a decision could come “before the summer break”.",
    ) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A new party, the Jatiya Front (JF), wants the vote to wait until what it calls “fundamental reforms” are done.", "the Jatiya Front (JF)"),
        ("A rival firm, Kestrel Ltd, said it would fight what it called “a smear”.", "Kestrel Ltd"),
    ],
)
def test_it_names_the_name_a_description_sets_off(sentence, expected):
    assert credited("The press office said in a statement that the vote would be held on time.", sentence) == [expected]


@pytest.mark.parametrize(
    "withheld",
    ["who asked that his name not be published", "who asked that his name not be disclosed"],
)
def test_a_withheld_name_leaves_he_to_nobody(withheld):
    assert credited(
        "One victim, an 81-year-old widow, lost $640,000 over six weeks.",
        f"Her son, {withheld}, said she was too ashamed to tell the family.",
        "“She kept saying it,” he said.",
    ) == [None]


def test_a_clause_that_publishes_nothing_withholds_no_name():
    assert credited("A neighbour, who has not published anything, said the house was “empty”.") == ["A neighbour"]


# -- blind round p596-p601 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dockers' union said its members had rejected an “insulting” offer.", "The dockers' union"),
        ("The Harbour Workers' Union said the members had rejected an “insulting” offer.", "The Harbour Workers' Union"),
        ("Ann Lee said the protesters had chanted “shame” outside.", "Ann Lee"),
    ],
)
def test_a_plural_after_the_or_its_inside_a_report_is_no_speaker(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_group_that_speaks_in_its_own_clause_still_speaks():
    assert credited("After the vote, the residents called it “a disgrace”.") == ["the residents"]


@pytest.mark.parametrize("title", ["union state secretary", "party state secretary"])
def test_a_speech_verb_before_a_role_is_a_modifier(title):
    assert credited(f"“Our members work long shifts,” {title} Dean Makris said.") == ["Dean Makris"]


def test_a_plural_subject_and_state_is_still_a_verb():
    assert credited("Officials state that the plan is “final”.") == ["Officials"]


def test_the_head_of_a_description_with_a_part_names_the_reporter():
    assert credited("A senior executive at one of the carriers said his company had asked the port for “firm windows”.") == [
        "A senior executive at one of the carriers"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“I could finally stop lying,” one participant, a 19-year-old student from Tembisa, said in a video.", "one participant"),
        ("“It is over,” the mayor, a former teacher, said.", "the mayor"),
        ("“It is over,” the deputy minister, Helena Sousa, said.", "Helena Sousa"),
        ("“It is over,” a resident, Ann Lee, said.", "Ann Lee"),
    ],
)
def test_a_description_set_off_after_another_keeps_the_first(sentence, expected):
    assert credited(sentence) == [expected]


def test_the_finance_chief_is_no_group_leader():
    assert credited(
        "Councillor Margaret Ellery, the cabinet member for finance, said there was “no realistic alternative”.",
        "Lib Dem group leader Owen Pritchard said the charges would “rip the heart out” of the town.",
        "The finance chief replied that the town was “the only one of its size” with free parking.",
    ) == ["Margaret Ellery", "Owen Pritchard", "The finance chief"]


def test_the_finance_chief_may_be_a_finance_minister():
    assert credited("Finance Minister Ann Lee spoke first.", "The finance chief said it was “fine”.") == ["Ann Lee"]


@pytest.mark.parametrize(("description", "head"), [("a cardiologist at the Royal Infirmary", "cardiologist"), ("an oncologist", "oncologist")])
def test_a_medical_profession_takes_up_its_holder(description, head):
    assert credited(
        f"“The effect surprised us,” said Prof Alasdair McLeish, {description}.",
        f"“There is no reason to wait,” the {head} said.",
    ) == ["Alasdair McLeish", "Alasdair McLeish"]


def test_a_profession_is_not_one_printed_with_another():
    assert credited("Ann Lee, a lawyer, said the case was weak.", "“There is no reason to wait,” the cardiologist said.") == [
        "the cardiologist"
    ]


def test_a_head_of_research_may_be_the_analyst():
    assert credited(
        "Per Lind, head of tanker research at Skagerrak Shipbroking, said owners were in no hurry.",
        "“It would take months,” the Skagerrak analyst added.",
    ) == ["Per Lind"]


def test_dela_is_a_particle_of_a_name():
    assert credited("Assistant Secretary Ramon dela Paz spoke at noon.", "“This is a bridge,” dela Paz said.") == ["Ramon dela Paz"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Director of services for housing Niall Fitzsimons said the plan was “on track”.", "Niall Fitzsimons"),
        ("Head of planning for the county Ann Lee said the plan was “on track”.", "Ann Lee"),
    ],
)
def test_a_title_with_two_prepositions_leads_to_its_holder(sentence, expected):
    assert credited(sentence) == [expected]


def test_people_near_a_name_after_a_preposition_are_no_title():
    assert credited("Residents of the estate near Ann Lee said the plan was “good”.") == ["Residents"]


# -- blind round p602-p607 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to Ann Lee, chief executive of the forum, the decline suggests the system is “working as intended”.", "Ann Lee"),
        ("According to the report, the surge shows demand is “stronger than expected”.", "the report"),
    ],
)
def test_an_opening_source_speaks_where_a_change_in_figures_would(sentence, expected):
    assert credited(sentence) == [expected]


def test_an_opening_source_leaves_a_speaking_subject_its_words():
    assert credited("According to police, the gunmen said they wanted “revenge”.") == ["the gunmen"]


def test_he_is_the_person_named_since_the_unnamed_source_spoke():
    assert credited(
        "Pieter Swanepoel, an actuary at Kestrel Consulting, said claims were “normalising”.",
        "A union official, who declined to be named, said workers were “drowning in debt”. “The money was a lifeline,” the official said.",
        "Swanepoel expects claims to settle. He cautioned that a weaker economy could change that: “If layoffs pick up, numbers jump.”",
    )[-1] == "Pieter Swanepoel"


def test_he_after_the_unnamed_source_is_that_source():
    assert credited("An executive at the plant said the line would close. “We tried,” he said.") == ["An executive at the plant"]


def test_an_occupation_is_no_minister():
    assert credited(
        "Minister Abdulrahman Al-Zahrani said the projects were “on track”.",
        "“Nobody has told us the project is cancelled,” the contractor said.",
    ) == ["Abdulrahman Al-Zahrani", "the contractor"]


def test_a_consultant_is_the_consultant():
    assert credited("Tom Roe, a consultant at Acme, said it was “late”.", "“We are late,” the consultant said.") == ["Tom Roe", "Tom Roe"]


def test_a_document_a_possessive_pronoun_owns_is_no_speaker():
    assert credited(
        "The fund expects the economy to grow this year. Its latest staff report described the drive as “impressive but"
        " expensive”."
    ) == [None]


def test_a_bare_document_a_possessive_pronoun_owns_is_the_issuer_s():
    assert credited("The board met on Monday. Their statement called the plan “reckless”.") == ["The board"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leader of the Opposition in the Legislative Council K. Raghavendra Rao said the state had “failed”.", "K. Raghavendra Rao"),
        ("Leader of the Opposition in the Council Ann Lee said the state had “failed”.", "Ann Lee"),
    ],
)
def test_a_title_running_through_a_place_leads_to_its_holder(sentence, expected):
    assert credited(sentence) == [expected]


@pytest.mark.parametrize("sentence", ["Protests in Bonn said to be “large” were held.", "Talks in Bonn Ann Lee said were “hard”."])
def test_a_name_after_a_place_preposition_without_a_title_is_no_speaker(sentence):
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deputy police and crime commissioner said the sentences send “a clear message”.",
        "The former trade and consumer affairs minister said it was “late”.",
    ],
)
def test_a_post_of_two_portfolios_is_never_cut_at_its_and(sentence):
    assert credited(sentence) == [None]


def test_a_name_after_a_persons_affiliation_is_no_title_holder():
    assert credited(
        "Economist Ann Lee of the consultancy Andina Research said the regime was sound, but warned that “stability is only as good as the next election”."
    ) == ["Ann Lee"]


# -- blind round p608-p613 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("region", ["Baltic", "Nordic", "Balkan"])
def test_a_regional_adjective_before_states_is_no_speaker(region):
    assert credited(f"The senators said in a joint statement that the {region} states were ‘the front line’.") == [None]


def test_a_regional_adjective_before_a_group_still_speaks():
    assert credited("Nordic ministers said the plan was “sound”.") == ["Nordic ministers"]


# --- a capitalised ordinary word opening a sentence modifies the noun after it (blind round r68) -------------


@pytest.mark.parametrize(
    "lead",
    [
        "Hospital bosses overspent by almost £900 million in nine months.",
        "HEALTH bosses overspent by almost £900 million in nine months.",
        "Council chiefs approved the budget on Monday night.",
        "THOUSANDS of nurses walked out on Monday.",
    ],
)
def test_an_opening_word_modifying_the_noun_after_it_is_nobody_it_takes_up(lead):
    later = "It warned of “one of the hardest winters on record”."
    assert credited(lead, later) == [None]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Police said the road would stay closed. It warned of “long delays”.", "Police"),
        ("Metro operator Kelvara said it regretted the delays. It warned of “long delays”.", "Kelvara"),
    ],
)
def test_a_body_word_speaking_or_a_descriptor_before_a_name_keeps_its_subject(lead, expected):
    assert credited(lead) == [expected]


def test_the_writers_i_is_no_modifier():
    assert credited("“Nobody reads the small print,” said Tomas Vik.", "I suspect the board prefers a “quiet filing”.") == ["Tomas Vik", None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president of a Pilbara shire, in Western Australia, says the towns are “devastated” by the cuts.", None),
        ("The mayor of a Kent town said the closure was “a disaster”.", "The mayor of a Kent town"),
        ("An analyst at a Goldman Sachs unit said it was “a disgrace”.", "An analyst at a Goldman Sachs unit"),
    ],
)
def test_a_phrase_cut_after_a_and_a_name_is_no_speaker(sentence, expected):
    assert credited(sentence) == [expected]


def test_a_middle_initial_a_is_no_article_cutting_the_phrase():
    assert credited("“He is extremely smart,” said Judge Lewis A. Kaplan.") == ["Lewis A. Kaplan"]


def test_a_name_holding_a_and_a_capitalised_word_speaks():
    assert credited("“It was a terrible fall,” his team Visma-Lease a Bike reported on Thursday.") == ["his team Visma-Lease a Bike"]
