"""HTML input: recognising HTML, extracting the main text and metadata, reading it with the page layouts."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import InputError, Page, default_registry
from newsparse.cli.main import EXIT_OK, main
from newsparse.html import MAX_DEPTH, extract_html, looks_like_html
from newsparse.model import PageMetadata
from newsparse.page.probe import PageProbe

from .html_pages import SITE, render_page

DATA = Path(__file__).parent / "data" / "html"
FIXTURES = sorted(path.stem for path in DATA.glob("*.html"))
DEV_PAGES = [f"page-w{number}" for number in range(101, 113)]

BODY = [
    "The town council voted on Tuesday to keep the old library open for another two years.",
    "Supporters had gathered more than 3,000 signatures, and the vote was carried by seven to two.",
    "“This building belongs to everyone,” said Elena Marsh, who led the campaign.",
]


def article_page(*, head: str = "", before: str = "", top: str = "", body: list[str] = BODY) -> str:
    """A small article page: ``head`` markup, ``before`` the article, ``top`` of the article, then ``body``."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in body)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">{head}</head>
<body>{before}<article>{top}
{paragraphs}
</article></body></html>"""


def spans_hold(page: Page) -> None:
    """Every passage, quote and figure of ``page`` shows its own text at its span in ``page.text``."""
    assert page.text is not None
    for article in page:
        for passage in article.passages():
            assert " ".join(page.text[passage.span.start : passage.span.end].split()) == passage.text
        for item in (*article.quotes, *article.figures):
            assert page.text[item.span.start : item.span.end]


def paragraph_f1(found: list[str], expected: list[str]) -> float:
    matched = sum(1 for text in found if text in expected)
    return 2 * matched / (len(found) + len(expected)) if found or expected else 1.0


# --- recognising HTML ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi.</p></body></html>",
        "<!doctype HTML>\n<title>x</title>",
        "\ufeff  \n<html lang='en'>",
        "<head><meta charset='utf-8'></head>",
        "<body class='story'>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">',
        "<!-- saved from a browser -->\n<!-- second comment -->\n<html>",
        # no opening tag, but dense markup: a fragment of a page
        '<div class="story"><h2>Pier reopens</h2><p>The pier reopened.</p><p>Crowds came.</p>'
        '<ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></div>',
    ],
)
def test_html_is_recognised_by_its_content(text):
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Council keeps library open\n\nThe council voted on Tuesday to keep the library open.\n",
        "The new guide explains how to write <html> and <body> tags for beginners.\n",
        "Prices rose by <5% and wages by >3%, the office said.\n",
        "<!-- a comment that never ends",
        "",
    ],
)
def test_text_pages_are_not_taken_for_html(text):
    assert not looks_like_html(text)


def test_a_text_page_still_reads_as_text():
    page = newsparse.parse("Harbour ferry resumes sailings\n\nBy Jo Reed\n\nThe ferry sailed again on Friday.\n")
    assert page.origin == "text" and page.metadata is None
    assert page.text is not None and page.text.startswith("Harbour ferry")


def test_input_format_html_forces_html_reading():
    fragment = "<p>Crews cleared the last of the snow from the mountain road on Sunday morning.</p>"
    assert not looks_like_html(fragment)
    page = newsparse.parse(fragment, input_format="html")
    assert page.origin == "html"
    assert [p.text for p in page[0].paragraphs] == [
        "Crews cleared the last of the snow from the mountain road on Sunday morning."
    ]


# --- metadata and main text ---------------------------------------------------------------------


def test_metadata_comes_from_og_tags_meta_author_and_time():
    html = article_page(
        head='<meta property="og:title" content="Library saved after campaign">'
        '<meta property="og:site_name" content="Northfield Echo"><meta name="author" content="Sam Ortiz">',
        top='<h1>Library saved after campaign</h1><p class="date"><time datetime="2024-06-11">11 June</time></p>',
    )
    page = newsparse.parse(html)
    assert page.metadata == PageMetadata(
        title="Library saved after campaign", author="Sam Ortiz", published="2024-06-11", site_name="Northfield Echo"
    )
    article = page[0]
    assert article.headline is not None and article.headline.text == "Library saved after campaign"
    assert str(article.published) == "2024-06-11"
    assert [p.text for p in article.paragraphs] == BODY
    spans_hold(page)


@pytest.mark.parametrize(
    "title",
    [
        "Library saved after campaign | Northfield Echo",
        "Library saved after campaign - Northfield Echo",
        "Library saved after campaign — Northfield Echo",
        "Northfield Echo | Library saved after campaign",
        "NORTHFIELD ECHO :: Library saved after campaign",
    ],
)
def test_the_site_name_is_cut_from_the_title(title):
    html = article_page(
        head=f'<title>{title}</title><meta property="og:site_name" content="Northfield Echo">',
        before="<header><h1>Library saved after campaign</h1></header>",
    )
    assert newsparse.parse(html)[0].headline.text == "Library saved after campaign"


@pytest.mark.parametrize(
    "top", ["<h2>Library saved after campaign</h2>", "<p>Library saved after campaign | Northfield Echo</p>"]
)
def test_a_title_printed_in_a_heading_or_atop_the_text_is_the_headline(top):
    html = article_page(head="<title>Library saved after campaign | Northfield Echo</title>", top=top)
    article = newsparse.parse(html)[0]
    assert article.headline.text == "Library saved after campaign"
    assert [p.text for p in article.paragraphs] == BODY


def test_the_printed_headline_wins_over_a_different_metadata_title():
    html = article_page(
        head='<meta property="og:title" content="Campaigners celebrate as council backs library">',
        top="<h1>Library saved after campaign</h1>",
    )
    assert newsparse.parse(html)[0].headline.text == "Library saved after campaign"


def test_a_title_the_page_does_not_print_gives_no_headline():
    html = article_page(head="<title>Weekend Edition Online</title>", before="<div class='logo'>Weekend</div>")
    page = newsparse.parse(html)
    assert page.metadata.title == "Weekend Edition Online"
    assert page[0].headline is None
    assert [p.text for p in page[0].paragraphs] == BODY


def test_a_title_that_only_names_the_site_gives_no_headline():
    html = article_page(head='<title>Northfield Echo</title><meta property="og:site_name" content="Northfield Echo">')
    page = newsparse.parse(html)
    assert page[0].headline is None
    assert [p.text for p in page[0].paragraphs] == BODY


@pytest.mark.parametrize(
    ("author", "byline"), [("Sam Ortiz", "By Sam Ortiz"), ("sortiz", None), ("A B C D E F G", None)]
)
def test_the_byline_names_the_author_when_the_name_reads_as_one(author, byline):
    html = article_page(head=f'<meta name="author" content="{author}">')
    text = extract_html(html).text
    assert text.splitlines()[0] == byline if byline else "By " not in text
    assert [p.text for p in newsparse.parse(html)[0].paragraphs] == BODY


def test_site_chrome_and_scripts_are_left_out():
    html = article_page(
        head="<title>Library saved after campaign</title><script>var secret = 'tracking code';</script>"
        "<style>p { color: red }</style>",
        before='<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        "<aside><h2>Most popular</h2><ul><li><a href='/x'>Seal spotted in harbour</a></li></ul></aside>",
        body=[*BODY, "<script>document.write('injected words');</script>"],
    )
    html = html.replace("</body>", "<footer><p>© 2024 Northfield Echo. All rights reserved.</p></footer></body>")
    page = newsparse.parse(html)
    assert page.text is not None
    for chrome in ("tracking code", "color: red", "Home", "Seal spotted", "injected words", "All rights reserved"):
        assert chrome not in page.text
    assert [p.text for p in page[0].paragraphs] == BODY


def test_labels_above_the_title_stay_out_of_the_article():
    html = article_page(
        head="<title>Library saved after campaign</title>", top="<p>Local News</p><h1>Library saved after campaign</h1>"
    )
    article = newsparse.parse(html)[0]
    assert article.headline.text == "Library saved after campaign"
    assert [p.text for p in article.paragraphs] == BODY


def test_a_title_as_likely_a_summary_line_over_site_chrome_is_read_as_an_article():
    # a title of standfirst length with an auxiliary, as likely a digest's summary line as a title by its text alone:
    # over a section label, the article layout fits it barely, above the generic fallback
    html = article_page(
        head="<title>Library was saved after a campaign by the town's readers</title>",
        before="<header><h1>Library was saved after a campaign by the town's readers</h1></header>",
        top="<p>Local News</p><p>after the vote</p>",
    )
    assert newsparse.detect_format(extract_html(html).text).name == "article"
    page = newsparse.parse(html)
    assert page.format == "article"
    assert page[0].headline.text == "Library was saved after a campaign by the town's readers"
    assert [p.text for p in page[0].paragraphs] == BODY


def test_a_titled_page_no_layout_fits_is_read_as_an_article():
    # a heading far too long for a title or a summary line: no layout fits the text, but the page is titled
    title = (
        "Library was saved after a campaign by the town's readers, who raised the money in six weeks and won the vote"
        " of the council after a long fight over the old building on the square"
    )
    html = article_page(
        head=f"<title>{title}</title>", before=f"<header><h1>{title}</h1></header>", top="<p>Local News</p><p>after the vote</p>"
    )
    assert newsparse.detect_format(extract_html(html).text).name == "generic"
    page = newsparse.parse(html)
    assert page.format == "article"
    assert [p.text for p in page[0].paragraphs] == BODY  # the generic splitter would keep the labels too


def test_xhtml_with_an_xml_declaration_is_read():
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + article_page(
        head="<title>Library saved after campaign</title>", top="<h1>Library saved after campaign</h1>"
    ).replace("<!DOCTYPE html>", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "xhtml1-strict.dtd">')
    page = newsparse.parse(html.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'))
    assert page.origin == "html"
    assert page[0].headline.text == "Library saved after campaign"
    assert [p.text for p in page[0].paragraphs] == BODY


def test_a_title_printed_with_its_site_name_is_not_a_paragraph():
    html = article_page(
        head="<title>Library saved after campaign | Northfield Echo</title>",
        top="<p>Library saved after campaign — Northfield Echo</p>",
    )
    article = newsparse.parse(html)[0]
    assert article.headline.text == "Library saved after campaign"
    assert [p.text for p in article.paragraphs] == BODY


@pytest.mark.parametrize("tag", ["p", "div"])
def test_line_breaks_start_new_lines(tag):
    body = f"<{tag}>" + "<br><br>".join(BODY[:2]) + "<br>" + BODY[2] + f"</{tag}>"
    html = article_page(head="<title>Library saved after campaign</title>").replace("<p>", body + "<p>", 1)
    page = newsparse.parse(html)
    assert page.text is not None and set(BODY) <= set(page.text.splitlines())
    assert [p.text for p in page[0].paragraphs] == BODY * 2


def test_line_breaks_in_the_source_are_spaces_within_a_sentence():
    wrapped = (
        "<div class='story'>The harbour master said the pier\n   would stay shut until the\nsurvey was done."
        "<br>Boats will use the\nnorth quay meanwhile.</div>"
    )
    html = article_page(head="<title>Pier stays shut</title>", top="<h1>Pier stays shut</h1>" + wrapped)
    paragraphs = [p.text for p in newsparse.parse(html)[0].paragraphs]
    assert paragraphs[:2] == [
        "The harbour master said the pier would stay shut until the survey was done.",
        "Boats will use the north quay meanwhile.",
    ]


def test_a_page_read_as_one_block_keeps_its_heading_and_sentences_apart():
    html = (
        "<html><head><title>Pier stays shut</title></head><body><h1>Pier stays shut</h1><div>"
        "The harbour master said the pier would stay shut.<br><br>Boats will use the <b>north</b> quay."
        "</div></body></html>"
    )
    article = newsparse.parse(html)[0]
    assert article.headline.text == "Pier stays shut"
    assert [p.text for p in article.paragraphs] == [
        "The harbour master said the pier would stay shut.",
        "Boats will use the north quay.",
    ]


def test_quotes_and_figures_point_into_the_extracted_text():
    page = newsparse.parse(article_page(head="<title>Library saved after campaign</title>"))
    article = page[0]
    assert [q.speaker for q in article.quotes] == ["Elena Marsh"]
    assert any(f.value == 3000 for f in article.figures)
    spans_hold(page)


def test_the_page_records_that_it_came_from_html():
    page = newsparse.parse(article_page(head="<title>Library saved after campaign</title>"))
    assert page.origin == "html"
    assert page.format == "article"
    assert page.text == extract_html(article_page(head="<title>Library saved after campaign</title>")).text


def test_page_metadata_round_trips_through_its_dict():
    metadata = PageMetadata(title="A | B", author="C D", published="2024-01-02", site_name="B", description=None)
    assert PageMetadata.from_dict(metadata.to_dict()) == metadata


# --- fixtures in the style of real news sites ---------------------------------------------------


@pytest.mark.parametrize("name", FIXTURES)
def test_full_news_pages_give_their_headline_and_paragraphs(name):
    expected = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    page = newsparse.parse_file(DATA / f"{name}.html")
    assert len(page) == 1
    article = page[0]
    headline_accuracy = float(article.headline is not None and article.headline.text == expected["headline"])
    assert headline_accuracy == 1.0
    assert paragraph_f1([p.text for p in article.paragraphs], expected["paragraphs"]) == 1.0
    assert article.published is not None and article.published.isoformat() == expected["published"]
    spans_hold(page)


@pytest.mark.parametrize("plain", [False, True], ids=["site-metadata", "plain"])
@pytest.mark.parametrize("name", DEV_PAGES)
def test_dev_pages_rendered_as_html_read_as_their_text_does(name, plain, shared_dir):
    gold = json.loads((shared_dir / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))["articles"][0]
    text = (shared_dir / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
    page = newsparse.parse(render_page(text, gold["headline"], plain=plain))
    assert page.origin == "html" and len(page) == 1
    article = page[0]
    assert (article.headline and article.headline.text) == gold["headline"]
    assert [p.text for p in article.paragraphs] == gold["paragraphs"]
    from_text = newsparse.parse(text)[0]
    assert [p.text for p in article.paragraphs] == [p.text for p in from_text.paragraphs]
    assert SITE not in " ".join(p.text for p in article.passages())
    spans_hold(page)


def test_no_dev_corpus_page_is_taken_for_html(shared_dir):
    pages = sorted((shared_dir / "corpus").glob("*.txt"))
    assert pages
    for path in pages:
        assert not looks_like_html(path.read_text(encoding="utf-8")), path.name


# --- hostile and broken HTML --------------------------------------------------------------------


def test_pathologically_deep_nesting_is_refused():
    depth = 100_000
    html = "<!DOCTYPE html><html><body>" + "<div>" * depth + "<p>Deep down.</p>" + "</div>" * depth + "</body></html>"
    with pytest.raises(InputError, match=f"deeper than {MAX_DEPTH}"):
        newsparse.parse(html)


def test_nesting_within_the_limit_is_read():
    depth = 100
    html = "<!DOCTYPE html><html><body>" + "<div>" * depth + "".join(f"<p>{t}</p>" for t in BODY) + "</div>" * depth
    assert [p.text for p in newsparse.parse(html)[0].paragraphs] == BODY


def test_entities_declared_in_the_doctype_are_never_expanded():
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    html = (
        f'<!DOCTYPE html [<!ENTITY l0 "ha">{laughs}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><head><title>Library saved after campaign</title></head><body>"
        "<article><h1>Library saved after campaign</h1>"
        "<p>&l9; &xxe; The council voted on Tuesday to keep the old library open for two more years.</p>"
        "</article></body></html>"
    )
    page = newsparse.parse(html)
    assert page.text is not None and len(page.text) < 1000
    assert "haha" not in page.text and "root:" not in page.text
    assert page[0].headline.text == "Library saved after campaign"


def test_nothing_is_fetched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    html = article_page(
        head='<title>Library saved after campaign</title><link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
        '<script src="http://127.0.0.1:9/x.js"></script><link rel="canonical" href="http://127.0.0.1:9/story">',
        top='<iframe src="http://127.0.0.1:9/frame"></iframe><img src="http://127.0.0.1:9/a.jpg">',
    )
    html = html.replace("<!DOCTYPE html>", '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/html.dtd">')
    assert [p.text for p in newsparse.parse(html)[0].paragraphs] == BODY


@pytest.mark.parametrize("html", ["", "<!DOCTYPE html>", "<html></html>", "<html><body><nav>Home</nav></body></html>"])
def test_a_page_without_main_text_is_a_clear_input_error(html):
    with pytest.raises(InputError, match="HTML"):
        newsparse.parse(html, input_format="html")


def test_a_trafilatura_fault_is_the_pages_input_error(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(InputError, match="story.html: the HTML page cannot be read .RecursionError"):
        newsparse.parse(article_page(), "story.html")


def test_missing_trafilatura_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes ``import trafilatura`` fail
    with pytest.raises(InputError, match=r"newsparse\[html\]"):
        newsparse.parse(article_page())


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<a href='x'>", "</a>", "<br>", "<script>", "</script>",
     "<!--", "-->", "<!DOCTYPE html>", "<html>", "<body>", "<table><tr><td>", "<li>", "&amp;", "&nbsp;", "&#0;",
     "<title>", "</title>", "<meta name='author' content='A B'>", "<time datetime='2024-02-30'>", "<", ">", "]]>"]
)
_WORDS = st.sampled_from(["The council met.", "Ferry fares rise", "“Yes,” she said.", "£5m", "\n\n", " ", "Ω"])
_SOUP = st.lists(st.one_of(_TAGS, _WORDS, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SOUP)
def test_tag_soup_gives_a_page_or_an_input_error(soup):
    try:
        page = newsparse.parse(soup, input_format="html")
    except InputError:
        return
    assert page.origin == "html"
    spans_hold(page)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SOUP)
def test_no_layout_raises_on_tag_soup_read_as_text(soup):
    registry = default_registry()
    for splitter in registry.splitters.values():
        assert 0.0 <= splitter.fit(PageProbe(soup)) <= 1.0
        splitter.split(PageProbe(soup))


# --- command line -------------------------------------------------------------------------------


def test_the_command_line_reads_html_files(capsys):
    code = main(["parse", str(DATA / "harbour-gazette.html")])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    [article] = [json.loads(line) for line in out.splitlines()]
    assert article["headline"] == "Ferry operator cancels winter timetable as fuel costs climb"


def test_the_command_line_accepts_input_format_html(tmp_path, capsys):
    path = tmp_path / "fragment.txt"
    path.write_text("<p>Crews cleared the last of the snow from the mountain road on Sunday.</p>", encoding="utf-8")
    assert main(["parse", "--input-format", "html", str(path)]) == EXIT_OK
    [article] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert article["paragraphs"] == ["Crews cleared the last of the snow from the mountain road on Sunday."]


def test_formats_lists_html(capsys):
    assert main(["formats"]) == EXIT_OK
    assert "  html " in capsys.readouterr().out


def test_a_short_article_keeps_its_paragraphs():
    """trafilatura dumps a short page's text as one block; the short reading with paragraphs wins."""
    html = (
        "<!DOCTYPE html><html><head><title>Ferry timetable changes | Isles Post</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Ferry timetable changes</h1>"
        "<p>The morning ferry will leave at a later hour from June.</p>"
        "<p>Island councillors said the change follows a survey of passengers.</p>"
        "</article><footer>Isles Post</footer></body></html>"
    )
    article = newsparse.parse(html)[0]
    assert article.headline is not None and article.headline.text == "Ferry timetable changes"
    assert [p.text for p in article.paragraphs] == [
        "The morning ferry will leave at a later hour from June.",
        "Island councillors said the change follows a survey of passengers.",
    ]


@given(st.text(alphabet=st.characters(blacklist_characters="<"), max_size=60))
def test_text_without_a_tag_opening_matches_no_html_pattern(text):
    """Why looks_like_html answers plain text (no ``<``) without running its patterns."""
    from newsparse.html import sniff

    assert not any(p.search(text) for p in (sniff.XML_DECLARATION, sniff._OPENING, sniff._HTML_TAG))
    assert not looks_like_html(text)


@pytest.mark.parametrize("html", ["<!DOCTYPE HTML>", "<!DOCTYPE html><!-- nothing yet -->", "<html></html>"])
def test_an_html_page_without_text_is_refused_as_having_no_main_text(html):
    with pytest.raises(InputError, match="no main text found"):
        newsparse.parse(html)
