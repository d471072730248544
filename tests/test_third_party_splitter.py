"""A third-party outlet splitter written on the page kit: configuration plus a ``fit`` over the probe.

It inherits the page kit's reading: chrome removal, dates, related links and
republication notes, checked here on a page written for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
import inspect
import sys

from newsparse import Vocabulary, detect_format, hookimpl, parse
from newsparse.bands import NONE, SIGNED
from newsparse import LayoutSplitter, LineKind, PageChrome, PageProbe, Registry, chrome_with, make_plugin_manager

# --- the plugin, as a third party writes it ---------------------------------------------------------


class HarbourPostSplitter(LayoutSplitter):
    """Harbour Post pages: a ``HARBOUR POST`` masthead above one article."""

    name = "harbourpost"
    description = "Harbour Post pages: a HARBOUR POST masthead, then one article"

    def fit(self, probe: PageProbe) -> float:
        return SIGNED if "HARBOUR POST" in probe.clean_lines[:3] else NONE


class HarbourPostPlugin:
    @hookimpl
    def newsparse_splitters(self, register: Callable[[HarbourPostSplitter], None], vocabulary: Vocabulary) -> None:
        register(HarbourPostSplitter(chrome_with(vocabulary, {"chrome_lines": ["tide tables for the week ahead"]})))


# --- the tests -------------------------------------------------------------------------------------

PAGE = """HARBOUR POST
News | Sport | Weather

Ferry timetable changes for the winter season

Crossings will run less often from November, the operator says

By Ada Brunel | 4 March 2026

The harbour ferry will sail every two hours from November, its operator announced on Monday.

READ MORE: New pier opens to visitors – Coast Times

Tide tables for the week ahead

Passengers asked for an earlier morning crossing, and the operator agreed to add one.

Read more
A crowd waits on the quay at dawn
Lighthouse keepers return after forty years

This article was first published in the Coast Times, and is reprinted with permission.
"""


def _registry() -> Registry:
    manager = make_plugin_manager()
    manager.register(HarbourPostPlugin(), "harbourpost")
    return Registry(manager)


def test_the_plugin_is_under_thirty_lines():
    module = sys.modules[__name__]
    source = inspect.getsource(module)
    plugin = source.split("# --- the plugin", 1)[1].split("# --- the tests", 1)[0]
    assert len([line for line in plugin.splitlines()[1:] if line.strip()]) < 30


def test_detection_picks_the_outlet_by_its_signature():
    registry = _registry()
    assert detect_format(PAGE, registry).name == "harbourpost"
    assert detect_format(PAGE.replace("HARBOUR POST", "VALLEY NEWS"), registry).name != "harbourpost"


def test_the_outlet_inherits_chrome_removal_and_the_article_layout():
    page = parse(PAGE, registry=_registry())
    assert page.format == "harbourpost"
    (article,) = page.articles
    assert article.headline.text == "Ferry timetable changes for the winter season"
    assert article.summary.text == "Crossings will run less often from November, the operator says"
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "The harbour ferry will sail every two hours from November, its operator announced on Monday.",
        "Passengers asked for an earlier morning crossing, and the operator agreed to add one.",
    ]
    assert not any(word in t for t in [article.headline.text, *texts] for word in ("HARBOUR", "Sport", "Tide"))


def test_the_outlet_inherits_dates_related_links_and_republication_notes():
    (article,) = parse(PAGE, registry=_registry()).articles
    assert article.published == dt.date(2026, 3, 4)
    assert [(r.headline, r.caption, r.attribution) for r in article.related] == [
        ("New pier opens to visitors – Coast Times", None, "Coast Times"),
        ("Lighthouse keepers return after forty years", "A crowd waits on the quay at dawn", None),
    ]
    assert article.republished_from == "Coast Times"
    for link in article.related:
        assert link.headline in PAGE[link.span.start : link.span.end]


def test_the_outlets_own_chrome_words_hold_on_its_pages_only():
    probe = PageProbe(PAGE)
    outlet = _registry().splitter("harbourpost")
    assert isinstance(outlet, HarbourPostSplitter)
    tides = next(i for i, clean in enumerate(probe.clean_lines) if clean.startswith("Tide tables"))
    assert probe.lines(outlet.chrome)[tides].kind is LineKind.CHROME
    assert probe.lines(PageChrome.from_vocabulary())[tides].kind is LineKind.TEXT
