"""Declared vocabularies: declarations, normalisation, changes (add and remove), unknown names."""

from __future__ import annotations

import pytest

from newsparse import UnknownNameError, Vocabulary
from newsparse.page.chrome import CHROME_VOCABULARIES, PageChrome
from newsparse.hooks.vocabulary import AS_PRINTED, CASEFOLD, LOWER, TABLE, WORDS, Declaration, declare_all, read_change

GREETINGS = Declaration("greetings", WORDS, "Words that open a letter.", CASEFOLD, ["Dear", "Hello"])
RATES = Declaration("rates", TABLE, "Currency signs to ISO codes.", AS_PRINTED, {"$": "USD", "£": "GBP"})


def test_declared_entries_are_normalised_as_declared():
    vocabulary = Vocabulary([GREETINGS, RATES])
    assert vocabulary["greetings"] == {"dear", "hello"}
    assert dict(vocabulary["rates"]) == {"$": "USD", "£": "GBP"}
    lowered = Declaration("straße", WORDS, "German words.", LOWER, ["STRASSE", "Straße"])
    assert Vocabulary([lowered])["straße"] == {"strasse", "straße"}  # lower keeps the ß, casefold would not
    folded = Declaration("straße", WORDS, "German words.", CASEFOLD, ["STRASSE", "Straße"])
    assert Vocabulary([folded])["straße"] == {"strasse"}


def test_changes_add_then_remove_in_order():
    vocabulary = Vocabulary([GREETINGS, RATES]).changed(
        {"greetings": ["Howdy"], "rates": {"C$": "CAD"}},
        {"greetings": {"add": ["Hiya"], "remove": ["DEAR"]}, "rates": {"add": {"$": "AUD"}, "remove": ["£"]}},
    )
    assert vocabulary["greetings"] == {"hello", "howdy", "hiya"}  # removal is normalised too
    assert dict(vocabulary["rates"]) == {"$": "AUD", "C$": "CAD"}  # the later change wins


def test_vocabularies_are_read_only():
    vocabulary = Vocabulary([RATES])
    with pytest.raises(TypeError):
        vocabulary["rates"]["€"] = "EUR"
    assert isinstance(vocabulary["rates"], type(Vocabulary([RATES])["rates"]))


def test_an_unknown_name_raises_with_the_known_names():
    vocabulary = Vocabulary([GREETINGS, RATES])
    with pytest.raises(UnknownNameError, match=r"unknown vocabulary 'greeting' \(known: greetings, rates\)"):
        vocabulary["greeting"]
    with pytest.raises(LookupError):  # UnknownNameError is a LookupError, as a mapping's KeyError is
        vocabulary.declaration("nope")
    with pytest.raises(UnknownNameError, match="greeting"):
        vocabulary.changed({"greeting": ["hi"]})
    assert "greetings" in vocabulary and "greeting" not in vocabulary


@pytest.mark.parametrize(
    ("declaration", "value", "problem"),
    [
        (GREETINGS, "hello", "entries to add are str"),
        (GREETINGS, {"add": ["hi"], "remove": "hello"}, "entries to remove are str"),
        (GREETINGS, 7, "entries to add are int"),
        (GREETINGS, {"hi": "there"}, "entries to add must be a list of words"),
        (RATES, ["$"], "entries to add must be a mapping"),
    ],
)
def test_a_change_of_the_wrong_shape_raises(declaration, value, problem):
    with pytest.raises(TypeError, match=problem):
        read_change(declaration, value)


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        (("", WORDS, "doc"), "needs a name"),
        (("x", "list", "doc"), "kind 'list'"),
        (("x", WORDS, "  "), "no docstring"),
        (("x", WORDS, "doc", "upper"), "normalised 'upper'"),
        (("x", TABLE, "doc", AS_PRINTED, ["a"]), "declared a table"),
    ],
)
def test_a_malformed_declaration_raises(arguments, problem):
    with pytest.raises(TypeError, match=problem):
        Declaration(*arguments)


def test_declare_all_wants_a_doc_for_every_name():
    declarations = declare_all({"a": ["x"], "b": {"y": 1}}, {"a": "List a.", "b": "Table b."}, LOWER)
    assert [(d.name, d.kind) for d in declarations] == [("a", WORDS), ("b", TABLE)]
    with pytest.raises(TypeError, match="differ: b"):
        declare_all({"a": ["x"], "b": ["y"]}, {"a": "List a."}, LOWER)


def test_ad_hoc_vocabularies_take_their_kind_from_the_first_contribution():
    vocabulary = Vocabulary.of({"verbs": ["said"], "money": {"$": "USD"}}, {"verbs": ["wrote"], "money": {"$": "CAD"}})
    assert vocabulary["verbs"] == {"said", "wrote"}
    assert vocabulary["money"]["$"] == "CAD"
    with pytest.raises(TypeError, match="mixes"):
        Vocabulary.of({"x": ["a"]}, {"x": {"a": 1}})


def test_a_changed_vocabulary_shares_what_no_change_touches():
    base = Vocabulary([GREETINGS, RATES])
    rates = base["rates"]
    base["greetings"]  # merged before the change: a change must still apply to it
    changed = base.changed({"greetings": ["Howdy"]})
    assert changed["rates"] is rates  # merged once
    assert changed["greetings"] == {"dear", "hello", "howdy"} and base["greetings"] == {"dear", "hello"}
    assert changed.changed({"rates": {"C$": "CAD"}})["rates"] == {"$": "USD", "£": "GBP", "C$": "CAD"}


def test_page_chrome_from_a_casefolded_vocabulary_equals_one_folded_again():
    declared = Vocabulary(CHROME_VOCABULARIES)
    folded = PageChrome.from_vocabulary(declared.changed({"site_names": ["The STRASSE Post"]}))
    assert "the strasse post" in folded.site_names
    as_printed = Vocabulary.of({declaration.name: declared[declaration.name] for declaration in CHROME_VOCABULARIES})
    assert PageChrome.from_vocabulary(as_printed.changed({"site_names": ["The STRASSE Post"]})) == folded
