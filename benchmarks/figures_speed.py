"""Speed of the figures stage alone: MB/s of ``FigureExtractor.extract`` over the dev pages' articles.

Usage: python benchmarks/figures_speed.py [--runs 15] [--shared ../shared]

Each page of ``shared/corpus`` is detected, split and run through the extractors
before ``figures`` once; then every run times (CPU time, ``time.process_time``) only
``extract`` of the figures extractor over all those articles.  The first call, which
builds the extractor's patterns, is made before the runs and not counted.  Printed:
the pages' size, the best and median of ``--runs`` runs in seconds and in MB/s of
page text (MB = 10**6 bytes of UTF-8), and how many figures one run finds.

To compare two versions of the plugin in one session, put a copy of the other
version's ``newsparse_figures`` folder first on the path, e.g.
``PYTHONPATH=/tmp/old python benchmarks/figures_speed.py``, and alternate the runs.
On a shared machine the times swing by a tenth or more; instruction counts do not:
run a loop of ``extract`` over the same articles once and three times under
``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0`` (the tables'
order, and so the patterns, otherwise change between runs), and take half the
difference.  Counts rank changes to the regular expressions too kindly: a regex scan
does many cheap instructions, Python code fewer dear ones, so confirm with times.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import newsparse
from newsparse.model import Article
from newsparse.page.probe import PageProbe

REPO = Path(__file__).resolve().parents[1]


def prepared(shared: Path) -> tuple[list[tuple[Article, str]], int]:
    """The articles the figures extractor gets from every dev page, each with its page's text, and the pages' bytes."""
    registry = newsparse.default_registry()
    names = list(registry.extractors)
    before = [registry.extractors[name] for name in names[: names.index("figures")]]
    work = []
    size = 0
    for path in sorted((shared / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        for article in newsparse.detect_format(probe := PageProbe(text), registry).split(probe):
            for extractor in before:
                article = extractor.extract(article, text)
            work.append((article, text))
    return work, size


def one_run(extract: object, work: list[tuple[Article, str]]) -> tuple[float, int]:
    """CPU seconds of extracting the figures of every article once, and how many were found."""
    found = 0
    t0 = time.process_time()
    for article, text in work:
        found += len(extract(article, text).figures)  # type: ignore[operator]
    return time.process_time() - t0, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="timed runs (default 15); the best counts")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder (corpus)")
    args = ap.parse_args()
    work, size = prepared(args.shared)
    extract = newsparse.default_registry().extractors["figures"].extract
    one_run(extract, work)  # builds whatever the extractor builds on its first call
    runs = [one_run(extract, work) for _ in range(args.runs)]
    seconds = [s for s, _ in runs]
    best, median = min(seconds), statistics.median(seconds)
    mb = size / 1e6
    print(f"figures stage: {len(work)} articles, {mb:.3f} MB of pages, {runs[0][1]} figures a run")
    print(f"  best of {args.runs}:  {best:.4f} s  {mb / best:6.2f} MB/s")
    print(f"  median:      {median:.4f} s  {mb / median:6.2f} MB/s")


if __name__ == "__main__":
    main()
