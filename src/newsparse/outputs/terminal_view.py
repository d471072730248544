"""The annotated view of a page in a terminal (``newsparse show FILE``), through rich (the ``rich`` extra).

Each article follows a rule that numbers it; quotes are coloured by speaker,
figures bold and underlined, annotations plugins add in reverse video; tables
of the speakers, figures and any annotations follow.  When
the output is not a terminal, the same view is plain text.  Page text is never
read as rich markup.
"""

from __future__ import annotations

from typing import Any, TextIO

from newsparse.extras import require
from newsparse.model import Page
from newsparse.outputs.annotated import details, page_annotations, speaker_colours, speaker_counts

__all__ = ["show_in_terminal"]

_BASE_COLOURS = ("yellow", "green", "cyan", "magenta", "blue", "red")
_COLOURS: tuple[str, ...] = _BASE_COLOURS + tuple(f"bright_{colour}" for colour in _BASE_COLOURS[:4])


def _styled_text(page: Page, text: str) -> list[Any]:
    """The page's text as rich ``Text`` pieces: chrome, then a rule and the text of each article."""
    from rich.text import Text

    colours = speaker_colours(page)
    whole = Text(text)
    for article in page:
        for quote in article.quotes:
            colour = "white" if quote.speaker is None else _COLOURS[colours[quote.speaker]]
            style = f"{colour} italic" if quote.kind == "term" else f"black on {colour}"
            whole.stylize(style, quote.span.start, quote.span.end)
        for figure in article.figures:
            whole.stylize("bold underline", figure.span.start, figure.span.end)
        for annotation in article.annotations:
            whole.stylize("reverse", annotation.span.start, annotation.span.end)
    pieces: list[Any] = []
    pos = 0
    for number, article in enumerate(page, 1):
        start, end = max(pos, article.span.start), max(pos, article.span.end)
        pieces += [whole[pos:start].copy(), f"article {number}", whole[start:end].copy()]
        pos = end
    pieces.append(whole[pos:].copy())
    return pieces


def show_in_terminal(page: Page, text: str, out: TextIO) -> None:
    """Write the annotated view of ``text`` (parsed into ``page``) to ``out``; plain text when it is no terminal."""
    require("rich", "rich", "the terminal view")
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, markup=False, emoji=False)
    for piece in _styled_text(page, text):
        if isinstance(piece, str):
            console.rule(Text(piece), style="dim")
        elif piece.plain.strip():
            console.print(piece, end="" if piece.plain.endswith("\n") else "\n", soft_wrap=True)
    colours = speaker_colours(page)
    speakers = Table(title="Speakers")
    speakers.add_column("speaker")
    speakers.add_column("quotes", justify="right")
    for speaker, count in speaker_counts(page):
        style = _COLOURS[colours[speaker]] if speaker in colours else ""
        speakers.add_row(Text(speaker, style=style), str(count))
    figures = Table(title="Figures")
    columns = ("value", "kind", "currency", "unit", "approx")
    for column in ("figure", *columns):
        figures.add_column("qualifier" if column == "approx" else column, overflow="fold")
    for article in page:
        for figure in article.figures:
            fields = details(figure)
            figures.add_row(*(Text(v) for v in (figure.text, *(fields.get(c, "") for c in columns))))
    console.print(speakers)
    console.print(figures)
    found = [(annotation.text, annotation.kind, annotation.label or "") for _, _, annotation in page_annotations(page)]
    if found:
        table = Table(title="Annotations")
        for column in ("annotation", "kind", "label"):
            table.add_column(column, overflow="fold")
        for row in found:
            table.add_row(*(Text(cell) for cell in row))
        console.print(table)
