"""The annotated view: HTML structure, escaping of hostile pages, a real browser, the terminal view, the CLI."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Article, Figure, Quote, Span
from newsparse.cli.main import EXIT_INPUT, EXIT_OK, main
from newsparse.outputs.terminal_view import show_in_terminal

PAGE = (
    "Month: June 2024\n\n"
    "Ferry crews have agreed a new pay deal, their union has said\n\n"
    "“The deal is fair,” said Mara Quist, the union's head. Fares will rise by €2.50 from July.\n\n"
    "“It's a start,” Tom Reyes said, adding that 300 crew members voted.\n"
)
HOSTILE = (
    "Month: June 2024\n\n"
    "Hackers have planted <script>console.error('INJECTED')</script> in a page, police have said\n\n"
    "“<img src=x onerror=console.error('INJECTED')>,” said <b>Eve</b>. "
    "A link to javascript:console.error('INJECTED') cost $5.\n"
)
#: A speaker name that would close its attribute and open a script, were it not escaped.
HOSTILE_SPEAKER = "\"><script>console.error('INJECTED')</script><b onmouseover=\"console.error('INJECTED')"


def _hostile_page(text: str) -> newsparse.Page:
    """``text`` parsed, its first quote credited to :data:`HOSTILE_SPEAKER` and given a hostile rule."""
    page = newsparse.parse(text, "<script>console.error('INJECTED')</script>.txt")
    first = page[0]
    quote = attrs.evolve(first.quotes[0], speaker=HOSTILE_SPEAKER, rule="<i>rule</i>", cue="said")
    return attrs.evolve(page, articles=[attrs.evolve(first, quotes=(quote, *first.quotes[1:])), *page.articles[1:]])


class _Parsed(HTMLParser):
    """The marks, scripts and attributes of a rendered view, and the text of its text panel."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str | None]] = []
        self.scripts: list[dict[str, str | None]] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.open: list[str] = []  # the elements open at this point, outermost first
        self._depth = 0  # inside the text panel: how many elements deep

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.attributes += attrs
        if tag not in ("meta", "br"):
            self.open.append(tag)
        if tag == "mark":
            self.marks.append(found)
        if tag == "script":
            self.scripts.append(found)
        if self._depth or found.get("class") == "text":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"</{tag}> closes no open <{tag}>"
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text.append(data)


def _view(text: str, source: str = "page.txt") -> tuple[newsparse.Page, _Parsed, str]:
    page = newsparse.parse(text, source)
    rendered = newsparse.render_html(page, text)
    parsed = _Parsed()
    parsed.feed(rendered)
    return page, parsed, rendered


def _classes(mark: dict[str, str | None]) -> list[str]:
    return (mark.get("class") or "").split()


@pytest.mark.parametrize("name", ["own", "rt-2025-11-page46.txt"])
def test_every_quote_and_figure_is_an_element_carrying_its_data(name, shared_dir):
    text = PAGE if name == "own" else (shared_dir / "corpus" / name).read_text(encoding="utf-8")
    page, parsed, _ = _view(text)
    quotes = [m for m in parsed.marks if "quote" in _classes(m)]
    figures = [m for m in parsed.marks if "figure" in _classes(m)]
    want_quotes = [q for a in page for q in a.quotes]
    want_figures = [f for a in page for f in a.figures]
    assert want_quotes and want_figures
    assert [(m.get("data-speaker"), m["data-kind"]) for m in quotes] == [(q.speaker, q.kind) for q in want_quotes]
    assert [m["data-kind"] for m in figures] == [f.kind for f in want_figures]
    assert [m.get("data-currency") for m in figures] == [f.currency for f in want_figures]
    assert all("kind: " in (m["title"] or "") for m in quotes + figures)  # shown on hover
    assert "".join(parsed.text) == text  # the whole source text, in order, nothing added or lost


def test_a_quote_shows_its_rule_and_cue():
    page = _hostile_page(HOSTILE)
    parsed = _Parsed()
    parsed.feed(newsparse.render_html(page, HOSTILE))
    first = parsed.marks[0]
    assert first["data-rule"] == "<i>rule</i>" and first["data-cue"] == "said"
    assert "rule: <i>rule</i>" in first["title"] and "cue: said" in first["title"]


def test_marks_that_cross_each_other_still_nest_and_keep_the_text():
    text = "Alpha beta gamma delta epsilon zeta eta theta"
    article = Article(
        Span(0, 30),
        quotes=[Quote("beta gamma", Span(6, 16)), Quote("delta epsilon zeta", Span(17, 35))],  # crosses the article end
        figures=[Figure("gamma delta", Span(11, 22), 1.0)],  # crosses a quote's end
    )
    later = Article(Span(25, 46), figures=[Figure("zeta", Span(31, 35), 2.0)])  # starts inside the first
    page = newsparse.Page([article, later], "generic")
    parsed = _Parsed()
    parsed.feed(newsparse.render_html(page, text))
    parsed.close()
    assert parsed.open == [] and "".join(parsed.text) == text
    assert len([m for m in parsed.marks if "figure" in _classes(m)]) == 2


def test_quotes_of_one_speaker_share_a_colour_and_figures_show_their_value():
    page, parsed, rendered = _view(PAGE)
    quotes = [m for m in parsed.marks if "quote" in _classes(m)]
    colour = {m.get("data-speaker"): [c for c in _classes(m) if c.startswith("s")] for m in quotes}
    assert colour["Mara Quist"] != colour["Tom Reyes"]
    (euro,) = [m for m in parsed.marks if m.get("data-currency") == "EUR"]
    assert euro["data-value"] == "2.5" and "value: 2.5" in euro["title"]
    (crew,) = [m for m in parsed.marks if m.get("data-unit") == "members"]
    assert crew["data-value"] == "300" and crew["data-kind"] == "quantity"
    assert "<h2>Speakers</h2>" in rendered and "<h2>Figures</h2>" in rendered


def test_page_text_is_escaped_and_nothing_of_it_can_run():
    rendered = newsparse.render_html(_hostile_page(HOSTILE), HOSTILE)
    parsed = _Parsed()
    parsed.feed(rendered)
    assert "".join(parsed.text) == HOSTILE
    assert parsed.marks[0]["data-speaker"] == HOSTILE_SPEAKER  # kept whole, as an attribute value
    assert len(parsed.scripts) == 1 and parsed.scripts[0].get("nonce")  # the view's own script only
    assert not [name for name, _ in parsed.attributes if name.startswith("on") or name in ("href", "src")]
    assert "<script>console" not in rendered and "<img" not in rendered and "<b>Eve" not in rendered
    assert "<i>rule" not in rendered and "<b onmouseover" not in rendered
    assert "Content-Security-Policy" in rendered and "default-src 'none'" in rendered


# -- in a real browser ---------------------------------------------------------------------------------


def _chromium() -> str | None:
    found = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if found is None and os.environ.get("CI", "") == "":
        pytest.skip("no Chromium here (CI installs it)")
    assert found, "Chromium must be installed under CI (.ci/run installs it)"
    return found


def _open_in_browser(chromium: str, html_file: Path) -> tuple[bytes, list[str]]:
    """The screenshot of the page and the console messages it logged."""
    shot = html_file.with_suffix(".png")
    proc = subprocess.run(
        [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
         "--window-size=1280,900", f"--screenshot={shot}", "--enable-logging=stderr", "--v=0",
         f"--user-data-dir={html_file.parent / 'profile'}", html_file.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return shot.read_bytes(), [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]


def test_the_view_renders_in_a_browser_without_console_errors(tmp_path):
    chromium = _chromium()
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><p>x</p><script>console.error('seen'); missing();</script>", encoding="utf-8")
    _, console = _open_in_browser(chromium, broken)
    assert len(console) == 2, "the console check cannot see errors"  # the check can fail
    view = tmp_path / "view.html"
    text = HOSTILE + "\n" + PAGE
    view.write_text(newsparse.render_html(_hostile_page(text), text), encoding="utf-8")
    png, console = _open_in_browser(chromium, view)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    assert console == []  # no error, and no injected script ran


# -- terminal view ---------------------------------------------------------------------------------------


def test_the_terminal_view_is_plain_text_when_not_a_terminal():
    page = newsparse.parse(PAGE, "page.txt")
    out = io.StringIO()
    show_in_terminal(page, PAGE, out)
    shown = out.getvalue()
    assert "\x1b[" not in shown
    assert "article 1" in shown and "Mara Quist" in shown and "€2.50" in shown
    assert "Speakers" in shown and "Figures" in shown


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_view_colours_quotes_by_speaker_in_a_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    out = _Terminal()
    show_in_terminal(newsparse.parse(PAGE, "page.txt"), PAGE, out)
    shown = out.getvalue()
    assert "\x1b[" in shown
    first, second = (shown.split(words, 1)[0].rsplit("\x1b[", 1)[1] for words in ("The deal is fair", "It's a start"))
    assert first != second  # two speakers, two colours


def test_rich_markup_in_the_page_is_shown_as_it_is():
    text = "Month: June 2024\n\n“[bold]Free[/bold] rides for all,” said [red]Ann Bell[/red], the mayor\n"
    out = io.StringIO()
    show_in_terminal(newsparse.parse(text), text, out)
    assert "[bold]Free[/bold]" in out.getvalue()


# -- the command ----------------------------------------------------------------------------------------


def test_show_writes_one_self_contained_html_page(shared_dir, tmp_path, capsys):
    source = shared_dir / "corpus" / "rt-2025-11-page46.txt"
    target = tmp_path / "view.html"
    assert main(["show", str(source), "-o", str(target)]) == EXIT_OK
    rendered = target.read_text(encoding="utf-8")
    assert rendered.startswith("<!DOCTYPE html>") and "<style>" in rendered
    assert "http://" not in rendered and "https://" not in rendered  # nothing fetched
    assert main(["show", str(source)]) == EXIT_OK
    assert "Karol Nawrocki" in capsys.readouterr().out


def test_show_reports_an_unreadable_file_on_one_line(tmp_path, capsys):
    assert main(["show", str(tmp_path / "missing.txt")]) == EXIT_INPUT
    assert len(capsys.readouterr().err.splitlines()) == 1
