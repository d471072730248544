"""The plugin host: what each plugin registers, name clashes, extractor order, vocabularies through the hooks."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, PluginWarning, hookimpl
from newsparse.page.chrome import DEFAULT_VOCABULARY, LineKind, PageChrome
from newsparse.cli.main import EXIT_OK, EXIT_USAGE, main
from newsparse.hooks.host import Registry, extractor_order, make_plugin_manager
from newsparse.hooks.vocabulary import CASEFOLD, TABLE, WORDS, Declaration
from newsparse_cnn import CNN

PAGE = "Month: June 2024\n\nHarbour fees rise by a tenth\n\nThe harbour board said fees would rise in July.\n"


def _registry(**plugins: object) -> Registry:
    pm = make_plugin_manager()
    for name, plugin in plugins.items():
        pm.register(plugin, name=name)
    return Registry(pm)


@attrs.define
class Marker:
    """An extractor that records in ``runs`` that it ran, and leaves the article as it is."""

    name: str
    after: tuple[str, ...] = ()
    runs: list[str] = attrs.field(factory=list)

    def extract(self, article: Article, text: str) -> Article:
        self.runs.append(self.name)
        return article


class Extractors:
    def __init__(self, *extractors: object) -> None:
        self.extractors = extractors

    @hookimpl
    def newsparse_extractors(self, register):
        for extractor in self.extractors:
            register(extractor)


# -- what each plugin provides -----------------------------------------------------------------


def test_the_host_records_which_plugin_registered_what():
    registry = _registry(markers=Extractors(Marker("zeta"), Marker("alpha")))
    infos = {info.name: info for info in registry.plugin_infos()}
    assert dict(infos["markers"].provides) == {"extractor": ("alpha", "zeta")}
    assert dict(infos["quotes"].provides)["extractor"] == ("quotes",)
    assert "speech_verbs" in dict(infos["quotes"].provides)["vocabulary"]
    assert dict(infos["exporters"].provides) == {"exporter": ("csv", "json", "jsonl", "parquet", "sqlite")}
    assert registry.plugin_of("extractor", "alpha") == "markers"
    assert registry.plugin_of("vocabulary", "chrome_lines") == "(core)"
    assert registry.plugin_of("vocabulary", "currency_words") == "figures"


def test_plugins_command_lists_what_each_plugin_provides(capsys):
    registry = _registry(markers=Extractors(Marker("alpha")))
    assert main(["plugins"], registry=registry) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[out.index(next(line for line in out if line.startswith("markers "))) + 1].strip() == "extractors: alpha"
    assert "    exporters: csv, json, jsonl, parquet, sqlite" in out
    assert main(["plugins", "--json"], registry=registry) == EXIT_OK
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["markers"]["provides"] == {"extractors": ["alpha"]}
    assert rows["cnn"]["provides"] == {"splitters": ["cnn"]}


def test_a_name_clash_names_both_plugins():
    class Digest:
        @hookimpl
        def newsparse_splitters(self, register):
            register(_splitter("digest"))

    with pytest.warns(PluginWarning, match="plugin 'copycat', hook newsparse_splitters: .*'digest', a name plugin 'digest'"):
        registry = _registry(copycat=Digest())
    assert registry.plugin_of("splitter", "digest") == "digest"
    assert "copycat" in registry.broken


def _splitter(name: str) -> object:
    @attrs.define
    class Stub:
        name: str
        description: str = "a stub"

        def fit(self, text: str) -> float:
            return 0.0

        def split(self, text: str) -> newsparse.Page:
            return newsparse.Page(articles=[], format=self.name)

    return Stub(name)


# -- extractor order ---------------------------------------------------------------------------


def test_built_in_extractors_keep_their_order():
    assert list(newsparse.default_registry().extractors) == ["figures", "quotes"]


def test_after_puts_an_extractor_behind_the_ones_it_names():
    runs: list[str] = []
    early = Marker("aardvark", after=("quotes",), runs=runs)
    plain = Marker("beaver", runs=runs)
    late = Marker("cat", after=("aardvark",), runs=runs)
    registry = _registry(markers=Extractors(late, plain, early))
    assert list(registry.extractors) == ["figures", "quotes", "aardvark", "beaver", "cat"]
    first_before_figures = Marker("aaa-first", runs=runs)
    registry = _registry(markers=Extractors(first_before_figures))
    assert list(registry.extractors) == ["figures", "quotes", "aaa-first"]  # third-party after built-in by default
    newsparse.parse(PAGE, registry=_registry(markers=Extractors(late, plain, early)))
    assert runs == ["aardvark", "beaver", "cat"]


def test_a_cycle_of_after_breaks_the_plugin_that_closes_it():
    ring = Extractors(Marker("hen", after=("egg",)), Marker("egg", after=("hen",)))
    with pytest.warns(PluginWarning, match="closes a cycle of 'after' among egg, hen"):
        registry = _registry(ring=ring, fine=Extractors(Marker("fine")))
    assert registry.broken["ring"].hook == "newsparse_extractors"
    assert list(registry.extractors) == ["figures", "quotes", "fine"]


def test_only_the_cycle_is_broken_not_an_extractor_waiting_on_it():
    ring = Extractors(Marker("hen", after=("egg",)), Marker("egg", after=("hen",)))
    with pytest.warns(PluginWarning) as caught:
        registry = _registry(ring=ring, waiter=Extractors(Marker("chick", after=("hen", "quotes"))))
    assert set(registry.broken) == {"ring"}
    assert list(registry.extractors) == ["figures", "quotes", "chick"]
    assert "'chick' runs after 'hen', which no working plugin provides" in str(caught[-1].message)


def test_an_extractor_after_itself_breaks_its_plugin():
    with pytest.warns(PluginWarning, match="'zz' closes a cycle of 'after' among zz"):
        registry = _registry(loop=Extractors(Marker("zz", after=("zz",))))
    assert "loop" in registry.broken


def test_an_unknown_name_in_after_is_ignored_with_a_warning():
    with pytest.warns(PluginWarning, match="runs after 'sentiment', which no working plugin provides; ignored"):
        registry = _registry(markers=Extractors(Marker("tone", after=("sentiment", "quotes"))))
    assert not registry.broken
    assert list(registry.extractors) == ["figures", "quotes", "tone"]


@given(st.dictionaries(st.sampled_from("abcdef"), st.frozensets(st.sampled_from("abcdef")), min_size=1))
def test_extractor_order_respects_every_after_or_leaves_the_cycle_out(graph):
    after = {name: before & set(graph) for name, before in graph.items()}
    rank = {name: (False, name) for name in after}
    order, stuck = extractor_order(after, rank)
    assert set(order) | stuck == set(after) and not set(order) & stuck
    position = {name: i for i, name in enumerate(order)}
    for name in order:
        assert all(position[before] < position[name] for before in after[name])
    assert all(after[name] for name in stuck)  # only extractors that wait on others can be left out


# -- vocabularies through the hooks ------------------------------------------------------------


class Harbour:
    """Declares a word list and a table, and changes others' vocabularies."""

    @hookimpl
    def newsparse_vocabularies(self, register):
        register(Declaration("harbour_words", WORDS, "Words of harbour news.", CASEFOLD, ["Quay", "Pier"]))
        register(Declaration("harbour_fees", TABLE, "Fees by berth.", CASEFOLD, {"North": 5}))

    @hookimpl
    def newsparse_vocabulary(self):
        return {
            "harbour_words": {"add": ["Slipway"], "remove": ["pier"]},
            "speech_verbs": ["Harrumphed"],
            "chrome_lines": {"remove": ["Exclusive"]},
            "currency_words": {"add": {"doubloon": "XDB"}, "remove": ["zloty"]},
        }


class LaterHarbour:
    @hookimpl
    def newsparse_vocabulary(self):
        return {"harbour_fees": {"north": 7}}


def test_plugins_declare_and_change_vocabularies():
    vocabulary = _registry(harbour=Harbour(), later=LaterHarbour()).vocabulary
    assert vocabulary["harbour_words"] == {"quay", "slipway"}
    assert dict(vocabulary["harbour_fees"]) == {"north": 7}  # the later plugin's value wins
    assert "harrumphed" in vocabulary["speech_verbs"]
    assert "exclusive" not in vocabulary["chrome_lines"] and "exclusive" in DEFAULT_VOCABULARY["chrome_lines"]
    assert vocabulary["currency_words"]["doubloon"] == "XDB" and "zloty" not in vocabulary["currency_words"]


def test_a_removed_chrome_line_reaches_the_page_kit():
    class KeepExclusive:
        @hookimpl
        def newsparse_vocabulary(self):
            return {"chrome_lines": {"remove": ["EXCLUSIVE"]}}  # casefolded as chrome_lines declares

    changed = PageChrome.from_vocabulary(_registry(keep=KeepExclusive()).vocabulary)
    assert PageChrome.from_vocabulary().kind("Exclusive")[0] is LineKind.CHROME
    assert changed.kind("Exclusive")[0] is LineKind.TEXT
    assert changed.kind("Reprints")[0] is LineKind.CHROME


def test_a_change_to_an_undeclared_vocabulary_breaks_the_plugin():
    class Misspelt:
        @hookimpl
        def newsparse_vocabulary(self):
            return {"speech_verb": ["harrumphed"]}

    with pytest.warns(PluginWarning, match="'speech_verb' is a vocabulary no plugin declares"):
        registry = _registry(misspelt=Misspelt())
    assert registry.broken["misspelt"].hook == "newsparse_vocabulary"
    with pytest.raises(newsparse.UnknownNameError, match="known: .*speech_verbs"):
        registry.vocabulary["speech_verb"]


def test_a_declaration_clash_names_both_plugins():
    class Again:
        @hookimpl
        def newsparse_vocabularies(self, register):
            register(Declaration("harbour_words", WORDS, "Mine.", CASEFOLD))

    with pytest.warns(PluginWarning, match="plugin 'zz-again', .*'harbour_words', a name plugin 'harbour' already uses"):
        registry = _registry(harbour=Harbour(), **{"zz-again": Again()})
    assert registry.plugin_of("vocabulary", "harbour_words") == "harbour"


def test_outlet_words_come_from_their_outlets_plugins():
    core = {name: frozenset(words) for name, words in DEFAULT_VOCABULARY.items()}
    for word in ("rt", "tass", "bbc", "ap news"):
        assert word not in core["site_names"]
    assert "follow rt on" not in core["chrome_prefixes"] and "cnn" not in core["chrome_lines"]
    assert "ap" in core["chrome_lines"]  # a bare wire name stays in core
    vocabulary = newsparse.default_registry().vocabulary
    assert {"rt", "tass", "bbc", "ap news"} <= vocabulary["site_names"]
    assert "follow rt on" in vocabulary["chrome_prefixes"] and "cnn" in vocabulary["chrome_lines"]
    pm = make_plugin_manager()
    pm.set_blocked("rtcom")
    without_rt = Registry(pm).vocabulary
    assert "tass" not in without_rt["site_names"] and "bbc" in without_rt["site_names"]
    assert CNN.chrome().kind("CNN")[0] is LineKind.CHROME  # an outlet's own splitter has its shared words too
    assert PageChrome.from_vocabulary().kind("CNN")[0] is not LineKind.CHROME


def test_vocabulary_command_lists_declarations_and_entries(capsys):
    assert main(["vocabulary"]) == EXIT_OK
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert rows["speech_verbs"].split()[1:4] == ["words", "lower", "quotes"]
    assert "(core)" in rows["chrome_lines"] and "casefold" in rows["chrome_lines"]
    assert main(["vocabulary", "currency_symbols"]) == EXIT_OK
    assert "$\tUSD" in capsys.readouterr().out.splitlines()
    assert main(["vocabulary", "speech_verb"]) == EXIT_USAGE
    assert "unknown vocabulary 'speech_verb' (known:" in capsys.readouterr().err


def test_hook_implementations_are_found_as_pluggy_finds_them():
    """The plugin manager's faster look-up of a module's names answers as pluggy's own for every name."""
    import types

    import pluggy

    pm = make_plugin_manager()
    plain = pluggy.PluginManager("newsparse")
    module = types.ModuleType("handmade")
    exec(
        "from newsparse import hookimpl\n"
        "import json\n"
        "LIMIT = 3\n"
        "@hookimpl(specname='newsparse_exporters')\n"
        "def exporters(register): pass\n"
        "def newsparse_splitters(register): pass\n"  # not marked: no hook
        "class Holder:\n"
        "    pass\n"
        "helper = staticmethod(exporters)\n",
        vars(module),
    )
    plugins = [plugin for _, plugin in pm.list_name_plugin()] + [module]
    for plugin in plugins:
        for name in dir(plugin):
            assert pm.parse_hookimpl_opts(plugin, name) == plain.parse_hookimpl_opts(plugin, name), (plugin, name)
    assert pm.parse_hookimpl_opts(module, "exporters")["specname"] == "newsparse_exporters"
    assert pm.parse_hookimpl_opts(module, "newsparse_splitters") is None
