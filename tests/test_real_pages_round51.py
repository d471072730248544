"""Rules from blind round p764-p769 of real pages, on sentences written for these tests:

* a described source that says nothing in its sentence (``A farmer near her paid $250``) is no one a later ``he``
  or ``she`` takes up, unless speaking is its job (``A spokesman ruled out …``);
* a name ending in a newspaper's last word (table ``masthead_words``: ``Des Moines Register``) is a paper, not a person;
* a line of bare names (a byline) makes no one the person the text is about;
* ``he``/``she`` right after the conjunction opening a sentence stands for the person the main clause opens with
  (``Though he called it “smart,” Judge Ann Lee …``);
* a partial quote credited to someone else in the sentence of a direct quote is an aside: the next quote carries on
  the direct quote's speaker;
* a relative clause on the one told (``X told Tom Roe, who had called it “…”``) is that person's;
* a role and a name after a body's acronym in brackets (``Emissions Trading Scheme (ETS) expert Jo Hood``) name the
  person;
* ISO codes that are also acronyms (table ``acronym_codes``) glued to a bare count are names (``COP30``);
* (round p770-p775) a lone first name that is a common word; adjectives in ``-ly``; a ``who`` clause on a name after a
  preposition; ``Adding: “…”``; a dollar country listed among others; an age before ``to`` and money;
* (round p776-p781) a region after a town; ``quoted X as saying`` after the quote; a participle after ``despite``'s
  object; ``Members of the`` and a body; a number grouped in thousands before a street word;
* (round p782-p787) a place before ``, who``; a participle and agent set off by commas; a list item's credit line;
  ``from`` and a participle;
* (round p788-p793) ``Dep.`` as a title; the subject after ``is`` in a sentence a place or participle opens;
* (round p794-p799) ``lead`` as a role.
"""

from __future__ import annotations

import pytest

from newsparse import parse

from .test_quotes import credited


def figures_of(text):
    return [(f.text, f.value, f.currency) for f in parse(text).articles[0].figures]


# -- a described source that said nothing ----------------------------------------------------------


def test_a_described_source_that_said_nothing_is_not_the_pronoun():
    assert credited(
        "Jan Hale has farmed the valley for 30 years, and Hale said prices have never been higher.",
        "A rancher not far from her recently paid $250 to a seller in Nevada.",
        "“No one can afford that,” she said.",
    ) == ["Jan Hale"]
    assert credited(
        "Tom Vale has farmed the valley for 30 years, and Vale said prices have never been higher.",
        "A neighbour down the road sold his last cow in May.",
        "“No one can afford that,” he said.",
    ) == [None]  # an unnamed person followed: nobody is sure


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("A spokesman for the council ruled out any refund.", "A spokesman for the council"),
        ("A government spokeswoman rejected the claim.", "A government spokeswoman"),
        ("An executive at the plant said the line would close.", "An executive at the plant"),
    ],
)
def test_a_described_source_that_speaks_is_the_pronoun(described, speaker):
    pronoun = "she" if "woman" in described else "he"
    assert credited("Tom Vale runs the depot.", described, f"“We have done nothing wrong,” {pronoun} said.") == [speaker]


# -- a newspaper's name ----------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["Des Moines Register", "Sioux City Journal", "Quad City Times"])
def test_a_name_ending_in_a_masthead_word_is_no_person(paper):
    assert credited(f"{paper} reported the figures on Monday.", "“The drought is the worst in memory,” he said.") == [None]


@pytest.mark.parametrize("person", ["Emily Post", "Heath Ledger"])
def test_a_first_name_and_a_masthead_word_is_a_person(person):
    assert credited(f"{person} said the show was “over”.") == [person]


# -- a byline --------------------------------------------------------------------------------------


def test_a_byline_line_makes_no_one_the_person_the_text_is_about():
    quotes = credited(
        "Donna Keller",
        "The soil was so dry in one of April Hemmes' fields, it fell from her hand like dust.",
        "“My husband said we have a chance for rain,” the 61-year-old farmer said.",
    )
    assert quotes != ["Donna Keller"]


# -- a pronoun before the name it stands for -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Though he described Lee as “extremely smart,” U.S. District Judge Lewis A. Kaplan was blunt.", "Lewis A. Kaplan"),
        ("Though she called the plan “reckless,” Senator Ann Ruiz voted for it.", "Ann Ruiz"),
        ("While he praised the deal as “historic,” a senior aide warned of risks.", "a senior aide"),
    ],
)
def test_a_pronoun_in_a_fronted_clause_stands_for_the_main_clause_subject(sentence, speaker):
    assert credited("Tom Lee waited for the ruling.", sentence) == [speaker]


def test_a_pronoun_in_a_fronted_clause_not_fitting_the_main_subject_stays_with_the_text():
    assert credited(
        "Tom Lee waited for the ruling.", "Though he called the plan “reckless,” Senator Ann Ruiz voted for it."
    ) != ["Ann Ruiz"]


# -- an aside in another's words -------------------------------------------------------------------


def test_a_partial_quote_aside_does_not_carry_on():
    assert credited(
        "Janet Wood testified on Tuesday.",
        "“We’re scientists,” she told Sen. Tom Ruiz (D-R.I.) when he asked about “market failure” in the sector. "
        "“For pricing issues, another agency is better suited.”",
    ) == ["Janet Wood", "Tom Ruiz", "Janet Wood"]


def test_a_partial_quote_in_its_own_sentence_still_carries_on():
    assert credited(
        "Ann Lee spoke first.",
        "“We are ready,” Lee said. Tom Roe called the plan “reckless and costly”. “We will deliver.”",
    ) == ["Ann Lee", "Tom Roe", "Tom Roe"]


# -- a relative clause on the one told -------------------------------------------------------------


@pytest.mark.parametrize("verb", ["called", "had called", "has repeatedly called"])
def test_a_relative_clause_on_the_one_told_is_theirs(verb):
    assert credited(f"Ann Lee told Tom Roe, who {verb} the plan “reckless and costly”, that she disagreed.") == ["Tom Roe"]


def test_what_the_one_told_reports_stays_the_tellers():
    assert credited("Ann Lee told Reuters the minister had asked for “more time”.") == ["Ann Lee"]


# -- a role after a body's acronym -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Emissions Trading Scheme (ETS) expert Jo Hood", "Jo Hood"),
        ("World Health Organization (WHO) adviser Tom Roe", "Tom Roe"),
    ],
)
def test_a_role_and_name_after_an_acronym_in_brackets_name_the_person(subject, speaker):
    assert credited(f"After two failures, {subject} expected the result.", "“These units pile up.”") == [speaker]


def test_an_acronym_in_brackets_alone_stays_the_body():
    assert credited("The National Anti-Corruption Bureau (NABU) said the case was “closed”.") == [
        "The National Anti-Corruption Bureau (NABU)"
    ]


# -- ISO codes that are acronyms -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Leaders met at COP30 in Belem.", "Ahead of COP28, ministers met.", "A CAD150 course."])
def test_an_acronym_code_glued_to_a_bare_count_is_no_money(text):
    assert figures_of(f"Climate talks\n\n{text}") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fee is COP 30,000 a month.", ("COP 30,000", 30000, "COP")),
        ("It cost CAD 150 last year.", ("CAD 150", 150, "CAD")),
        ("It cost CAD1.5m in all.", ("CAD1.5m", 1500000, "CAD")),
        ("It cost USD150 in all.", ("USD150", 150, "USD")),
    ],
)
def test_an_acronym_code_printed_as_an_amount_is_money(text, figure):
    assert figures_of(f"Fees rise\n\n{text}") == [figure]


# -- round p770-p775 ------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Red", "Gold", "Hope"])
def test_a_lone_first_name_that_is_a_common_word_is_no_one_a_pronoun_takes_up(word):
    assert credited(
        f"{word} is a lucky colour in China, and traders watch it closely.",
        "“The party is awful, all my money is gone,” he says.",
    ) == [None]


def test_a_lone_surname_is_still_taken_up():
    assert credited("Burton explained from a podium.", "“I love cats,” he said.") == ["Burton"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("one elderly gentleman tells the paper", "one elderly gentleman"),
        ("an elderly woman said", "an elderly woman"),
        ("the burly owner said", "the burly owner"),
    ],
)
def test_an_adjective_in_ly_goes_on_with_the_phrase(source, speaker):
    assert credited(f"“I have lived through wars,” {source}.") == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The slide drew sharp criticism from Ann Lee who called it “a major violation”.",
        "The slide drew criticism from Senator Ann Lee, who called it “a major violation”.",
        "It drew criticism from Ann Lee who had called it “a major violation”.",
    ],
)
def test_a_who_clause_on_a_name_after_a_preposition_is_that_persons(sentence):
    assert credited(sentence)[0] in ("Ann Lee", "Senator Ann Lee")


@pytest.mark.parametrize(
    "sentence",
    ["It drew criticism from residents who called it “a major violation”.", "Routes through Poland would add “major costs”."],
)
def test_no_name_before_who_or_a_place_after_a_preposition_credits_no_one(sentence):
    assert credited(sentence) == [None]


@pytest.mark.parametrize("participle", ["Adding", "Concluding"])
def test_a_speech_participle_and_colon_alone_go_on_with_the_last_speaker(participle):
    assert credited(
        "Ann Lee, chair of the board, noted that “costs have risen”.",
        f"{participle}: “Pay has risen faster than inflation for a decade.”",
    ) == ["Ann Lee", "Ann Lee"]


def test_a_participle_with_more_words_before_the_colon_is_not_read_so():
    assert credited(
        "Ann Lee, chair of the board, noted that “costs have risen”.",
        "Adding to the pressure, the union wrote: “Pay must rise.”",
    )[1] != "Ann Lee"


def money_of(text):
    return [(f.text, f.currency) for f in parse(f"Money\n\n{text}").articles[0].figures if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "The film cost $145 million and has yet to open in New Zealand, Poland, Turkey and Japan.",
        "Sales in Canada, Mexico and New Zealand reached $5 million.",
    ],
)
def test_a_dollar_country_listed_among_others_decides_no_dollar(text):
    assert {currency for _text, currency in money_of(text)} == {"USD"}


@pytest.mark.parametrize(
    "text",
    [
        "The council in Auckland spent $5 million.",
        "Shops in Auckland, Wellington and Christchurch spent $5 million.",
        "Wellington, New Zealand, spent $5 million.",
    ],
)
def test_a_dollar_countrys_own_places_still_decide(text):
    assert money_of(text) == [("$5 million", "NZD")]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The rise takes hourly pay for those aged over 25 to £8.72.", ("25", 25, None, "years")),
        ("The rise takes pay for those aged 25 to £8.72.", ("25", 25, None, "years")),
        ("Adults aged 40 to 79 were asked.", ("40 to 79", 40, None, "years")),
    ],
)
def test_an_age_before_to_and_money_stays_an_age(text, age):
    assert [(f.text, f.value, f.currency, f.unit) for f in parse(f"Pay\n\n{text}").articles[0].figures][0] == age


# -- round p776-p781 ------------------------------------------------------------------------------


def test_the_region_after_a_town_is_no_speaker():
    assert credited("The mayor of Mamaroneck, New York, said that “hundreds” of rescues have taken place.") == [
        "The mayor of Mamaroneck"
    ]


def test_a_name_after_a_role_of_a_place_is_still_the_speaker():
    assert credited("The governor of Ohio, Mike DeWine, said it was “a tragedy”.") == ["Mike DeWine"]


@pytest.mark.parametrize("outlet", ["TV station WIVB", "local TV station WIVB", "the TV station WIVB"])
def test_an_outlet_quoting_someone_as_saying_after_the_quote_credits_that_person(outlet):
    assert credited("Ann Walton ran.", f"“This is not a concession speech,” {outlet} quoted Walton as saying.") == ["Ann Walton"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Doctors will strike despite Rishi Sunak saying the deal was the “final offer”.", "Rishi Sunak"),
        ("Doctors walked out amid officials warning the deal was “final”.", "officials"),
        ("Doctors walked out on Monday, saying the deal was “final”.", "Doctors"),
    ],
)
def test_a_participle_after_a_prepositions_object_is_that_objects(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Members of the Rail, Maritime and Transport union (RMT) said they want to “sweeten the pill”.",
         "Members of the Rail, Maritime and Transport union (RMT)"),
        ("Members of the BMA’s consultants committee said they would “continue to take action”.",
         "Members of the BMA’s consultants committee"),
        ("Residents of the valley said the river rose overnight. Since then they have called the dam “a time bomb.”",
         "Residents"),
    ],
)
def test_a_plural_word_before_of_a_named_body_goes_on_with_it(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Eight unions representing 5,400 Long Island Rail Road workers had threatened to strike.", ("5,400", 5400)),
        ("Some 12,000 Harbour Road residents lost power.", ("12,000", 12000)),
    ],
)
def test_a_number_grouped_in_thousands_is_no_house_number(text, figure):
    assert figure in [(f.text, f.value) for f in parse(f"Strike\n\n{text}").articles[0].figures]


def test_a_house_number_is_still_no_figure():
    assert not parse("Homes\n\nHe lives at 221 Baker Street.").articles[0].figures


# -- round p782-p787 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The order was made by Mrs Justice Black, sitting in London, who said the “actions were unlawful”.",
        "The ruling came from Judge Ann Lee, sitting in Leeds, who called it “unlawful”.",
    ],
)
def test_the_place_of_a_participle_before_who_is_no_speaker(sentence):
    assert credited(sentence)[0] not in ("London", "Leeds")


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        ("According to a copy of the guidelines, first reported by the Wall Street Journal, the aim is “speed”.",
         "the Wall Street Journal"),
        ("The remarks, reported by Reuters, called the plan “reckless”.", "Reuters"),
    ],
)
def test_a_participle_and_agent_set_off_by_commas_is_no_report(sentence, not_speaker):
    assert credited(sentence) != [not_speaker]


def test_an_agent_not_set_off_still_reports():
    assert credited("The plan was described by Ann Lee as “reckless”.") == ["Ann Lee"]


def test_a_list_items_credit_line_runs_on_past_the_name():
    assert credited(
        "Some quotes from the day:",
        '- "We should have worked on this for years." - Councilman Tony Ruiz',
        '- "This is what needed to happen." - Victor Gordo, attorney for the Coalition of City Unions, endorsing the delay',
    ) == ["Tony Ruiz", "Victor Gordo"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harvard received a letter from the Trump administration calling the school “supportive of terrorism”.",
         "the Trump administration"),
        ("The board got a note from the ministry saying the plan was “unworkable”.", "the ministry"),
    ],
)
def test_a_participle_after_the_object_of_from_is_that_objects(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- round p788-p793 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The reward is now $50,000,” said Chief Dep. Tim Moore of the county sheriff's office.", "Tim Moore"),
        ("The suspect fled. Dep. Ann Lee said it was “a shock”.", "Ann Lee"),
    ],
)
def test_dep_is_a_title_before_a_name(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("inverted", "pronoun", "speaker"),
    [
        ("Just ahead of Afzal is Alf Major, who has worked at the plant for 37 years.", "he", "Alf Major"),
        ("In the queue behind him was Ann Major.", "she", "Ann Major"),
        ("Leading the charge was Ann Major, who ran the stall with her daughter Beth Lee.", "she", "Ann Major"),
    ],
)
def test_the_subject_after_be_in_a_sentence_a_place_opens_is_followed(inverted, pronoun, speaker):
    assert credited(
        "“I was shocked,” says Tom Afzal, who joined a month ago.", f"{inverted} “It’s massive,” {pronoun} says."
    ) == ["Tom Afzal", speaker]


def test_a_sentence_opening_with_a_time_and_be_before_no_name_changes_nothing():
    assert credited("“I was shocked,” says Tom Afzal.", "In 2010 he was a welder. “It’s massive,” he says.") == [
        "Tom Afzal", "Tom Afzal"
    ]


# -- round p794-p799 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Barbecuing on dry grass is reckless,” said the brigade’s fire safety lead, Assistant Commissioner Jo Pugsley.",
         "Jo Pugsley"),
        ("The clinical lead, Dr Ann Lee, said the ward was “full”.", "Ann Lee"),
        ("“We are ready,” said the project lead.", "the project lead"),
    ],
)
def test_a_lead_is_a_role(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_taking_the_lead_names_no_role():
    assert credited("“We will win,” said Tom Roe, who took the lead in the second half.") == ["Tom Roe"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Freeport cut its copper production forecast by 4.1 billion pounds.", ("4.1 billion pounds", "quantity", None)),
        ("The firm sold its copper unit for 40 million pounds.", ("40 million pounds", "money", "GBP")),
        ("He paid 20 million pounds for the club.", ("20 million pounds", "money", "GBP")),
    ],
)
def test_a_scaled_amount_of_pounds_after_weighed_goods_is_a_weight(text, figure):
    assert [(f.text, f.kind, f.currency) for f in parse(f"Mining\n\n{text}").articles[0].figures] == [figure]
