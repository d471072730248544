"""The ``bbc`` splitter: BBC News article pages.

Signature: BBC's ``Image source, …``, ``Image caption, …`` and ``Media caption, …``
lines, or a title ending `` - BBC News``.  Those lines, ``Related Topics`` and
``More on this story`` lists are chrome.
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["BBC"]

BBC = Outlet(
    name="bbc",
    description="BBC News pages: 'Image source, …' / 'Image caption, …' lines, '- BBC News' titles",
    # A title ending `` - BBC News``, looked for from its last words: a regex opening with text finds it fastest.
    signatures=(r"^(?:Image source|Image caption|Media caption), ", r"BBC News\Z(?<=\S [-–] BBC News)"),
    vocabulary={
        "chrome_lines": ["bbc", "bbc news", "related topics", "more on this story", "top stories", "features"],
        "chrome_prefixes": ["image source", "image caption", "media caption", "image copyright", "getty images"],
        "site_names": ["bbc", "bbc news", "bbc sport"],
        "list_headings": ["related topics", "more on this story", "features", "top stories", "elsewhere on the bbc"],
    },
    shared_vocabulary={
        "chrome_prefixes": ["image source", "image caption", "media caption", "image copyright"],
        "site_names": ["bbc", "bbc news"],
    },
)

newsparse_splitters = BBC.hook()
newsparse_vocabulary = BBC.vocabulary_hook()
