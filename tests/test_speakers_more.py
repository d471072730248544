"""Arabic name particles, title acronyms, speakers named with ``of PLACE`` and people credited
together, on sentences written for these tests (none copied from a page)."""

from __future__ import annotations

import pytest
from newsparse_quotes.segments import tokenize

from .test_speakers_rules import credited

# -- names with a lower-case particle: al-, el-, bin, ibn, bint, ould -----------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("“The wells are almost dry,” said Tariq al-Haddad, a grower near Mafraq.",), ["Tariq al-Haddad"]),
        (("Nadia el-Sayed, a teacher, said pupils came to class “hungry all day.”",), ["Nadia el-Sayed"]),
        (("“The border must reopen,” Samir Abu al-Hassan told a rally.",), ["Samir Abu al-Hassan"]),
        (("“It was a mistake,” said Leila bint Faisal.",), ["Leila bint Faisal"]),
        (("“We will wait for the count,” said Sidi ould Cheikh.",), ["Sidi ould Cheikh"]),
        (("“It is lost,” herder Rami al-Tamimi, 61, said of the harvest.",), ["Rami al-Tamimi"]),
    ],
)
def test_a_lower_case_particle_stays_inside_the_name(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert credited(*paragraphs) == expected


def test_a_short_form_with_its_particle_resolves_to_the_full_name() -> None:
    paragraphs = (
        "Teacher Yusuf al-Masri, 47, said the drought was “the worst in memory.”",
        "“Nobody has come to help us,” al-Masri said.",
    )
    assert credited(*paragraphs) == ["Yusuf al-Masri", "Yusuf al-Masri"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We are ready,” Coach Abu Bakar told reporters.", "Abu Bakar"),  # a capitalized first name
        ("“We are ready,” Coach Ben Ortega told reporters.", "Ben Ortega"),
        ("“It is over,” said Omar Hajj-Ali.", "Omar Hajj-Ali"),
    ],
)
def test_capitalized_first_names_are_no_particles(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_only_a_particle_before_a_hyphen_and_a_capital_reads_as_capitalized() -> None:
    text = "Al met al-Amin, a well-known ad-hoc ash-Shami and the pro-Kremlin el-Nour."
    capitalized = {t.text for t in tokenize(text, []) if t.is_capitalized}
    assert capitalized == {"Al", "al-Amin", "ash-Shami", "el-Nour"}


# -- a title's acronym: the CS, the PM, the CEO, the AG, the DA -----------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Trade Cabinet Secretary Moses Wafula toured the port on Monday.",
          "“Exports will double by June,” the CS said."), "Moses Wafula"),
        (("Prime Minister Ilse Varga met the unions in Szeged.", "“Wages will rise,” the PM told them."),
         "Ilse Varga"),
        (("Chief Executive Ola Brun opened the plant.", "“Margins improved,” the CEO said."), "Ola Brun"),
        (("Attorney General Kim Soto filed the suit on Friday.", "“They broke the law,” the AG said."),
         "Kim Soto"),
        (("District Attorney Mona Greer charged him with fraud.", "“He lied to investors,” the DA said."),
         "Mona Greer"),
    ],
)
def test_an_acronym_resolves_to_the_person_printed_with_its_title(paragraphs: tuple[str, ...], expected: str) -> None:
    assert credited(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The storm hit the coast overnight.", "“Help is coming,” the PM said."),  # nobody holds the title
        ("Prime Minister Ilse Varga met the unions.", "“Help is coming,” the pm said."),  # not in capitals
    ],
)
def test_an_acronym_no_one_is_printed_with_is_not_resolved(paragraphs: tuple[str, ...]) -> None:
    assert credited(*paragraphs)[-1] != "Ilse Varga"


# -- bodies and other verbs (already read; kept from regressing) ----------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Borvex Holdings said it would “fight the ruling” in court.", "Borvex Holdings"),
        ("“We remain confident,” the Lindqvist Group said in a statement.", "the Lindqvist Group"),
        ("“No deal yet,” Foreign Minister Lena Brandt told a news conference.", "Lena Brandt"),
    ],
)
def test_companies_and_speakers_named_after_the_quote(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


def test_a_lone_quote_paragraph_continues_a_speaker_named_after_the_quote() -> None:
    paragraphs = ("“Talks are over,” Minister Fadi Abu Karam told reporters.", "“We wait for their answer.”")
    assert credited(*paragraphs) == ["Fadi Abu Karam", "Fadi Abu Karam"]


# -- a person of a place; people credited together -------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Rep. Joan Ash of Maine said the bill was “a mess.”", "Joan Ash"),
        ("Rep. Joan Ash of Maine, a Democrat, said the bill was “a mess.”", "Joan Ash"),
        ("“It is a mess,” said Mayor Ed Lin of Tulsa.", "Ed Lin"),
        ("The Bank of England said inflation was “sticky.”", "The Bank of England"),
    ],
)
def test_a_person_of_a_place_is_the_person_not_the_place(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Governors Amy Hart of Ohio, Ben Cole of Iowa, Dan Fry and Eve Lund said in a joint letter "
         "that Congress must “act now.”", "Amy Hart, Ben Cole, Dan Fry and Eve Lund"),
        ("Senators Ola Dahl of Utah and Pia Holm of Iowa wrote that the bill was “dead on arrival.”",
         "Ola Dahl and Pia Holm"),
        ("In Ohio, Amy Hart and Ben Cole said the deal was “fair to both sides.”", "Amy Hart and Ben Cole"),
        ("Mayors Ana Paz of Lima, Rui Sol of Porto, and Ida Berg of Oslo wrote that they would “stop the sprawl.”",
         "Ana Paz, Rui Sol and Ida Berg"),
    ],
)
def test_people_credited_together_are_one_speaker_without_their_places(paragraph: str, expected: str) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Smith and Ben Cole said the deal was “fair.”", None),  # a part of the list names no person
        ("On Monday, Ben Cole said the deal was “fair.”", "Ben Cole"),  # a comma alone joins no list
        ("Asked about Amy Hart, Ben Cole said the deal was “fair.”", "Ben Cole"),
    ],
)
def test_a_list_with_a_part_naming_nobody_is_no_list(paragraph: str, expected: str | None) -> None:
    assert credited(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Governors Amy Hart of Ohio and Ben Cole of Iowa said in a letter that Congress must “act now.”",
        "Sen. Ana Ruiz of Texas said the bill was “dead.”",
    ],
)
def test_a_place_after_of_is_never_the_speaker(paragraph: str) -> None:
    assert credited(paragraph)[0] not in ("Ohio", "Iowa", "Texas")
