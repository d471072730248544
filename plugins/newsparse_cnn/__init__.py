"""The ``cnn`` splitter: CNN article pages.

Signature: the ``(CNN) --`` dateline or a ``By the CNN Wire Staff`` byline.  CNN
prints ``Updated 3:41 PM ET, Sun August 28, 2011`` date lines and video blocks, chrome (a ``CNN's Jane Doe
contributed to this report.`` note is the body's last paragraph).
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["CNN"]

CNN = Outlet(
    name="cnn",
    description="CNN article pages: '(CNN) --' dateline or 'By the CNN Wire Staff' byline",
    signatures=(r"^(?:[A-Z][\w ,.'’-]{0,40}+)?\(CNN\)\s*(?:--|—|–)", r"^By (?:the )?CNN Wire Staff\b"),
    vocabulary={
        "chrome_lines": ["cnn", "cnn.com", "cnn wire staff", "video ad feedback", "check out this week's top stories"],
        "chrome_prefixes": ["watch:", "more on this story", "source: cnn"],
        "site_names": ["cnn", "cnn.com", "cnn international"],
        "byline_roles": ["cnn", "cnn wire staff"],
    },
    shared_vocabulary={"chrome_lines": ["cnn", "video ad feedback"]},
)

newsparse_splitters = CNN.hook()
newsparse_vocabulary = CNN.vocabulary_hook()
