"""Unit tests of the quote extractor, one pattern at a time, on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsparse.model import Article, Passage, Span
from newsparse.text import passage
from newsparse.vocabulary import Vocabulary
from newsparse_quotes import QuoteExtractor, newsparse_vocabulary
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
    extractor = QuoteExtractor(Vocabulary([newsparse_vocabulary()]))
    quotes = extractor.extract(article, text).quotes
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.mention_span is not None:
            assert text[quote.mention_span.start : quote.mention_span.end] == quote.mention
    return quotes


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
    vocabulary = Vocabulary([newsparse_vocabulary(), {"speech_verbs": ["opined"]}])
    text = "“Rain is coming,” Sam Reed opined."
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    (quote,) = QuoteExtractor(vocabulary).extract(article, text).quotes
    assert quote.speaker == "Sam Reed"
