"""Reading inputs as text, with clear errors for what cannot be read."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import InputError

__all__ = ["DEFAULT_ENCODING", "read_text", "decode"]

#: Inputs are decoded as UTF-8; a leading byte-order mark is dropped.
DEFAULT_ENCODING = "utf-8-sig"

_SNIFF = 8192


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` (named ``name`` in errors) as ``encoding``, UTF-8 by default.

    Raises :class:`InputError` for binary data (a NUL byte in the first 8 KiB) and
    for bytes the encoding cannot decode; the message names ``--encoding``.
    """
    if b"\x00" in data[:_SNIFF] and encoding is None:
        raise InputError(f"{name}: looks like binary data, not text (it holds NUL bytes)")
    codec = encoding or DEFAULT_ENCODING
    try:
        return data.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {codec!r}") from None
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if encoding is None else repr(encoding)
        raise InputError(
            f"{name}: not valid {shown} (byte {exc.start}); give its encoding with --encoding, e.g. --encoding cp1252"
        ) from None


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """The text of the file at ``path`` (``-`` reads standard input), decoded by :func:`decode`."""
    name = os.fspath(path)
    if name == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    p = Path(name)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, name, encoding)
