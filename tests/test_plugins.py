"""The plugin system: built-ins found through entry points, a third-party plugin used end to end."""

from __future__ import annotations

import io
import json

import attrs
import pytest

import newsparse
from newsparse import Article, Quote, Span, hookimpl
from newsparse.hooks.host import Registry, make_plugin_manager, plugin_infos
from newsparse.hooks.vocabulary import CASEFOLD, WORDS, Declaration

BUILT_INS = {"digest", "exporters"}


def test_built_in_plugins_come_from_entry_points_with_versions():
    infos = {info.name: info for info in plugin_infos(make_plugin_manager())}
    assert BUILT_INS <= set(infos)
    for name in BUILT_INS:
        assert infos[name].distribution == "newsparse"
        assert infos[name].version == newsparse.__version__
    assert "newsparse_splitters" in infos["digest"].hooks


class ShoutingPlugin:
    """A third-party style plugin: one vocabulary, one extractor, one exporter."""

    @hookimpl
    def newsparse_vocabularies(self, register):
        register(Declaration("shout_words", WORDS, "Words the shout extractor marks.", CASEFOLD, ["Breaking"]))

    @hookimpl
    def newsparse_extractors(self, register, vocabulary):
        register(ShoutExtractor(vocabulary["shout_words"]))

    @hookimpl
    def newsparse_exporters(self, register):
        register(SummaryExporter())


@attrs.define
class ShoutExtractor:
    words: frozenset
    name = "shout"

    def extract(self, article: Article, text: str) -> Article:
        found = []
        for p in article.passages():
            for word in self.words:
                at = text.find(word, p.span.start, p.span.end)
                if at >= 0:
                    found.append(Quote(word, Span(at, at + len(word)), "term"))
        return attrs.evolve(article, quotes=article.quotes + tuple(found))


class SummaryExporter:
    name = "summaries"
    description = "one summary per line"

    def export(self, pages, out):
        for page in pages:
            for article in page:
                out.write(f"{article.summary.text if article.summary else ''}\n")


def _registry_with_plugin() -> Registry:
    pm = make_plugin_manager()
    pm.register(ShoutingPlugin(), name="shouting")
    return Registry(pm)


def test_third_party_plugin_is_used_end_to_end():
    registry = _registry_with_plugin()
    text = "Month: June 2024\n\nA breaking report on the storm has reached the capital tonight\n\nIt rained.\n"
    page = newsparse.parse(text, registry=registry)
    (article,) = page
    assert [q.text for q in article.quotes if q.kind == "term"] == ["breaking"]
    out = io.StringIO()
    registry.exporter("summaries").export([page], out)
    assert out.getvalue() == "A breaking report on the storm has reached the capital tonight\n"
    listed = {info.name: info for info in plugin_infos(registry.plugin_manager)}
    assert listed["shouting"].distribution is None
    assert set(listed["shouting"].hooks) == {"newsparse_vocabularies", "newsparse_extractors", "newsparse_exporters"}


def test_unknown_names_list_the_known_ones():
    registry = newsparse.default_registry()
    with pytest.raises(newsparse.UnknownNameError, match=r"unknown output format 'xml' \(known: .*jsonl"):
        registry.exporter("xml")
    with pytest.raises(newsparse.UnknownNameError, match="unknown input format 'nope'"):
        newsparse.parse("text", input_format="nope")


def test_exporter_names_clashing_break_the_later_plugin_only():
    class Twice:
        @hookimpl
        def newsparse_exporters(self, register):
            register(SummaryExporter())
            register(SummaryExporter())

    class TakesJsonl:
        @hookimpl
        def newsparse_exporters(self, register):
            register(_named_exporter("jsonl"))

    pm = make_plugin_manager()
    pm.register(Twice(), name="twice")
    pm.register(TakesJsonl(), name="takes-jsonl")
    with pytest.warns(newsparse.PluginWarning) as caught:
        registry = Registry(pm)
    assert "more than one exporter named 'summaries'" in registry.broken["twice"].message
    assert "exporter 'jsonl', a name plugin 'exporters' already uses" in registry.broken["takes-jsonl"].message
    assert {(w.message.plugin, w.message.hook) for w in caught} == {
        ("twice", "newsparse_exporters"),
        ("takes-jsonl", "newsparse_exporters"),
    }
    assert "summaries" not in registry.exporters
    assert registry.plugin_of("exporter", "jsonl") == "exporters"


def _named_exporter(name: str) -> SummaryExporter:
    exporter = SummaryExporter()
    exporter.name = name
    return exporter


def test_json_and_jsonl_exporters_agree():
    page = newsparse.parse("Lawmakers have approved a new tax on imported luxury cars today\n\nIt passed.\n")
    registry = newsparse.default_registry()
    lines, array = io.StringIO(), io.StringIO()
    registry.exporter("jsonl").export([page, page], lines)
    registry.exporter("json").export([page, page], array)
    pages = json.loads(array.getvalue())
    assert [(p["source"], p["format"], p["period"]) for p in pages] == [(None, "digest", None)] * 2
    expected = [{**a, "format": p["format"], "period": p["period"]} for p in pages for a in p["articles"]]
    assert [json.loads(line) for line in lines.getvalue().splitlines()] == expected
    empty = io.StringIO()
    registry.exporter("json").export([], empty)
    assert json.loads(empty.getvalue()) == []
