"""An HTML page's main text and metadata, extracted with trafilatura, written as a text document.

:func:`extract_html` parses the page (:mod:`.safe`), reads the title it prints (:mod:`.titles`),
has trafilatura extract its main text and metadata, and writes them as the text the page
layouts read (:mod:`.render`); see :mod:`newsparse.html`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import frozen

from newsparse.errors import InputError
from newsparse.model import PageMetadata
from .render import blocks, render
from .safe import parse_html
from .titles import PrintedTitles, headline, page_title, text_of

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement

__all__ = ["HtmlDocument", "extract_html"]

#: Where trafilatura finds too little main text it dumps the page's text as one block; a short
#: article is then extracted again needing only this many characters, and that reading is kept
#: when it has paragraphs and at least :data:`KEEP_SHARE` of the dump's words.
SHORT_ARTICLE_SIZE = 25
KEEP_SHARE = 0.8


@frozen
class HtmlDocument:
    """The text document made from an HTML page, the headline written into it (None when the page
    prints no title, or its title only names the site), and the metadata the page gives."""

    text: str
    headline: str | None
    metadata: PageMetadata


def extract_html(html: str, name: str = "<html>") -> HtmlDocument:
    """The text document and metadata of the HTML page ``html`` (named ``name`` in errors).

    Raises :class:`~newsparse.InputError` when trafilatura is not installed, or
    when the page is nested too deeply, too large or holds no main text.
    """
    _require_trafilatura()
    tree = parse_html(html, name)
    printed = PrintedTitles.of(tree)
    extracted = _extract(tree, name)
    if len(extracted.body) == 1:  # one block: perhaps the plain text dump of a short article
        structured = _extract(parse_html(html, name), name, min_size=SHORT_ARTICLE_SIZE)
        if len(structured.body) > 1 and _text_size(structured.body) >= _text_size(extracted.body) * KEEP_SHARE:
            extracted = structured
    texts = blocks(extracted.body, {text.casefold() for text in printed.headings})
    if not texts:
        raise InputError(f"{name}: no main text found in the HTML page")
    site = text_of(extracted.sitename)
    metadata = PageMetadata(
        title=page_title(printed, text_of(extracted.title), site),
        author=text_of(extracted.author),
        published=text_of(extracted.date),
        site_name=site,
        description=text_of(extracted.description),
    )
    title = headline(printed, metadata, texts)
    return HtmlDocument(render(title, metadata, texts), title, metadata)


def _extract(tree: HtmlElement, name: str, min_size: int | None = None) -> Any:
    """trafilatura's extraction of ``tree``, with a body; ``min_size`` lowers the main text it needs
    before it falls back to a plain dump of the page's text (which loses the paragraphs)."""
    from trafilatura import bare_extraction
    from trafilatura.settings import use_config

    config = use_config()
    if min_size is not None:
        config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = str(min_size)
    try:
        extracted = bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=config,
        )
    except Exception as exc:  # trafilatura's faults on a hostile page are that page's error
        raise InputError(f"{name}: the HTML page cannot be read ({type(exc).__name__}: {exc})") from exc
    if extracted is None or isinstance(extracted, dict) or extracted.body is None:
        raise InputError(f"{name}: no main text found in the HTML page")
    return extracted


def _text_size(body: _Element) -> int:
    return len("".join(body.itertext()).split())


def _require_trafilatura() -> None:
    """Import trafilatura, quiet unless the caller configures logging; a clear error when it is missing."""
    import logging  # with trafilatura, which logs: a page that is not HTML needs neither

    try:
        import trafilatura  # noqa: F401 - the optional extra, imported here to name it when missing
    except ImportError as exc:
        raise InputError(
            f"reading HTML needs trafilatura, which is not installed ({exc}); "
            "install it with: pip install 'newsparse[html]'"
        ) from None
    for logger in ("trafilatura", "htmldate", "courlan", "justext"):
        if not logging.getLogger(logger).handlers:
            logging.getLogger(logger).addHandler(logging.NullHandler())
