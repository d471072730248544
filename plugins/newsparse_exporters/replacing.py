"""Files in an output folder that replace their targets only when the whole export succeeds."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["replacing_files"]


@contextlib.contextmanager
def replacing_files(folder: Path, names: Iterable[str]) -> Iterator[dict[str, Path]]:
    """A temporary path beside ``folder/NAME`` for each name, renamed over its target when the block succeeds.

    The folder is made when missing.  When the block raises, the temporary
    files are removed and the existing files are left as they were.
    """
    folder.mkdir(parents=True, exist_ok=True)
    token = os.urandom(4).hex()  # as secrets.token_hex(4), without importing hashlib
    temps = {name: folder / f".{name}.{token}.tmp" for name in names}
    try:
        yield temps
        for name, temp in temps.items():
            os.replace(temp, folder / name)
    except BaseException:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
