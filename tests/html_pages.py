"""Rendering a text page as a news site's HTML page, with the site's chrome around the article."""

from __future__ import annotations

import html

SITE = "Lakeside Courier"


def render_page(text: str, headline: str | None, *, site: str = SITE, plain: bool = False) -> str:
    """``text`` as an HTML article page inside a site's chrome: a cookie banner, navigation, share
    buttons, related links, a footer and scripts.

    The ``headline`` line is the ``<h1>``; every other paragraph is a ``<p>``: each block between
    blank lines, its lines broken by ``<br>``, or on a page without blank lines each line.  The
    ``<title>`` carries the site name after the headline, or only the site name.  A ``plain`` page
    has no site-name metadata, puts its ``<h1>`` in a header above the article, and writes
    `` - Site`` after the headline in its ``<title>``.
    """
    blocks = text.split("\n\n") if "\n\n" in text.strip() else text.splitlines()
    body, top = [], ""
    for block in blocks:
        lines = [html.escape(line.strip()) for line in block.splitlines() if line.strip()]
        if lines == [html.escape(headline or "")] and plain:
            top = f'<header class="story-header"><h1>{lines[0]}</h1></header>'
        elif lines == [html.escape(headline or "")]:
            body.append(f"<h1>{lines[0]}</h1>")
        elif lines:
            body.append(f"<p>{'<br>'.join(lines)}</p>")
    title = site if headline is None else f"{headline} {'-' if plain else '|'} {site}"
    og_site = "" if plain else f'<meta property="og:site_name" content="{site}">'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
{og_site}
<link rel="stylesheet" href="https://static.example.invalid/site.css">
<script src="https://static.example.invalid/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"event": "page_view"}});</script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to give you the best experience on our
website. By continuing you agree to our use of cookies.</p><button>Accept all</button><button>Settings</button></div>
<header class="site-header">
<a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
{top}
<article class="story">
{chr(10).join(body)}
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/1">Council approves new budget for libraries</a></li>
<li><a href="/news/2">Storm damage closes coastal road for a week</a></li>
<li><a href="/news/3">Local team wins regional title after extra time</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>© 2024 {site}. All rights reserved.</p>
</footer>
<script>document.querySelectorAll(".share-bar a").forEach(function (a) {{ a.target = "_blank"; }});</script>
</body>
</html>
"""
