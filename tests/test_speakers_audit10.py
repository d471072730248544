"""A tenth audit of the speaker rules on real news (rugby and football quote roundups, press conferences,
cricket, courts, markets, US Senate wire copy, entertainment): the kinds of wrong or missing speaker it
found, each with sentences written for it (none copied from a page), positive and negative."""

from __future__ import annotations

import pytest

from .test_quotes import credited


# -- A: a roundup's credit line after a dash, in the quote's paragraph or the next one ------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("‘We never found our rhythm in the second half.’ – Leinster coach Ross Mahon on the loss in Cork.", "Ross Mahon"),
        ("‘The crowd carried us over the line.’ – Harbour City captain Nia Oduya admits the fans made the difference.", "Nia Oduya"),
        ("‘I thought the scrum held up well.’ – Ulster coach Dan Petrie’s verdict on the set piece.", "Dan Petrie"),
        ("“It is a proud night for the whole club.” -- Striker Lena Hoffmann, who scored twice, on the win.", "Lena Hoffmann"),
    ],
)
def test_a_dash_after_a_quote_credits_the_person_named_after_it(paragraph: str, speaker: str) -> None:
    assert credited("A selection of the weekend's best lines from the grounds.", paragraph) == [speaker]


def test_a_roundup_credits_each_line_to_its_own_person() -> None:
    assert credited(
        "Our pick of what was said on Saturday.",
        "‘We were flat from the start.’ – Rovers boss Iain Kerr on the defeat.",
        "‘That is the best we have played all year.’ – Kerr’s rival Tom Okafor was delighted.",
    ) == ["Iain Kerr", "Tom Okafor"]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("– Wing Sefa Tuilagi on his first cap for the side.", "Sefa Tuilagi"),
        ("- Club captain Mira Janssen was in no mood to celebrate.", "Mira Janssen"),
    ],
)
def test_a_credit_line_opening_the_next_paragraph_credits_a_quote_standing_alone(credit: str, speaker: str) -> None:
    assert credited(
        "Here is what the players had to say.",
        "“I have waited ten years for this moment and I will never forget it.”",
        credit,
    ) == [speaker]


def test_a_dash_clause_after_narration_credits_nobody_new() -> None:
    speakers = credited("The council called the levy “a necessary step” – residents disagreed at the meeting.")
    assert "residents" not in (speakers[0] or "")


def test_a_dash_before_a_lower_case_phrase_credits_nobody() -> None:
    assert credited(
        "Here is what was said.",
        "“We did not deserve anything from the game.”",
        "– a verdict shared by most of the fans in the stand.",
    ) == [None]


def test_a_dash_before_a_place_credits_no_person() -> None:
    assert credited(
        "The week in quotes.",
        "“Nobody expected the bridge to close for a month.”",
        "– Ballymore, where the works began in June.",
    ) == [None]


# -- B: a reporter who asks is never the person the text is about ------------------------------------


def test_the_reporter_asking_is_not_the_person_followed() -> None:
    speakers = credited(
        "Coach Ada Brennan faced the press after the defeat.",
        "“We were second best all night,” Brennan said.",
        "The reporter asked, “Will you stay on for next season?”",
    )
    assert speakers[0] == "Ada Brennan"
    assert speakers[1] != "Ada Brennan"


def test_the_journalist_pressing_is_not_the_person_followed() -> None:
    speakers = credited(
        "Minister Paul Devlin was asked about the delays on Monday.",
        "“I am not going to apologise for being careful,” Devlin said.",
        "The journalist asked again, “Will the scheme open this year?”",
    )
    assert speakers[1] != "Paul Devlin"


def test_a_named_reporter_taken_up_as_the_reporter_is_still_that_reporter() -> None:
    assert credited(
        "Radio reporter Jo Marsh put the question to the mayor on Friday.",
        "“Did the council know about the leak?” the reporter asked.",
    ) == ["Jo Marsh"]


# -- C: a star's epithet stands for the person the text is about --------------------------------------


@pytest.mark.parametrize("epithet", ["the heartthrob", "the crooner", "the superstar"])
def test_a_stars_epithet_takes_up_the_person_followed(epithet: str) -> None:
    assert credited(
        "Singer Theo Lanning has confirmed a winter tour of twelve cities.",
        f"“I have never felt so ready to play these songs live,” {epithet} said.",
    ) == ["Theo Lanning"]


def test_a_stars_epithet_before_anyone_is_named_credits_nobody() -> None:
    assert credited("“It was the best night of my life,” the heartthrob said.") == [None]


# -- D: a roundup line's name before a parenthesis and a colon ----------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Mark Dolan (on whether his striker was fouled): “It was a clear push and everyone saw it.”", "Mark Dolan"),
        ("Ruth Ekwueme (about the new stadium): “The pitch is the best we have played on.”", "Ruth Ekwueme"),
    ],
)
def test_a_name_and_a_parenthesis_before_a_colon_speak(line: str, speaker: str) -> None:
    assert credited("Managers had their say after the games.", line) == [speaker]


def test_a_one_word_name_and_a_parenthesis_before_a_colon_credit_nobody_new() -> None:
    assert credited("Managers had their say after the games.", "Dolan (on the push): “It was a foul.”") != ["push"]

