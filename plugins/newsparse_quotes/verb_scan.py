"""The first verb after a sentence's subject, read once however many quotes the sentence holds."""

from __future__ import annotations

from collections.abc import Callable

from .words import PassageView

__all__ = ["VerbScan"]


class VerbScan:
    """Finds the first verb outside quotes from a token on, remembering how far it has read.

    Every quote of a sentence asks from the sentence's subject up to the quote; a later
    question reads on from where the last one stopped, so a sentence of thousands of
    quotes is read once, not once per quote.
    """

    def __init__(self, is_verb: Callable[[str], bool]):
        self.is_verb = is_verb
        self._found: dict[tuple[int, int], tuple[int | None, int]] = {}  # by passage offset and token

    def first(self, view: PassageView, start: int, stop: int) -> int | None:
        """The first verb (``is_verb`` of its lower case) outside quotes among tokens ``start:stop`` of
        ``view``, or ``None``."""
        key = (view.offset, start)
        verb, read = self._found.get(key, (None, start))
        if verb is None and read < stop:
            tokens, is_verb = view.tokens, self.is_verb
            verb = next(
                (k for k in range(read, stop) if tokens[k].is_word and not tokens[k].quoted and is_verb(tokens[k].lower)),
                None,
            )
            self._found[key] = (verb, stop)
        return verb if verb is not None and verb < stop else None
