"""The digest splitter: archive pages that run many articles back to back.

Each article opens with a one-line summary (no final full stop), then body
paragraphs, ``Read more`` teaser blocks, ``READ MORE:`` links and republication
notes.  See :mod:`newsparse_digest.splitter` for the rules.
"""

from newsparse import hookimpl

from .splitter import DigestSplitter

__all__ = ["DigestSplitter"]


@hookimpl
def newsparse_splitters(register):
    register(DigestSplitter())
