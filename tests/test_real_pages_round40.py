"""Rules from blind rounds p698-p709 of real pages, on sentences written for these tests:

* a firm named for a person and ``and Associates`` (or ``Partnership``) is a body's name, so the person named
  before ``of`` it speaks (``Tom Philips of Tom Phillips and Associates explained``);
* a quote credited after it to a description in lower case that owns a noun or is plural (``the festival’s
  terms said``, ``the officers said``) is not carried on from the last speaker;
* ``they`` after members of a party (``Republicans because they say``) is not the body credited before;
* a speech verb in the passive introducing a direct quote after a cue (``According to X, they were told: “…”``)
  makes the quote words said to the subject, by no one named: no speaker;
* ``terms``, ``conditions``, ``rules``, ``policy``, ``guidelines`` and ``regulations`` are documents a quote may
  come from (``the club’s rules say``);
* a credit closing a story with a full stop (``Story by local democracy reporter Jane Doe.``) is a byline, and a
  pointer to the original article, a membership plugin's box and a script's ``undefined`` are chrome;
* (round p704-p709) a vox pop's label (``Falak Ali, 25, office worker``) names the speaker of the quote under it;
  ``he`` is never a news outlet (``Reuters``, ``Al Jazeera``: names holding an outlet's word are bodies), nor a person
  named before a newcomer whose first name alone told another gender; ``according to`` a named person right after a
  quote credits that person rather than a description in lower case before it (``Some of the animals responded …``);
  the first hour of a range of clock times is no figure (``from 4 to 8 p.m.``); initials closing a name with no
  first name (``Bitcoin ATMs``, ``a Bitcoin ATM``) name a thing, no person;
* (round p710-p721) Title Case section headings and quotes that kept their comma open no digest articles; a verb
  that causes its object to speak makes it the speaker; a range of days passes its month on; digits grouped in
  thousands are no model's number; a document's word before a speech verb heads its phrase; text-size widgets.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.lines import names_speaker

from .layout_helpers import article_of, kind, texts
from .test_quotes import credited


def figures_of(sentence):
    return parse(sentence).articles[0].figures


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“It was unusual,” Tom Philips of Tom Phillips and Associates explained to reporters.", "Tom Philips"),
        ("“The rents are high,” Ann Lee of John Smith and Associates said.", "Ann Lee"),
        ("Mia Chen of Chen Partnership said: “We will appeal.”", "Mia Chen"),
    ],
)
def test_a_firm_and_its_associates_is_a_body_after_the_person(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("the festival’s terms and conditions said", None),
        ("the union’s members said", "the union’s members"),
        ("the officers said", "the officers"),
        # a description that may be the person quoted before carries on as before
        ("the 45-year-old said", "Ann Lee"),
        ("the boss said", "Ann Lee"),
    ],
)
def test_a_closing_description_of_another_thing_is_not_the_last_speaker(closing, speaker):
    first = "“Prices will rise,” Ann Lee said."
    assert credited(first, f"“No refunds will be given,” {closing}.") == ["Ann Lee", speaker]


def test_they_after_party_members_is_not_the_body_credited_before():
    speakers = credited(
        "The White House has said Trump will sign the bill before the deadline.",
        "Democrats back the bill because it strips riders, and Republicans because they say it will “correct” the budget.",
    )
    assert speakers == [None]


def test_they_after_workers_of_the_body_credited_before_is_still_that_body():
    speakers = credited("The union said in a statement it would strike.", "The union said they would “fight on”.")
    assert speakers == ["The union"]


@pytest.mark.parametrize(
    "line",
    [
        "According to Wells and others, they were told: “Do not come back to the port.”",
        "Ann Lee said she was asked: “Why are you here?”",
        "Tom Roe said that the workers were warned, “Jobs will go.”",
    ],
)
def test_words_said_to_the_subject_in_the_passive_have_no_speaker(line):
    assert credited(line) == [None]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Ann Lee was quoted as saying: “Go home.”", "Ann Lee"),
        ("According to Tom Roe, the plan is “working”.", "Tom Roe"),
        # a quote inside the clause reported in the passive is the cited source's
        ("According to Tom Roe, the workers were warned that “jobs will go”.", "Tom Roe"),
    ],
)
def test_a_cue_with_no_passive_after_it_still_credits(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“No refunds,” the club’s rules say.", "the club’s rules"),
        ("“Bags must be searched,” the stadium’s guidelines state.", "the stadium’s guidelines"),
    ],
)
def test_rules_and_guidelines_are_documents(line, speaker):
    assert credited(line) == [speaker]


# -- round p704-p709, and page layout from both rounds --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Story by local democracy reporter Jane Doe.", LineKind.BYLINE),
        ("Story by local democracy reporter Jane Doe", LineKind.BYLINE),
        ("By Tom Roe.", LineKind.BYLINE),
        ("View The Original Article Here", LineKind.CHROME),
        ("Read the original article", LineKind.CHROME),
        ("Liked it? Take a second to support Harbour Notes on Patreon!", LineKind.CHROME),
        ("undefined", LineKind.CHROME),
        # sentences that open the same way
        ("By Monday it was over.", LineKind.TEXT),
        ("By the end of the year, sales had doubled.", LineKind.TEXT),
        ("By Monday Ann Lee had resigned.", LineKind.TEXT),
        ("Readers can view the original article in the archive, the library said.", LineKind.TEXT),
    ],
)
def test_closing_credits_and_widgets(line, expected):
    assert kind(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Falak Ali, 25, office worker", True),
        ("Tom Roe, 61, retired teacher from Leeds", True),
        ("Jane Doe, chief economist, Harbour Bank, Mumbai", True),
        ("Ann Lee, 25, was arrested on Monday", False),
        ("Ann Lee, 25, said she would go", False),
        ("Ann Lee, 25, and Tom Roe, 30", False),
    ],
)
def test_a_vox_pop_label_gives_name_age_and_occupation(line, expected):
    assert names_speaker(line) is expected


def test_a_vox_pop_label_credits_the_quote_under_it():
    speakers = credited("Falak Ali, 25, office worker", "“I have come here to bring about change.”")
    assert speakers == ["Falak Ali"]


@pytest.mark.parametrize("outlet", ["Al Jazeera", "Reuters"])
def test_he_is_never_a_news_outlet_that_interviewed_people(outlet):
    speakers = credited(f"{outlet} spoke to voters in several constituencies.", "“I want change,” he says.")
    assert speakers == [None]


def test_he_after_a_newcomer_whose_first_name_told_another_gender_is_nobody():
    speakers = credited(
        "The race is between Nawaz Sharif’s party and Imran Khan’s party.",
        "Falak Ali, 25, is an office worker.",
        "“I have come here to bring about change,” he says.",
    )
    assert speakers == [None]


def test_he_still_takes_up_the_one_person_named():
    assert credited("Burton explained from a podium. “I love cats,” he said.") == ["Burton"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Some of the animals responded by getting aggressive and, while “we did our best,” according to Mr Stalf, "
            "“49 were killed.”",
            "Stalf",
        ),
        ("Analysts at Wood Lynch expect it to be “a shadow of itself”, according to Wood Lynch analyst Ann Lee.", "Ann Lee"),
        # a named speaker before keeps the words; a document after is no person
        ("Ann Lee said the deal was “good”, according to Tom Roe.", "Ann Lee"),
        ("The officials responded that the plan was “working”, according to the minutes.", "The officials"),
    ],
)
def test_according_to_a_person_right_after_the_quote_beats_a_description_before(line, speaker):
    assert credited(line)[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials will be at the hall from 4 to 8 p.m. to answer questions.",
        "The office is open from 9 to 5 pm on weekdays.",
        "The shop opens 10-4 p.m. daily.",
        "Voting runs between 7 and 9 p.m.",
        "The meeting runs 6:30 to 8 p.m.",
    ],
)
def test_the_first_hour_of_a_range_of_clock_times_is_no_figure(sentence):
    assert not figures_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Between 4 and 8 people died.", 4.0, 8.0),
        ("He scored 4 to 8 points in the final.", 4.0, 8.0),
    ],
)
def test_a_range_of_counts_before_no_clock_mark_stays(sentence, value, high):
    assert [(f.value, f.high) for f in figures_of(sentence)] == [(value, high)]


@pytest.mark.parametrize("thing", ["Bitcoin ATMs", "A Bitcoin ATM"])
def test_initials_after_no_first_name_name_a_thing_no_he(thing):
    speakers = credited(f"{thing} stood in the store.", "Another man fed $20,000 into it.", "“They had an answer,” he said.")
    assert speakers == [None]


def test_a_name_and_its_post_nominal_initials_is_still_a_person():
    assert credited("“It was fine,” said Tom Roe MP.") == ["Tom Roe MP"]


# -- round p710-p715 ---------------------------------------------------------------------------


def test_title_case_section_headings_in_a_body_open_no_digest_articles():
    page = (
        "The regulator fined the platform €120 million on Friday over its design.\n\n"
        "What the Platform Did Wrong: Deceptive Design and Lack of Transparency\n\n"
        "The commission said the platform broke the rules in several areas.\n\n"
        "It also failed to give researchers access to data, the commission said.\n\n"
        "A Political Firestorm: Backlash in Washington and Defence in Brussels\n\n"
        "The decision did not land quietly in Washington.\n\n"
        "Officials there called the fine an attack on American firms.\n"
    )
    article = article_of(page)
    assert "What the Platform Did Wrong: Deceptive Design and Lack of Transparency" in texts(article)


def test_lines_whose_quote_kept_its_comma_open_no_digest_articles():
    page = (
        "Ireland fined the messaging firm a record 225 million euros on Thursday.\n"
        "The firm said the fine was “entirely disproportionate” and that it would appeal.\n"
        "The regulator said in a statement “This includes information given to users,”\n"
        "In a statement, a spokeswoman said the issues were due to policies in place in 2018.\n"
        "The spokesperson said “We disagree with the decision today,”\n"
        "Other regulators have chastised the office for taking too long to rule.\n"
    )
    [article] = parse(page).articles
    assert article.paragraphs[0].text.startswith("Ireland fined")
    assert len(article.paragraphs) == 6


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ("Elon Musk owns the platform.", "Vance warned Europe off, a comment that prompted Musk to reply, “Much appreciated.”"),
            ["Elon Musk"],
        ),
        (("Ann Lee chairs the trust.", "The ruling led Ann Lee to say: “We will appeal.”"), ["Ann Lee"]),
        # an asking verb, or an object that is no person, makes no speaker of it
        (("The board asked Tom Roe to explain the “missing funds”.",), ["The board"]),
        (("The scandal forced the company to admit it had “failed customers”.",), [None]),
    ],
)
def test_the_object_a_verb_causes_to_speak_is_the_speaker(paragraphs, speakers):
    assert credited(*paragraphs) == speakers


@pytest.mark.parametrize("sentence", ["The play runs Oct. 17-19 and 23-26.", "The fair is open June 3-5 and 10-12."])
def test_a_range_of_days_passes_its_month_on_after_and(sentence):
    assert not figures_of(sentence)


def test_a_count_after_a_date_and_a_comma_stays_a_figure():
    assert [f.value for f in figures_of("On Nov. 3, 25 people were hurt.")] == [25.0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Before arriving in Australia 845,861 people had visited the show.", 845861.0), ("In London 1,200 people marched.", 1200.0)],
)
def test_digits_grouped_in_thousands_after_a_capitalised_word_are_no_model(sentence, value):
    assert [f.value for f in figures_of(sentence)] == [value]


def test_a_model_number_after_a_name_is_still_none():
    assert not figures_of("The new iPhone 15 sold well.")


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“We will act,” the annual report said.", "the annual report"),
        ("The government work report said “we will act”.", "The government work report"),
        # a verb with an object is still no document's head
        ("The firms report “strong demand” each quarter.", "The firms"),
    ],
)
def test_a_document_word_before_a_speech_verb_heads_the_phrase(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize("line", ["- Aa +", "• - A A A +"])
def test_text_size_widgets_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_news_release_speaks_for_the_body_that_issued_it():
    speakers = credited(
        "“Doctors are working around the clock,” Harbour College said in a news release Wednesday.",
        "“The situation is critical,” the release said.",
    )
    assert speakers == ["Harbour College", "Harbour College"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“We rarely see frustration,” AT&T’s Wisconsin sales director David Roy said.", "David Roy"),
        ("“Sales are up,” said M&S boss Tom Roe.", "Tom Roe"),
        ("“Sales are up,” Johnson & Johnson said.", "Johnson & Johnson"),
    ],
)
def test_a_name_joined_by_an_ampersand_is_one_word(line, speaker):
    assert credited(line) == [speaker]


def test_a_name_joined_by_an_ampersand_is_never_cut_to_a_fragment():
    assert credited("AT&T said “sales are up”.") != ["&T"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Two U.S. senators said in a report that the firm had “broad access” in mind.", "Two U.S. senators"),
        (
            "Two U.S. senators - one Republican, one Democrat - said the firm had “broad access” in mind.",
            "Two U.S. senators",
        ),
        ("The U.K. government said it was “sure”.", "The U.K. government"),
        ("“We are sure,” said George W. Bush.", "George W. Bush"),
    ],
)
def test_an_initialism_inside_a_phrase_is_never_cut(line, speaker):
    assert credited(line) == [speaker]


def test_a_possessive_typed_with_an_opening_mark_is_one_word():
    line = "Superintendent Simon Parkes from the Suffolk Police‘s detective department said the couple may “have been hurt.”"
    assert credited(line) == ["Simon Parkes"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Hershel Hood calls it a bad dream.", "“I can't believe it,” said the Leilani Estates resident."), ["Hershel Hood"]),
        (("Ann Lee moved here in 2010. “It is home,” the Ohio native said.",), ["Ann Lee"]),
        # no one to take up, an indefinite source, or the noun alone
        (("“It is home,” the Ohio native said.",), [None]),
        (("Ann Lee moved here. “It is home,” said a Leilani Estates resident.",), ["a Leilani Estates resident"]),
    ],
)
def test_a_place_and_a_noun_of_origin_is_an_epithet(paragraphs, speakers):
    assert credited(*paragraphs) == speakers


@pytest.mark.parametrize("name", ["Patrick Miner", "Tom Driver"])
def test_a_first_name_and_a_role_word_is_a_person_the_text_follows(name):
    speakers = credited(
        "Sheriff Kory Honea said the evacuation was done in a “timely fashion.”",
        f"{name} said he and his family returned home.",
        "“People were panicking,” he said.",
    )
    assert speakers == ["Kory Honea", name]


@pytest.mark.parametrize(("line", "speaker"), [("“It is fine,” said Dean Varga.", "Dean Varga"), ("“We agree,” said Mayor Smith.", "Smith")])
def test_titles_before_a_name_still_read_as_titles(line, speaker):
    assert credited(line) == [speaker]
