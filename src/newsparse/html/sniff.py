"""Recognising HTML by its content: an opening tag or doctype first, or dense markup."""

from __future__ import annotations

import re

from newsparse.lazy_regex import lazy_compile

__all__ = ["looks_like_html", "XML_DECLARATION"]

#: An XML declaration (``<?xml version="1.0"?>``) at the top of an XHTML page.
XML_DECLARATION = lazy_compile(r"^\s*<\?xml[^>]{0,200}\?>")

_SNIFF_CHARS = 8192
_OPENING = lazy_compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_HTML_TAG = lazy_compile(
    r"</?(?:a|article|b|body|br|div|em|footer|h[1-6]|head|header|html|i|img|li|link|main|meta|nav|ol|p|script"
    r"|section|span|strong|style|table|td|title|tr|ul)\b[^<>]{0,512}>",
    re.IGNORECASE,
)
#: Text is HTML when its first characters hold at least this many tags ...
_MIN_TAGS = 8
#: ... that cover at least this share of them.
_MIN_TAG_SHARE = 0.2


def looks_like_html(text: str) -> bool:
    """True when ``text`` reads as HTML: ``<!DOCTYPE html``, ``<html``, ``<head`` or ``<body`` first
    (after white space, a byte-order mark, an XML declaration and comments), or at least eight
    common tags making up a fifth of its first 8 KB."""
    if "<" not in text[:_SNIFF_CHARS]:
        return False  # no tag, declaration or comment: the common plain text needs no pattern
    head = XML_DECLARATION.sub("", text[:_SNIFF_CHARS].lstrip("\ufeff"), count=1)
    head = _skip_comments(head.lstrip())
    if _OPENING.match(head):
        return True
    tags = [len(m.group()) for m in _HTML_TAG.finditer(head)]
    return len(tags) >= _MIN_TAGS and sum(tags) >= _MIN_TAG_SHARE * len(head.strip())


def _skip_comments(head: str) -> str:
    """``head`` past the comments and white space it opens with."""
    while head.startswith("<!--"):
        end = head.find("-->", 4)
        if end < 0:
            return ""
        head = head[end + 3 :].lstrip()
    return head
