"""End to end: the evaluation scorer on the development gold, held to a ratchet of floors.

``gold_floors.json`` beside this file holds, for each group of gold pages, a floor for
every metric the scorer prints. A floor is what was measured when it was last raised,
rounded down to the thousandth; floors are raised, never lowered (a group's
``note`` records the one deliberate exception, with its reason). The ratchet fails
when a metric falls below its floor, and when a metric has risen more than
:data:`SLACK` above it, so that every improvement is locked in. Raise the floors with::

    .venv/bin/python tests/test_gold.py --raise
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

FLOORS_FILE = Path(__file__).with_name("gold_floors.json")
SHARED = Path(__file__).resolve().parents[2] / "shared"
#: How far a metric may rise above its floor before the floor must be raised.
SLACK = 0.005


def load_groups() -> dict[str, dict]:
    """The groups of the floors file: name -> {"gold": [glob, ...], "floors": {metric: floor}}."""
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["groups"]


def measure(patterns: list[str], shared: Path = SHARED) -> dict[str, float]:
    """Every metric the scorer prints, for the gold files matching ``patterns``."""
    gold_dir = shared / "eval" / "gold"
    gold = sorted({str(p) for pattern in patterns for p in gold_dir.glob(pattern)})
    assert gold, f"no gold files match {patterns}"
    cmd = [sys.executable, str(shared / "eval" / "score.py"), *gold, "--quiet", "--json"]
    cmd += ["--cmd", f"{sys.executable} -m newsparse parse {{src}} --format jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    return json.loads(out[out.index("{") : out.rindex("}") + 1])


@pytest.fixture(scope="module")
def measured(shared_dir: Path) -> dict[str, dict[str, float]]:
    return {name: measure(group["gold"], shared_dir) for name, group in load_groups().items()}


def test_every_group_has_a_floor_for_every_metric(measured):
    for name, group in load_groups().items():
        assert set(group["floors"]) == set(measured[name]), f"{name}: floors and scorer metrics differ"


@pytest.mark.parametrize("group", sorted(load_groups()))
def test_no_metric_falls_below_its_floor(measured, group):
    floors = load_groups()[group]["floors"]
    below = [f"{m}={measured[group][m]:.4f} < floor {f}" for m, f in sorted(floors.items()) if measured[group][m] < f]
    assert not below, f"{group}: " + "; ".join(below)


@pytest.mark.parametrize("group", sorted(load_groups()))
def test_every_improvement_raises_its_floor(measured, group):
    floors = load_groups()[group]["floors"]
    above = [
        f"{m}={measured[group][m]:.4f} > floor {f} + {SLACK}"
        for m, f in sorted(floors.items())
        if measured[group][m] > f + SLACK
    ]
    assert not above, f"{group}: raise the floors with 'python tests/test_gold.py --raise': " + "; ".join(above)


def raise_floors(shared: Path = SHARED) -> list[str]:
    """Raise every floor to the measured value rounded down to the thousandth; never lower one."""
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    changes = []
    for name, group in data["groups"].items():
        for metric, value in measure(group["gold"], shared).items():
            new = math.floor(value * 1000) / 1000
            old = group["floors"].get(metric)
            if old is None or new > old:
                group["floors"][metric] = new
                changes.append(f"{name}: {metric} {old} -> {new}")
    FLOORS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return changes


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Raise the dev-gold floors to what is measured now.")
    parser.add_argument("--raise", dest="raise_", action="store_true", required=True)
    parser.parse_args()
    print("\n".join(raise_floors()) or "no floor could be raised")
