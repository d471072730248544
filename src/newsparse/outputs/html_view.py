"""The annotated view of a page as one self-contained HTML page (``newsparse show FILE -o view.html``).

The source text is shown as it is, with each article outlined, each quote
highlighted in its speaker's colour, each figure boxed and each annotation a
plugin adds underlined; every quote, figure and annotation is a ``<mark>``
element that carries its fields as ``data-`` attributes and shows them on
hover.  Side tables list the speakers (quotes per speaker), the figures and
any annotations.  CSS and script are inline, nothing is fetched.  All page text
is escaped, and a content security policy lets only the page's own script run.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Iterator

from attrs import frozen

from newsparse.model import Annotation, Figure, Page, Quote
from newsparse.outputs.annotated import NO_SPEAKER, PALETTE_SIZE, details, page_annotations, speaker_colours, speaker_counts

__all__ = ["render_html"]

_COLOURS = (
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff", "#ffadad", "#d0f4de", "#e4c1f9"
)
assert len(_COLOURS) == PALETTE_SIZE

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { padding: 0.6em 1.2em; background: #2b2d42; color: #fff; }
header h1 { font-size: 1.1em; margin: 0; overflow-wrap: anywhere; }
header p { margin: 0.2em 0 0; opacity: 0.85; }
main { display: flex; gap: 1.2em; padding: 1.2em; align-items: flex-start; }
.text { flex: 3; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; background: #fff;
        padding: 1em; border: 1px solid #ddd; }
.article { display: block; border: 2px solid #8d99ae; border-radius: 6px; padding: 0.3em 0.6em; margin: 0.3em 0; }
.article::before { content: "article " attr(data-article); display: block; font: bold 11px system-ui;
                   color: #8d99ae; }
mark { color: inherit; border-radius: 3px; }
mark.quote { background: #e0e0e0; }
mark.quote[data-kind="term"] { background: none; border-bottom: 2px dashed #999; }
mark.figure { background: none; outline: 2px solid #2a9d8f; font-weight: bold; }
mark.mention { background: none; border-bottom: 2px dotted #555; }
mark.annotation { background: none; border-bottom: 3px solid #e76f51; }
mark.lit { outline: 3px solid #d62828; }
aside { flex: 2; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
aside h2 { font-size: 1em; margin: 0.8em 0 0.3em; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #f1f1f1; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; border: 1px solid #999; }
""" + "".join(
    f"mark.quote.s{i}, .swatch.s{i} {{ background: {colour}; }}\n" for i, colour in enumerate(_COLOURS)
)

# Hovering a speaker's row lights their quotes; clicking a row shows its first element.
_SCRIPT = """
document.querySelectorAll("aside tbody tr").forEach(function (row) {
  var marks = Array.prototype.filter.call(document.querySelectorAll("mark." + row.dataset.of), function (m) {
    return row.dataset.speaker === undefined ? m.id === row.dataset.target : m.dataset.speaker === row.dataset.speaker;
  });
  row.addEventListener("mouseenter", function () { marks.forEach(function (m) { m.classList.add("lit"); }); });
  row.addEventListener("mouseleave", function () { marks.forEach(function (m) { m.classList.remove("lit"); }); });
  row.addEventListener("click", function () { if (marks.length) { marks[0].scrollIntoView({block: "center"}); } });
});
"""


@frozen
class _Mark:
    """An element around ``text[start:end]``; ``rank`` orders elements that start together (outer first)."""

    start: int
    end: int
    rank: int
    tag: str
    attributes: tuple[tuple[str, str], ...]

    def open(self) -> str:
        return f"<{self.tag}" + "".join(f' {name}="{_escape(value)}"' for name, value in self.attributes) + ">"

    def close(self) -> str:
        return f"</{self.tag}>"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _item_attributes(
    kind: str, ident: str, item: Quote | Figure | Annotation, colour: str
) -> tuple[tuple[str, str], ...]:
    note = "\n".join(f"{name}: {value}" for name, value in details(item).items())
    data = tuple((f"data-{name.replace('_', '-')}", value) for name, value in details(item, readable=False).items())
    return (("class", f"{kind}{colour}"), ("id", ident), ("title", note)) + data


def _marks(page: Page) -> Iterator[_Mark]:
    colours = speaker_colours(page)
    for a, article in enumerate(page, 1):
        yield _Mark(article.span.start, article.span.end, 0, "div", (("class", "article"), ("data-article", str(a))))
        for n, quote in enumerate(article.quotes, 1):
            colour = "" if quote.speaker is None else f" s{colours[quote.speaker]}"
            attributes = _item_attributes("quote", f"q{a}-{n}", quote, colour)
            yield _Mark(quote.span.start, quote.span.end, 1, "mark", attributes)
            if quote.mention_span is not None:
                about = (("class", "mention"), ("title", f"mention of {quote.speaker or NO_SPEAKER}"))
                yield _Mark(quote.mention_span.start, quote.mention_span.end, 2, "mark", about)
        for n, figure in enumerate(article.figures, 1):
            attributes = _item_attributes("figure", f"f{a}-{n}", figure, "")
            yield _Mark(figure.span.start, figure.span.end, 3, "mark", attributes)
    for a, n, annotation in page_annotations(page):
        attributes = _item_attributes("annotation", f"a{a}-{n}", annotation, "")
        yield _Mark(annotation.span.start, annotation.span.end, 4, "mark", attributes)


def _annotated_text(text: str, marks: Iterator[_Mark]) -> str:
    """``text`` escaped, with the marks as nested elements; one that crosses the end of its parent stops there."""
    out: list[str] = []
    open_ends: list[tuple[int, str]] = []  # (end, closing tag) of the open elements, innermost last
    pos = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, m.rank)):
        while open_ends and open_ends[-1][0] <= mark.start:
            end, close = open_ends.pop()
            out += [_escape(text[pos:end]), close]
            pos = max(pos, end)
        out.append(_escape(text[pos : mark.start]))
        pos = max(pos, mark.start)
        end = min(mark.end, open_ends[-1][0]) if open_ends else mark.end
        out.append(mark.open())
        open_ends.append((end, mark.close()))
    while open_ends:
        end, close = open_ends.pop()
        out += [_escape(text[pos:end]), close]
        pos = max(pos, end)
    out.append(_escape(text[pos:]))
    return "".join(out)


def _speaker_table(page: Page) -> str:
    colours = speaker_colours(page)
    rows = []
    for speaker, count in speaker_counts(page):
        swatch = f' s{colours[speaker]}' if speaker in colours else ""
        who = "" if speaker not in colours else f' data-speaker="{_escape(speaker)}"'
        rows.append(
            f'<tr data-of="quote"{who}><td><span class="swatch{swatch}"></span>{_escape(speaker)}</td>'
            f"<td>{count}</td></tr>"
        )
    return _table("Speakers", ("speaker", "quotes"), rows)


def _figure_table(page: Page) -> str:
    rows = []
    columns = ("value", "kind", "currency", "unit", "approx")
    for a, article in enumerate(page, 1):
        for n, figure in enumerate(article.figures, 1):
            fields = details(figure)
            cells = "".join(f"<td>{_escape(fields.get(c, ''))}</td>" for c in columns)
            rows.append(f'<tr data-of="figure" data-target="f{a}-{n}"><td>{_escape(figure.text)}</td>{cells}</tr>')
    return _table("Figures", ("figure", *columns[:-1], "qualifier"), rows)


def _annotation_table(page: Page) -> str:
    """The annotations plugins added, or nothing when there are none."""
    rows = [
        f'<tr data-of="annotation" data-target="a{a}-{n}"><td>{_escape(annotation.text)}</td>'
        f"<td>{_escape(annotation.kind)}</td><td>{_escape(annotation.label or '')}</td></tr>"
        for a, n, annotation in page_annotations(page)
    ]
    return _table("Annotations", ("annotation", "kind", "label"), rows) if rows else ""


def _table(title: str, headers: tuple[str, ...], rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "\n".join(rows) if rows else f'<tr><td colspan="{len(headers)}">none</td></tr>'
    return f"<h2>{title}</h2>\n<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"


def render_html(page: Page, text: str) -> str:
    """One self-contained HTML page showing ``text`` with the articles, quotes, figures and annotations of ``page``.

    ``page`` is the result of parsing ``text`` (its spans point into it).
    """
    nonce = secrets.token_urlsafe(16)
    title = page.source or "page"
    quotes = sum(len(a.quotes) for a in page)
    figures = sum(len(a.figures) for a in page)
    facts = [f"format {page.format}", *([f"period {page.period}"] if page.period else [])]
    found = sum(len(a.annotations) for a in page)
    counts = f"{len(page)} articles, {quotes} quotes, {figures} figures"
    facts.append(counts + (f", {found} annotations" if found else ""))
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsparse: {_escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<header><h1>{_escape(title)}</h1><p>{_escape(" · ".join(facts))}</p></header>
<main>
<div class="text">{_annotated_text(text, _marks(page))}</div>
<aside>
{_speaker_table(page)}
{_figure_table(page)}
{_annotation_table(page)}
</aside>
</main>
<script nonce="{nonce}">{_SCRIPT}</script>
</body>
</html>
"""
