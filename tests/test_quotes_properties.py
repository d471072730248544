"""Properties of quote finding that hold on any text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import Article, Passage, Span
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes import QuoteExtractor
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import DOUBLE_MARKS, SINGLE_MARKS, find_quotes
from newsparse_quotes.people import People
from newsparse_quotes.segments import (
    CAPITALIZED, IS_WORD, LOWER, TEXT, Columns, past_quoted, sentences, tokenize, tokenize_with_columns
)
from newsparse_quotes.words import PassageView, Words

MARK_SOUP = st.text(alphabet=DOUBLE_MARKS + SINGLE_MARKS + "ab A.,:\n", max_size=200)
EXTRACTOR = QuoteExtractor(Vocabulary(DECLARATIONS))
#: The word sets, made here: the extractor makes its own only when an article first holds a quote.
WORDS = Words.from_vocabulary(Vocabulary(DECLARATIONS))


@given(MARK_SOUP)
def test_every_span_lies_between_marks(text):
    for quote in find_quotes(text):
        assert 0 <= quote.open_at < quote.start < quote.end <= len(text)
        assert text[quote.open_at] in DOUBLE_MARKS + SINGLE_MARKS
        if quote.close_at is not None:
            assert quote.end <= quote.close_at
            assert text[quote.close_at] in DOUBLE_MARKS + SINGLE_MARKS
        assert text[quote.start : quote.end].strip() == text[quote.start : quote.end]


@settings(max_examples=200, deadline=None)  # the first call builds the extractor's word sets
@given(MARK_SOUP)
def test_no_crash_on_mark_soup(text):
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    for quote in EXTRACTOR.extract(article, text).quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is None or quote.kind != "term"


@given(st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=20).map(str.strip).filter(bool), max_size=5))
def test_plainly_quoted_words_are_found(words):
    text = " and ".join(f"“{w}”" for w in words)
    assert [text[q.start : q.end] for q in find_quotes(text)] == words


NAME_SOUP = st.text(alphabet="Ⓐ Ann Lee de von & . , said ’s “” '", max_size=80)


@given(NAME_SOUP)
def test_token_columns_read_the_fields_they_name(text):
    for token in tokenize(text, find_quotes(text)):
        assert (TEXT(token), LOWER(token)) == (token.text, token.lower)
        assert (CAPITALIZED(token), IS_WORD(token)) == (token.is_capitalized, token.is_word)


#: Words and marks whose columns could go wrong: a prefixed surname read as capitalized, stops, quotes.
WORD_SOUP = st.lists(
    st.sampled_from(["al-Haddad", "bin-Rashed", "el-x", "Mara", "de", "told", "“", "”", "‘", ".", "?", "3.5", "Dr", "’s", "Ⓐ"]),
    max_size=25,
).map(" ".join)


@given(WORD_SOUP)
def test_the_columns_made_with_the_tokens_hold_their_fields(text):
    tokens, columns = tokenize_with_columns(text, find_quotes(text))
    assert tokens == tokenize(text, find_quotes(text))
    assert columns == Columns.of(tokens)


@given(st.text(alphabet="ab_Z9² .,-’'\t\n\u00a0“”", max_size=60))
def test_every_token_starts_where_its_text_stands_and_the_tokens_hold_every_other_character(text):
    tokens = tokenize(text, find_quotes(text))
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.start for t in tokens] == sorted({t.start for t in tokens})
    assert "".join(t.text for t in tokens) == "".join(text.split())


@given(WORD_SOUP, st.integers(0, 30), st.integers(0, 30))
def test_past_quoted_is_the_first_token_outside_a_quote(text, i, stop):
    tokens = tokenize(text, find_quotes(text))
    stop = min(stop, len(tokens))
    outside = [j for j in range(i, stop) if not tokens[j].quoted]
    assert past_quoted(tokens, i, stop) == (outside[0] if outside else stop)


def test_past_quoted_skips_the_words_of_a_quote():
    tokens = tokenize("“We won the vote,” she said.", find_quotes("“We won the vote,” she said."))
    assert tokens[past_quoted(tokens, 1, len(tokens))].text == "”"
    assert past_quoted(tokens, 1, 3) == 3


def test_a_token_starts_past_the_spaces_and_tokens_before_it():
    tokens = tokenize("  3.5 don’t -x", [])
    assert [(t.start, t.text) for t in tokens] == [(2, "3.5"), (6, "don’t"), (12, "-"), (13, "x")]


@given(WORD_SOUP)
def test_sentences_read_from_the_text_column_are_those_read_from_the_tokens(text):
    tokens, columns = tokenize_with_columns(text, find_quotes(text))
    assert sentences(tokens, EXTRACTOR.abbreviations, columns.texts) == sentences(tokens, EXTRACTOR.abbreviations)


@given(WORD_SOUP)
def test_a_view_given_no_columns_makes_the_same_ones_and_cues(text):
    tokens, columns = tokenize_with_columns(text, find_quotes(text))
    given_columns = PassageView.of(text, 0, tokens, WORDS, True, columns)
    assert PassageView.of(text, 0, tokens, WORDS, True) == given_columns
    assert given_columns.cues == [k for k, t in enumerate(tokens) if t.lower in WORDS.cues]


def test_a_prefixed_surname_is_capitalized_in_its_column():
    tokens, columns = tokenize_with_columns("Ask al-Haddad and ad-hoc panels.", [])
    assert columns.capitalized == [True, True, False, False, False, False] == [t.is_capitalized for t in tokens]


@given(NAME_SOUP)
def test_a_run_of_names_holds_only_words_initials_ampersands_apostrophes_and_nicknames(text):
    tokens = tokenize(text, find_quotes(text))
    people = People(WORDS)
    for i in range(len(tokens)):
        end = people.name_end(tokens, i)
        assert i <= end <= len(tokens)
        assert all(t.is_word or t.text in ".&’'" or t.mark for t in tokens[i:end])
        assert all(tokens[k - 1].end == t.start for k, t in enumerate(tokens[i:end], i) if t.text in "’'")
        for k in range(i, end):  # a quoted capital only as a nickname: ``Winston “Bumpy” Clarke``
            if tokens[k].quoted and tokens[k].is_capitalized:
                opened = max(j for j in range(i, k) if tokens[j].mark == "open")
                closed = min(j for j in range(k, end) if tokens[j].mark == "close")
                assert i < opened and closed + 1 < end
                assert not tokens[opened - 1].quoted and not tokens[closed + 1].quoted


#: Passages of the rules' own words in any order, where a rule looking a token ahead or behind may run off the end.
RULE_WORD_SOUP = st.lists(
    st.lists(
        st.sampled_from(
            sorted(WORDS.speech_verbs)[:80] + sorted(WORDS.particle_verbs) + sorted(WORDS.speech_nouns)[:30]
            + ["to", "be", "by", "as", "according", "he", "Ann", "Lee", "Mr", ".", ",", ":", "“", "”", "‘", "the", "of", "out", "who", "'s"]
        ),
        min_size=1,
        max_size=14,
    ).map(" ".join),
    min_size=1,
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(RULE_WORD_SOUP)
def test_no_crash_on_passages_of_the_rules_words(paragraphs):
    text = "\n\n".join(paragraphs)
    passages, at = [], 0
    for paragraph in paragraphs:
        passages.append(Passage(paragraph, Span(at, at + len(paragraph))))
        at += len(paragraph) + 2
    article = Article(span=Span(0, len(text)), paragraphs=passages)
    for quote in EXTRACTOR.extract(article, text).quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


def test_a_speech_verb_ending_the_passage_before_a_quote_paragraph_is_read_without_running_off_its_end():
    text = "Results were strong, Ann Lee pointed\n\n“We are pleased.”"
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text[:36], Span(0, 36)), Passage(text[38:], Span(38, len(text)))])
    assert [q.text for q in EXTRACTOR.extract(article, text).quotes] == ["We are pleased."]
