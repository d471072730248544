"""The ``reuters`` splitter: Reuters stories.

Signature: the ``LONDON (Reuters) -`` dateline or the ``Reporting by …; Editing by …``
credit line.  Titles end `` | Reuters``; the credit line, ``Our Standards: The
Thomson Reuters Trust Principles.``, ``Sign up here.`` prompts and the site's slogan (``Exclusive news, data
and analytics for financial market professionals``) are chrome.
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["REUTERS"]

REUTERS = Outlet(
    name="reuters",
    description="Reuters stories: 'LONDON (Reuters) -' dateline, 'Reporting by …' credit",
    signatures=(
        r"^(?:[A-Z][\w ,.'’-]{0,40}+)?\(Reuters\)\s*(?:—|–|--|-)\s",
        r"^(?:Additional )?[Rr]eporting by [A-Z][^;]*;",
    ),
    vocabulary={
        "chrome_lines": [
            "reuters", "sign up here", "thomson reuters", "the thomson reuters trust principles",
            # the site's slogan and its link above the menu
            "exclusive news, data and analytics for financial market professionals", "learn more about refinitiv",
            "learn more about lseg",
        ],
        "chrome_prefixes": [
            "reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by ",
            "our standards:", "sign up here", "get a look at tomorrow", "register now for free",
        ],
        "site_names": ["reuters", "reuters.com"],
        "byline_roles": ["reuters"],
    },
)

newsparse_splitters = REUTERS.hook()
