"""Unit tests of the quote extractor, one pattern at a time, on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsparse.model import Article, Passage, Span
from newsparse.page.text import passage
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes import QuoteExtractor
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import find_quotes


def extract(*paragraphs: str, summary: str | None = None):
    """The quotes of an article made of ``summary`` and ``paragraphs``."""
    text = "\n\n".join(([summary] if summary else []) + list(paragraphs))
    passages, offset = [], 0
    for chunk in text.split("\n\n"):
        passages.append(passage(text, offset, offset + len(chunk)))
        offset += len(chunk) + 2
    head = passages.pop(0) if summary else None
    article = Article(span=Span(0, len(text)), summary=head, paragraphs=passages)
    extractor = QuoteExtractor(Vocabulary(DECLARATIONS))
    quotes = extractor.extract(article, text).quotes
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.mention_span is not None:
            assert text[quote.mention_span.start : quote.mention_span.end] == quote.mention
    return quotes


def credited(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote of an article made of ``paragraphs``."""
    return [q.speaker for q in extract(*paragraphs)]


def texts(raw: str) -> list[str]:
    return [raw[q.start : q.end] for q in find_quotes(raw)]


# -- finding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('She said "the plan works" twice.', ["the plan works"]),
        ("“We will build it,” the mayor said.", ["We will build it,"]),
        ("”Closing mark first,” the chef wrote.", ["Closing mark first,"]),
        ("“Outer with a ‘nested term’ inside,” he said.", ["Outer with a ‘nested term’ inside,", "nested term"]),
        ("‘Single outer marks,’ the coach said.", ["Single outer marks,"]),
        ("“Left open until the paragraph ends", ["Left open until the paragraph ends"]),
        ("“One,” she said. “Two.”", ["One,", "Two."]),
        ("“First sentence. Second one,” he added.", ["First sentence. Second one,"]),
        ("France’s mayors don’t recall the ’80s or the farmers’ strike.", []),
        ('A 12" pipe burst.', []),
    ],
)
def test_marks(raw, expected):
    assert texts(raw) == expected


def test_quote_span_is_exact():
    quote = extract("The coach called it “a rebuild”.")[0]
    assert quote.text == "a rebuild"


# -- kinds -----------------------------------------------------------------------


def test_direct_followed_by_attribution():
    (quote,) = extract("“The bridge will open in spring,” Mayor Anna Kowal said.")
    assert (quote.kind, quote.speaker) == ("direct", "Anna Kowal")


def test_partial_inside_reported_sentence():
    (quote,) = extract("Engineer Tom Reyes said the repairs were “almost finished” on Friday.")
    assert (quote.kind, quote.speaker) == ("partial", "Tom Reyes")


def test_term_without_speaker():
    (quote,) = extract("The so-called “green corridor” runs along the river.")
    assert (quote.kind, quote.speaker) == ("term", None)


def test_single_marks_are_terms_when_speech_is_in_double_marks():
    quotes = extract("“We agree,” Lena Park said of the ‘harbor deal’ signed last year.")
    assert [q.kind for q in quotes] == ["direct", "term"]


# -- speakers --------------------------------------------------------------------


def test_inverted_order():
    (quote,) = extract("“Prices will fall,” said economist Maria Lind.")
    assert quote.speaker == "Maria Lind"


def test_according_to():
    (quote,) = extract("The dam, according to Paul Oduya, is “older than the town.”")
    assert quote.speaker == "Paul Oduya"


def test_told():
    (quote,) = extract("“We are ready,” Coach Ben Ortiz told reporters.")
    assert quote.speaker == "Ben Ortiz"


def test_quoted_as_saying():
    (quote,) = extract("“No delay is planned,” the local paper Courier quoted Ines Varga as saying.")
    assert quote.speaker == "Ines Varga"


def test_title_before_name_and_surname_later():
    quotes = extract(
        "Port authority spokesman Omar Haddad confirmed the closure.",
        "“Ships must wait,” Haddad said.",
    )
    assert quotes[0].speaker == "Omar Haddad"
    assert quotes[0].mention == "Haddad"


def test_role_resolved_to_name():
    quotes = extract(
        "Prime Minister Clara Voss opened the session on Monday.",
        "“Taxes stay as they are,” the prime minister said.",
    )
    assert quotes[0].speaker == "Clara Voss"


def test_pronoun_resolved_to_earlier_person():
    quotes = extract(
        "Farmer Jonas Weber spoke at the market on Sunday.",
        "“The harvest was poor,” he said.",
    )
    assert (quotes[0].speaker, quotes[0].mention) == ("Jonas Weber", "he")


def test_continued_quote_after_attribution():
    quotes = extract("“The roads are closed,” Chief Dana Moor said. “Stay at home.”")
    assert [q.speaker for q in quotes] == ["Dana Moor", "Dana Moor"]


def test_lone_quote_paragraph_after_known_speaker():
    quotes = extract("“We lost the vote,” council leader Ruth Mabe said.", "“We will try again next year.”")
    assert [q.speaker for q in quotes] == ["Ruth Mabe", "Ruth Mabe"]


def test_anonymous_source():
    (quote,) = extract("A senior official in the ministry told reporters the deal was “nearly done.”")
    assert quote.speaker == "A senior official in the ministry"


def test_body_as_speaker():
    (quote,) = extract("The Harbor Gazette reported that the plant was “running at a loss.”")
    assert quote.speaker == "The Harbor Gazette"


def test_possessive_office():
    quotes = extract(
        "Governor Lisa Tran visited the site.",
        "Tran’s office said the site was “safe to reopen.”",
    )
    assert quotes[0].speaker == "Lisa Tran’s office"


def test_summary_quote_credited_from_body():
    quotes = extract(
        "The city will “never sell” its water company, the mayor has said",
        "Mayor Ivo Petrov spoke to the council on Monday.",
    )
    assert quotes[0].speaker == "Ivo Petrov"


def test_participle_belongs_to_subject():
    (quote,) = extract("Minister Eva Holm rejected the plan, calling it “a waste of money.”")
    assert quote.speaker == "Eva Holm"


def test_vocabulary_is_extendable():
    vocabulary = Vocabulary(DECLARATIONS).changed({"speech_verbs": ["harrumphed"]})
    text = "“Rain is coming,” Sam Reed harrumphed."
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    (quote,) = QuoteExtractor(vocabulary).extract(article, text).quotes
    assert quote.speaker == "Sam Reed"


# -- attribution variants of wire copy -------------------------------------------


def speakers(*paragraphs: str, summary: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in extract(*paragraphs, summary=summary)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "“The talks have stalled,” said Anna Berg, the head of the port authority.",
            [("direct", "Anna Berg")],
        ),
        (
            "Tomas Ek, a spokesman for the railway, said: “No trains will run on Sunday.”",
            [("direct", "Tomas Ek")],
        ),
        (
            "“The border remains open,” the Interior Ministry said in a statement.",
            [("direct", "the Interior Ministry")],
        ),
        (
            "In a post on Telegram, Olga Serova wrote: “The vote was rigged.”",
            [("direct", "Olga Serova")],
        ),
        (
            "Karl Weiss told the outlet that the plan was “a mistake from the start.”",
            [("partial", "Karl Weiss")],
        ),
        (
            "“We need more time,” a senior EU diplomat said on condition of anonymity.",
            [("direct", "a senior EU diplomat")],
        ),
        (
            "“This ends today,” President Tom Akers posted on social media.",
            [("direct", "Tom Akers")],
        ),
        (
            "“It is too early to say,” Sara Kim, an analyst at Northbank, told the outlet.",
            [("direct", "Sara Kim")],
        ),
        (
            "Finance Minister Ivan Kolar described the move as “reckless.”",
            [("partial", "Ivan Kolar")],
        ),
        (
            "Police said the suspect was “known to them.”",
            [("partial", "Police")],
        ),
        (
            "The notice read: “The museum will stay closed until spring.”",
            [("direct", "The notice")],
        ),
        (
            "The newspaper, citing a source in the cabinet, reported that the bill was “dead.”",
            [("partial", "a source in the cabinet")],
        ),
        (
            "“These are lies,” the embassy said in a post on X. “We want an apology.”",
            [("direct", "the embassy")] * 2,
        ),
        (
            "The so-called “coalition of the willing” met on Thursday, the agency said.",
            [("term", None)],
        ),
    ],
)
def test_attribution_variants(paragraph, expected):
    assert speakers(paragraph) == expected


def test_headline_credited_before_a_colon():
    quotes = extract("Coach Ada Brenner spoke after the final.", summary="Brenner: ‘We were the better team’")
    assert (quotes[0].kind, quotes[0].speaker) == ("direct", "Ada Brenner")


def test_apposition_after_the_quote_names_the_person_not_the_title():
    quotes = extract("“The report is false,” Helena Sousa, the deputy prime minister, said on Thursday.")
    assert quotes[0].speaker == "Helena Sousa"


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Nobody expected a deal this week,” one official close to the talks told the agency.",
        "One official close to the talks told the agency: “Nobody expected a deal this week.”",
    ],
)
def test_source_with_modifier_and_preposition(paragraph):
    (quote,) = extract(paragraph)
    assert quote.speaker.lower() == "one official close to the talks"


def test_sources_familiar_with_the_matter():
    (quote,) = extract("Sources familiar with the matter said the merger was “all but done.”")
    assert (quote.kind, quote.speaker) == ("partial", "Sources familiar with the matter")


def test_according_to_after_the_quote():
    (quote,) = extract("The outbreak is “under control,” according to the Health Ministry.")
    assert (quote.kind, quote.speaker) == ("partial", "the Health Ministry")


def test_adding_a_second_quote():
    quotes = extract(
        "Economist Rosa Lind spoke in Geneva.",
        "“Prices are rising,” she said, adding: “Families are struggling.”",
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Rosa Lind"), ("direct", "Rosa Lind")]


def test_quote_run_on_into_the_next_paragraph():
    quotes = extract(
        "Bank governor Mei Tanaka addressed the board on Monday.",
        "“Inflation is not beaten. We will keep rates high.",
        "“Anyone who says otherwise is wrong,” she added.",
    )
    assert [q.speaker for q in quotes] == ["Mei Tanaka", "Mei Tanaka"]


def test_scare_quotes_are_terms_and_partial_quotes_have_speakers():
    quotes = extract("Mayor Jan Novak called the so-called “peace plan” a “dangerous illusion.”")
    assert [(q.kind, q.speaker) for q in quotes] == [("term", None), ("partial", "Jan Novak")]


def test_headline_credited_after_a_dash():
    quotes = extract(
        "EU foreign policy chief Kaja Kallas spoke in Brussels.",
        summary="The bloc will ‘never accept’ the new border – Kallas",
    )
    assert (quotes[0].kind, quotes[0].speaker) == ("partial", "Kaja Kallas")


def test_title_missing_from_the_role_list():
    quotes = extract("Treasurer Greta Holm presented the accounts.", "“This was a good year,” the treasurer said.")
    assert quotes[0].speaker == "Greta Holm"


# -- he and she ------------------------------------------------------------------


def test_she_and_he_pick_the_person_they_fit():
    quotes = extract(
        "Senator Maria Costa clashed with Governor Tom Reed over the budget.",
        "“The cuts go too far,” she said.",
        "“We have no choice,” he replied.",
    )
    assert [q.speaker for q in quotes] == ["Maria Costa", "Tom Reed"]


def test_she_after_a_man_was_credited():
    quotes = extract(
        "Governor Tom Reed defended the budget on Monday.",
        "“We have no choice,” he said.",
        "His rival, Senator Maria Costa, was unconvinced.",
        "“The cuts go too far,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Tom Reed", "Maria Costa"]


def test_gendered_titles():
    quotes = extract(
        "Spokeswoman Dana Ilic and her deputy Marek Horvat met reporters.",
        "“No decision has been made,” she said.",
    )
    assert quotes[0].speaker == "Dana Ilic"


def test_he_stays_with_a_subject_of_unknown_gender():
    quotes = extract(
        "Governor Tom Reed met Foreign Minister Sergey Lavrov on Monday.",
        "“It was a good meeting,” he said.",
    )
    assert quotes[0].speaker == "Tom Reed"


def test_name_after_a_title_with_of():
    quotes = extract(
        "Mayor Lina Brandt said the budget was “tight,” while her chief of staff Oskar Lemm called it “fair.”"
    )
    assert [q.speaker for q in quotes] == ["Lina Brandt", "Oskar Lemm"]


def test_aide_to_a_named_person_is_not_that_person():
    (quote,) = extract("An aide to President Ilse Marr said the trip was “postponed.”")
    assert quote.speaker == "An aide to President Ilse Marr"


def test_verbs_of_criticism_report_speech():
    (quote,) = extract("Opposition leader Nora Vik slammed the bill as “a gift to landlords.”")
    assert (quote.kind, quote.speaker) == ("partial", "Nora Vik")


def test_summary_role_credited_to_the_first_person_of_the_body():
    quotes = extract(
        "Port commissioner Ida Kerr said on Monday the harbor was “full.”",
        summary="The harbor is “full,” its top official has said",
    )
    assert [q.speaker for q in quotes] == ["Ida Kerr", "Ida Kerr"]


# -- the attribution window ----------------------------------------------------------


FILLER = " ".join(["and then the talks went on"] * 10)  # 60 words


def test_speech_verb_beyond_the_window_before_the_quote_credits_nothing():
    sentence = "It was clear, Anna Berg said on Monday, that {}the plan was a “fair deal” for all."
    assert extract(sentence.format(""))[0].speaker == "Anna Berg"
    assert extract(sentence.format(FILLER + " and "))[0].speaker is None


def test_closing_attribution_beyond_the_window_credits_nothing():
    sentence = "The plan was a “fair deal” for all{}, Anna Berg has said."
    assert extract(sentence.format(""))[0].speaker == "Anna Berg"
    assert extract(sentence.format(" " + FILLER))[0].speaker is None


def test_quoted_speech_verb_does_not_credit():
    quote = extract("The minister Jan Ek called the “deal we said was fair” a mistake.")[0]
    assert quote.speaker == "Jan Ek"


# -- wire patterns of held-out probes ----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Who will rebuild the bridges?” Mayor Lena Voss asked on Friday.",
        "“Enough!” Mayor Lena Voss shouted, and the hall went quiet, she said.",
    ],
)
def test_question_or_exclamation_then_capitalized_attribution(paragraph):
    assert speakers(paragraph)[0] == ("direct", "Lena Voss")


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The port will reopen,” Piotr Lanik, who chairs the harbour board, told reporters.",
        "“The port will reopen,” Lanik, speaking at a forum in Gdansk, said.",
    ],
)
def test_clause_between_name_and_verb_after_the_quote(paragraph):
    quotes = extract("Harbour chief Piotr Lanik toured the docks.", paragraph)
    assert (quotes[0].kind, quotes[0].speaker) == ("direct", "Piotr Lanik")


def test_that_is_how_after_a_dash():
    assert speakers("“A circus without tents” – that is how Elena Brook described the summit.") == [
        ("direct", "Elena Brook")
    ]


def test_preposition_after_the_quote_is_not_a_speaker():
    quotes = extract(
        "Marta Ilves spoke in Tallinn.",
        summary="The city will not accept “pressure” from the Baltic states, Mayor Marta Ilves has said",
    )
    assert (quotes[0].kind, quotes[0].speaker) == ("partial", "Marta Ilves")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The daily quoted a senior army officer as saying the front was “holding.”", "a senior army officer"),
        ("Governor Ilya Brun was quoted by Interfax as saying the dam was “safe.”", "Ilya Brun"),
    ],
)
def test_quoted_as_saying_after_a_verb_or_a_passive(paragraph, expected):
    assert speakers(paragraph) == [("partial", expected)]


def test_paragraph_ending_with_a_colon_credits_the_quote_opening_the_next():
    quotes = extract("Coach Ivo Marek left the pitch early. He told reporters:", "“The referee decided the match.”")
    assert (quotes[0].kind, quotes[0].speaker) == ("direct", "Ivo Marek")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Lisbon has warned that it would answer “firmly” to any breach.",), "Lisbon"),
        (("Several port officials objected. They said the fee was “unfair.”",), "Several port officials"),
    ],
)
def test_it_and_they_name_a_body_or_an_unnamed_group(paragraphs, expected):
    assert speakers(*paragraphs) == [("partial", expected)]


def test_title_with_to_the_and_an_acronym_before_the_name():
    quotes = extract(
        "Chilean Ambassador to the UN Rosa Ibarra met the panel.",
        "“The vote was rushed,” the ambassador said.",
    )
    assert quotes[0].speaker == "Rosa Ibarra"


def test_pronoun_with_nobody_credited_takes_the_last_person_it_fits():
    quotes = extract("Trade envoy Kaja Lind met farmers on Monday. She warned that prices would “keep falling.”")
    assert quotes[0].speaker == "Kaja Lind"


def test_adverb_between_verb_and_comma_keeps_the_quote_direct():
    assert speakers("Mayor Otto Fenn asked rhetorically, “Who pays for this?”") == [("direct", "Otto Fenn")]


def test_initials_inside_a_name():
    assert speakers("“The harbour is ours,” Deputy Mayor R.J. Corran told the council.") == [("direct", "R.J. Corran")]


def test_generic_role_resolves_by_its_modifier():
    quotes = extract(
        "Danish Premier Lars Holt and Norwegian President Anne Dahl met in Oslo.",
        "“The fish quota stays,” Holt said.",
        "The Norwegian leader replied that the quota was “out of date.”",
    )
    assert [q.speaker for q in quotes] == ["Lars Holt", "Anne Dahl"]
