"""The ``guardian`` splitter: Guardian article pages.

Signature: ``Photograph: X/Y`` credits, or ``Explore more on these topics`` and
``Reuse this content`` lines.  Titles end `` | The Guardian`` (or
`` | World news | The Guardian``); those lines and newsletter prompts are chrome.
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["GUARDIAN"]

GUARDIAN = Outlet(
    name="guardian",
    description="Guardian pages: 'Photograph: …' credits, 'Explore more on these topics', '| The Guardian' titles",
    signatures=(r"^Photograph: \S", r"^Explore more on these topics\Z", r"^Reuse this content\Z", r"\| The Guardian\Z"),
    vocabulary={
        "chrome_lines": ["explore more on these topics", "reuse this content", "share", "most viewed", "the guardian"],
        "chrome_prefixes": ["photograph:", "composite:", "sign up to ", "privacy notice:", "newsletter promotion"],
        "site_names": ["the guardian", "guardian"],
        "list_headings": ["most viewed", "explore more on these topics"],
    },
)

newsparse_splitters = GUARDIAN.hook()
