"""Parse throughput (MB/s per core) and peak memory of newsparse, side by side in one run.

Usage: python benchmarks/throughput.py [--mb 20] [--shared ../shared]

Inputs are built by repeating the development pages in ``shared/corpus``:

* ``stream``: the pages parsed one by one, as the CLI does with many files.
  Run at two sizes: flat peak memory means memory does not grow with the stream.
* ``one file``: one large digest text (the digest page repeated), parsed at once.
* ``stages``: the stream's CPU time split into detection, splitting and each extractor.
* ``hostile``: adversarial texts (quote-mark soup, one endless line, digit runs)
  at doubling sizes; time per MB should stay flat (linear time).

Each row runs in its own process so its peak memory (max RSS) is its own; rows
are run with every plugin (``full``) and with the splitters only (``split``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXTRACTORS_OFF = "split"


def _registry(mode: str):
    import newsparse
    from newsparse.plugins import Registry, make_plugin_manager

    if mode != EXTRACTORS_OFF:
        return newsparse.default_registry()
    pm = make_plugin_manager()
    registry = Registry(pm)
    registry.extractors.clear()
    return registry


def _pages(shared: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").glob("*.txt"))]


def _hostile(kind: str, size: int) -> str:
    unit = {
        "quote soup": "“a ‘b” c’ ”d “ ' \" ’s ",
        "endless line": "word" * 5 + "’",
        "digit runs": "1,000.5 $2 bn 3-4 per cent ",
        "read more": "Read more\n",
    }[kind]
    return (unit * (size // len(unit) + 1))[:size]


def stage_times(shared: Path, mb: float) -> dict[str, float]:
    """CPU seconds per stage (detection, splitting, each extractor) over the dev pages repeated to ``mb`` MB."""
    import newsparse

    registry = newsparse.default_registry()
    pages = _pages(shared)
    rounds = max(1, int(mb * 1e6 // sum(len(p.encode("utf-8")) for p in pages)))
    times = dict.fromkeys(["detect", "split", *registry.extractors], 0.0)
    clock = time.process_time
    for _ in range(rounds):
        for text in pages:
            t0 = clock()
            splitter = newsparse.detect_format(text, registry)
            t1 = clock()
            page = splitter.split(text)
            times["detect"] += t1 - t0
            times["split"] += clock() - t1
            for article in page:
                for name, extractor in registry.extractors.items():
                    t0 = clock()
                    article = extractor.extract(article, text)
                    times[name] += clock() - t0
    times["MB"] = rounds * sum(len(p.encode("utf-8")) for p in pages) / 1e6
    return times


def worker(spec: dict) -> dict:
    """Run one measurement in this process and return its figures."""
    import newsparse

    registry = _registry(spec["mode"])
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if spec["input"] == "stream":
        pages = _pages(Path(spec["shared"]))
        page_bytes = sum(len(p.encode("utf-8")) for p in pages)
        rounds = max(1, int(spec["mb"] * 1e6 // page_bytes))
        texts = (page for _ in range(rounds) for page in pages)
        total = rounds * page_bytes
    elif spec["input"] == "one file":
        page = (Path(spec["shared"]) / "corpus" / "rt-2025-11-page46.txt").read_text(encoding="utf-8")
        body = page.split("\n", 1)[1]
        text = page + body * int(spec["mb"] * 1e6 // len(body.encode("utf-8")))
        texts = iter([text])
        total = len(text.encode("utf-8"))
    else:
        text = _hostile(spec["input"], int(spec["mb"] * 1e6))
        texts = iter([text])
        total = len(text.encode("utf-8"))
    articles = 0
    start = time.process_time()
    for text in texts:
        articles += len(newsparse.parse(text, registry=registry))
    seconds = time.process_time() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "mb": total / 1e6,
        "seconds": seconds,
        "articles": articles,
        "peak_mb": peak_kb / 1024,
        "baseline_mb": baseline_kb / 1024,
    }


def _run(spec: dict) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", json.dumps(spec)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20, help="size of the large inputs in MB (default 20)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder (corpus)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        spec = json.loads(args.worker)
        result = stage_times(Path(spec["shared"]), spec["mb"]) if spec["input"] == "stages" else worker(spec)
        print(json.dumps(result))
        return

    rows = []
    for mode in ("full", EXTRACTORS_OFF):
        for input_kind, mb in (("stream", args.mb / 4), ("stream", args.mb), ("one file", args.mb / 4)):
            rows.append((mode, input_kind, _run({"mode": mode, "input": input_kind, "mb": mb, "shared": str(args.shared)})))
    for kind in ("quote soup", "endless line", "digit runs", "read more"):
        for mb in (0.25, 0.5, 1.0):
            rows.append(("full", kind, _run({"mode": "full", "input": kind, "mb": mb, "shared": str(args.shared)})))

    stages = _run({"input": "stages", "mb": args.mb / 4, "shared": str(args.shared)})
    mb_total = stages.pop("MB")
    print(f"Stages over {mb_total:.1f} MB of dev pages (CPU seconds, MB/s of that stage alone):")
    for name, seconds in stages.items():
        print(f"  {name:<10} {seconds:7.2f} s {mb_total / seconds if seconds else float('inf'):8.1f} MB/s")
    print(f"  {'total':<10} {sum(stages.values()):7.2f} s {mb_total / sum(stages.values()):8.1f} MB/s")
    print()
    print(f"{'plugins':<8} {'input':<13} {'MB':>7} {'s (CPU)':>8} {'MB/s':>7} {'s/MB':>7} {'articles':>9} {'peak MB':>8} {'base MB':>8}")
    for mode, kind, r in rows:
        rate = r["mb"] / r["seconds"] if r["seconds"] else float("inf")
        per_mb = r["seconds"] / r["mb"] if r["mb"] else 0.0
        print(
            f"{mode:<8} {kind:<13} {r['mb']:7.2f} {r['seconds']:8.2f} {rate:7.2f} {per_mb:7.3f} "
            f"{r['articles']:9d} {r['peak_mb']:8.1f} {r['baseline_mb']:8.1f}"
        )


if __name__ == "__main__":
    main()
