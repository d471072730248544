"""The ``apnews`` splitter: Associated Press stories, on AP's site or a member paper's.

Signature: the ``WASHINGTON (AP) —`` dateline.  AP prints ``By JANE DOE`` and
``Associated Press`` bylines, ``___`` separators and ``Copyright 2024 The Associated
Press. All rights reserved.`` lines (an ``Associated Press writer … contributed`` note is the body's last paragraph).
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["AP"]

AP = Outlet(
    name="apnews",
    description="Associated Press stories: 'WASHINGTON (AP) —' dateline",
    signatures=(r"^(?:[A-Z][\w ,.'’-]{0,40}+)?\(AP\)\s*(?:—|–|--|-)\s",),
    vocabulary={
        "chrome_lines": ["associated press", "the associated press", "ap", "ap news", "ap photo"],
        "chrome_prefixes": ["copyright 20", "copyright 19", "(ap photo", "ap photo/", "follow ap's", "ap's earth"],
        "site_names": ["ap news", "associated press", "the associated press"],
        "byline_roles": ["associated press", "the associated press", "ap"],
    },
    shared_vocabulary={
        "chrome_lines": ["ap photo"],
        "chrome_prefixes": [
            "(ap photo", "ap photo/",
            # AP's funding notes, printed wherever its copy is reprinted
            "the associated press receives", "associated press climate coverage receives", "the ap is solely responsible",
            "find ap's standards", "find ap’s standards", "follow ap's coverage", "follow ap’s coverage",
        ],
        "site_names": ["ap news", "associated press", "the associated press"],
    },
)

newsparse_splitters = AP.hook()
newsparse_vocabulary = AP.vocabulary_hook()
