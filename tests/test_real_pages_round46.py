"""Rules from blind round p734-p739 of real pages, on sentences written for these tests:

* a role before anyone is named stands for the next person named only where that person holds the role or it is a
  post standing for any top one (``the Russian leader``); ``“…,” replied the pilot`` is the pilot's;
* a speech verb right after ``that`` or ``which`` on a noun opens a relative clause on a thing: its phrase speaks
  (``a recent Treasury report that said``) or nobody does (``a sign on the door that said``), never the subject of
  the sentence;
* ``and`` between two ordinary capitalized words of a title joins one portfolio (``Science and Technology Minister``),
  so ``the Union Minister`` finds its holder;
* a place someone is from set off by commas after an age (``Wools, 18, of Detroit, a student at X, said``);
* a participle after a message a possessive owns (``Ann Lee's statement on Sunday saying``) is the owner's;
* the other forms of the verbs of change (``doubling from 3.4 percent to 6.8 percent``: two figures);
* ``RBA``, ``RBNZ``, ``Aussies`` and ``Kiwis`` name the places of a dollar;
* plain digits standing alone after ``a`` are a model's number (``to fly a 737,``);
* ``Advert`` lines and a wire story's numbered update note (``(Update 1: changes head, …)``) are chrome;
* (round p740-p745) mismatched quote marks and a lone backtick; a role held at an unheld rank passes to the one
  holder as described; a rank that is a first name too opens a title (``Vice Mayor``); widget labels and element
  ids are chrome; a standfirst trimmed from the lead is the summary;
* (round p746-p751) ``In a statement Friday,``; a title's tail and its body; a nationality after adjectives; a name
  and its description labelling a quote; a town and its region before the verb; ``from the current`` level; a
  second pair after ``and``; ``a best of 86.30m``; ``the 3M Open``; ``the arrival of 1500 people``.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind

from .layout_helpers import kind
from .test_quotes import credited


def figures_of(text):
    return [(f.text, f.value, f.high) for f in parse(text).articles[0].figures]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("replied the pilot", "the pilot"),
        ("said the driver", "the driver"),
        # a role the person named next is printed with stands for them
        ("said the secretary", "Mary Jones"),
    ],
)
def test_a_role_before_anyone_is_named_is_the_next_person_only_where_they_hold_it(role, speaker):
    assert credited(
        "Runway incidents happen every year.",
        f"“Rejecting takeoff,” {role}.",
        "But Transportation Secretary Mary Jones said that is not enough.",
    )[0] == speaker


def test_a_public_office_before_anyone_is_named_is_the_next_person():
    assert credited(
        "The immigration minister has accused detainees – “aided and abetted” by advocates – of subterfuge.",
        "Peter Dutton released his statement on Tuesday.",
    ) == ["Peter Dutton"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The union cited a recent Treasury report that said wages had ‘fallen by 3% in real terms’.", "a recent Treasury report"),
        ("Investors sold shares after a company memo that warned of “serious losses” leaked.", "a company memo"),
        ("Anna Berg, 34, looked at a sign on the door that said: “We are closed until further notice.”", None),
        ("Mary Jones read out a notice that said: “No entry after dark.”", "a notice"),
        ("The mayor denied reports that claimed the plan was “dead”.", None),
        # a message no possessive owns is the subject's own
        ("The State Patrol confirmed the arrest in a tweet that said “the gunman is in custody.”", "The State Patrol"),
        # a relative clause on a person, and ``that`` opening a reported clause, are as before
        ("The mayor, who said the plan was “a disaster”, left early.", "The mayor"),
        ("Ann Lee said that officials had been “too slow”.", "Ann Lee"),
    ],
)
def test_a_speech_verb_in_a_relative_clause_on_a_thing(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    ("title", "later", "speaker"),
    [
        ("Union Science and Technology Minister Jitendra Singh", "the Union Minister", "Jitendra Singh"),
        ("Trade and Industry Secretary Ann Lee", "the Trade Secretary", "Ann Lee"),
        # two people joined by ``and``: the first is no part of the second's title
        ("Mary Rose and Health Minister John Roe", "the Health Minister", "John Roe"),
    ],
)
def test_and_joins_two_words_of_one_portfolio(title, later, speaker):
    assert credited(f"{title} said on Friday the cost was low.", f"“India found water,” {later} said.") == [speaker]


@pytest.mark.parametrize(
    "closing",
    [
        "Wools, 18, of Detroit, a freshman-to-be at Wayne State University, said while walking on campus.",
        "Wools, of Detroit, a student at the college, said.",
        "Wools, 18, of Detroit, said.",
        "said Wools, 18, of Detroit, a student.",
    ],
)
def test_a_place_of_origin_set_off_by_commas_before_the_verb(closing):
    assert credited("Brittany Wools needs a loan.", f"“It could be a lot of money,” {closing}") == ["Brittany Wools"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("It followed President Joe Biden’s strongly worded statement Sunday night saying the vote was “rigged”.", "Joe Biden"),
        ("It came after the council’s letter warning of “chaos”.", "the council"),
        # a message with no owner: the subject issued it
        ("The ministry issued a statement on Sunday saying the vote was “rigged”.", "The ministry"),
        ("Ann Lee posted a tweet saying the vote was “rigged”.", "Ann Lee"),
    ],
)
def test_a_participle_after_an_owned_message_is_the_owners(sentence, speaker):
    assert credited("Antony Blinken said the vote was a sham.", sentence)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The loans faced rates doubling from 3.4 percent to 6.8 percent.",
            [("3.4 percent", 3.4, None), ("6.8 percent", 6.8, None)],
        ),
        ("Output kept halving from 40 tonnes to 20 tonnes.", [("40 tonnes", 40, None), ("20 tonnes", 20, None)]),
        ("Sentences range from three to ten years.", [("three to ten years", 3, 10)]),
    ],
)
def test_every_form_of_a_verb_of_change_makes_two_figures(sentence, expected):
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("place", "currency"),
    [
        ("after the RBA kept the rate on hold", "AUD"),
        ("for some Aussies, and for Aussies abroad", "AUD"),
        ("after the RBNZ kept the rate on hold", "NZD"),
    ],
)
def test_a_central_bank_or_its_people_name_a_dollar(place, currency):
    [figure] = parse(f"A $400,000 mortgage costs more {place}.").articles[0].figures
    assert figure.currency == currency


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He had a job there to fly a 737, officials said.", []),
        ("He bought an 850.", []),
        ("She paid a 500 fine.", [("500", 500, None)]),
        ("It was a 100-metre dash.", [("100-metre", 100, None)]),
    ],
)
def test_digits_standing_alone_after_a_are_a_model(sentence, expected):
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Advert",
        "ADVERT",
        "(Update 1: changes head, updates figures, adds remarks by Figueres, Chaves)",
        "Getting your Trinity Audio player ready...",
        "Loading audio...",
        "What's Your Reaction?",
        "unit-1659132512259",
        "Local Democracy Reporting is public interest journalism funded by NZ On Air.",
    ],
)
def test_widgets_credits_and_numbered_update_notes_are_chrome(line):
    assert kind(line) is LineKind.CHROME


@pytest.mark.parametrize("line", ["COVID-19", "F-16 jets", "What's your reaction to the vote, asked the mayor."])
def test_names_with_numbers_and_sentences_stay_text(line):
    assert kind(line) is LineKind.TEXT


def test_a_standfirst_trimmed_from_the_lead_is_the_summary():
    page = (
        "Union members reject deal with Boeing, prolonging strike\n"
        "The strike by 33,000 workers at Boeing will continue after union members rejected an offer.\n"
        "The strike by 33,000 workers at Boeing will continue after union members rejected an offer from the "
        "company in a vote on Wednesday. The union said talks would resume.\n"
        "Workers have been on strike since September, the union said."
    )
    article = parse(page).articles[0]
    assert article.summary.text.endswith("rejected an offer.")
    assert article.paragraphs[0].text.endswith("talks would resume.")


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("He was sure. ‘We have studied every line,” he said.", ["We have studied every line,"]),
        ("“We had a good year,’ she said. ’And we will grow.”", ["We had a good year,", "And we will grow."]),
        ("The chairman insists he is `not worried’.", ["not worried"]),
        # an apostrophe after an ``s`` and a lone backtick inside a word are no marks
        ("“It is the players’ union,” he said.", ["It is the players’ union,"]),
        ("I won`t go, he said.", []),
    ],
)
def test_a_quote_closed_by_a_mark_of_the_other_kind(text, quotes):
    assert [q.text for q in parse(text).articles[0].quotes] == quotes


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        ("said Vice Mayor Ann Dalton", "said the Vice Mayor", "Ann Dalton"),
        # a first name and a role word alone is the surname, as before
        ("Patrick Miner said", "he said", "Patrick Miner"),
    ],
)
def test_a_rank_that_is_a_first_name_opens_a_title(first, later, speaker):
    assert credited(f"“Back then,” {first}.", f"“It is not your taxes,” {later}.")[-1] == speaker


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        # a holder of the role at another rank is passed over for the one person who holds it as described
        ("the first minister said", "Ann Lee"),
        ("the former first minister said", "Tom Roe"),
    ],
)
def test_a_role_goes_to_the_one_holder_as_described(later, speaker):
    assert credited(
        "First minister Ann Lee spoke in Edinburgh.",
        "Former first minister Tom Roe’s party won no seats.",
        f"Speaking on Saturday, {later} the vote should come “when the time is right”.",
    ) == [speaker]


@pytest.mark.parametrize(
    "opening",
    ["In a statement Friday,", "In a statement late on Friday,", "In a statement released on Friday,"],
)
def test_a_fronted_statement_with_its_time_is_the_subjects(opening):
    assert credited(f"{opening} the council said its options are limited.", "“We will help,” the statement said.") == [
        "the council"
    ]


def test_a_title_tail_and_its_body_before_the_name():
    [speaker] = credited("“These scams are devastating,” said Special Agent in Charge of FBI Atlanta Keri Fairly.")
    assert speaker.endswith("Keri Fairly")


@pytest.mark.parametrize("epithet", ["the soft-spoken Dutchman", "the young Dutchman", "the Dutchman"])
def test_a_nationality_after_adjectives_is_the_person_followed(epithet):
    assert credited("Joel Bos won his first event.", f"“It is the neatest feeling,” said {epithet}.") == ["Joel Bos"]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Venus Williams, three times former singles champion:", "Venus Williams"),
        ("Billie Jean King, founder of the WTA:", "Billie Jean King"),
        # a clause is no label
        ("The committee, which met on Friday:", None),
    ],
)
def test_a_name_and_its_description_label_a_quote_after_a_colon(label, speaker):
    assert credited("Wimbledon will pay equal prize money.", f"{label} “This news has been a long time coming.”") == [
        speaker
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The price cap will increase from the current £1,971 to £3,549 in October.",
            [("£1,971", 1971, None), ("£3,549", 3549, None)],
        ),
        ("Prices range from the current $3 to $5.", [("$3 to $5", 3, 5)]),
        (
            "It raised its forecasts by $5 to $95 and $3 to $100, respectively.",
            [("$5", 5, None), ("$95", 95, None), ("$3", 3, None), ("$100", 100, None)],
        ),
        ("Groups are for ages from 18 to 25 and 30 to 40.", [("18 to 25", 18, 25), ("30 to 40", 30, 40)]),
    ],
)
def test_a_change_from_the_current_level_and_a_second_pair(sentence, expected):
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His season’s best of 86.30m came in Zurich.", [("86.30m", 86.3, "m")]),
        ("The show’s best of 5m viewers came in May.", [("5m", 5_000_000, "viewers")]),
        ("He won the 3M Open on Sunday.", []),
        ("The video had 3M views.", [("3M", 3_000_000, "views")]),
        ("The state coped with the arrival of 1500 people.", [("1500", 1500, "people")]),
        ("The summer of 1969 was hot.", []),
    ],
)
def test_metres_after_a_best_names_with_digits_and_counts_after_of(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in parse(sentence).articles[0].figures] == expected


@pytest.mark.parametrize(
    "closing",
    [
        "Nancy Tillman of Theodore, Ala., said as she huddled.",
        "Nancy Tillman, of Theodore, Ala., said.",
        "Nancy Tillman, of Leeds, England, a teacher, said.",
        "Nancy Tillman of Theodore said.",
    ],
)
def test_a_town_and_its_region_before_the_verb(closing):
    assert credited(f"“We car-pooled,” {closing}") == ["Nancy Tillman"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Ann Doherty, of Trinity High School, Mornington Road, Woodford Green, said it was an “utter mess”.",
        "Dr Ann Doherty, of Trinity High School, Woodford Green, said it was an “utter mess”.",
        "Ann Doherty, of Well Street, Paisley, told the court it was an “utter mess”.",
    ],
)
def test_the_parts_of_an_address_after_of_lead_back_to_the_name(sentence):
    assert credited(sentence) == ["Ann Doherty"]


def test_a_name_after_a_titles_portfolio_is_the_person_not_the_role():
    [first, second] = credited(
        "Unite general secretary Ann Graham said: “These job losses are vandalism.”",
        "Unite regional secretary for Wales Peter Hughes added: “The priority must now be rebuilding.”",
    )
    assert first == "Ann Graham" and second.endswith("Peter Hughes")


def test_a_label_in_capitals_names_the_speaker_of_the_quotes_under_it():
    page = parse(
        "Bank officials speak on rate cut\n\nHere is what officials said:\n\nANDREW BAILEY, BANK OF ENGLAND GOVERNOR\n\n"
        "On the direction of inflation:\n\n“Price pressures have continued to abate.”\n\n"
        "Asked if rates were still on a downward path: “Yes, I do think so.”\n\n“There is genuine uncertainty.”"
    )
    assert [q.speaker for q in page.articles[0].quotes] == ["Andrew Bailey"] * 3


@pytest.mark.parametrize("line", ["BANK OF ENGLAND, LONDON", "MARKETS, MONEY AND RATES"])
def test_capitals_naming_no_person_label_no_quote(line):
    page = parse(f"Bank officials speak\n\nHere is what officials said:\n\n{line}\n\n“Price pressures have abated.”")
    assert [q.speaker for q in page.articles[0].quotes] == [None]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("“The plan is fine,” Ann Lee said.", "Ann Lee"),
        # no quote before: nobody answers
        ("Ann Lee said the plan was fine.", None),
    ],
)
def test_an_answer_after_asked_is_the_last_speakers(opening, speaker):
    assert credited(opening, "Asked if rates would fall further: “Yes, I think so.”")[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Traffic on Interstate 95 stopped for 3 hours.", [("3 hours", 3, "hours")]),
        ("The M4 Motorway 12 miles west was shut.", [("12 miles", 12, "miles")]),
    ],
)
def test_a_road_named_by_its_number_is_no_figure(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in parse(sentence).articles[0].figures] == expected


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("said the Pacific island’s prime minister, John Smith.", "John Smith"),
        ("said the Pacific island’s prime minister.", "the Pacific island’s prime minister"),
        ("said Ann Lee’s lawyer.", "Ann Lee’s lawyer"),
    ],
)
def test_a_possessive_noun_after_a_name_goes_on_with_the_phrase(closing, speaker):
    assert credited(f"“Our future is in your hands,” {closing}") == [speaker]
