"""Speaker rules for kinds of plain-text news (straight marks and apostrophes, US and UK political copy), with
sentences written for these rules.

* A possessive speaker the rules make up (``Ann Lee's office`` of ``Her office said``) prints the apostrophe the
  article prints: the straight one in a text of straight marks with no curly one; one printed (``Ann Lee's office said``) as printed.
* A name joined by ``of`` or ``for`` that opens its phrase (``Heritage Action for America said``) is one name,
  never its last word (``America``), and may speak though seen only opening a sentence; not after a partitive
  (``Most of Congress``).  A body's name holding a capitalized body word goes on past a second ``of`` or ``for``
  (``the Institute for the Study of War``), never cut at it.
* A name's own ``'s`` before a finite verb (``Brinsley's said``, ``said Carrow's, which …``) stays in the name;
  a possessive before a noun (``Russia's claim``) does not.
* An office of its own (``the Taoiseach``, ``the premier``) takes up only a person printed with its title.
* A bare plural source (``Analysts at Norcross Bank said``) is taken up by its definite plural (``the analysts``).
* A fronted indefinite description (``A former engineer who …, he is 44``) describes the pronoun after it: no source.
* A body's name taken up later runs on past ``of``/``for`` and its links (``the Office for the Suppression of …``).
* ``he``/``she`` after one unnamed person credited takes that person up, a singular in ``-ss`` too (``A witness``),
  and a neighbour is a person noun.
* A saint's word cut from a name (``St`` of ``said St. John's, the college``) is never a speaker.
* A semicolon closes the subject's clause: ``X will sell the club; fans demand "…"`` is not X's.
* A subject spoken of or to in the passive before a quote (``X has been accused of 'Y'``, ``X were told 'Y'``)
  is no speaker; one whose words are relayed (``X was reported as saying 'Y'``, ``X is said to have called``) is.
* An age epithet reads a past form before a noun as an adjective (``the 74-year-old retired schoolteacher``), and
  a gendered noun in it must fit the person followed (``the 30-year-old father`` is never Ann Lee).
* A role under the rank of an office not held (``former``, ``shadow``) is taken up by no role without that rank;
  one under the rank of another office (``deputy``, ``vice`` …) not by the bare role (``the mayor`` is not
  ``deputy mayor Ann Lee``), though a person may hold both (``Deputy Prime Minister and Finance Minister X`` is
  ``the finance minister``); a stand-in's rank (``interim``) holds the office.
"""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Mayor Ann Lee opposes the levy. Her office said it was \"a waste of money.\"",), ["Ann Lee's office"]),
        (("Mayor Ann Lee opposes the levy. Her office said it was “a waste of money.”",), ["Ann Lee’s office"]),
        (("Mayor Ann Lee's office said the levy was \"a waste of money.\"",), ["Ann Lee's office"]),
        (
            ("Don't expect a deal, aides say.", "Senator Tom Hale opposes it. His campaign called it \"a sham.\""),
            ["Tom Hale's campaign"],
        ),
    ],
)
def test_a_possessive_made_up_prints_the_articles_apostrophe(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Heritage Action for America called the bill "amnesty by another name."', "Heritage Action for America"),
        ('Physicians for Human Rights called the strike "a war crime."', "Physicians for Human Rights"),
        ('Veterans for Peace called the parade "a disgrace" on Sunday.', "Veterans for Peace"),
        ('Families of the Disappeared said the ruling was "a first step."', "Families of the Disappeared"),
    ],
)
def test_a_name_joined_by_of_or_for_opening_its_phrase_is_one_name(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        'Most of Congress called the bill "amnesty."',
        'Many of Europe called the bill "amnesty."',
        'Some of Parliament called the bill "a mess."',
    ],
)
def test_a_partitive_before_of_opens_no_joined_name(sentence: str) -> None:
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor, Ann Lee, has been accused of 'burying bad news' after the figures came out.",
        "Ann Lee was criticised for 'wasting money' on the stadium.",
        "Tom Hale was blamed for the 'chaos' at the depot.",
        "Residents, led by Ann Lee, were told to 'stay indoors'.",
    ],
)
def test_a_subject_spoken_of_in_the_passive_is_no_speaker(sentence: str) -> None:
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee was reported as saying 'we will win' at the rally.",
        "Ann Lee is said to have called the plan 'madness'.",
        "Ann Lee was quoted as saying 'never again'.",
    ],
)
def test_a_subject_whose_words_are_relayed_in_the_passive_speaks(sentence: str) -> None:
    assert credited(sentence) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("introduced", "role"),
    [
        ("The deputy mayor, Ann Lee, opened the depot on Monday.", "The mayor"),
        ("Labour's shadow health secretary, Ann Lee, visited the ward.", "The health secretary"),
        ("Vice President Ann Lee toured the plant.", "The president"),
        ("Assistant coach Ann Lee ran the session.", "The coach"),
        ("Former finance minister Ann Lee attacked the plan.", "The finance minister"),
        ("Labour's shadow health secretary, Ann Lee, visited the ward.", "The shadow education secretary"),
    ],
)
def test_the_plain_role_never_takes_up_a_holder_of_another_office(introduced: str, role: str) -> None:
    assert credited(introduced, f"{role} said the plan was 'working well'.") in ([role], [None])


@pytest.mark.parametrize(
    ("introduced", "role"),
    [
        ("Interim chief executive Ann Lee unveiled the plan on Monday.", "The chief executive"),
        ("Acting governor Ann Lee signed the order.", "The governor"),
        ("Deputy Mayor Ann Lee opened the depot on Monday.", "The deputy mayor"),
        ("Deputy Prime Minister and Finance Minister Ann Lee spoke on Friday.", "The finance minister"),
    ],
)
def test_a_role_takes_up_its_stand_in_and_its_own_rank(introduced: str, role: str) -> None:
    assert credited(introduced, f"{role} said the plan was 'working well'.") == ["Ann Lee"]


@pytest.mark.parametrize(
    "epithet",
    ["the 74-year-old retired schoolteacher", "the 61-year-old disabled veteran", "the 38-year-old trained nurse"],
)
def test_a_past_form_after_an_age_is_an_adjective_of_the_epithet(epithet: str) -> None:
    opening = "When the mill closed, Ann Lee watched from her kitchen window."
    assert credited(opening, f"“I cried,” {epithet} said.") == ["Ann Lee"]


@pytest.mark.parametrize(
    ("opening", "epithet", "expected"),
    [
        ("Ann Lee watched from her window.", "the 30-year-old unemployed father of two", None),
        ("Ann Lee watched from her window.", "the 30-year-old father", None),
        ("Tom Hale watched from his window.", "the 30-year-old unemployed father of two", "Tom Hale"),
        ("Tom Hale watched from his window.", "the 81-year-old widowed grandmother", None),
    ],
)
def test_a_gendered_noun_of_an_age_epithet_must_fit_the_person(opening: str, epithet: str, expected: str | None) -> None:
    assert credited(opening, f"“I cried,” {epithet} said.") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('According to the Institute for the Study of War, the gains were "marginal."', "the Institute for the Study of War"),
        ('According to the Society for the Protection of Birds, numbers are "alarming."', "the Society for the Protection of Birds"),
        ('The Institute for the Study of War said the gains were "marginal."', "The Institute for the Study of War"),
        ('In a report, the Society for the Protection of Birds said numbers were "alarming."', "the Society for the Protection of Birds"),
        ('A spokesman for the Ministry of Defence of Ukraine called it "false."', "A spokesman for the Ministry of Defence of Ukraine"),
    ],
)
def test_a_bodys_name_goes_on_past_a_second_of_or_for(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Halden\'s said the price rise was "modest."', "Halden's"),
        ('In a statement, Brinsley\'s said it was "disappointed."', "Brinsley's"),
        ('"We are disappointed," said Carrow\'s, which runs 500 stores.', "Carrow's"),
        ('"We are disappointed," Brinsley\'s said.', "Brinsley's"),
        ('Fairlow\'s has told investors the outlook is "negative."', "Fairlow's"),
    ],
)
def test_a_names_own_s_before_a_finite_verb_stays_in_the_name(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        'Russia\'s claim that it was "defensive" was rejected.',
        'Warsaw\'s response was "measured."',
        'Lee\'s statement on Monday was "measured."',
    ],
)
def test_a_possessive_before_a_noun_is_no_name(sentence: str) -> None:
    assert credited(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        'Ann Lee will sell the club; fans demand "cast-iron guarantees" on the ground.',
        'Tom Hale resigned in May; the board called it "a relief" for everyone.',
    ],
)
def test_a_semicolon_closes_the_subjects_clause_before_the_quote(sentence: str) -> None:
    assert credited(sentence) in ([None], ["the board"])


def test_the_subject_still_speaks_in_its_own_clause_after_a_semicolon() -> None:
    assert credited('Ann Lee sold the club in May; she called the price "fair."') == ["Ann Lee"]


def test_an_own_office_never_takes_up_the_person_followed() -> None:
    opening = "In a statement, chief executive Orla Byrne said the decision was painful."
    assert credited(opening, "“This is a very difficult day,” the Taoiseach said in Brussels.") == [None]
    assert credited("Taoiseach Seán Daly visited the plant.", "“This is a difficult day,” the Taoiseach said.") == ["Seán Daly"]
    assert credited("Premier Ann Ford toured the mine.", "“We will help,” the premier said.") == ["Ann Ford"]


@pytest.mark.parametrize(
    ("described", "later", "expected"),
    [
        ('Analysts at Norcross Bank said stocks were "hostage to two central banks."', "the analysts wrote", "Analysts at Norcross Bank"),
        ('Officials at the ministry said the plan was "on track."', "the officials said", "Officials at the ministry"),
        ('Residents of Elm Street said the smell was "unbearable."', "the residents said", "Residents of Elm Street"),
    ],
)
def test_a_definite_plural_takes_up_a_bare_plural_source(described: str, later: str, expected: str) -> None:
    assert credited(described, f'"We are close," {later}.') == [expected, expected]


def test_a_fronted_description_describes_the_pronoun_after_it() -> None:
    opening = "Lin Zhao runs the business. A former network engineer who joined in 2016, he is 44 and speaks quickly."
    assert credited(opening, "“We are not the cheapest phone,” he says.") == ["Lin Zhao"]
    assert credited("A senior official said the plan was dead.", "“It was hard,” he said.") == ["A senior official"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The case went to the Office for the Suppression of Corruption and Organised Crime. The office said it was"
            " “a clear message”.",
            "Office for the Suppression of Corruption and Organised Crime",
        ),
        ("The Ministry of Finance of Ukraine raised taxes. The ministry said it was “prudent”.", "Ministry of Finance of Ukraine"),
    ],
)
def test_a_bodys_name_taken_up_runs_past_its_links(sentence: str, expected: str) -> None:
    assert credited(sentence) == [expected]


@pytest.mark.parametrize("source", ["A witness", "A neighbor", "A neighbour", "A bystander at the corner"])
def test_she_after_one_unnamed_person_in_ss_or_a_neighbour_is_that_person(source: str) -> None:
    opening = "Karen Ilves, the prosecutor, said the case was strong."
    said = f"{source} said agents arrived at 6 a.m."
    assert credited(opening, said, '"I just thought he sold pots and pans," she said.') == [source]


@pytest.mark.parametrize(
    "sentence",
    ['"We are open," said St. John\'s, the college.', '"We are open," said Saint Mary\'s, the school.'],
)
def test_a_saints_word_cut_from_a_name_is_never_a_speaker(sentence: str) -> None:
    assert credited(sentence) in ([None], ["St. John's"], ["Saint Mary's"])
