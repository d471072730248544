"""Plugin faults: a plugin that raises or returns something malformed is named, and the rest still works."""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
import textwrap
import warnings
from importlib.metadata import EntryPoint

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Figure, Page, PluginError, PluginWarning, Quote, Span, hookimpl
from newsparse.hooks import host as plugins_module
from newsparse.cli.main import EXIT_OK, main
from newsparse.hooks.protocols import fit_problem
from newsparse.hooks.host import Registry, make_plugin_manager
from newsparse.page.probe import PageProbe
from newsparse.hooks.vocabulary import AS_PRINTED, WORDS, Declaration

from .test_properties import PAGES

PAGE = """Month: April 2024

Ferry crews have walked out over new rosters, their union has said

Crews on the island routes stopped work at dawn, stranding "hundreds of travellers" at the quay.

The operator said 40 sailings were cancelled.

City libraries will open on Sundays from May, the mayor has announced

The change will cost $2 million a year, officials said.
"""


def _registry(*plugins: object) -> Registry:
    pm = make_plugin_manager()
    for plugin in plugins:
        pm.register(plugin, name=type(plugin).__name__.lower())
    return Registry(pm)


def _plugin_warnings(caught: pytest.WarningsRecorder) -> set[tuple[str, str]]:
    return {(w.message.plugin, w.message.hook) for w in caught if isinstance(w.message, PluginWarning)}


# -- hooks that raise or return rubbish when the registry is made ------------------


class ParrotExtractor:
    """Adds one term quote per passage that says ``travellers``: a well-behaved third-party extractor."""

    def __init__(self, name: str = "parrot"):
        self.name = name

    def extract(self, article: Article, text: str) -> Article:
        found = []
        for passage in article.passages():
            at = text.find("travellers", passage.span.start, passage.span.end)
            if at >= 0:
                found.append(Quote("travellers", Span(at, at + len("travellers")), "term"))
        return attrs.evolve(article, quotes=article.quotes + tuple(found))


def _after(after: object) -> ParrotExtractor:
    """A parrot that says it runs after ``after``."""
    parrot = ParrotExtractor("late-parrot")
    parrot.after = after  # type: ignore[attr-defined]
    return parrot


def _declared(name: str) -> Declaration:
    return Declaration(name, WORDS, "A name someone else declares.", AS_PRINTED, ["x"])


def _failing_in(hook: str) -> object:
    """A plugin with a working extractor whose ``hook`` raises."""

    def fail(*_args: object) -> None:
        raise RuntimeError(f"{hook} is out of order\nsecond line")

    class Faulty:
        @hookimpl
        def newsparse_vocabularies(self, register):
            register(Declaration("faulty_words", WORDS, "Words of the faulty plugin.", AS_PRINTED, ["x"]))
            if hook == "newsparse_vocabularies":
                fail()

        @hookimpl
        def newsparse_vocabulary(self):
            return fail() if hook == "newsparse_vocabulary" else {"faulty_words": ["y"]}

        @hookimpl
        def newsparse_splitters(self, register, vocabulary):
            if hook == "newsparse_splitters":
                fail()

        @hookimpl
        def newsparse_extractors(self, register, vocabulary):
            register(ParrotExtractor())
            if hook == "newsparse_extractors":
                fail()

        @hookimpl
        def newsparse_exporters(self, register):
            if hook == "newsparse_exporters":
                fail()

    return Faulty()


@pytest.mark.parametrize(
    "hook",
    ["newsparse_vocabularies", "newsparse_vocabulary", "newsparse_splitters", "newsparse_extractors", "newsparse_exporters"],
)
def test_a_hook_that_raises_breaks_its_plugin_only(hook):
    with pytest.warns(PluginWarning) as caught:
        registry = _registry(_failing_in(hook))
    assert _plugin_warnings(caught) == {("faulty", hook)}
    error = registry.broken["faulty"]
    assert isinstance(error, PluginError)
    assert (error.plugin, error.hook) == ("faulty", hook)
    assert error.message == f"raised RuntimeError: {hook} is out of order"
    assert "parrot" not in registry.extractors  # nothing a broken plugin provides is used
    page = newsparse.parse(PAGE, registry=registry)
    assert [len(article.figures) for article in page] == [2, 1]


@pytest.mark.parametrize(
    ("hook", "returned", "problem"),
    [
        ("newsparse_exporters", 5, "returned int: call register\\(exporter\\) for each exporter instead"),
        ("newsparse_extractors", [object()], "registered extractor <object object at 0x[0-9a-f]+> without a name"),
        ("newsparse_splitters", [ParrotExtractor("half")], "registered splitter 'half' without a fit method"),
        ("newsparse_extractors", [_after(("quotes", 3))], "whose after holds .*, not only names"),
        ("newsparse_extractors", [_after("quotes")], "whose after is 'quotes', not a tuple of names"),
        ("newsparse_vocabularies", [{"name": "x"}], "registered {'name': 'x'}, not a Declaration"),
        ("newsparse_vocabularies", [_declared("speech_verbs")], "'speech_verbs', a name plugin 'quotes' already uses"),
        ("newsparse_vocabularies", [_declared("site_names")], "'site_names', a name plugin '\\(core\\)' already uses"),
        ("newsparse_vocabulary", {"speech_verbs": "harrumphed"}, "'speech_verbs': entries to add are str"),
        ("newsparse_vocabulary", {"speech_verbs": 7}, "returned a malformed vocabulary"),
        ("newsparse_vocabulary", {"currency_words": ["zloty"]}, "is a table: entries to add must be a mapping"),
        ("newsparse_vocabulary", {"speech_verb": ["harrumphed"]}, "'speech_verb' is a vocabulary no plugin declares"),
        ("newsparse_vocabulary", ["speech_verbs"], "list is not a mapping"),
    ],
)
def test_a_hook_that_returns_rubbish_breaks_its_plugin_only(hook, returned, problem):
    class Rubbish:
        pass

    def registering(self, register, vocabulary=None):
        for item in returned:
            register(item)

    registers = hook != "newsparse_vocabulary" and isinstance(returned, list)
    setattr(Rubbish, hook, hookimpl(registering if registers else (lambda self: returned)))
    with pytest.warns(PluginWarning, match=problem):
        registry = _registry(Rubbish())
    assert registry.broken["rubbish"].hook == hook
    assert newsparse.parse(PAGE, registry=registry)[1].figures[0].value == 2e6


def test_broken_plugin_loses_what_its_earlier_hooks_gave():
    class LateFault:
        @hookimpl
        def newsparse_extractors(self, register):
            register(ParrotExtractor())

        @hookimpl
        def newsparse_exporters(self):
            raise KeyError("nope")

    with pytest.warns(PluginWarning):
        registry = _registry(LateFault())
    assert registry.broken["latefault"].hook == "newsparse_exporters"
    assert list(registry.extractors) == ["figures", "quotes"]


# -- splitters that fail on a document ---------------------------------------------


@attrs.define
class StubSplitter:
    """A splitter whose ``fit`` and ``split`` answers are given."""

    name: str
    fit_result: object = 0.0
    page: object = None

    description = "a splitter for the tests"

    def fit(self, probe: PageProbe) -> object:
        if isinstance(self.fit_result, Exception):
            raise self.fit_result
        return self.fit_result

    def split(self, probe: PageProbe) -> object:
        if isinstance(self.page, Exception):
            raise self.page
        return self.page


class Splitters:
    def __init__(self, *splitters: StubSplitter):
        self.splitters = splitters

    @hookimpl
    def newsparse_splitters(self, register):
        for splitter in self.splitters:
            register(splitter)


@pytest.mark.parametrize(
    "fit", [math.nan, math.inf, -math.inf, -1, 2, 10**400, "0.9", None, True, ZeroDivisionError("x")]
)
def test_a_fit_that_raises_or_is_no_fraction_is_ignored(fit):
    registry = _registry(Splitters(StubSplitter("greedy", fit)))
    with pytest.warns(PluginWarning) as caught:
        chosen = newsparse.detect_format(PAGE, registry)
    assert chosen.name == "digest"
    assert _plugin_warnings(caught) == {("splitters", "fit")}
    assert "'greedy'" in str(caught[0].message)


@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers())
def test_only_finite_fits_from_0_to_1_are_taken(fit):
    assert (fit_problem(fit) is None) == (0 <= fit <= 1)  # NaN compares false


def test_a_fit_of_one_is_taken():
    registry = _registry(Splitters(StubSplitter("sure", 1)))
    assert newsparse.detect_format(PAGE, registry).name == "sure"


def test_a_split_that_raises_is_a_plugin_error():
    registry = _registry(Splitters(StubSplitter("crashing", 0.0, ValueError("bad table"))))
    with pytest.raises(PluginError) as caught:
        newsparse.parse(PAGE, input_format="crashing", registry=registry)
    assert (caught.value.plugin, caught.value.hook) == ("splitters", "split")
    assert "'crashing': raised ValueError: bad table" in caught.value.message
    assert isinstance(caught.value.__cause__, ValueError)


def test_a_split_that_returns_no_page_is_a_plugin_error():
    registry = _registry(Splitters(StubSplitter("listy", 0.0, [])))
    with pytest.raises(PluginError, match="returned list, not a Page"):
        newsparse.parse(PAGE, input_format="listy", registry=registry)


def test_split_articles_that_break_the_span_rules_are_dropped():
    good = Article(span=Span(0, 16), headline=newsparse.Passage("Month: April", Span(0, 12)))
    outside = Article(span=Span(0, len(PAGE) + 5))
    misquoted = Article(span=Span(0, 16), headline=newsparse.Passage("Month: May", Span(0, 12)))
    page = Page(articles=[good, outside, misquoted], format="stub")
    registry = _registry(Splitters(StubSplitter("stub", 0.0, page)))
    with pytest.warns(PluginWarning) as caught:
        parsed = newsparse.parse(PAGE, input_format="stub", registry=registry)
    assert [a.headline.text for a in parsed] == ["Month: April"]
    assert _plugin_warnings(caught) == {("splitters", "split")}
    assert len(caught) == 2


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_built_in_plugins_keep_the_rules_the_checks_enforce(text):
    """The checks never drop what the built-in splitters and extractors find."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", PluginWarning)
        newsparse.parse(text)


# -- extractors that fail on an article ----------------------------------------------


class Extractors:
    def __init__(self, *extractors: object):
        self.extractors = extractors

    @hookimpl
    def newsparse_extractors(self, register):
        for extractor in self.extractors:
            register(extractor)


@attrs.define
class AddingExtractor:
    """Adds the quote or figure that ``make(article, text)`` gives, or raises what it raises."""

    name: str
    make: object

    def extract(self, article: Article, text: str) -> Article:
        found = self.make(article, text)
        if isinstance(found, Figure):
            return attrs.evolve(article, figures=(*article.figures, found))
        return attrs.evolve(article, quotes=(*article.quotes, found))


def _on_ferry_article(make):
    """``make`` on the first article of PAGE (about ferries); a right quote on the others."""

    def choose(article: Article, text: str):
        if "Ferry" in article.summary.text:
            return make(article, text)
        at = article.summary.span.start
        return Quote(text[at : at + 4], Span(at, at + 4), "term")

    return choose


def _raise(article, text):
    raise IndexError("no such word")


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (_raise, "raised IndexError: no such word"),
        (lambda a, t: Quote("walked out", Span(0, 10), "term"), "is not the text at 0:10"),
        (lambda a, t: Quote("x", Span(len(t), len(t) + 1), "term"), "is not inside the text"),
        (lambda a, t: Quote("Month", Span(0, 5), mention="Crews", mention_span=Span(0, 5)), "mention 'Crews'"),
        (lambda a, t: Quote("Month", Span(0, 5), mention="Crews"), "a mention without a span"),
        (lambda a, t: Figure("Month", Span(0, 5), math.nan), "value nan, not a finite number"),
        (lambda a, t: Figure("Month", Span(0, 5), 1.0, high=math.inf), "high inf, not a finite number"),
        (lambda a, t: Figure("Month", Span(0, 5), "5"), "value '5', not a finite number"),
        (lambda a, t: attrs.evolve(a.summary, text="changed"), "returned a malformed article"),
    ],
)
def test_an_extractor_that_fails_loses_its_results_for_that_article_only(make, problem):
    registry = _registry(Extractors(AddingExtractor("shaky", _on_ferry_article(make))))
    with pytest.warns(PluginWarning, match=problem) as caught:
        ferries, libraries = newsparse.parse(PAGE, registry=registry)
    assert _plugin_warnings(caught) == {("extractors", "extract")}
    assert [w.message.message for w in caught][0].startswith("extractor 'shaky': ")
    assert [q.text for q in ferries.quotes] == ["hundreds of travellers"]  # built-in quotes stay
    assert [f.text for f in ferries.figures] == ["hundreds", "40"]
    assert [q.text for q in libraries.quotes] == ["City"]  # the other article keeps the plugin's results
    assert [f.value for f in libraries.figures] == [2e6]


def test_an_extractor_that_returns_no_article_is_dropped():
    class Forgetful:
        name = "forgetful"

        def extract(self, article, text):
            return None

    with pytest.warns(PluginWarning, match="returned NoneType, not an Article"):
        page = newsparse.parse(PAGE, registry=_registry(Extractors(Forgetful())))
    assert len(page) == 2


# -- no NaN reaches the output ------------------------------------------------------


@pytest.mark.parametrize("exporter", ["jsonl", "json"])
def test_a_nan_cannot_reach_the_json_output(exporter):
    def make(article, text):
        at = article.span.start
        return Figure(text[at : at + 5], Span(at, at + 5), math.nan)

    nan_figure = AddingExtractor("nan", make)
    registry = _registry(Extractors(nan_figure))
    with pytest.warns(PluginWarning, match="value nan"):
        page = newsparse.parse(PAGE, registry=registry)
    out = io.StringIO()
    registry.exporter(exporter).export([page], out)
    assert "NaN" not in out.getvalue()
    json.loads(out.getvalue().splitlines()[0] if exporter == "jsonl" else out.getvalue())
    # An article made by hand with a NaN is refused rather than written as invalid JSON.
    bad = attrs.evolve(page[0], figures=[Figure("Month", Span(0, 5), math.nan)])
    with pytest.raises(ValueError, match="Out of range float"):
        registry.exporter(exporter).export([attrs.evolve(page, articles=[bad])], io.StringIO())


# -- extractor order ---------------------------------------------------------------------


class Replacer:
    """Replaces the article's quotes with one quote of its first word: order matters."""

    name = "replacer"

    def extract(self, article, text):
        at = article.summary.span.start
        return attrs.evolve(article, quotes=[Quote(text[at : at + 4], Span(at, at + 4), "term")])


class ReplacingPlugin:
    @hookimpl
    def newsparse_extractors(self, register):
        register(Replacer())


class ParrotPlugin:
    @hookimpl
    def newsparse_extractors(self, register):
        register(ParrotExtractor("a-parrot"))


PARROT_PLUGIN = ParrotPlugin()


def _registered_in(order: list[str]) -> Registry:
    made = {"parrot": ParrotPlugin, "replacing": ReplacingPlugin}
    pm = make_plugin_manager()
    for name in order:
        pm.register(made[name](), name=name)
    return Registry(pm)


def test_extractor_order_does_not_depend_on_registration_order():
    first, second = _registered_in(["parrot", "replacing"]), _registered_in(["replacing", "parrot"])
    assert list(first.extractors) == list(second.extractors) == ["figures", "quotes", "a-parrot", "replacer"]
    assert [a.to_dict() for a in newsparse.parse(PAGE, registry=first)] == [
        a.to_dict() for a in newsparse.parse(PAGE, registry=second)
    ]


def _entry_point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=plugins_module.ENTRY_POINT_GROUP)


def test_built_in_extractors_run_first_whatever_the_entry_point_order(monkeypatch):
    installed = list(plugins_module.entry_points(group=plugins_module.ENTRY_POINT_GROUP))
    third_party = _entry_point("aaa-parrot", f"{__name__}:PARROT_PLUGIN")
    orders = []
    for entries in ([third_party, *installed], [*installed, third_party]):
        monkeypatch.setattr(plugins_module, "entry_points", lambda group, entries=entries: entries)
        orders.append(list(Registry(make_plugin_manager()).extractors))
    assert orders[0] == orders[1] == ["figures", "quotes", "a-parrot"]


# -- listings with broken plugins ----------------------------------------------------------


@pytest.fixture
def fresh_default_registry():
    newsparse.default_registry.cache_clear()
    yield
    newsparse.default_registry.cache_clear()


def test_an_entry_point_that_fails_to_import_is_recorded(monkeypatch, fresh_default_registry, capsys):
    installed = list(plugins_module.entry_points(group=plugins_module.ENTRY_POINT_GROUP))
    missing = _entry_point("missing", "newsparse_no_such_module_for_tests")
    monkeypatch.setattr(plugins_module, "entry_points", lambda group: [missing, *installed])
    with pytest.warns(PluginWarning, match="ModuleNotFoundError"):
        pm = make_plugin_manager()
    assert pm.load_errors["missing"].hook == "import"
    assert newsparse.parse(PAGE, registry=Registry(pm))[0].figures
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the listings show the fault instead of warning of it
        assert main(["plugins", "--json"]) == EXIT_OK
        rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
        assert main(["formats"]) == EXIT_OK
        formats = capsys.readouterr().out
    assert rows["missing"]["broken"] is True
    assert rows["missing"]["error"].startswith("import: raised ModuleNotFoundError")
    assert rows["digest"]["broken"] is False and rows["digest"]["error"] is None
    assert "Broken plugins" in formats and "missing" in formats and "jsonl" in formats


def test_listings_show_broken_installed_plugins(tmp_path):
    """A real distribution on the path: one plugin fails at import, one in a hook."""
    dist = tmp_path / "faulty_plugins-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: faulty-plugins\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[newsparse]\ncrash-on-import = faulty_import_plugin\ncrash-in-hook = faulty_hook_plugin\n"
    )
    (tmp_path / "faulty_import_plugin.py").write_text("raise RuntimeError('cannot start')\n")
    (tmp_path / "faulty_hook_plugin.py").write_text(
        textwrap.dedent(
            """
            from newsparse import hookimpl

            @hookimpl
            def newsparse_exporters():
                raise LookupError('no printer')
            """
        )
    )
    env = {"PYTHONPATH": str(tmp_path), "PATH": ""}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "newsparse", *argv], capture_output=True, text=True, env=env)

    listed = run("plugins")
    assert listed.returncode == 0, listed.stderr
    lines = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert "faulty-plugins 1.0" in lines["crash-on-import"]
    assert "BROKEN import: raised RuntimeError: cannot start" in lines["crash-on-import"]
    assert "BROKEN newsparse_exporters: raised LookupError: no printer" in lines["crash-in-hook"]
    formats = run("formats")
    assert formats.returncode == 0, formats.stderr
    assert "crash-in-hook" in formats.stdout and "digest" in formats.stdout
