"""Time the quote extractor on hostile inputs of doubling size, to show it is linear.

Run with ``python benchmarks/quotes_hostile.py``.  Each input is one passage built
from quotation marks, apostrophes, long unclosed quotes and one subject before
thousands of quotes; the time per mark should stay flat as the size doubles.
"""

from __future__ import annotations

import random
import time

from newsparse.model import Article, Passage, Span
from newsparse.hooks.vocabulary import Vocabulary
from newsparse_quotes import QuoteExtractor
from newsparse_quotes.declarations import DECLARATIONS
from newsparse_quotes.marks import DOUBLE_MARKS, SINGLE_MARKS

SIZES = [12_500, 25_000, 50_000, 100_000, 200_000]


def mark_soup(marks: int, rng: random.Random) -> str:
    """Marks mixed with apostrophes and words, so quotes open, nest and run on."""
    pieces = []
    for _ in range(marks):
        pieces.append(rng.choice(DOUBLE_MARKS + SINGLE_MARKS))
        pieces.append(rng.choice(["a", " ", "don’t ", "’90s ", "he said ", ". ", "Ann’s "]))
    return "".join(pieces)


def unclosed(marks: int) -> str:
    """Opening marks only, each followed by a sentence: every quote runs on."""
    return "“He said the Kremlin spokesman Ivan Roe told them. " * marks


def subject_soup(marks: int) -> str:
    """One subject, then quotes and no speech verb: the sentence's subject is asked about for every quote."""
    return "The council " + "“a ‘b” c’ ”d “ " * (marks // 5)


def apostrophes(marks: int) -> str:
    """Apostrophes everywhere and no quote at all."""
    return "Ukraine’s farmers don’t recall the ’90s; the workers’ union’s " * (marks // 5)


def time_extract(text: str, extractor: QuoteExtractor) -> float:
    article = Article(span=Span(0, len(text)), paragraphs=[Passage(text, Span(0, len(text)))])
    start = time.perf_counter()
    extractor.extract(article, text)
    return time.perf_counter() - start


def main() -> None:
    extractor = QuoteExtractor(Vocabulary(DECLARATIONS))
    rng = random.Random(4)
    builders = {"mark soup": lambda n: mark_soup(n, rng), "unclosed": unclosed, "apostrophes": apostrophes,
                "subject soup": subject_soup}
    print(f"{'input':<12} {'marks':>8} {'chars':>9} {'seconds':>8} {'µs/mark':>8}")
    for label, build in builders.items():
        for marks in SIZES:
            text = build(marks)
            seconds = time_extract(text, extractor)
            print(f"{label:<12} {marks:>8} {len(text):>9} {seconds:>8.3f} {seconds / marks * 1e6:>8.2f}")


if __name__ == "__main__":
    main()
