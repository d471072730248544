"""The top of a blog's post, on lines written for these rules:

* a headline in sentence case and headline grammar over a standfirst that keeps its articles is the title, the
  standfirst under it, however short the pair (a menu or tagline over a headline is no such title);
* a headline under a ``Read more`` marker, perhaps past its photo's credit, is a teaser's link, never the title
  over the next post's headline.
"""

from __future__ import annotations

import pytest

from newsparse import parse

BODY = (
    "The council voted 5-4 on Tuesday to buy 120 cameras for the town's patrol officers.\n"
    "Supporters said the cameras would settle disputes quickly, while opponents questioned the cost.\n"
)


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        ("Harlow council splits on body camera deal", "The $3.1 million contract passed after a long debate and a close vote"),
        ("Ferry operator drops evening sailing", "The company says a shortage of crew leaves it no choice for the summer"),
    ],
)
def test_a_headline_over_a_standfirst_keeping_its_articles_is_the_title(title, standfirst):
    page = f"The Capitol Notebook\nNotes on city hall\nHome About Archives Subscribe\n{title}\n{standfirst}\nPosted by Mara Vega | May 2, 2025 | 2 Comments\n{BODY}"
    [article] = parse(page).articles
    assert article.headline.text == title and article.summary.text == standfirst


@pytest.mark.parametrize(
    "above",
    ["Home About Archive Contact Support this blog", "Independent news from across the Baltic region"],
)
def test_a_menu_or_tagline_over_a_headline_is_no_title(above):
    title = "Estonia: parliament votes to shine a light on campaign money"
    page = f"Eastern Ballot\n{above}\n{title}\nPosted by Tomas Berg | 9 June 2027 | Leave a comment\n{BODY}"
    [article] = parse(page).articles
    assert article.headline.text == title


def test_a_teasers_headline_under_read_more_is_no_title_over_the_next_post():
    first = "Boil water advisory lifted for most of the town after main break"
    teaser = "Why the town's water mains keep breaking in winter"
    second = "Gas prices drop again, but drivers crossing the border still find cheaper fill-ups"
    page = (
        f"Local 4 News\n{first}\nPosted by Kevin Marsh, WDTX Local 4\nFebruary 6, 2024\n{BODY}"
        f"Read more\nPhoto: WDTX Local 4 / file\n{teaser}\n"
        f"{second}\nPosted by Alana Brooks, WDTX Local 4\nFebruary 6, 2024\n{BODY}"
    )
    articles = parse(page).articles
    assert [a.headline.text for a in articles] == [first, second]



@pytest.mark.parametrize(
    ("summary", "paragraphs", "expected"),
    [
        ("Pool opens for the summer season", [], False),  # a title over another title: a list of stories
        ("The pool opens on Saturday, the council said.", [], True),  # a standfirst alone still makes a post
        ("Pool opens for the summer season", ["The pool opens on Saturday."], True),
    ],
)
def test_a_title_over_another_title_and_no_paragraph_is_no_post(summary, paragraphs, expected):
    from newsparse.model import Article, Passage, Span
    from newsparse_blog import _has_text

    def passage(text):
        return Passage(text, Span(0, len(text)))

    post = Article(span=Span(0, 1), headline=passage("Other News in Transport"), summary=passage(summary), paragraphs=[passage(p) for p in paragraphs])
    assert _has_text(post) is expected
