"""What an outlet prints about itself between or under its stories: chrome that belongs to no article.

* :func:`is_sign_up_pitch`: a newsletter's pitch with its call to sign up in a sentence of its own
  (``Get the Harbour Brief: the five stories you need by 7 am. Sign up free.``,
  ``Subscribe: one email every Friday, no fluff.``), or a prompt to pass it on
  (``Like what you read? Forward the Harbour Brief to a friend.``);
* :func:`is_priced_offer`: an offer to join, subscribe or read for a price a week or a month
  (``Join Harbour+ for $4.99 a month and get every story ad-free.``);
* :func:`is_free_offer`: an offer of the outlet's stories for nothing or for less (``Stream Harbour News for free,
  24/7.``, ``This week, save 60% on digital access.``, ``Go ad-free with Harbour Premium - $1 trial``);
* :func:`is_story_pointer`: the outlet's other stories after its name (``Also on Harbour Post: Ferry fares rise |
  Quay reopens``);
* :func:`is_contact_line`: the outlet's address closed by its telephone number
  (``Harbour Post, 12 Quay Street, Cork. Tel: +353 21 555 0100``), or printed after who publishes it;
* :func:`is_app_pitch`: a pitch whose later sentence calls the reader to get the outlet's app
  (``Never miss a story. Download the Harbour Post App for alerts.``);
* :func:`is_reader_poll`: a question put to the reader, a poll's or a call-out's, maybe with the call to answer
  (``Would you ride the new ferry?``, ``Will you struggle to pay your bills? If so, email``); the reader reads it
  only among a story's paragraphs, as a lede may open with such a question.

Each is a line of at most a few dozen words without quotation marks or a reporting verb
(``"Sign up now," the mayor said.`` reports a call and is text).  A call that opens a line
(``Sign up for the Harbour Brief``) is :func:`newsparse.page.chrome.is_sign_up`'s; here the call
stands after the pitch.  The regexes run in linear time.
"""

from __future__ import annotations

from collections.abc import Collection

from newsparse.lazy_regex import lazy_compile
from newsparse.page.lines import QUOTE_MARKS, REPORTING, line_key

__all__ = [
    "MAX_PROMOTION_WORDS", "may_promote", "is_sign_up_pitch", "is_priced_offer", "is_free_offer", "is_story_pointer",
    "is_contact_line", "is_query_prompt", "is_app_pitch", "is_reader_poll",
]

#: A promotion has at most this many words; a paragraph of a story runs longer.
MAX_PROMOTION_WORDS = 40
# Where a pitch's sentences and clauses end: after a full stop, a question or exclamation mark, or a label's colon
# (:data:`_CLAUSE_BREAK`), and at a spaced dash (:data:`_DASH_BREAK`: ``Never miss a story — sign up for …``).
_CLAUSE_BREAK = lazy_compile(r"(?<=[.?!:])\s+")
_DASH_BREAK = lazy_compile(r"\s[—–-]\s")
#: Words that may open a call before its verb: ``Simply sign up to …``, ``Just subscribe …``.
_CALL_ADVERBS = ("simply ", "just ", "please ")
# What every sign-up pitch holds, looked for before anything else: a call to sign up, or the friend it is passed to.
_CALL_CLUE = lazy_compile(r"ign[ -]up|IGN UP|ubscri|UBSCRI| friend| colleague")
# What a call to sign up for (``Sign up for our free newsletter``) signs the reader up for: something mailed, or the
# outlet's e-paper or premium stories (``Subscribe to Harbour Plus to read the e-paper``).
_MAILING = lazy_compile(
    r"\b(?:newsletters?|e-?mails?|inbox|briefs?|briefings?|bulletins?|digest|alerts|edition|e-?paper|premium)\b"
)
# A prompt to pass the newsletter on: ``Forward the Harbour Brief to a friend``, ``Share this email with a colleague``.
_PASS_ON = lazy_compile(r"(?:forward|share|send) .{1,80} (?:to|with) (?:a friend|friends|your friends|a colleague|colleagues)")
# How an offer opens, the reader told what to do: ``Join``, ``Become a member``, ``Read the print edition``.
_OFFER_OPENINGS = ("join ", "become ", "subscribe ", "support ", "read ", "get ", "go ", "try ", "upgrade ", "unlock ")
# How an offer of the outlet's stories for nothing or for less opens, besides :data:`_OFFER_OPENINGS`: ``Stream …``,
# ``Save 60% on …``, ``Register …``; after a lead of time (``This week, save …``).
_FREE_OFFER_OPENINGS = (*_OFFER_OPENINGS, "stream ", "save ", "register ", "claim ", "start ")
_OFFER_LEAD = lazy_compile(r"(?:this (?:week|month)|today|now|for a limited time)(?:,| only,)? ")
# What such an offer gives, in lower case: the stories for free, a trial, no ads, or a share off the price
# (:data:`_SAVE_SHARE`: ``save 60% on …``).
_FREE_OFFER_TERMS = ("for free", "free trial", "free and", "free)", "ad-free", "trial", "% off")
_SAVE_SHARE = lazy_compile(r"save \d+ ?%")
# What the outlet offers: its news, stories or journalism, access to them, a membership, a sign-in (the words, in
# lower case, of :data:`_WORD`).
_OUTLET_GOODS = frozenset(
    "news story stories journalism access digital subscription subscriptions premium content edition newsletter"
    " newsletters article articles ad-free member members membership".split()
)
_WORD = lazy_compile(r"[a-z][a-z-]*")
# A price a week, a month or a year: ``for $4.99 a month``, ``from 15 zł a month``, ``for just €1.99 a week``.
_PRICE_PER_PERIOD = lazy_compile(
    r"\b(?:for|from|at)\s(?:just\s|only\s)?"
    r"(?:(?:[$£€¥₹]|[A-Z]{1,3}\$)\s?\d[\d.,]*|\d[\d.,]*\s?(?:zł|kr|€|cents|p))"
    r"\s(?:a|per|each)\s(?:day|week|month|year)\b"
)
# The outlet's name before its other stories: ``Also on Harbour Post: ``, ``More from The Quay Times: ``.
_STORY_POINTER = lazy_compile(r"(?:Also|More) (?:on|from) (?:the |The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}: ")
_CLOSING_MARKS = "\"”’'»)"
# A telephone number closing the line after its label or a bar: ``Tel: +264 61 555 0192``, ``| (319) 555-0142``.
_PHONE = r"\+?\(?\d[\d ()./-]{5,18}\d"
_LABELLED_PHONE = lazy_compile(rf"\b(?i:tel|telephone|phone|ph|fax|hotline)\b\.?:?\s?{_PHONE}\Z")
_BARRED_PHONE = lazy_compile(rf"\|\s?{_PHONE}\Z")
_PHONE_END = lazy_compile(rf"{_PHONE}\.?\Z")
#: A line closed by a telephone number after a bar holds at least this many parts: the outlet, its address, the number.
_MIN_CONTACT_PARTS = 3
# Who publishes the outlet, then where: ``The Harbour Post is published by Quay Media Ltd, 4 Dock Road, Cork.``
_PUBLISHED_BY = lazy_compile(r"(?:The )?[A-Z][\w'’.&+-]*(?: [A-Z][\w'’.&+-]*){0,4} (?:is|are) (?:published|printed|produced) by [A-Z]")
# A street's number or a postcode before a capitalised name: ``4 Dock Road``, ``60325 Frankfurt``.
_STREET_NUMBER = lazy_compile(r"\b\d{1,6} [A-Z]")
# A call to get the outlet's app, opening a sentence: ``Download the Harbour Post App for …``, ``Get our free app``.
_APP_CALL = lazy_compile(r"(?:download|get|install) (?:the|our) (?:[\w&'’.+-]+ ){0,4}apps?\b")
#: A reader's question and where to send it: ``Questions about the Bulletin? Email …``, ``Have a question? Call …``.
#: A reader's problem or tip too: ``Have a consumer problem? Contact the team at 813-555-0166.``
_QUERY_PROMPT = lazy_compile(
    r"(?i:(?:have|got|any)\s+(?:an?\s+)?(?:[a-z]+\s+)?)?(?i:questions?|queries|query|problems?|tips?|complaints?)\b[^?]{0,60}\?\s+"
    r"(?i:e-?mail|call|contact|write\s+to|text|phone|ring)\b"
)


#: A question put to the reader: a verb, ``you``, and no other sentence before its question mark.
_READER_QUESTION = lazy_compile(
    r"(?:Would|Are|Will|Do|Did|Have|Has|Can|Could|Should|Were|Is|Does) you\b[^?.!\"“”]{3,200}\?"
)
#: A call to answer after the question, in a few words: ``If so, email``, ``Tell us below.``, ``Let us know.``
_CALL_TO_ANSWER = lazy_compile(r"\b(?i:e-?mail|tell us|let us know|get in touch|contact us|write to us|comment|vote)\b")
#: A call to answer after a reader's question has at most this many words.
_MAX_CALL_WORDS = 8


def may_promote(line: str) -> bool:
    """False for a line holding no clue of any promotion here (most lines), by a few substring checks made before
    the rules."""
    return (
        line[-1:].isdigit() or line.startswith(("Also ", "More ")) or "ed by " in line  # a phone, a pointer, an imprint
        or "ign up" in line or "ign-up" in line or "IGN UP" in line or "ubscri" in line or "UBSCRI" in line  # a call
        or " friend" in line or " colleague" in line  # passing it on
        or " a week" in line or " a month" in line or " a year" in line or " a day" in line  # a price per period
        or " per " in line or " each " in line
        or "uestion" in line or "uery" in line or "ueries" in line  # a reader's question: Questions? Email …
        or "roblem?" in line or "tip?" in line or "tips?" in line or "omplaint?" in line  # a problem or tip: Have a tip? Call …
        or " App" in line or " app" in line  # an app: Download the Harbour Post App
    )


def is_sign_up_pitch(line: str, buttons: Collection[str], calls: tuple[str, ...]) -> bool:
    """True for a newsletter's pitch whose later sentence calls the reader to sign up: a sign-up button's words
    (``buttons``: ``Sign up free``, ``Subscribe now``), or a call (``calls``: ``Sign up to …``) naming what it
    mails (``Sign up to receive our Evening Edition newsletter.``); a button's words as the pitch's label
    (``Subscribe: one email every Friday``); or a prompt to forward it (``… Forward the Brief to a friend.``)."""
    if _CALL_CLUE.search(line) is None:
        return False
    if not _is_promotion_sized(line):
        return False
    first, *rest = _clauses(line)
    if rest and first.endswith(":") and line_key(first) in buttons:
        return True
    key = line_key(first)
    if key.startswith(_CALL_ADVERBS) and _is_call(key.partition(" ")[2], buttons, calls):
        return True  # "Simply sign up to the Energy Digest — delivered to your inbox."
    return any(_is_call(line_key(clause), buttons, calls) for clause in rest)


def is_priced_offer(line: str) -> bool:
    """True for an offer that tells the reader what to do, and the price a week, a month or a year: ``Join Harbour+
    for $4.99 a month and get every story ad-free.``, ``Read the Harbour Post's digital edition for just €1.99 a
    week``, ``Get the Post delivered. Home delivery starts at $3.25 a week.``; not a story's sentence (``Members pay
    $5 a month.``)."""
    if _PRICE_PER_PERIOD.search(line) is None:
        return False
    return _is_promotion_sized(line) and any(line_key(clause).startswith(_OFFER_OPENINGS) for clause in _clauses(line))


def is_free_offer(line: str) -> bool:
    """True for an offer that tells the reader what to do to get the outlet's stories for nothing or for less:
    ``Stream Harbour News for free, 24/7, wherever you are.``, ``This week, save 60% on digital access.``, ``Go
    ad-free, go Premium - $1 trial``, ``Register (it's quick and free) or sign in now.``: what is offered is the
    outlet's (its news, stories, access, a membership, a sign-in); not a story's sentence (``Residents can park for
    free on Sundays.``, ``Get vaccinated for free at any pharmacy.``, ``Save 20% on your bills, the regulator told
    households.``)."""
    if not ("free" in line or "FREE" in line or "Free" in line or "trial" in line or "Trial" in line or "save " in line or "Save " in line or "% off" in line):
        return False  # most lines: none of the words of an offer
    if not _is_promotion_sized(line) or not _offers_the_outlet(line.lower()):
        return False
    for clause in _clauses(line):
        key = line_key(clause)
        lead = _OFFER_LEAD.match(key)
        if (key[lead.end() :] if lead is not None else key).startswith(_FREE_OFFER_OPENINGS):
            return True
    return False


def _offers_the_outlet(low: str) -> bool:
    """``low`` (a line in lower case) offers something for free or for less (:data:`_FREE_OFFER_TERMS`), and it is
    the outlet's (:data:`_OUTLET_GOODS`, or a sign-in)."""
    if not (any(term in low for term in _FREE_OFFER_TERMS) or ("save " in low and _SAVE_SHARE.search(low) is not None)):
        return False
    return "sign in" in low or not _OUTLET_GOODS.isdisjoint(_WORD.findall(low))


def is_story_pointer(line: str) -> bool:
    """True for the outlet's other stories after its name and a colon, listed between bars or ending no sentence:
    ``Also on Harbour Post: Ferry fares rise | Quay reopens``, ``More from The Quay Times: Tides of change``; not a
    story's sentence (``Also on Monday: the council closed the pool.``)."""
    if not line.startswith(("Also ", "More ")) or _STORY_POINTER.match(line) is None:
        return False
    return " | " in line or not line.rstrip(_CLOSING_MARKS).endswith((".", "!", "?"))


def is_contact_line(line: str) -> bool:
    """True for the outlet's address closed by its telephone number, after a label (``Harbour Post, 12 Quay
    Street, Cork. Tel: +353 21 555 0100``) or a bar between the address's parts (``Harbour Post | 12 Main St.,
    Millbrook | (319) 555-0142``), or who publishes it and where (``The Harbour Post is published by Quay Media
    Ltd, 4 Dock Road, Cork.``)."""
    if "ed by " in line and _PUBLISHED_BY.match(line) is not None:
        return _STREET_NUMBER.search(line) is not None and _is_promotion_sized(line)
    if not line[-1:].isdigit() or not _is_promotion_sized(line):
        return False
    if _LABELLED_PHONE.search(line) is not None:
        return True
    return line.count("|") + 1 >= _MIN_CONTACT_PARTS and _BARRED_PHONE.search(line) is not None


def is_query_prompt(line: str) -> bool:
    """True for a prompt to send the outlet a question, a problem or a tip, with an address or a number: ``Questions
    about the Bulletin? Email bulletin@harbour.gov or call (315) 555-0144.``, ``Have a question? Call the newsroom on
    555 0100.``, ``Have a consumer problem? Contact the team at 813-555-0166.``; not a
    story's sentence (``Questions about the budget? Call it a mess, he said.``)."""
    if not ("@" in line or _PHONE_END.search(line) is not None) or _QUERY_PROMPT.match(line) is None:
        return False
    return _is_promotion_sized(line)


def is_app_pitch(line: str) -> bool:
    """True for a pitch whose later sentence calls the reader to get the outlet's app: ``Get live market updates
    and the latest news on Harbour Post. Download the Harbour Post App for the latest finance news.``; not a
    story's sentence about an app (``Download the council app, residents were told.``), nor a call opening the line
    (:mod:`newsparse.page.chrome`'s prefixes hold those)."""
    if not _is_promotion_sized(line):
        return False
    rest = _clauses(line)[1:]
    return any(_APP_CALL.match(line_key(clause)) is not None and _is_plain_call(clause) for clause in rest)


def is_reader_poll(line: str) -> bool:
    """True for a line that is one question put to the reader, opening with a verb and ``you`` (``Would you ride the
    new ferry?``, ``Are you worried about the strike?``), perhaps followed by a call to answer in a few words (``Will
    you struggle to pay your bills? If so, email``); not a question the text goes on to answer (``Do you remember
    the floods? Most people do.``) nor one quoted."""
    if "?" not in line or (question := _READER_QUESTION.match(line)) is None or not _is_promotion_sized(line):
        return False
    rest = line[question.end() :].strip()
    return not rest or (len(rest.split()) <= _MAX_CALL_WORDS and _CALL_TO_ANSWER.search(rest) is not None)


def _clauses(line: str) -> list[str]:
    """The sentences and clauses of ``line``, split at :data:`_CLAUSE_BREAK` and at a spaced dash."""
    parts = _CLAUSE_BREAK.split(line)
    if " - " not in line and "— " not in line and "– " not in line:
        return parts  # most lines: no dash
    return [clause for part in parts for clause in _DASH_BREAK.split(part)]


def _is_plain_call(clause: str) -> bool:
    """True for a call in one plain sentence, with no clause set off by a comma (``Download the app, residents were
    told, …`` reports one)."""
    return "," not in clause and clause.rstrip().endswith((".", "!"))


def _is_call(key: str, buttons: Collection[str], calls: tuple[str, ...]) -> bool:
    """True for a clause that is a sign-up button's words (before a comma: ``sign up free, or go premium``),
    a call to sign up for something mailed, or a prompt to pass the newsletter on."""
    return (
        key.partition(",")[0] in buttons
        or (key.startswith(calls) and _MAILING.search(key) is not None)
        or (key.startswith(("forward ", "share ", "send ")) and _PASS_ON.fullmatch(key) is not None)
    )


def _is_promotion_sized(line: str) -> bool:
    """True for a line short enough for a promotion, quoting and reporting no one."""
    return (
        len(line.split(maxsplit=MAX_PROMOTION_WORDS)) <= MAX_PROMOTION_WORDS
        and not any(mark in line for mark in QUOTE_MARKS)
        and not any(verb in line for verb in REPORTING)
    )
