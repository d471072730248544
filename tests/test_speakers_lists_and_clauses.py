"""Lists of names, relative clauses and appositions around a speaker, on sentences written for these tests:

* a body whose name lists its fields with commas (``the Digital, Culture, Media and Sport Committee``) is read whole,
  before and after its verb, and its acronym in brackets is short for the whole name;
* a list of three or more names opening the sentence speaks whole (``Britain, France and Germany said``); after a
  lead-in (``In Brussels,``, ``Still,``) the list is what follows its comma; a given name that is also a country
  (``France``) makes no list of people;
* a relative clause without commas on a described source (``one person who works at the club told me``) is part of
  who speaks, unless it names someone; a participle after a clause (``…, saying``) belongs to the sentence's
  subject, never to a noun a restrictive relative clause describes (``the family of a miner who was killed``);
* a noun in ``-ing`` after a determiner (``a finding``, ``a ruling``) ends a phrase before the next one (``a finding the
  judge described as``), so the judge speaks, not ``a finding the judge``;
* ``he``/``she`` never takes up an unnamed body (``A rival faction accused her …``);
* ``the minister`` (a public office) never takes up a person printed only with another kind of post (``Harbour manager
  X``); an apposition closing a sentence after a preposition's object (``unveiled by X, the minister of fisheries.``)
  gives X the role;
* a described subject a name owns, with a name set off after it and an irregular past (``X's wife, NAME, broke
  down``), is that name.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

# -- a body's name listing its fields ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“The rules are clear,” said the Digital, Culture, Media and Sport Committee.",
        "The Digital, Culture, Media and Sport Committee said the rules were “clear”.",
    ],
)
def test_a_body_named_by_listed_fields_is_read_whole(sentence: str) -> None:
    assert [s.lower() for s in credited(sentence)] == ["the digital, culture, media and sport committee"]


def test_the_acronym_of_a_body_named_by_listed_fields_is_short_for_the_whole_name() -> None:
    assert credited(
        "Stocks have fallen, according to a survey by the Parks, Wildlife and Heritage Service (PWHS).",
        "In a statement, the PWHS said it was “reviewing the quotas”.",
    ) == ["Parks, Wildlife and Heritage Service"]


# -- a list of names opening the sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Britain, France and Germany said the vote was “a sham”.", "Britain, France and Germany"),
        ("Kenya, Uganda and Tanzania said in a joint statement that the levy was “unfair”.", "Kenya, Uganda and Tanzania"),
        ("In Brussels, France and Germany said the vote was “a sham”.", "France and Germany"),
        ("Still, Spain and Italy said the vote was “a sham”.", "Spain and Italy"),
        ("After talks in Paris, France and Germany said the plan was “dead”.", "France and Germany"),
    ],
)
def test_a_list_opening_the_sentence_speaks_whole(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_given_name_that_is_also_a_country_makes_no_list_of_people() -> None:
    assert credited("Georgia, Chad and Peru said the vote was “a sham”.") == ["Georgia, Chad and Peru"]
    assert credited("Alex, Sarah and Jack said they were “heartbroken”.") == ["Alex, Sarah and Jack"]


# -- relative clauses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One person who works at the depot told me the cuts were “the board's call”.", "One person who works at the depot"),
        ("A farmer who lost his barn in the flood said it was “heartbreaking”.", "A farmer who lost his barn in the flood"),
        ("A nurse who treated Ivo Brandt said the ward was “overwhelmed”.", "A nurse"),
    ],
)
def test_a_relative_clause_describing_an_unnamed_source_is_part_of_it(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tribunal awarded compensation to the family of a miner who was killed last year, saying the company "
            "had been “grossly negligent”.",
            "The tribunal",
        ),
        (
            "The board fined the owner of a boat that had been seized in May, saying the catch was “plainly illegal”.",
            "The board",
        ),
    ],
)
def test_a_participle_after_a_restrictive_relative_clause_is_the_subjects(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize("noun", ["finding", "ruling", "conclusion"])
def test_a_noun_in_ing_after_a_determiner_ends_its_phrase(noun: str) -> None:
    sentence = f"An inquiry had found “no foul play”, a {noun} the judge described as “shocking”."
    assert credited(sentence) == [None, "the judge"]


# -- pronouns and roles ---------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["A rival faction", "A local committee", "One regional union"])
def test_she_never_takes_up_an_unnamed_body(group: str) -> None:
    assert credited(
        "Grace Wanjiru Mbugua was 34 when she took over the cooperative.",
        f"{group} accused her of favouring relatives. “They wanted someone quiet,” she said.",
    ) == ["Grace Wanjiru Mbugua"]


def test_an_unnamed_person_still_blocks_she() -> None:
    assert credited(
        "Grace Wanjiru Mbugua was 34 when she took over the cooperative.",
        "A neighbour put it bluntly. “They wanted someone quiet,” she said.",
    ) == [None]


@pytest.mark.parametrize("post", ["Harbour manager", "Club chairman", "Festival director"])
def test_the_minister_is_nobody_printed_only_with_another_kind_of_post(post: str) -> None:
    quotes = credited(
        f"{post} Gilles Aubin said the dock was small. “Boats will wait,” Aubin said.",
        "The minister said the review had taken “too long”.",
    )
    assert quotes[0] == "Gilles Aubin" and quotes[1] != "Gilles Aubin"


def test_the_minister_still_takes_up_a_treasurer_or_secretary() -> None:
    assert credited(
        "Assistant Treasurer Mara Quill said the scheme would start in May. The minister said it was “overdue”."
    ) == ["Mara Quill"]


@pytest.mark.parametrize(
    "opening",
    [
        "The plan was unveiled by Robert Cole, the minister of fisheries.",
        "The plan was unveiled by Ann Lee and Robert Cole, the minister of agriculture, aquaculture and fisheries.",
    ],
)
def test_an_apposition_closing_the_sentence_gives_a_preposition_object_its_role(opening: str) -> None:
    assert credited(
        opening,
        "Harbour manager Gilles Aubin said the dock was small. “Boats will wait,” Aubin said.",
        "The minister said the review had taken “too long”.",
    ) == ["Gilles Aubin", "Robert Cole"]


def test_a_company_president_is_still_the_president() -> None:
    assert credited("Acme President and CEO Ana Ruiz opened the plant.", "“We are ready,” the president said.") == ["Ana Ruiz"]


def test_a_clause_after_the_apposition_keeps_it_unread() -> None:
    assert credited(
        "Talks between Kyiv and Minsk, the head of the mission said, had “stalled”."
    ) == ["the head of the mission"]


@pytest.mark.parametrize("verb", ["broke down outside the court", "wept in the gallery"])
def test_an_owned_subject_with_a_name_set_off_is_that_name(verb: str) -> None:
    assert credited(f"Nishan Gill's wife, Kulvir Kaur, {verb}. “He is innocent,” she told reporters.") == ["Kulvir Kaur"]


# -- a body's unit, a body word opening a name, a place described as a body ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Waits face a “slow-motion collapse”, according to the Tasmanian branch of the Australian Medical Association.",
            "the Tasmanian branch of the Australian Medical Association",
        ),
        ("The Welsh wing of the party said the plan was “dead”.", "The Welsh wing of the party"),
        (
            "Waits face a “crisis”, according to the Scottish arm of the Royal College of Nursing.",
            "the Scottish arm of the Royal College of Nursing",
        ),
    ],
)
def test_a_unit_of_a_body_after_a_capitalized_adjective_is_read_whole(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_body_word_opening_a_name_joined_by_and_is_no_second_body() -> None:
    assert credited(
        "The Securities and Commodities Authority approved the prospectus last week.",
        "In a statement, the regulator said it would “support quality issuers”.",
    ) == ["Securities and Commodities Authority"]
    assert credited("Acme Holdings and Beta Corp said the deal was “done”.") == ["Acme Holdings and Beta Corp"]


def test_a_place_described_as_a_producer_is_no_company() -> None:
    assert credited(
        "Peru, the world's second-largest copper producer, mined 2.7 million tonnes last year.",
        "Workers at the mine rejected what the company called its “final and best” offer.",
    ) == [None]


# -- a body's name inside a described source; a participle after an inverted speech verb ------------


def test_a_source_a_bodys_name_describes_is_taken_up_by_its_head_noun() -> None:
    assert credited(
        "Vice Finance Minister Seo Jae-won told lawmakers that herd behaviour was “not desirable.”",
        "A Bank of Korea official said the bank was not considering a move. “Our decision will rest on the data,” the "
        "official said.",
    ) == ["Seo Jae-won", "A Bank of Korea official"]


def test_the_governor_of_a_place_is_still_read_as_before() -> None:
    assert credited("The Governor of Texas said the plan was “dead”.") == ["The Governor of Texas"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some 4,000 contractors have also been sent home, said the regional secretary of the Labour Ministry, "
            "Paulina Vera, adding that the government was “available to mediate.”",
            "Paulina Vera",
        ),
        ("Prices rose again, said the ministry, adding that the rally was “overdone”.", "the ministry"),
        ("Prices rose again, officials said, adding that the rally was “overdone”.", "officials"),
    ],
)
def test_a_participle_after_an_inverted_speech_verb_is_the_speakers(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


# -- a retired officer's mark, titles alone, a noun in -s before its verb ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“If the dam spills, everything downstream is at risk,” said operations head Col (Rtd) Joseph Kamau Mutua.", "Joseph Kamau Mutua"),
        ("“We are ready,” said Maj Gen (retd) Ann Lee.", "Ann Lee"),
        ("Col (Rtd) Joseph Kamau Mutua said residents should “move now”.", "Joseph Kamau Mutua"),
    ],
)
def test_a_retired_officers_mark_stays_inside_the_title(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_titles_cut_from_their_name_are_no_speaker() -> None:
    assert credited("“We are ready,” said Brig. Gen. (Ret.) Tom Roe, a former commander.") == [None]


@pytest.mark.parametrize("noun", ["member states", "the claims", "its reports"])
def test_a_speech_form_in_s_before_a_finite_verb_is_a_noun(noun: str) -> None:
    sentence = f"A Commission official told reporters that the patience of {noun} was “wearing thin”."
    assert credited(sentence) == ["A Commission official"]


@pytest.mark.parametrize("adjective", ["European", "Kenyan", "Brazilian"])
def test_a_nationality_before_a_noun_is_no_name_cut(adjective: str) -> None:
    assert credited(
        "Carrow said it would cut prices.",
        f"“Private label is eating everyone’s lunch,” a senior executive at one of the company’s largest {adjective} "
        "distributors said.",
    ) == [f"a senior executive at one of the company’s largest {adjective} distributors"]


def test_a_long_tag_after_the_quote_keeps_the_sentence_before_from_speaking() -> None:
    assert credited(
        "Carrow said it would cut prices.",
        "“Private label is eating lunch,” a senior executive at one of the company’s largest and most loyal regional "
        "distributors in Spain said.",
    ) == [None]


@pytest.mark.parametrize("title", ["Vice-Governor", "Vice-Chair", "Ex-minister"])
def test_a_prefixed_role_is_a_title(title: str) -> None:
    assert credited(
        f"{title} Lenka Novak spoke first. Rates would hurt a sector that was “on its knees”, she wrote."
    ) == ["Lenka Novak"]


@pytest.mark.parametrize("between", ["", "in December ", "on Radio Kiso "])
def test_a_pronoun_quoted_as_saying_past_a_time_or_place_is_taken_up(between: str) -> None:
    assert credited(
        "Local MP Sarah Quinlan said she had written to the minister.",
        f"Severn Sound FM quoted her {between}as saying the hospital was “running on goodwill alone”.",
    ) == ["Sarah Quinlan"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Union says staffing cuts put workers at risk; operator insists its record is ‘among the best in Asia’", None),
        ("Ann Lee said the plan was late; the cost, she added, was “huge”.", "Ann Lee"),
        ("Ann Lee said the plan was late; she said it was “a mess”.", "Ann Lee"),
    ],
)
def test_a_speech_verb_before_a_semicolon_reports_nothing_after_it(sentence: str, expected: str | None) -> None:
    assert credited(sentence) == [expected]
