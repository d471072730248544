"""Bodies' names, described sources and who a pronoun or document stands for, on sentences written for these tests:

* a word of a person's name stands for that person only once the name is printed (``Ashanti`` of a region is not
  ``Ashanti Express``, named later);
* a role after a name reads on over a role of two words (``Ann Lee, the chief executive of Kestrel,``), and a
  title before one over a word between a role and its head (``chief financial officer X``), so ``the chief
  executive`` and ``the CFO`` take the person up;
* the capitalized words after ``of`` or ``for`` in a body's name are no name of their own (``Fair Expenses`` of
  ``Campaign for Fair Expenses``), and an acronym after the whole name is short for the body; a title inside them
  still names its holder (``Bank of Harbour Governor Ann Lee``);
* a plural possessive before a body word is inside the body's name (``the Grain Growers’ Council``);
* a description opening the sentence before a body's name gives it its kind (``The energy regulator, the Commission
  for Utility Pricing, said``), so ``the regulator`` takes it up;
* two capitalized words opening with an ordinary English word that is no first name name a body, no person
  (``Environment Southland``);
* a continent is a place (``shares in Asia``);
* an unnamed source keeps the clause a participle opens up to its speech verb (``One person involved in the talks``);
* a naming verb with no object reports nothing (``each time a ship calls, making …``);
* ``quoted X, whose …, as saying`` credits X;
* a subject acting ``in a statement`` issued it (``the statement said`` is theirs);
* a short abbreviation before a number ends no sentence (``Rs. 42 billion``);
* a definite description with an apposition set off after it speaks as printed (``The older man, a retired pearl
  diver, told``), and a later ``he`` takes it up.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited

# -- names and their words -----------------------------------------------------------------------


def test_a_word_of_a_name_printed_later_is_not_that_person() -> None:
    assert credited(
        "The union’s Ashanti regional chairperson, Mrs Akosua Mensah, said the strike would go on.",
        "‘We have waited long enough,’ she said.",
        "A doctor told Ashanti Voice that surgeries were postponed.",
    )[0] == "Akosua Mensah"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["“Data is a mess,” Lena Vogt, the chief executive of Kestrel, told the paper.", "Osei, an analyst, disagreed.",
             "The chief executive said the new feature was “the one customers want”."],
            "Lena Vogt",
        ),
        (
            ["The price cut cost R18-million, according to chief financial officer Pieter Botha.",
             "The CFO said the firm was now “comfortably funded”."],
            "Pieter Botha",
        ),
    ],
)
def test_a_role_of_two_words_is_read_whole(paragraphs: list[str], expected: str) -> None:
    assert credited(*paragraphs)[-1] == expected


# -- bodies' names -------------------------------------------------------------------------------


def test_the_words_after_for_in_a_body_name_are_no_person() -> None:
    assert credited(
        "“It is a scandal,” said Harriet Vole, director of the Campaign for Fair Expenses.",
        "Tessa Lambourne, the minister, said: “I followed the rules.”",
        "He said she had “nothing to hide”.",
    )[-1] != "Fair Expenses"


def test_an_acronym_after_a_body_name_run_on_is_short_for_the_body() -> None:
    assert credited(
        "The energy regulator, the Commission for Utility Pricing (CUP), said arrears were rising.",
        "Consumer group Switch First said the cut was too small.",
        "Prices were “likely to stabilise next year”, according to the regulator.",
    )[-1] == "Commission for Utility Pricing"


@pytest.mark.parametrize("council", ["Grain Growers’ Council", "Dairy Farmers' Union"])
def test_a_plural_possessive_before_a_body_word_is_inside_its_name(council: str) -> None:
    assert credited(
        f"Australian {council} chair Robyn Teague said the subsidy came late.",
        "In a statement, the " + council.split()[-1].lower() + " said the drought had become “a slow-moving disaster”.",
    ) == [f"Australian {council}"]


@pytest.mark.parametrize("name", ["Environment Southland", "Heritage Tasmania"])
def test_two_words_opening_with_an_ordinary_word_name_no_person(name: str) -> None:
    assert credited(
        f"Ann Lee said the money would go to a pond to meet {name} rules, which she described as \"a moving target\"."
    ) == ["Ann Lee"]


# -- described sources ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One person involved in the talks said the buyer had been “relentless”.", "One person involved in the talks"),
        ("One resident interviewed by the paper said the water was “brown”.", "One resident interviewed by the paper"),
        ("A spokesman declined to comment but said the plan was “final”.", "A spokesman"),
    ],
)
def test_a_participle_clause_describes_an_unnamed_source(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


def test_a_description_set_off_by_an_apposition_speaks_and_is_taken_up() -> None:
    assert credited(
        "Sergeant Rhys Calder said both men were lucky.",
        "The older man, a retired pearl diver, told reporters the esky had been “the best $60 I ever spent”.",
        "“It kept us afloat,” he said.",
    ) == ["The older man", "The older man"]


def test_a_plain_definite_person_is_not_taken_up_by_a_pronoun() -> None:
    assert credited(
        "Sergeant Rhys Calder said the man was lucky.",
        "The man told reporters he had been “very foolish”.",
        "“We searched all night,” he said.",
    )[-1] != "The man"


# -- verbs, relays and documents -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["calls", "docks"])
def test_a_naming_verb_without_an_object_reports_nothing(verb: str) -> None:
    assert credited(
        f"According to spokeswoman Tahlia Greer, cruise lines spend a lot each time a ship {verb}, making the jetty "
        "“a game changer”."
    ) == ["Tahlia Greer"]


def test_a_relay_past_a_clause_with_whose_credits_the_person() -> None:
    assert credited(
        "The Mallee Weekly quoted David Pryce, whose family runs 3,500 ewes near Pinnaroo, as saying he had sold "
        "“a good chunk of the flock”."
    ) == ["David Pryce"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Police Minister Mark Whitcombe welcomed the arrests in a statement on Sunday.", "Mark Whitcombe"),
        ("Mayor Ann Lee answered the critics in her letter to residents.", "Ann Lee"),
        ("Ann Lee cited the figures in a report by the auditor.", None),
    ],
)
def test_a_subject_acting_in_a_document_issued_it(opening: str, expected: str | None) -> None:
    assert credited(opening, "“Crime fell by a third,” the " + ("letter" if "letter" in opening else "statement") + " said.") == [expected]


def test_a_short_abbreviation_before_a_number_ends_no_sentence() -> None:
    assert credited(
        "The Daily Mirror quoted a senior Treasury official as saying the cut would cost Rs. 42 billion, but that the "
        "loss would be “manageable”."
    ) == ["a senior Treasury official"]


def test_an_apposition_naming_a_body_is_not_read_past() -> None:
    assert credited(
        "The organizers, a coalition called Care Not Cuts, said their members had been “peaceful throughout”."
    ) != ["The organizers"]


def test_a_preposition_is_no_title_word() -> None:
    assert credited(
        "One shopkeeper in Tehran’s Grand Bazaar, who asked not to be named, said prices had tripled.",
        "“Nobody can plan anything,” he said.",
    ) != ["Grand Bazaar"]


def test_a_role_is_no_description_a_pronoun_takes_up() -> None:
    assert credited(
        "Haruto Sakurai won the vote on Saturday, beating Takeshi Mizuno.",
        "Asked about his plans, the new party president smiled. “You will hear from me soon,” he said.",
    ) != ["the new party president"]


def test_a_body_named_past_of_is_no_ordinary_word() -> None:
    assert credited(
        "The Confederation of Industrial Employers, which sits on the wage commission, voted against it. In a "
        "statement, the group said the rise was “disconnected from productivity”.",
    ) == ["Confederation of Industrial Employers"]


# -- findings and nicknames ----------------------------------------------------------------------


@pytest.mark.parametrize(("verb", "expected"), [("ruled", "Hauwa Bello"), ("found", "Hauwa Bello")])
def test_a_finding_verb_closing_the_sentence_reports_the_quote(verb: str, expected: str) -> None:
    assert credited(
        "Justice Hauwa Bello heard the objection on Tuesday.",
        f"\"The objection is overruled,\" the judge {verb}.",
    ) == [expected]


def test_a_finding_verb_with_more_after_it_reports_nothing() -> None:
    assert credited("\"The dismissal was unfair,\" the tribunal found in a ruling that the firm must pay.") == [None]


@pytest.mark.parametrize("nickname", ["nicknamed “Il Professore” by local punters", "dubbed “the Professor” by fans"])
def test_a_nickname_leaves_the_sentence_reporting_its_speaker(nickname: str) -> None:
    assert credited(
        f"Champion jockey Luca Ferraro, {nickname}, told the Harbour Times the standard was rising. “The racing here "
        "is the hardest in the world.”",
    )[-1] == "Luca Ferraro"


# -- what ``it`` and ``its`` stand for -----------------------------------------------------------


def test_its_role_is_not_the_holder_of_another_bodys_role() -> None:
    assert credited(
        "The committee’s chair, Dame Caroline Astley, was unconvinced.",
        "According to the Police Federation, 1,100 rest days were cancelled, what its chair called ‘a tax on goodwill’.",
    ) == [None]


def test_its_role_still_takes_up_a_holder_of_no_other_body() -> None:
    assert credited(
        "Acme chief executive Tom Hale spoke on Monday.", "Its chief executive said the results were “solid”."
    ) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It follows an investigation by the National Crime Agency, which said at the time that it had examined 6,000 "
        "emails in what it called \"a complex and significant inquiry\".",
        "The case was brought by the National Crime Agency, which said it had found what it called \"a complex and "
        "significant inquiry\".",
    ],
)
def test_it_inside_a_relative_clause_reporting_a_body_is_that_body(sentence: str) -> None:
    assert credited("The trial was adjourned.", sentence) == ["the National Crime Agency"]


def test_it_describing_in_a_sentence_citing_a_body_is_that_body() -> None:
    assert credited(
        "Retailers applied to the Retail Crime Prevention Fund.",
        "According to the Ministry of Justice, the fund has paid out $6.2m to 1,870 businesses, a result it described "
        "as “well ahead of forecast”.",
    ) == ["the Ministry of Justice"]


def test_a_name_after_the_before_which_is_a_body_not_a_place() -> None:
    assert credited(
        "About 11,000 are out of service, according to the Pacific Chassis Exchange, which manages the pool.",
        "“We understand the frustration of motor carriers,” the exchange said.",
    ) == ["Pacific Chassis Exchange"]


def test_a_relative_clause_closing_on_a_lower_case_description_is_read_past() -> None:
    assert credited(
        "Horizon Ratings, which rates Brazil BB, two notches below investment grade, said in a note that the freeze was "
        "“a step in the right direction”."
    ) == ["Horizon Ratings"]
