"""Reading inputs as text, with clear errors for what cannot be read.

The rules, the same for files, standard input and bytes in memory:

* **Encoding.**  A byte-order mark picks UTF-8, UTF-16 or UTF-32 (little or big
  endian) and is dropped; without one the input is UTF-8.  An ``encoding``
  given by the caller is used as it is, with no sniffing.
* **NUL characters.**  Text holding a NUL (U+0000) is refused wherever the NUL
  sits: no news page holds one, so a NUL means binary data, a wide encoding
  read as UTF-8, or a damaged file, and any output would be a guess.  Data is
  decoded block by block and reading stops at the first NUL, so a binary file
  is refused after its first block and an endless one (``/dev/zero``) is not
  read to its end.  NUL bytes at every other position of the first block read
  as UTF-16 without a byte-order mark, and the error names the encoding to give.
* **Size.**  At most ``max_bytes`` bytes (:data:`DEFAULT_MAX_BYTES`, 1 GiB) are
  read; a larger file is refused before reading, a larger stream as soon as
  it passes the limit.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import BinaryIO

from newsparse.errors import InputError

__all__ = ["DEFAULT_ENCODING", "DEFAULT_MAX_BYTES", "read_text", "read_stream", "decode", "format_size"]

#: Inputs are decoded as UTF-8 unless a byte-order mark says otherwise; the mark is dropped.
DEFAULT_ENCODING = "utf-8-sig"
#: The most bytes read from one input unless the caller gives another limit.
DEFAULT_MAX_BYTES = 1 << 30

_BLOCK = 1 << 16
_MARK_SIZE = 4  # the longest byte-order mark

# UTF-32 marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: str | os.PathLike[str], encoding: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of the file at ``path`` (``-`` reads standard input), read by :func:`read_stream`.

    Raises :class:`InputError` naming the file when it is missing, a directory,
    unreadable, too large, binary or not in the encoding.
    """
    name = os.fspath(path)
    if name == "-":
        return read_stream(sys.stdin.buffer, "<stdin>", encoding, max_bytes=max_bytes)
    try:
        with open(name, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise _too_large(name, max_bytes)
            return read_stream(stream, name, encoding, max_bytes=max_bytes)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None


def read_stream(
    stream: BinaryIO, name: str, encoding: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The text of the binary ``stream`` (named ``name`` in errors), decoded block by block.

    See the module documentation for the rules; raises :class:`InputError`.
    """
    # One system call a block, so that Ctrl-C is seen between them: ``read`` waits for a whole block,
    # and an interrupt that arrives while data comes in would be noticed only when more data comes.
    read = getattr(stream, "read1", stream.read)
    block = read(_BLOCK)
    while block and len(block) < _MARK_SIZE:  # a byte-order mark may come in pieces from a pipe
        more = read(_BLOCK)
        if not more:
            break
        block += more
    codec = encoding or _sniff(block, name)
    try:
        decoder = codecs.getincrementaldecoder(codec)()
    except LookupError:
        raise InputError(f"{name}: unknown encoding {codec!r}") from None
    # The blocks are checked as they come and kept as bytes, decoded whole at the end: decoded pieces
    # joined at the end would hold the text twice, and text takes up to four times the bytes of UTF-8.
    data = bytearray()
    chars = 0
    while True:
        if len(data) + len(block) > max_bytes:
            raise _too_large(name, max_bytes)
        checked = _decode_block(decoder, block, name, len(data), encoding, final=not block)
        _refuse_nul(checked, chars, name)
        if not block:
            return data.decode(codec)
        chars += len(checked)
        data += block
        block = read(_BLOCK)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """``data`` (named ``name`` in errors) decoded by the rules of :func:`read_stream`, with no size limit."""
    return read_stream(io.BytesIO(data), name, encoding, max_bytes=len(data))


def format_size(size: int) -> str:
    """``size`` bytes for people: ``1 GiB``, ``500 MiB``, ``1000 bytes``."""
    for power, unit in ((4, "TiB"), (3, "GiB"), (2, "MiB"), (1, "KiB")):
        if size >= 1024**power and size % 1024**power == 0:
            return f"{size // 1024**power} {unit}"
    return f"{size} bytes"


def _sniff(block: bytes, name: str) -> str:
    """The codec a byte-order mark names, else UTF-8; refuses a first block with NUL bytes."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if block.startswith(mark):
            return codec
    if b"\x00" in block:
        raise InputError(_nul_message(block, name))
    return DEFAULT_ENCODING


def _nul_message(block: bytes, name: str) -> str:
    """Why a first block holding NUL bytes is refused; names the UTF-16 byte order it looks like."""
    even, odd = block[0::2].count(0), block[1::2].count(0)
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # UTF-16 text has a NUL beside every ASCII character (spaces at least), nearly all on one side.
        if zeros >= 2 and zeros * 16 >= len(block) and others * 4 < zeros:
            return f"{name}: looks like UTF-16 without a byte-order mark or binary data; give --encoding {codec}"
    return f"{name}: looks like binary data, not text (it holds a NUL at byte {block.index(0)})"


def _decode_block(
    decoder: codecs.IncrementalDecoder, block: bytes, name: str, offset: int, encoding: str | None, *, final: bool
) -> str:
    """``block`` decoded; ``offset`` is where it starts in the input, for the error message."""
    pending = len(decoder.getstate()[0])
    try:
        return decoder.decode(block, final)
    except UnicodeDecodeError as exc:
        at = offset - pending + exc.start
        shown = "UTF-8" if encoding is None and exc.encoding.startswith("utf-8") else repr(encoding or exc.encoding)
        raise InputError(
            f"{name}: not valid {shown} (byte {at}); give its encoding with --encoding, e.g. --encoding cp1252"
        ) from None


def _refuse_nul(decoded: str, before: int, name: str) -> None:
    """Refuse the text when the block just ``decoded``, after ``before`` characters, holds a NUL."""
    at = decoded.find("\x00")
    if at >= 0:
        raise InputError(f"{name}: looks like binary data, not text (it holds a NUL at character {before + at})")


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: larger than {format_size(max_bytes)}, the most read from one input (--max-bytes)")
