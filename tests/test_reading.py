"""Reading inputs (encodings, NULs, size limits, endless streams) and trimming odd characters off span edges."""

from __future__ import annotations

import codecs
import io
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.errors import InputError
from newsparse.reading import DEFAULT_MAX_BYTES, decode, format_size, read_stream, read_text
from newsparse.model import Passage
from newsparse.page.text import WHITE_SPACE, passage

TEXT = "Prices rose by 5% — “a shock”, said Zoë Brand 😀.\n"

# -- encodings ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # starts with the UTF-16 LE mark: must be checked first
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_picks_the_encoding_and_is_dropped(mark, codec):
    assert decode(mark + TEXT.encode(codec), "page.txt") == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT * 3, "Цены выросли на пять процентов за год. " * 3])
def test_utf16_without_a_mark_names_the_encoding_to_give(codec, text):
    expected = f"UTF-16 without a byte-order mark or binary data; give --encoding {codec}"
    with pytest.raises(InputError, match=expected):
        decode(text.encode(codec), "page.txt")
    assert decode(text.encode(codec), "page.txt", codec) == text


def test_a_given_encoding_is_used_as_it_is():
    assert decode(codecs.BOM_UTF8 + b"caf\xc3\xa9", "page.txt", "utf-8") == "\ufeffcafé"
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"text", "page.txt", "klingon")


def test_invalid_bytes_are_named_by_their_offset_across_blocks():
    data = "é".encode() * 70_000  # longer than a block; a block boundary splits a character
    assert decode(data, "page.txt") == "é" * 70_000
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 139998\); give its encoding with --encoding"):
        decode(data[:-1] + b"\xff", "page.txt")


# -- NULs: refused wherever they sit ----------------------------------------------------------------------------


@pytest.mark.parametrize("at", [0, 10, 70_000, 100_000])
def test_a_nul_is_refused_wherever_it_sits(at):
    data = bytearray(b"Some text. " * (at // 11 + 10))
    data[at] = 0
    with pytest.raises(InputError, match=rf"binary data, not text \(it holds a NUL at (byte|character) {at}\)"):
        decode(bytes(data), "page.txt")


def test_a_nul_in_wide_text_is_refused_too():
    with pytest.raises(InputError, match="NUL at character 5"):
        decode(codecs.BOM_UTF16_LE + "Some \x00text".encode("utf-16-le"), "page.txt")


@pytest.mark.parametrize(("data", "at"), [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 8), (b"abc\x00def", 3)])
def test_binary_data_is_refused_from_its_first_block(data, at):
    with pytest.raises(InputError, match=rf"binary data, not text \(it holds a NUL at byte {at}\)"):
        decode(data, "blob")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_after_one_block():
    with pytest.raises(InputError, match="/dev/zero: looks like binary data"):
        read_text("/dev/zero")


# -- sizes ----------------------------------------------------------------------------------------------------


class EndlessText(io.RawIOBase):
    """A stream of text that never ends; fails the test when more than ``budget`` bytes are read."""

    def __init__(self, budget: int):
        self.budget = budget
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        assert self.served <= self.budget, "read far past the limit"
        buffer[:] = b"a" * len(buffer)
        self.served += len(buffer)
        return len(buffer)


def test_an_endless_stream_is_refused_once_past_the_limit(monkeypatch):
    stream = EndlessText(budget=4_000_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    with pytest.raises(InputError, match=r"<stdin>: larger than 1 MiB, the most read from one input \(--max-bytes\)"):
        read_text("-", max_bytes=1 << 20)
    assert stream.served < 2 << 20


def test_a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"x" * 100)
    assert read_text(path, max_bytes=100) == "x" * 100
    with pytest.raises(InputError, match="larger than 99 bytes"):
        read_text(path, max_bytes=99)
    with pytest.raises(InputError, match="larger than 99 bytes"):
        read_stream(io.BytesIO(b"x" * 100), "page.txt", max_bytes=99)


def test_the_library_reads_at_most_a_gibibyte_by_default(tmp_path):
    assert DEFAULT_MAX_BYTES == 1 << 30
    path = tmp_path / "huge.txt"
    with open(path, "wb") as sparse:  # a sparse file: large, yet costs no disk
        sparse.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(InputError, match="larger than 1 GiB"):
        newsparse.parse_file(path)


@pytest.mark.parametrize(("size", "shown"), [(1 << 30, "1 GiB"), (500 << 20, "500 MiB"), (1000, "1000 bytes")])
def test_format_size(size, shown):
    assert format_size(size) == shown


# -- span edges ---------------------------------------------------------------------------------------------------


def test_white_space_is_every_character_str_split_splits_on():
    assert set(WHITE_SPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}


@pytest.mark.parametrize("text", ["0\u200b\x1f", "\x1f0\x85", "\u200b0 \u2060", "\x1c\ufeff0\u200d\x1e"])
def test_odd_white_space_and_zero_width_characters_are_trimmed_from_spans(text):
    (article,) = newsparse.parse(text)
    (only,) = article.passages()
    assert (only.text, text[only.span.start : only.span.end]) == ("0", "0")


# Information separators, next line, no-break space, line separator, zero-width space, joiners, word joiner, BOM.
ODD_CHARACTERS = "\x1c\x1d\x1e\x1f\x85\u00a0\u2028\u200b\u200c\u200d\u2060\ufeff \t\n"
ODD_TEXT = st.text(alphabet=st.sampled_from([*ODD_CHARACTERS, "a", "0", "."]), max_size=60)


def _keeps_the_invariant(text: str, found: Passage) -> bool:
    """The passage's text is its span with white space collapsed, and the span has no odd character at its edges."""
    chunk = text[found.span.start : found.span.end]
    return found.text == " ".join(chunk.split()) and chunk == chunk.strip(ODD_CHARACTERS)


@settings(max_examples=300, deadline=None)
@given(ODD_TEXT, st.data())
def test_passage_text_is_its_span_with_white_space_collapsed(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _keeps_the_invariant(text, passage(text, start, end))


@settings(max_examples=150, deadline=None)
@given(ODD_TEXT)
def test_parsed_passages_keep_their_span_invariant(text):
    for article in newsparse.parse(text):
        for found in article.passages():
            assert _keeps_the_invariant(text, found)
