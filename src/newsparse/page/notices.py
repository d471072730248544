"""Data-provider notices under market stories: who supplied the figures, and how late they are.

Market pages close their stories with a notice of one or two sentences, chrome that
belongs to no article: ``Market data provided by Harbour Analytics``, ``Data & analytics
provided by Quayside Data. Quotes delayed at least 15 minutes.``, ``Prices are delayed
by 20 minutes``.  :func:`is_data_notice` recognises them by their shape: every sentence
of the line names the provider of data, quotes or prices (capitalised words after
``provided by``), or says they are delayed by a number of minutes; beside one of those,
a sentence may give the hours of trading (``Markets close at 17:30 CET.``) or say that prices
may be delayed (``Prices may be delayed.``), and the
line may open with a label (``Data: …``).  A sentence that goes on after the
provider's name (``Data provided by the ministry shows …``) is none, and the hours of
trading alone are none either.  The regexes run in linear time.
"""

from __future__ import annotations

from newsparse.lazy_regex import lazy_compile

__all__ = ["is_data_notice"]

# What a notice is about, after a few words that say which: ``Quotes``, ``Mutual fund and ETF data``.
_WHAT = r"(?:[^\W\d_][\w&-]*\s+){0,4}?(?:data|quotes|prices|quotations)"
_NAME_WORD = r"[A-Z][\w&.'’-]*"
# ``Market data provided by Harbour Analytics``, ``Data & analytics provided by X, Y and Z``.
_PROVIDER = lazy_compile(
    rf"(?i:{_WHAT}(?:\s+(?:&|and)\s+analytics)?(?:\s+(?:is|are))?\s+(?:provided|supplied|powered|sourced)\s+by)"
    rf"\s+(?:the\s+)?{_NAME_WORD}(?:,?\s+(?:{_NAME_WORD}|&|and|of))*\.?"
)
# ``Quotes delayed at least 15 minutes.``, ``Prices are delayed by 20 mins unless otherwise indicated``.
_DELAYED = lazy_compile(
    rf"(?i:{_WHAT}(?:\s+(?:is|are))?\s+delayed\s+(?:by\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?"
    r"\d{1,3}\s*(?:minutes?|mins?)\b(?:\s+unless\s+otherwise\s+(?:indicated|stated|noted))?)\.?"
)
# ``Markets close at 17:30 CET.``, ``The exchange opens at 9.00am``: the hours of trading, beside a notice.
_HOURS = lazy_compile(
    r"(?i:(?:the\s+)?(?:markets?|exchanges?|trading)\s+(?:closes?|opens?|ends?|starts?)\s+at\s+"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?)(?:\s+[A-Z]{2,5})?\.?"
)
# ``Prices may be delayed.``: a delay without a number of minutes, only beside a notice; or a pointer to the
# exchanges' delays, beside one (``See here for a complete list of exchanges and delays.``).
_DELAY_NOTE = lazy_compile(
    rf"(?i:{_WHAT}\s+(?:may|might|can|could)\s+be\s+delayed|see\s+(?:here\s+)?for\s+[\w\s]{{0,40}}?\bexchanges\s+and\s+delays)\.?"
)
# The label a notice may open with: ``Data:``, ``Market data:``, ``Note:``.
_LABEL = lazy_compile(r"(?i:(?:market\s+)?data|note|notes)\s*:\s+")
_SENTENCE_BREAK = lazy_compile(r"(?<=[.?!])\s+")
_MAX_NOTICE_CHARS = 240
# Words every notice prints, looked for before the regexes.
_CLUES = ("provided by", "supplied by", "powered by", "sourced by", "delayed")
# The cheapest of those clues as printed, in lower case or in capitals (``QUOTES DELAYED BY 15 MINUTES``).
_CASED_CLUES = ("by", "elayed", "BY", "ELAYED")


def is_data_notice(line: str) -> bool:
    """True for a data provider's notice on a market story: ``Market data provided by Harbour
    Analytics``, ``Quotes delayed at least 15 minutes.``, or both on one line, perhaps with the hours of
    trading (``Data: markets close at 17:30 CET. Prices delayed by at least 15 minutes.``)."""
    if len(line) > _MAX_NOTICE_CHARS or not any(map(line.__contains__, _CASED_CLUES)):
        return False  # the cheap, common case
    lowered = line.casefold()
    if not any(map(lowered.__contains__, _CLUES)):
        return False
    label = _LABEL.match(line)
    sentences = _SENTENCE_BREAK.split(line[label.end() if label else 0 :].strip())
    notices = [_PROVIDER.fullmatch(s) is not None or _DELAYED.fullmatch(s) is not None for s in sentences]
    return any(notices) and all(
        notice or _HOURS.fullmatch(s) is not None or _DELAY_NOTE.fullmatch(s) is not None
        for notice, s in zip(notices, sentences)
    )
