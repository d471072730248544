"""Score bands for a splitter's ``fit``: what each level of fit means.

Detection picks the splitter whose ``fit`` is highest; below :data:`MIN_FIT`, or when
two splitters tie, the ``generic`` splitter reads the page.  Every built-in splitter
returns one of these bands (a digest's ``Read more`` line raises its band by
:data:`RAISE`), so a third-party splitter can say where its pages stand among them:

========================  =====  ===================================================
band                      fit    the page ...
========================  =====  ===================================================
:data:`CERTAIN`           0.97   repeats the layout's unit (two bylined blog posts)
:data:`DECLARED`          0.95   declares the layout in its header (an archive header)
:data:`SIGNED`            0.9    carries an outlet's signature and reads as its layout
:data:`MARKED`            0.85   shows a mark of the layout, without its other signs
:data:`LIKELY`            0.8    opens as the layout does, its leading lines in place
:data:`PROBABLE`          0.75   opens as the layout does, with fewer leading lines
:data:`POSSIBLE`          0.7    shows the layout's opening, which other layouts share
:data:`PARTIAL`           0.65   is cut out of the layout (it starts in its middle)
:data:`BARE`              0.55   reads as the layout only for want of a better one
:data:`MIN_FIT`           0.5    (the least fit detection picks a splitter for)
:data:`UNLIKELY`          0.3    is as likely another layout
:data:`FALLBACK`          0.1    is any text (the ``generic`` splitter)
:data:`NONE`              0.0    is not in the layout
========================  =====  ===================================================
"""

from __future__ import annotations

__all__ = [
    "CERTAIN",
    "DECLARED",
    "SIGNED",
    "MARKED",
    "LIKELY",
    "PROBABLE",
    "POSSIBLE",
    "PARTIAL",
    "BARE",
    "MIN_FIT",
    "UNLIKELY",
    "FALLBACK",
    "NONE",
    "RAISE",
]

#: The page repeats the layout's unit, which no other layout does: two bylined blog posts.
CERTAIN = 0.97
#: The page declares its layout in its header: an archive's ``Month: November 2025``, an outlet's
#: icon list above a time-stamped title.
DECLARED = 0.95
#: The outlet's signature is on the page, and the page reads as its layout.
SIGNED = 0.9
#: A mark of the layout is on the page without its other signs: an outlet's icon list alone.
MARKED = 0.85
#: The page opens as the layout does with its leading lines in place: a title with a standfirst,
#: byline or date line.
LIKELY = 0.8
#: The page opens as the layout does with fewer leading lines: a title set off as one, then the body.
PROBABLE = 0.75
#: The page shows the layout's opening, which other layouts share: one bylined post, a summary line
#: and a sentence.
POSSIBLE = 0.7
#: The page is cut out of the layout: it starts inside an article, with the layout's marks below.
PARTIAL = 0.65
#: The page reads as the layout only for want of a better one: it opens inside an article's body.
BARE = 0.55
#: A splitter must fit a page at least this well to be picked by detection.
MIN_FIT = 0.5
#: The page is as likely another layout: a bare title above the body may be a digest's summary.
UNLIKELY = 0.3
#: Any text fits: the ``generic`` splitter's band.
FALLBACK = 0.1
#: The page is not in the layout.
NONE = 0.0
#: A sign a layout shares with others (a ``Read more`` teaser) raises a fit by this much.
RAISE = 0.15
