"""Speakers on sentences written for these tests (blind round p632-p637):

* a number closing a capitalised name is part of it (``Local 1472``, ``Precinct 9``): the person its role goes on
  to name speaks, and the name with its number is one body, never the bare word before the number;
* a noun phrase opens a clause after a relative pronoun as after ``and`` or ``but`` (``messages in which one of
  them, X, wrote``);
* what a person put in evidence, testimony or a submission is their speech (``X's evidence that … “…”``);
* ``signalled`` and ``indicated`` report speech;
* ``the person`` (or ``the official``) later in the sentence of an indefinite subject takes up that subject before
  any source described earlier;
* a lower-case ``no.`` before a word ends a sentence (``voted no. Ochoa said …``), while ``No. 2`` does not;
* a name printed with its own ``'s`` (``Carrow’s``) keeps it before an apposition, and a body whose kind was told
  is no place though printed after ``at`` or before ``, which``.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

SPOKE = "Workers walked out at the plant on Monday."


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“We gave them every chance,” said Local 1472 president Darnell Hughes.", "Darnell Hughes"),
        ("“We are ready,” said Precinct 9 captain Maria Lopez.", "Maria Lopez"),
        ("“It is unsafe,” said Unit 4 commander Tom Roe.", "Tom Roe"),
        ("Local 1472 said the offer was “a joke”.", "Local 1472"),
        ("“Nobody was hurt,” Boatmen Local 4471 said on its website.", "Boatmen Local 4471"),
    ],
)
def test_a_number_closing_a_name_is_part_of_it(line, speaker):
    assert credited(SPOKE, line) == [speaker]


def test_a_body_with_a_number_keeps_its_whole_name():
    assert credited("Members of UAW Local 1472 walked out.", "“We are done waiting,” the local said.") != ["Local"]
    assert credited("Members of UAW Local 1472 walked out.", "UAW Local 1472 called the offer “an insult”.") == [
        "UAW Local 1472"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "“The vote is on,” said Mayor Ann Lee on March 3.",
        "On March 3 Ann Lee said the vote was “on”.",
    ],
)
def test_a_date_is_no_number_of_a_name(line):
    assert credited(line) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "The trial turned on messages in which one of them, Rupert Vane, described the firm as “a zombie”.",
            "Rupert Vane",
        ),
        ("She cited two letters, in which one of them, Tom Roe, called the price “silly”.", "Tom Roe"),
        ("The panel had three members, but one of them, Ann Lee, called the plan “reckless”.", "Ann Lee"),
    ],
)
def test_a_phrase_opens_a_clause_after_a_relative_pronoun(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("lines", "speaker"),
    [
        (
            ["Rupert Vane gave evidence on Monday.", "The judge accepted Mr Vane’s evidence that the remarks were “gallows humour”."],
            "Rupert Vane",
        ),
        (["The jury heard Dr Ann Lee’s testimony that the wound was “almost certainly” fatal."], "Ann Lee"),
        (["The panel rejected Tom Roe’s submission that the tower was “modest”."], "Tom Roe"),
    ],
)
def test_evidence_testimony_and_a_submission_are_speech(lines, speaker):
    assert credited(*lines) == [speaker]


def test_evidence_nobody_gives_credits_nobody():
    assert credited("Police found evidence that the deal was “a sham”.") == [None]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Brazil’s central bank raised its rate and signalled that it would keep costs high for “as long as necessary”.",
            "Brazil’s central bank",
        ),
        ("The minister indicated that the talks were “nearly done”.", "The minister"),
        ("The bank signaled that rates would stay high for “some time”.", "The bank"),
    ],
)
def test_signalled_and_indicated_report_speech(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "The figures signalled a “soft landing” for the economy.",
        "Early results indicated a “landslide” for the party.",
    ],
)
def test_what_signals_without_a_speaker_credits_nobody(line):
    assert credited(line) == [None]


@pytest.mark.parametrize(
    ("before", "line", "speaker"),
    [
        (
            "“Rheinair cannot afford a long dispute,” according to Jens Albrecht, an aviation analyst at Vorberg Bank.",
            "A person familiar with the talks said the union had refused what the person called an “unrealistic” demand.",
            "A person familiar with the talks",
        ),
        (
            "“Prices will rise,” according to Ann Lee, a banker at Brock Bank.",
            "A banker close to the deal said the buyer walked away from what the banker called a “silly” price.",
            "A banker close to the deal",
        ),
    ],
)
def test_a_description_takes_up_its_own_sentences_subject_first(before, line, speaker):
    assert credited(before, line)[-1] == speaker


def test_a_lower_case_no_before_a_word_ends_its_sentence():
    assert credited(
        "Council members Raymond Ochoa and Patrice Dunleavy voted no. Ochoa said he supported more housing.",
        "“I'm not against this project,” he said.",
    ) == ["Raymond Ochoa"]


@pytest.mark.parametrize(
    "line",
    ["The world No. 2 Ann Lee said the draw was “tough”.", "The house is No. 10. Ann Lee said it was “home”."],
)
def test_no_before_a_number_stays_an_abbreviation(line):
    assert credited(line) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("before", "line", "speaker"),
    [
        (
            "Staff at Carrow’s, the Dublin department store group, voted to strike.",
            "Carrow’s, which employs 1,900 people, said trading was “the toughest in a generation”.",
            "Carrow’s",
        ),
        (
            "Analysts at Greenbay Capital, the investment firm, were cautious.",
            "Greenbay Capital, which manages $2bn, said the deal was “overpriced”.",
            "Greenbay Capital",
        ),
    ],
)
def test_a_body_of_a_told_kind_is_no_place(before, line, speaker):
    assert credited(before, line) == [speaker]


def test_a_possessive_before_its_noun_is_still_no_speaker():
    assert credited("Poland’s response was firm.", "Warsaw’s statement called the plan “reckless”.") != ["Warsaw’s"]


# blind round p638-p643


@pytest.mark.parametrize(
    "lines",
    [
        ["Ann Lee spoke at the launch on Monday.", "Nocturne 88 sold out within an hour.", "“It sells itself,” she said."],
        ["Ann Lee runs the brand.", "Orders for Nocturne 88 doubled.", "“We cannot keep up,” she said."],
    ],
)
def test_a_number_closing_a_name_makes_no_person(lines):
    assert credited(*lines) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("An IMF mission that visited Kinshasa last month said the curbs “should be temporary”.", "An IMF mission"),
        ("The firm that bought Acme said the price was “fair”.", "The firm"),
        ("Investors who backed Ann Lee said she was “brilliant”.", "Investors"),
        ("A team that met Ann Lee last week said the plan was “sound”.", None),
    ],
)
def test_the_object_in_a_relative_clause_on_the_subject_is_no_speaker(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("One of them, a senior official at the finance ministry, said the state “would rather take the pain now”.",
         "a senior official at the finance ministry"),
        ("One of them, a veteran, said the plan was “sound”.", "a veteran"),
        ("One of them said the plan was “sound”.", "Two officials"),
    ],
)
def test_one_of_them_is_the_person_an_apposition_describes(line, speaker):
    assert credited("Two officials spoke to us.", line) == [speaker]


def test_a_role_set_off_before_a_name_credits_the_name():
    assert credited(
        "“This is the first time,” said the trial’s principal investigator, Lars Vestergaard, professor of nephrology."
    ) == ["Lars Vestergaard"]


def test_a_charge_someone_rejected_after_a_quote_leaves_it_to_the_subject():
    assert credited(
        "Opposition parties have accused the government of “campaign spending in disguise”, a charge the finance "
        "ministry rejected as “baseless”."
    ) == ["Opposition parties", "the finance ministry"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "A person familiar with the review said Harrowgate’s submission had been received and was being examined "
            "“line by line”.",
            "A person familiar with the review",
        ),
        ("A source said Acme’s statement was being read as “a warning”.", "A source"),
    ],
)
def test_a_speech_noun_a_passive_follows_credits_no_owner(line, speaker):
    assert credited(line) == [speaker]


# blind round p644-p649


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“This is a mandate,” BJP state president Ann Lee told reporters.", "Ann Lee"),
        ("“This is a mandate,” NSW state secretary Ann Lee said.", "Ann Lee"),
        ("“It is unfair,” Texas state officials said.", "Texas state officials"),
        ("“It is unfair,” China state media said.", "China state media"),
    ],
)
def test_a_speech_verbs_form_modifying_a_role_stays_in_the_phrase(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "According to a report released last month by the Atlantic Policy Institute, waits grew. The report "
            "described the approach as “more money, same queue”.",
            "the Atlantic Policy Institute",
        ),
        ("According to a study by Ann Lee, prices rose. The study called the rise “alarming”.", "Ann Lee"),
    ],
)
def test_a_document_cited_with_its_author_speaks_for_the_author(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("The state attorney general’s office said the sentence “sends a message”.", "The state attorney general’s office"),
        ("The sheriff’s office said the sentence “sends a message”.", "Marlow County Sheriff’s Office"),
    ],
)
def test_an_owner_tells_an_office_apart(second, speaker):
    assert credited("The Marlow County Sheriff’s Office said it had “90 complaints”.", second)[-1] == speaker


# blind round p650-p655


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Dhaka asked donors to move families to Bhasan Char, a silt island that rights groups have called “a "
            "floating prison”.",
            "rights groups",
        ),
        ("Ann Lee backed the deal, a bold move that analysts called “risky”.", "analysts"),
    ],
)
def test_a_relative_clause_on_a_described_noun_is_its_subjects(line, speaker):
    assert credited(line) == [speaker]


def test_a_group_a_participle_describes_is_no_clause_of_its_own():
    assert credited(
        "A person familiar with the talks said the two dissenting members had argued that “the market is not cool”."
    ) == ["A person familiar with the talks"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Elise Marchetti said in a statement that the bloc “takes note” of the agreement and expects all member "
            "states “to respect the common path”.",
            "Elise Marchetti",
        ),
        (
            "Taipei thanked Washington. In a statement, Taiwan’s Presidential Office said the weapons would help the "
            "island maintain “a credible defence”.",
            "Taiwan’s Presidential Office",
        ),
    ],
)
def test_a_conjunction_is_no_noun_a_relative_clause_hangs_on(line, speaker):
    assert credited(line)[-1] == speaker
