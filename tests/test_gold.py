"""End to end: the evaluation scorer on the development gold, with each issue's thresholds."""

from __future__ import annotations

import subprocess
import sys

import pytest

# (gold files, minimum metrics): the "done when" bars of the issues.
CHECKS = {
    "digest pages": (
        ["rt-*.json", "digest-*.json"],
        {
            "article_f1": 1.0,
            "paragraph_f1": 1.0,
            "related_f1": 1.0,
            "related_caption_acc": 1.0,
            "related_attribution_acc": 1.0,
            "republished_acc": 1.0,
        },
    ),
    "quotes": (
        ["*.json"],
        {"quote_f1": 0.98, "speaker_acc": 0.95, "speaker_full_acc": 0.95, "quote_kind_acc": 0.95},
    ),
    "figures": (
        ["*.json"],
        {"figure_f1": 0.97, "figure_approx_acc": 0.95, "figure_unit_acc": 0.90},
    ),
    "other outlets": (
        ["page-*.json"],
        {"headline_acc": 1.0, "date_acc": 1.0, "article_f1": 0.9, "paragraph_f1": 0.95},
    ),
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_scorer_thresholds_on_dev_gold(name, shared_dir):
    patterns, minimums = CHECKS[name]
    gold = sorted(str(p) for pattern in patterns for p in (shared_dir / "eval" / "gold").glob(pattern))
    assert gold, f"no gold files match {patterns}"
    cmd = [sys.executable, str(shared_dir / "eval" / "score.py"), *gold, "--quiet"]
    cmd += ["--cmd", f"{sys.executable} -m newsparse parse {{src}} --format jsonl"]
    for metric, value in minimums.items():
        cmd += ["--min", f"{metric}={value}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
