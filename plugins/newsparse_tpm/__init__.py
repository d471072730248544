"""The ``tpm`` splitter: Talking Points Memo article pages.

Signature: TPM's ``Start your day with TPM.`` / ``Sign up for the Morning Memo
newsletter`` prompt.  TPM prints no standfirst: the line under the title is a
photo caption, and belongs to no article, as the prompt does.
"""

from __future__ import annotations

from newsparse_article import Outlet

__all__ = ["TPM"]

TPM = Outlet(
    name="tpm",
    description="Talking Points Memo pages: 'Start your day with TPM.' prompt; no standfirst",
    signatures=(r"^Start your day with TPM\.?\Z", r"^Sign up for the Morning Memo newsletter\Z"),
    vocabulary={
        "chrome_lines": ["start your day with tpm", "sign up for the morning memo newsletter", "tpm"],
        "site_names": ["talking points memo", "tpm"],
    },
    standfirst=False,
)

newsparse_splitters = TPM.hook()
