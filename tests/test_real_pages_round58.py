"""Rules from blind round p806-p811 of real pages, on sentences written for these tests:

* ``Town``, ``Village`` and ``Port`` name a body with ``of`` and a place (table ``jurisdiction_words``): ``said Port of
  Seattle CEO Ann Lee`` is Ann Lee, never ``Port``;
* an apposition after an age (``Ann Lee, 52, a nurse,``) gives the person its role;
* ``source``, ``insider``, ``soldier`` and other nouns of one person (table ``person_nouns``) head a described source a
  later ``he`` or ``she`` takes up;
* ``the telco`` and ``the supermarket`` are kinds of company (table ``body_kinds``);
* two or more ordinary words in capitals opening a passage are a lead-in, not a name (``SHIPPING FIRM Maersk``);
* a body named with its kind (``news service FreightWaves``) is no person later, and an indefinite person's role
  before a body's name (``A consultant FreightWaves quotes``) is that person, not the body;
* an opening mark after a double quote left open, before a few words ending the passage, closes the quote
  (``“… have suffered “Lee stated.``);
* a verb of a finding before its subject after a quote credits it (``“…,” ruled Judge Ann Lee``);
* a passage opening ``Added X,`` before a quote credits X;
* ``One`` after a capitalized word is a name's word (``Capital One says``), never a determiner before a noun;
* verbs of getting better or worse (``improved``, ``worsened``) make ``from … to …`` a change: two figures;
* numbers grouped by two or more full stops (``7.051.013``) are whole numbers;
* an em dash with spaces around it joins no range (``$8,200 — $40,000 less``);
* (round p812-p817) a line ending in a colon is no caption nor byline, and a speaker's label in capitals takes the
  name printed before; ``ng`` is a particle, read on in a body's name; ``under`` is a rank only before a role; a past
  form before a determiner after a comma is a clause's verb, no apposition; a body word before a lede's role must be
  its holder's; ``quoting Eurostat figures`` relays no source; a web address is one word; a quote inside a denied
  claim is not the denier's; a participle lead credits the phrase after its comma; a ``who`` clause after a name
  and an age; a report of its own after a question; template lines as chrome.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse_quotes.marks import find_quotes

from .test_quotes import credited


def figures_of(text):
    return [(f.text, f.value, f.high) for f in parse(text).articles[0].figures]


# -- a unit of government or a port and a place --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We are ready,” said Port of Seattle CEO Steve Marsh.", "Steve Marsh"),
        ("“We are ready,” said Town of Oyster Bay Supervisor Ann Lee.", "Ann Lee"),
        ("“We are ready,” said Village of Freeport Mayor Tom Roe.", "Tom Roe"),
        ("“We are ready,” Port of Oakland Executive Director Dan Wu said.", "Dan Wu"),
        ("“We are ready,” the Port of Oakland said.", "the Port of Oakland"),
    ],
)
def test_a_port_town_or_village_of_a_place_is_a_body(sentence, speaker):
    assert credited(sentence) == [speaker]


# -- an apposition after an age --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("introduced", "role"),
    [
        ("Ann Lee, 52, a nurse at the clinic, was there.", "the nurse"),
        ("Ann Lee, 52, director of the clinic, was there.", "the director"),
        ("Ann Lee, aged 52, the clinic's director, was there.", "the director"),
    ],
)
def test_an_apposition_after_an_age_gives_the_role(introduced, role):
    assert credited(introduced, "Tom Roe was not.", f"“It was hard,” {role} said.") == ["Ann Lee"]


# -- described sources of one person ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("described", "pronoun"),
    [
        ("An industry source said lawmakers would act quickly.", "he"),
        ("A Ukrainian soldier said the line had held.", "he"),
        ("A party insider said the vote was close.", "she"),
    ],
)
def test_a_source_or_soldier_is_one_person_a_pronoun_takes_up(described, pronoun):
    speaker = described.partition(" said")[0]
    assert credited(described, f"“Even one week could hurt,” {pronoun} said.") == [speaker]


def test_a_source_before_a_named_person_is_not_taken_up():
    assert credited(
        "A source close to the talks said a deal was near.",
        "Ann Lee, the minister, denied it. “We are far apart,” she said.",
    ) == ["Ann Lee"]


# -- kinds of company -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["telco", "supermarket"])
def test_a_telco_or_supermarket_is_the_company_named(kind):
    assert credited(
        "Kestrel Holdings has begun contacting customers.",
        "Kestrel Holdings also explained why.",
        f"“You would have seen it first,” the {kind} wrote.",
    ) == ["Kestrel Holdings"]


# -- a lead-in in capitals --------------------------------------------------------------------------


@pytest.mark.parametrize("lead", ["SHIPPING FIRM", "MINING COMPANY"])
def test_ordinary_words_in_capitals_opening_a_passage_are_no_name(lead):
    assert credited(
        f"{lead} Norvale has said the attack cost it $300m.",
        "The company admitted this week that volumes fell.",
        "“The effect was large,” the company told shareholders.",
    ) == ["Norvale"]


def test_an_acronym_opening_a_name_stays_in_it():
    assert credited("AIDS Healthcare Foundation said it would sue. “We must act,” the foundation said.") == [
        "AIDS Healthcare Foundation"
    ]


# -- a body named with its kind, and a clause on a described person ---------------------------------


def test_a_body_named_with_its_kind_is_no_person_after_a_role():
    speakers = credited(
        "Dozens of ships are anchored, according to news service Cargowire.",
        "A logistics consultant Cargowire quotes says ports will be “slammed all month.”",
    )
    assert speakers[0] != "Cargowire"


def test_a_role_before_a_bodys_name_and_a_clause_is_the_described_person():
    assert credited(
        "Acme Holdings cut jobs.",
        "A logistics consultant Acme Holdings hired says the cuts are “long overdue.”",
    ) == ["A logistics consultant"]


def test_a_role_before_a_persons_name_is_still_that_person():
    assert credited("A logistics consultant Jon Monroe says ports are “slammed.”") == ["Jon Monroe"]


# -- a closing mark misprinted as an opening one --------------------------------------------------------


def test_an_opening_mark_before_a_speakers_clause_ending_the_passage_closes_the_quote():
    text = "“I am glad, but communities have suffered “Lee stated."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["I am glad, but communities have suffered"]


def test_an_opening_mark_before_a_long_run_on_opens_a_new_quote():
    text = "“One thing. “Another thing that runs on and on for many more words than a speaker's clause."
    assert len(find_quotes(text)) == 2


def test_the_speaker_after_a_misprinted_closing_mark_is_credited():
    assert credited("Senator Ann Lee spoke first.", "“The consequences will be severe “She continued.") == ["Ann Lee"]


# -- verbs of a finding before their subject -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We hold that he was not duly elected,” ruled lead judge Ann Lee.", "Ann Lee"),
        ("“The contract is void,” found the tribunal.", "the tribunal"),
    ],
)
def test_a_finding_verb_before_its_subject_credits_it(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_finding_verb_before_a_preposition_credits_no_one():
    assert credited("“The contract is void,” found in the report, was the key phrase.") == [None]


# -- Added X, “…” ---------------------------------------------------------------------------------------


def test_a_passage_opening_with_an_inverted_verb_and_a_comma_credits_the_name():
    assert credited("Lara Voss is an economist.", "Added Voss, “The good news is that sales are up.”") == ["Lara Voss"]


def test_a_participle_phrase_and_a_comma_credit_no_one():
    assert credited("Lara Voss is an economist.", "Added to this, “the good news” is rare.") == [None]


# -- a number word inside a name --------------------------------------------------------------------------


def test_one_after_a_capitalized_word_is_no_determiner():
    speakers = credited(
        "The BBC reports the hack.",
        "Capital One says no card data was exposed, but it admits that “mistakes were made”.",
    )
    assert speakers != ["The BBC"] and speakers != ["Capital"]


def test_the_number_word_of_a_name_is_not_cut_from_it():
    assert credited("“We will appeal,” said Formula One.") != ["Formula"]


# -- figures ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Performance has improved from 76.8 per cent to 85.7 per cent.", [("76.8 per cent", 76.8, None), ("85.7 per cent", 85.7, None)]),
        ("Waiting times worsened from 12 weeks to 18 weeks.", [("12 weeks", 12, None), ("18 weeks", 18, None)]),
        ("Growth slowed from 3% to 2% last year.", [("3%", 3, None), ("2%", 2, None)]),
    ],
)
def test_getting_better_or_worse_from_one_figure_to_another_is_a_change(text, figures):
    assert figures_of(text) == figures


def test_slow_as_an_adjective_keeps_the_range():
    assert figures_of("Slow trains take from 3 to 5 hours.") == [("3 to 5 hours", 3, 5)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Tshisekedi won with 7.051.013 votes or 38.57%.", [("7.051.013", 7051013, None), ("38.57%", 38.57, None)]),
        ("The city has 1.200.000 residents.", [("1.200.000", 1200000, None)]),
    ],
)
def test_thousands_grouped_by_full_stops_are_one_number(text, figures):
    assert figures_of(text) == figures


@pytest.mark.parametrize("text", ["Version 2.4.1 was released.", "The address 10.0.0.1 was blocked."])
def test_dotted_codes_are_no_grouped_numbers(text):
    assert figures_of(text) == []


def test_an_em_dash_with_spaces_joins_no_range():
    assert figures_of("They could get another $8,200 — $40,000 less than they needed.") == [
        ("$8,200", 8200, None),
        ("$40,000", 40000, None),
    ]


@pytest.mark.parametrize("text", ["Tickets cost $10—$20.", "Tickets cost $10 – $20."])
def test_a_tight_em_dash_or_en_dash_joins_a_range(text):
    assert [(v, h) for _t, v, h in figures_of(text)] == [(10, 20)]


# -- round p812-p817 -------------------------------------------------------------------------------------


def test_a_speakers_label_with_a_title_is_kept_and_labels_the_quotes_under_it():
    article = parse("The coaches spoke.\n\nGovernor Andrew Bailey:\n\n“We were poor.”\n\n“We lost.”").articles[0]
    assert [p.text for p in article.paragraphs][1] == "Governor Andrew Bailey:"
    assert [q.speaker for q in article.quotes] == ["Andrew Bailey", "Andrew Bailey"]


def test_a_label_in_capitals_takes_the_name_printed_before():
    assert credited("The governor, Andrew Bailey, spoke.", "GOVERNOR ANDREW BAILEY:", "“We were poor.”") == ["Andrew Bailey"]


def test_a_label_in_capitals_of_no_one_named_is_credited_as_printed():
    assert credited("The coaches spoke.", "GOVERNOR ANDREW BAILEY:", "“We were poor.”") == ["ANDREW BAILEY"]


def test_a_post_caption_under_a_paragraph_is_still_dropped():
    article = parse("The plant closed on Monday.\n\nAcme CEO Ann Lee\n\nWorkers were told on Friday.").articles[0]
    assert "Acme CEO Ann Lee" not in [p.text for p in article.paragraphs]


def test_a_particle_of_another_language_runs_on_in_a_bodys_name():
    assert credited(
        "The Monetary Board of the Bangko Sentral ng Pilipinas (BSP) kept rates steady.",
        "“The risks remain,” the BSP said.",
    ) == ["Monetary Board of the Bangko Sentral ng Pilipinas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In its first meeting under new chairman Tom Vale, the central bank raised its rate. “It is fine,” he said.",
        "It was a long slide into autocracy under President Tom Vale. “It is fine,” he said.",
    ],
)
def test_under_before_a_name_is_no_rank(sentence):
    assert credited(sentence) == ["Tom Vale"]


def test_under_before_secretary_is_a_rank():
    assert credited("“It is fine,” said Under Secretary Tom Vale.") == ["Tom Vale"]


def test_a_clause_after_a_name_and_a_comma_is_no_apposition():
    assert credited(
        "At the meeting with finance chief Tom Vale, the bank raised its rate.", "“It is fine,” he said."
    ) == ["Tom Vale"]


def test_a_body_word_before_a_ledes_role_must_be_the_persons():
    assert credited(
        "A council leader has warned of “greater challenges ahead”.",
        "Opposition leader Ann Lee said: “We are in a crisis.”",
    ) == ["A council leader", "Ann Lee"]


def test_a_ledes_role_still_names_its_holder():
    assert credited(
        "A union boss has warned of “strikes”.", "Union boss Tom Vale said: “We are ready.”"
    ) == ["Tom Vale", "Tom Vale"]


def test_quoting_figures_relays_no_source():
    assert credited("“Prices will fall,” Ann Lee added, quoting Eurostat figures that show a drop.") == ["Ann Lee"]


@pytest.mark.parametrize("site", ["Bonkers.ie", "Amazon.com", "news.com.au"])
def test_a_web_address_is_one_word(site):
    assert credited(f"Darragh Cassidy of {site} called the announcement “surprising”.") == ["Darragh Cassidy"]


def test_a_full_stop_without_a_space_before_a_word_is_no_domain():
    assert credited("The talks failed.Ann Lee called it “a shame”.") == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee rejected the claim that the plan was “reckless”.",
        "Ann Lee denied reports that the firm was “bankrupt”.",
        "Ann Lee dismissed suggestions she was “out of touch”.",
        "A headteacher has slammed the conclusion that “strong pressure” on teachers led to poor results.",
    ],
)
def test_a_quote_inside_a_denied_claim_is_not_the_deniers(sentence):
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee slammed the report as “a whitewash”.",
        "Ann Lee denied the claims, saying they were “absurd”.",
    ],
)
def test_a_deniers_own_words_are_still_credited(sentence):
    assert credited(sentence) == ["Ann Lee"]


def test_a_participle_lead_with_a_pronoun_in_it_credits_the_name_after_its_comma():
    assert credited("Saying she hoped for “calm,” Judge Ann Lee sentenced him to 12 years.") == ["Ann Lee"]


def test_a_participle_lead_still_credits_the_name_after_a_comma_outside_the_quote():
    assert credited("Saying the plan was “reckless”, Ann Lee left.") == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Judge Tom Vale imposed the sentence on Larry Langford, 63, who told the court, “I am sorry.”",
        "The sentence fell on Larry Langford, 63, who said: “I am sorry.”",
    ],
)
def test_a_who_clause_after_a_name_and_an_age_is_the_names(sentence):
    assert credited(sentence) == ["Larry Langford"]


def test_a_report_of_its_own_after_a_question_is_no_attribution():
    speakers = credited(
        "“What does an old man do in prison?” defense attorney Joseph Green asked. “How does he fight off the people"
        " who want his money?” His lawyers say they will appeal the decision."
    )
    assert speakers[1] != "His lawyers"


@pytest.mark.parametrize("sentence", ["“Who pays?” Fico asked.", "“Who pays?” asked Ann Lee."])
def test_a_question_is_still_credited_to_the_verb_after_it(sentence):
    assert credited(sentence)[0] is not None


@pytest.mark.parametrize(
    "line", ["Article continues below this ad", "Table of Contents", "People are also reading…", "Sponsored post"]
)
def test_template_lines_between_paragraphs_are_chrome(line):
    article = parse(f"The plant closed on Monday.\n\n{line}\n\nWorkers were told on Friday.").articles[0]
    assert line not in [p.text for p in article.paragraphs]


# -- round p818-p823 -------------------------------------------------------------------------------------


def test_a_label_line_of_a_name_and_a_noun_is_nobody_the_text_is_about():
    assert credited(
        "City manager Chris Murray said the deal was better.",
        "Pan Am stadium",
        "Now, the city will “break even” on the lease, he said.",
    ) == ["Chris Murray"]


def test_a_headline_with_a_verb_still_turns_the_text():
    assert credited("Tom Roe spoke first.", "Ann Lee resigns", "“It is over,” she said.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The video shows protesters shouting, “Go home!”", "protesters"),
        ("Witnesses heard Lee shouting “Stop!” as the car sped off.", "Lee"),
    ],
)
def test_the_object_of_a_verb_of_seeing_does_the_participle(sentence, speaker):
    assert credited(sentence) == [speaker]


def test_a_video_obtained_by_an_outlet_is_not_the_outlets_words():
    assert credited("KIRO 7 obtained video that shows teens yelling, “He’s got a gun!”") != ["KIRO 7"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The price tag jumped from the original projection of $937M to $1.2B.", [("$937M", 937e6, None), ("$1.2B", 1.2e9, None)]),
        ("Profit rose from a prior estimate of $5m to $7m.", [("$5m", 5e6, None), ("$7m", 7e6, None)]),
        ("Costs fell from a peak of 10% to 4%.", [("10%", 10, None), ("4%", 4, None)]),
    ],
)
def test_from_a_noun_of_one_amount_to_another_after_a_verb_of_change_is_a_change(text, figures):
    assert figures_of(text) == figures


def test_prices_ranging_from_a_low_of_one_amount_to_another_are_a_range():
    assert figures_of("Prices range from a low of $5 to $7.") == [("$5 to $7", 5, 7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Roe spoke. The figure remains 5% and Roe warned: “It is hard.”",
        "Tom Roe spoke. Prices rose and Roe said the plan was “safe”.",
    ],
)
def test_and_after_a_word_in_lower_case_joins_a_clause_not_a_list(sentence):
    assert credited(sentence) == ["Tom Roe"]


def test_and_between_names_is_still_a_list():
    assert credited("Ann Lee and Tom Roe said the plan was “safe”.") == ["Ann Lee and Tom Roe"]


def test_from_a_range_of_one_amount_to_another_is_a_range():
    assert figures_of("It cut its forecast from an earlier range of $4.20 to $4.35 per share to $4.20 to $4.25.") == [
        ("$4.20 to $4.35", 4.2, 4.35),
        ("$4.20 to $4.25", 4.2, 4.25),
    ]


@pytest.mark.parametrize("text", ["BHP (down 48.1p to 746.9p) cut its dividend.", "Tesco (up 2p to 250p) rose."])
def test_a_change_in_pence_after_an_opening_bracket_is_a_change_and_a_level(text):
    assert len(figures_of(text)) == 2


def test_a_mark_after_a_comma_and_a_space_closes_the_open_quote_before_a_long_clause():
    text = "“We can’t go on like this, ”said Mr. Legault on Wednesday at a press briefing."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We can’t go on like this,"]



# -- round p830-p835 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["“Kind of sad,” said Fargo shopper, Mah Moe.", "“Kind of sad,” said local resident, Mah Moe."],
)
def test_a_noun_of_one_person_with_no_article_before_a_name_set_off_is_that_name(sentence):
    assert credited(sentence) == ["Mah Moe"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Kind of sad,” said residents, including Ann Lee.", "residents"),
        ("“Kind of sad,” said one shopper in Fargo, North Dakota.", "one shopper in Fargo"),
    ],
)
def test_a_plural_or_a_place_after_the_comma_names_no_one(sentence, speaker):
    assert credited(sentence) == [speaker]
