"""The table of attribution rules: every credited quote names its rule and cue, the docs list
every rule with a working example, and a plugin adds a rule of its own.

Sentences are written for these tests (none copied from a page).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_quotes import Attempt, Found, Mention, QuoteExtractor, Rule
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.attribution import RULES, rule_table
from newsparse_quotes.discourse import ECHO, RUN_ON, SUMMARY_ECHO

import newsparse
from newsparse.hooks.host import Registry, make_plugin_manager
from newsparse.hooks.vocabulary import Vocabulary

from .conftest import REPO, SHARED
from .test_quotes import extract

RULE_NAMES = [rule.name for rule in RULES]


def credits(*paragraphs: str) -> list[tuple[str | None, str | None, str | None]]:
    """``(speaker, rule, cue)`` of each quote of an article made of ``paragraphs``."""
    return [(q.speaker, q.rule, q.cue) for q in extract(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["“The tide turned early,” said skipper Jo Lantz."], ("Jo Lantz", "after_quote", "said")),
        (["“We counted every vote,” the clerk, Abel Moss, told the inquiry."], ("Abel Moss", "after_quote", "told")),
        (["Judge Rhea Otto wrote that the claim was “without merit.”"], ("Rhea Otto", "before_quote", "wrote")),
        (["According to Lars Wiik, the harbour is “full to the brim.”"], ("Lars Wiik", "before_quote", "According to")),
        (["The bridge had been “safe for decades” before the storm, the engineer Tova Rask has said."], ("Tova Rask", "closing_clause", "said")),
        (["The vote is “a formality” now, according to Omar Kell."], ("Omar Kell", "closing_clause", "according to")),
        (["Ines Varga: ‘The plan is dead’"], ("Ines Varga", "headline", ":")),
        (["Rail fares to ‘rise again in May’ – Piet Kuyt"], ("Piet Kuyt", "headline", "–")),
        (["Dr. Dina Roth questioned the “secret” deal."], ("Dina Roth", "sentence_subject", "questioned")),
        (["Crowds cheered as Ada Brix opened the “new” wing."], ("Ada Brix", "clause_subject", "opened")),
        (["Calling the deal “a betrayal”, Ada Brix walked out."], ("Ada Brix", "participle_lead", "Calling")),
        (["Captain Ola Strand told the crew:", "“We sail at dawn.”"], ("Ola Strand", "lead_in", "told")),
        (["Ola Strand said the nets were empty. “Not one fish.”"], ("Ola Strand", "prior_sentence", "said")),
    ],
)
def test_each_rule_credits_with_its_name_and_cue(paragraphs: list[str], expected: tuple[str, str, str]) -> None:
    assert credits(*paragraphs)[-1] == expected


def test_a_carried_speaker_keeps_the_cue_that_credited_it() -> None:
    assert credits("“It rained,” Mila Borg wrote. “The roads flooded.”") == [
        ("Mila Borg", "after_quote", "wrote"),
        ("Mila Borg", "continuation", "wrote"),
    ]


def test_a_quote_run_over_paragraphs_takes_the_rule_run_on() -> None:
    assert credits("“We waited all night.", "“Then the boats came,” Aki Lund recalled.") == [
        ("Aki Lund", RUN_ON, "recalled"),
        ("Aki Lund", "after_quote", "recalled"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The so-called “green tax” returns in May.",  # a term
        "The report was “thin,” critics of every stripe agree.",  # no cue the rules read
        "“Closed until further notice,” read the sign on the gate.",  # a thing reads, nobody speaks
    ],
)
def test_a_quote_without_speaker_has_no_rule_and_no_cue(paragraph: str) -> None:
    assert all(speaker is None and rule is None and cue is None for speaker, rule, cue in credits(paragraph))


_SPEAKERS = ["Nia Holt", "the mayor", "a port official", "he", "Holt"]
_VERBS = ["said", "told reporters", "added", "wrote", "insisted"]
_QUOTES = ["“We are ready,”", "“Not today,”", "“It is done,”"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_QUOTES), st.sampled_from(_SPEAKERS), st.sampled_from(_VERBS), st.booleans()),
        min_size=1,
        max_size=4,
    )
)
def test_speaker_rule_and_cue_come_together(parts: list[tuple[str, str, str, bool]]) -> None:
    paragraphs = [f"{q} {s} {v}." if first else f"{s.capitalize()} {v} {q[:-2]}.”" for q, s, v, first in parts]
    for speaker, rule, cue in credits("Nia Holt chairs the port board.", *paragraphs):
        assert (speaker is None) == (rule is None) == (cue is None)
        assert rule is None or rule in [*RULE_NAMES, RUN_ON, SUMMARY_ECHO, ECHO]


def _documented_rules() -> list[tuple[str, str]]:
    """``(name, body)`` of each rule the Attribution rules section of docs/quotes.rst lists, in order."""
    doc = (REPO / "docs" / "quotes.rst").read_text(encoding="utf-8")
    section = doc.split("Attribution rules\n~~~~~~~~~~~~~~~~~\n", 1)[1].split("\n~~~", 1)[0]
    found = re.split(r"^``(\w+)``\n", section, flags=re.MULTILINE)
    return list(zip(found[1::2], found[2::2], strict=True))


def test_the_docs_list_every_rule_of_the_table_in_order() -> None:
    assert [name for name, _body in _documented_rules()] == [*RULE_NAMES, RUN_ON, SUMMARY_ECHO, ECHO]


def test_every_rule_says_what_it_matches() -> None:
    assert all(rule.doc and rule.doc == " ".join(rule.doc.split()) for rule in RULES)
    assert Rule("plain", _never, doc="Reads nothing.").doc == "Reads nothing."


@pytest.mark.parametrize(("name", "body"), _documented_rules(), ids=lambda value: value[:20])
def test_each_documented_rule_has_a_working_example_and_limits(name: str, body: str) -> None:
    example = re.search(r"^    Example: (.+) → ``(.+)``, cue ``(.+)``$", body, re.MULTILINE)
    assert example, f"docs/quotes.rst gives rule {name} no example"
    assert "    Limits: " in body, f"docs/quotes.rst gives rule {name} no known limits"
    paragraphs = example[1].split(" / ")
    summary = paragraphs.pop(0).removeprefix("Summary: ") if paragraphs[0].startswith("Summary: ") else None
    credited = [(q.speaker, q.rule, q.cue) for q in extract(*paragraphs, summary=summary) if q.rule == name]
    assert credited and credited[0][0] == example[2] and credited[0][2] == example[3]


def _byline_note(attempt: Attempt) -> Found | None:
    """``“…” (via Ana Pol)``: the name after ``via`` in parentheses right after the quote."""
    tokens, close = attempt.view.tokens, attempt.close_token
    if close is None or [t.lower for t in tokens[close + 1 : close + 3]] != ["(", "via"]:
        return None
    end = next((k for k in range(close + 3, len(tokens)) if tokens[k].text == ")"), close + 3)
    if end == close + 3:
        return None
    first, last = tokens[close + 3], tokens[end - 1]
    return Found(attempt.view.text[first.start : last.end], Mention(close + 3, end), cue="via")


def _never(attempt: Attempt) -> Found | None:
    """Credits nobody."""
    return None


def _extractor(*rules: Rule) -> QuoteExtractor:
    return QuoteExtractor(Vocabulary(DECLARATIONS).changed({"attribution_rules": {r.name: r for r in rules}}))


def test_a_plugin_rule_goes_where_it_asks() -> None:
    first = Rule("first_look", _never, before="after_quote")
    last = Rule("last_look", _never, after="continuation")
    middle = Rule("middle_look", _never, after="headline")
    names = [rule.name for rule in _extractor(first, last, middle).rules]
    assert names[0] == "first_look" and names[-1] == "last_look"
    assert names[names.index("headline") + 1] == "middle_look"
    assert [rule.name for rule in rule_table([Rule("anywhere", _never)])][-1] == "anywhere"


@pytest.mark.parametrize(
    "rule", [Rule("after_quote", _never), Rule("odd_one", _never, before="no_such_rule")], ids=["taken", "unknown"]
)
def test_a_plugin_rule_with_a_taken_name_or_unknown_place_is_refused(rule: Rule) -> None:
    with pytest.raises(ValueError, match=rule.name):
        _extractor(rule)


def test_a_plugin_adds_a_rule_through_its_vocabulary_hook() -> None:
    plugin = types.ModuleType("byline_notes")

    @newsparse.hookimpl
    def newsparse_vocabulary() -> dict[str, dict[str, Rule]]:
        return {"attribution_rules": {"byline_note": Rule("byline_note", _byline_note, before="after_quote")}}

    plugin.newsparse_vocabulary = newsparse_vocabulary  # type: ignore[attr-defined]
    pm = make_plugin_manager()
    pm.register(plugin, name="byline_notes")
    text = "Dock strike ends\n\nThe dockers voted at noon. “We go back tomorrow.” (via Ana Pol)\n"
    plain = newsparse.parse(text, input_format="article")
    page = newsparse.parse(text, input_format="article", registry=Registry(pm))
    (quote,) = [q for article in page for q in article.quotes]
    assert (quote.speaker, quote.rule, quote.cue) == ("Ana Pol", "byline_note", "via")
    assert text[quote.mention_span.start : quote.mention_span.end] == "Ana Pol"
    (before,) = [q for article in plain for q in article.quotes]
    assert (before.speaker, before.rule, before.cue) == (None, None, None)


def test_every_credited_quote_of_a_digest_page_names_its_rule_and_cue() -> None:
    page = SHARED / "corpus" / "rt-2025-11-page46.txt"
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(page), "-f", "jsonl"], capture_output=True, text=True, check=True
    ).stdout
    quotes = [q for line in out.splitlines() for q in json.loads(line)["quotes"]]
    assert any(q["speaker"] for q in quotes)
    for quote in quotes:
        assert (quote["speaker"] is None) == (quote["rule"] is None) == (quote["cue"] is None), quote


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["The coach’s words were: “Run harder,” according to two players."], None),
        (["The envoy’s message was, “We are not leaving” unless the talks fail, a diplomat said later."], None),
        (["Ana Holm chairs the port board.", "Holm’s statement was, “Not this year,” according to the minutes."], "Ana Holm"),
    ],
)
def test_a_quote_owned_by_a_possessive_speech_noun_goes_to_its_owner_or_nobody(
    paragraphs: list[str], expected: str | None
) -> None:
    """``X’s message was, “…”``: the quote is X's, never the relayer's named later in the sentence."""
    assert credits(*paragraphs)[-1][0] == expected
