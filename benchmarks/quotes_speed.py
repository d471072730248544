"""CPU throughput of the quotes stage alone, in MB/s of page text.

Every page of ``shared/corpus`` is split into articles once; then the quotes
extractor's ``extract`` is timed over all those articles (``time.process_time``),
``--repeat`` times, and the best round is printed::

    python benchmarks/quotes_speed.py [--shared /work/shared] [--repeat 7]

To compare with an older commit, check it out into a worktree and run this file
with ``PYTHONPATH=WORKTREE/plugins:WORKTREE/src``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsparse
from newsparse.page.probe import PageProbe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    registry = newsparse.default_registry()
    extractor = registry.extractors["quotes"]
    pages = [p.read_text(encoding="utf-8") for p in sorted((args.shared / "corpus").glob("*.txt"))]
    size = sum(len(text.encode("utf-8")) for text in pages) / 1e6
    probes = [PageProbe(text) for text in pages]
    work = [(article, p.text) for p in probes for article in newsparse.detect_format(p, registry).split(p)]
    clock = time.process_time
    best = float("inf")
    for _ in range(args.repeat):
        start = clock()
        for article, text in work:
            extractor.extract(article, text)
        best = min(best, clock() - start)
    print(f"quotes: {size:.3f} MB in {best:.4f} s CPU (best of {args.repeat}): {size / best:.2f} MB/s")


if __name__ == "__main__":
    main()
