"""Start-up cost of ``newsparse parse small.txt``: CPU seconds of the whole command, and where they go.

Usage: python benchmarks/startup.py [--runs 20]

* ``command``: CPU time (user + system) of ``python -m newsparse parse small.txt``,
  the median and the fastest of ``--runs`` runs, against a bare ``python -c pass``.
* ``phases``: in one fresh process, CPU time to import the command, load the plugins
  (their imports), build the registry (the plugins' hooks: vocabularies, compiled
  patterns), and parse and write the small page.
* ``imports``: the slowest imports by ``python -X importtime`` (cumulative microseconds).

Byte-code caching is switched on for these runs (``PYTHONDONTWRITEBYTECODE`` is
dropped) as on an installed system; the first run writes the caches and is not counted.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SMALL = "Month: June 2024\n\nFishermen have protested against new quotas in three harbour towns\n\nBoats stayed in port.\n"

PHASES = """
import time
clock = time.process_time
t0 = clock()
import io, newsparse.cli.main
t1 = clock()
from newsparse.hooks.host import Registry, make_plugin_manager
pm = make_plugin_manager()
t2 = clock()
registry = Registry(pm)
t3 = clock()
import contextlib
with contextlib.redirect_stdout(io.StringIO()):
    newsparse.cli.main.main(["parse", {path!r}], registry=registry)
t4 = clock()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cpu_seconds(argv: list[str]) -> float:
    """User plus system CPU seconds of running ``argv`` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, env=_env(), stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def slowest_imports(path: str, count: int = 12) -> list[tuple[int, str]]:
    """The ``count`` imports with the largest cumulative time (microseconds) in one run of the command."""
    argv = [sys.executable, "-X", "importtime", "-m", "newsparse", "parse", path]
    proc = subprocess.run(argv, env=_env(), capture_output=True, text=True, check=True)
    found = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _, cumulative, name = line[len("import time:") :].split("|")
            if len(name) - len(name.lstrip()) <= 3:  # top-level imports and their direct children
                found.append((int(cumulative), name.rstrip()))
    return sorted(found, reverse=True)[:count]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="runs of each command (default 20)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "small.txt")
        Path(path).write_text(SMALL, encoding="utf-8")
        command = [sys.executable, "-m", "newsparse", "parse", path]
        cpu_seconds(command)  # writes the byte-code caches
        runs = [cpu_seconds(command) for _ in range(args.runs)]
        bare = [cpu_seconds([sys.executable, "-c", "pass"]) for _ in range(args.runs)]
        print(f"command: newsparse parse small.txt, {args.runs} runs (CPU seconds)")
        print(f"  {'median':<8} {statistics.median(runs):.3f}   fastest {min(runs):.3f}")
        print(f"  {'python':<8} {statistics.median(bare):.3f}   (bare interpreter, median)")
        phases = [
            [float(x) for x in subprocess.run(
                [sys.executable, "-c", PHASES.format(path=path)], env=_env(), capture_output=True, text=True, check=True
            ).stdout.split()]
            for _ in range(max(3, args.runs // 4))
        ]
        print("phases (CPU seconds, median):")
        for index, name in enumerate(("import cli", "load plugins", "registry", "parse+write")):
            print(f"  {name:<13} {statistics.median(p[index] for p in phases):.3f}")
        print("slowest imports (cumulative ms, one run):")
        for micros, name in slowest_imports(path):
            print(f"  {micros / 1000:7.1f}  {name}")


if __name__ == "__main__":
    main()
