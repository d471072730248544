"""The page probe every splitter's ``fit`` shares, and the cheap checks that keep detection fast
without changing what it finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.page import chrome
from newsparse.page.chrome import PageChrome, is_name
from newsparse.page.dates import find_date
from newsparse import Page, Registry, hookimpl, parse
from newsparse.bands import SIGNED
from newsparse.hooks.host import make_plugin_manager
from newsparse.page.probe import PROBE_CHARS, PageProbe, read_lines
from newsparse.page.lines import word_count
from newsparse.page.text import EDGE_SPACE, collapse, content_lines, passage
from newsparse_article import Outlet

PAGE = (
    "World | Business | Sport\n"
    "\n"
    "Ferry Service Resumes After Storm Repairs\n"
    "By Jane Doe | March 3, 2026\n"
    "\n"
    "The harbour ferry ran again on Tuesday after two weeks of repairs to its landing stage.\n"
)


def test_the_probe_holds_the_top_lines_and_their_kinds():
    probe = PageProbe(PAGE)
    assert list(probe.text_lines) == content_lines(PAGE, 0, PROBE_CHARS)
    assert probe.clean_lines == tuple(line.clean for line in probe.text_lines)
    kit = PageChrome.from_vocabulary()
    assert list(probe.lines(kit)) == read_lines(PAGE, kit)
    assert probe.lines(kit) is probe.lines(kit)  # the kinds are given once per chrome


def test_a_long_page_is_split_from_all_its_lines_not_only_the_probed_ones():
    tail = "The ferry will run twice a day.\n"
    text = PAGE + "x" * PROBE_CHARS + "\n" + tail
    probe = PageProbe(text)
    kit = PageChrome.from_vocabulary()
    assert probe.text_lines[-1].clean != tail.strip()
    assert probe.page_text_lines()[-1].clean == tail.strip()
    assert probe.page_lines(kit)[-1].clean == tail.strip()


def test_detection_hands_every_splitter_one_probe():
    seen = []

    class Spy:
        name = "spy"
        description = "records the probes it is handed"

        def fit(self, probe):
            seen.append(probe)
            return SIGNED

        def split(self, probe):
            seen.append(probe)
            return Page(articles=[], format=self.name)

    class SpyPlugin:
        @hookimpl
        def newsparse_splitters(self, register):
            register(Spy())

    manager = make_plugin_manager()
    manager.register(SpyPlugin(), "spy")
    registry = Registry(manager)
    parse(PAGE, registry=registry)
    parse(PAGE, input_format="spy", registry=registry)
    assert len(seen) == 3 and all(isinstance(p, PageProbe) and p.text == PAGE for p in seen)
    assert seen[0] is seen[1]  # detection's probe is handed on to split
    assert seen[2] is not seen[0]  # one probe per page parsed, none kept between pages


def test_outlet_signatures_anchored_or_not_are_each_searched_as_written():
    outlet = Outlet(
        name="harbour",
        description="Harbour Post pages",
        signatures=(r"^HARBOUR CITY \(HP\) —", r"\| Harbour Post\Z", r"^Harbour Post staff|Photo: HP"),
    )
    assert len(outlet.signatures) == 2  # the patterns that open with ^, the others
    assert outlet.is_signed(["Pier Reopens | Harbour Post"])
    assert outlet.is_signed(["HARBOUR CITY (HP) — The pier reopened on Monday."])
    assert not outlet.is_signed(["Readers wrote: HARBOUR CITY (HP) — a dateline mid-line"])
    # A pattern opening with ^ keeps its unanchored branch: it is still searched everywhere.
    assert outlet.is_signed(["The pier at dawn. Photo: HP"])
    assert not outlet.is_signed(["Pier Reopens | Harbour Post today", "harbour post staff"])


_SEPARATORS = {
    "_SEGMENTS": r"\s*\|\s*|\s+[–—/-]\s+|\s*[•·]\s*",
    "_NAME_PARTS": r"\s*[|/,•·]\s*|\s+[–—-]\s+",
    "_MENU_SEPARATORS": r"\s*[|•·]\s*|\s+/\s+",
}


@given(st.text(alphabet=" \t\u00a0|•·–—-/,ab", max_size=16), st.sampled_from(sorted(_SEPARATORS)))
def test_chrome_separators_split_as_their_plain_regexes(text, name):
    plain = re.compile(_SEPARATORS[name])
    separators = getattr(chrome, name)
    assert separators.split(text) == plain.split(text)
    assert separators.split(text, 1) == plain.split(text, maxsplit=1)


@given(st.text(alphabet=" 12ap.mAPM\tx", max_size=14))
def test_a_closing_clock_time_is_found_in_the_last_characters(line):
    closing = re.compile(r"\d\s?[ap]\.m\.\Z", re.IGNORECASE)
    found = chrome._MERIDIEM_END.search(line[-chrome._MERIDIEM_CHARS :]) is not None
    assert found == (closing.search(line) is not None)


@given(st.text(alphabet="0123456789 ./-:,MayJunesptOcbr", max_size=30))
def test_a_date_is_found_only_where_a_year_is_printed(line):
    if re.search(r"\d{4}", line) is None:
        assert find_date(line) is None


def test_dates_are_still_found_beside_their_year():
    assert find_date("Filed on 4 June 2026, 09:30").value.year == 2026
    assert find_date("Filed on 4 June 26") is None


@given(st.text(alphabet=" \tab\u00a0", max_size=40), st.integers(min_value=0, max_value=8))
def test_word_count_stops_past_its_bound(line, most):
    assert word_count(line, most) == min(word_count(line), most + 1)


def test_a_long_line_is_no_name():
    assert is_name("Jane Doe")
    assert not is_name("Jane Doe Smith Brown Green")
    assert not is_name("Jane")


@given(st.text(alphabet=" a\u00a0\u200b\n", max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_a_passage_is_its_text_trimmed_and_collapsed(text, start, end):
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip(EDGE_SPACE))
    trail = len(chunk) - len(chunk.rstrip(EDGE_SPACE))
    span = (start + lead, max(start + lead, end - trail))
    found = passage(text, start, end)
    assert (found.span.start, found.span.end) == span
    assert found.text == collapse(text[span[0] : span[1]])
