"""A twenty-fourth audit of the speaker rules (wrong and missing speakers of blind round r98): the initials of a
title's words never spell a gender word (``Mineral Resources Minister Ann Lee`` gave her ``mr`` and made her ``he``);
a document circulated, sent or prepared by a body stands for it after ``according to``; a post's fields joined by
``and`` before a name set off by commas give the person the post (``The Minister of Health and Social Welfare, Prof.
X,``), which ``the minister`` takes up.  Sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("title", "pronoun"),
    [("Mineral Resources Minister", "She"), ("Marine Services Director", "He"), ("Mining Regulation Commissioner", "She")],
)
def test_a_titles_initials_tell_no_gender(title, pronoun):
    first = "Ann" if pronoun == "She" else "Tom"
    speakers = credited(
        "“Nobody listened,” union secretary Peter Roe told reporters.",
        f"{title} {first} Lee, who visited the site on Tuesday, said inspectors had issued a notice.",
        f"“No company should put production first,” Lee told reporters. {pronoun} said the agency would “leave no stone unturned”.",
    )
    assert speakers == ["Peter Roe", f"{first} Lee", f"{first} Lee"]


@pytest.mark.parametrize("verb", ["circulated", "sent", "prepared", "distributed"])
def test_a_document_issued_by_a_body_stands_for_it(verb):
    [speaker] = credited(f"The levy would be “a signal, not a punishment”, according to a note {verb} by the Health Ministry.")
    assert speaker == "the Health Ministry"


def test_a_document_a_body_only_received_is_not_its():
    [speaker] = credited("The levy would be “a signal”, according to a note received by the Health Ministry.")
    assert speaker != "the Health Ministry"


@pytest.mark.parametrize(
    "opening",
    [
        "The Minister of Health and Social Welfare, Prof. Babajide Olatunji, said",
        "The Coordinating Minister of Trade and Industry, Babajide Olatunji, said",
    ],
)
def test_a_posts_fields_joined_by_and_before_a_name_give_the_post(opening):
    speakers = credited(
        f"{opening} Nigeria could not afford to “subsidise ill health”.",
        "“Eleven million Nigerians live with diabetes,” Olatunji said.",
        "The minister added that the tax had been evaded by “a few unscrupulous operators”.",
    )
    assert speakers == ["Babajide Olatunji"] * 3


def test_two_people_joined_by_and_give_no_post_to_the_first():
    speakers = credited(
        "Ann Rose and Health Minister Tom Hart said the tax was “overdue”.",
        "The minister added that it had been evaded by “a few operators”.",
    )
    assert speakers[1] == "Tom Hart"


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Minister of State for Finance Sadia Rehman Khattak", "Sadia Rehman Khattak"),
        ("Secretary of State for Health John Smith", "John Smith"),
        ("Minister of State for Trade Ann Lee", "Ann Lee"),
    ],
)
def test_a_title_with_of_and_for_before_a_name_closing_a_quote_credits_the_name(title, person):
    assert credited(f"“The subsidy was benefiting car owners,” {title} told a news conference.") == [person]


def test_a_partitive_before_of_opens_no_title():
    [speaker] = credited("“The plan works,” Most of Congress for Change members told a news conference.")
    assert speaker not in ("Change", "Congress for Change")


@pytest.mark.parametrize(
    ("quote", "person"),
    [
        ("“This is a slap in the face,” said Albay 2nd District Rep. Jose Antonio Bautista, who filed a resolution.", "Jose Antonio Bautista"),
        ("“We held the line,” said 3rd Division Commander Tom Hart.", "Tom Hart"),
    ],
)
def test_an_ordinal_inside_a_title_is_part_of_it(quote, person):
    assert credited(quote) == [person]


@pytest.mark.parametrize("quote", ["“We will strike,” said Local 1472 on Monday.", "“We will strike,” Local 1472 said."])
def test_a_number_closing_a_bodys_name_stays_its_name(quote):
    assert credited(quote) == ["Local 1472"]
