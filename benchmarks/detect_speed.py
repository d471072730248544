"""CPU speed of format detection and of splitting over the development pages.

Usage: python benchmarks/detect_speed.py [--shared ../shared] [--rounds 15]

Each round runs, page after page of ``shared/corpus``, :func:`newsparse.detect_format`
(every splitter's ``fit``) and then the detected splitter's ``split``, as a parse
does; the CPU time (``time.process_time``) of each stage is summed over the round.
The best round of ``--rounds`` is printed for each stage, in seconds and MB/s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsparse
from newsparse.page.probe import PageProbe

REPO = Path(__file__).resolve().parents[1]


def one_round(pages: list[str], registry: newsparse.Registry) -> tuple[float, float]:
    """CPU seconds of detection and of splitting over ``pages``, once each."""
    clock = time.process_time
    detect = split = 0.0
    for text in pages:
        t0 = clock()
        probe = PageProbe(text)
        splitter = newsparse.detect_format(probe, registry)
        t1 = clock()
        splitter.split(probe)
        t2 = clock()
        detect += t1 - t0
        split += t2 - t1
    return detect, split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder (corpus)")
    ap.add_argument("--rounds", type=int, default=15, help="rounds to take the best of (default: 15)")
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted((args.shared / "corpus").glob("*.txt"))]
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    registry = newsparse.default_registry()
    rounds = [one_round(pages, registry) for _ in range(args.rounds)]
    print(f"{len(pages)} dev pages, {mb:.2f} MB; best of {args.rounds} rounds (CPU time):")
    for name, seconds in (("detect", min(r[0] for r in rounds)), ("split", min(r[1] for r in rounds))):
        print(f"  {name:<7} {seconds:7.4f} s {mb / seconds:7.1f} MB/s")


if __name__ == "__main__":
    main()
