"""Side-by-side benchmark: newsparse's figures against quantulum3 on the dev gold.

Both extractors read the same passages (the summaries and paragraphs newsparse
splits each gold page into), their figures are scored with the evaluation
scorer's own functions, and the figure stage of each is timed on the same
texts.  One table is printed::

    python benchmarks/figures_vs_quantulum3.py [--shared ../shared] [--repeat 5]

quantulum3 is a benchmark-only dependency (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import time
import warnings
from types import ModuleType

from newsparse import parse
from newsparse.model import Article
from newsparse.hooks.host import default_registry

REPO = pathlib.Path(__file__).resolve().parents[1]


def load_scorer(shared: pathlib.Path) -> ModuleType:
    """The evaluation scorer, imported by path from ``shared/eval/score.py``."""
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def passages(article: Article, text: str) -> list[str]:
    """The texts figures are read from: the summary and the body paragraphs."""
    spans = ([article.summary.span] if article.summary else []) + [p.span for p in article.paragraphs]
    return [text[s.start : s.end] for s in spans]


def quantulum_figure(quantity) -> dict:
    """A quantulum3 Quantity as a figure dict of the evaluation format."""
    unit = quantity.unit
    if unit.entity.name == "currency":
        kind = "money"
    elif unit.name == "percentage":
        kind = "percent"
    else:
        kind = "quantity"
    return {
        "text": quantity.surface,
        "value": quantity.value,
        "high": None,
        "kind": kind,
        "currency": getattr(unit, "currency_code", None) if kind == "money" else None,
        "unit": None if unit.name in ("dimensionless", "percentage") or kind == "money" else unit.name,
        "approx": None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=pathlib.Path, default=REPO.parent / "shared", help="the shared/ folder")
    ap.add_argument("--repeat", type=int, default=5, help="timing runs of newsparse (best is kept)")
    args = ap.parse_args(argv)

    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser as quantulum

    quantulum.parse("It cost $5 million.")  # load its tables before timing
    scorer = load_scorer(args.shared)
    extractor = default_registry().extractors["figures"]
    totals = {"newsparse": scorer.Score(), "quantulum3": scorer.Score()}
    seconds = {"newsparse": 0.0, "quantulum3": 0.0}
    size = 0
    for gold_path in sorted((args.shared / "eval" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.shared / "corpus" / gold["source"]).read_text(encoding="utf-8")
        articles = list(parse(text))
        size += sum(len(t.encode()) for a in articles for t in passages(a, text))

        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            ours = [extractor.extract(a, text) for a in articles]
            best = min(best, time.perf_counter() - start)
        seconds["newsparse"] += best
        totals["newsparse"].merge(scorer.score_doc(gold, [a.to_dict() for a in ours]))

        start = time.perf_counter()
        found = [[q for t in passages(a, text) for q in quantulum.parse(t)] for a in articles]
        seconds["quantulum3"] += time.perf_counter() - start
        theirs = [dict(a.to_dict(), figures=[quantulum_figure(q) for q in qs]) for a, qs in zip(articles, found)]
        totals["quantulum3"].merge(scorer.score_doc(gold, theirs))

    names = ("figure_f1", "figure_p", "figure_r", "figure_approx_acc", "figure_unit_acc")
    print(f"{'extractor':<12}" + "".join(f"{n:>19}" for n in names) + f"{'MB/s':>10}")
    for who, score in totals.items():
        metrics = score.metrics()
        row = "".join(f"{metrics[n]:>19.3f}" for n in names)
        print(f"{who:<12}{row}{size / 1e6 / seconds[who]:>10.2f}")
    print(f"({size / 1e3:.0f} kB of summaries and paragraphs from {args.shared / 'eval' / 'gold'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
