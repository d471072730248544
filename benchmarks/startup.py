"""Start-up cost of ``newsparse parse small.txt``: CPU seconds of the whole command, and where they go.

Usage: python benchmarks/startup.py [--runs 20] [--instructions]

* ``command``: CPU time (user + system) of ``python -m newsparse parse small.txt``,
  the median and the fastest of ``--runs`` runs, against a bare ``python -c pass``.
* ``phases``: in one fresh process, CPU time to import the command, load the plugins
  (their imports), build the registry (the plugins' hooks: vocabularies), and parse
  and write the small page (the patterns the page needs are compiled here, on first use).
* ``imports``: the slowest imports by ``python -X importtime`` (cumulative microseconds).
* ``--instructions``: instructions instead of CPU time (the command, the bare interpreter, and
  the phases, each run once under ``valgrind --tool=cachegrind``): steady on a busy machine,
  where CPU times of a tenth of a second vary by a third.  Needs valgrind; takes about a minute.

Byte-code caching is switched on for these runs (``PYTHONDONTWRITEBYTECODE`` is
dropped) as on an installed system; the first run writes the caches (the byte code and the
compiled patterns of :mod:`newsparse.regex_cache`) and is not counted.
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

PHASE_NAMES = ("import cli", "load plugins", "registry", "parse+write")
#: The steps of the command, one a phase; ``{path}`` is the page.
STEPS = (
    "import io, contextlib, newsparse.cli.main",
    "from newsparse.hooks.host import Registry, make_plugin_manager\npm = make_plugin_manager()",
    "registry = Registry(pm)",
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    newsparse.cli.main.main(['parse', {path!r}], registry=registry)",
)
PHASES = "import time\nclock = time.process_time\nt = [clock()]\n" + "".join(f"{step}\nt.append(clock())\n" for step in STEPS) + (
    "print(*(b - a for a, b in zip(t, t[1:])))\n"
)


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


def instructions(argv: list[str]) -> int:
    """Instructions ``argv`` runs, counted by valgrind's cachegrind (byte-code caches already written)."""
    subprocess.run(argv, env=_env(), stdout=subprocess.DEVNULL, check=True)
    tool = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    proc = subprocess.run(tool + argv, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    counted = [line for line in proc.stderr.splitlines() if "I   refs:" in line or "I refs:" in line]
    if proc.returncode or not counted:
        sys.exit(f"valgrind could not count: {proc.stderr[-500:]}")
    return int(counted[0].split(":")[1].replace(",", ""))


def report_instructions(path: str, folder: str) -> None:
    """The command's, the bare interpreter's and each phase's instructions (millions)."""
    command = instructions([sys.executable, "-m", "newsparse", "parse", path])
    bare = instructions([sys.executable, "-c", "pass"])
    print("instructions (millions, one run each):")
    print(f"  {'command':<13} {command / 1e6:7.1f}")
    print(f"  {'python':<13} {bare / 1e6:7.1f}   (bare interpreter)")
    done = bare
    for count, name in enumerate(PHASE_NAMES, start=1):
        script = Path(folder) / f"phase{count}.py"
        script.write_text("\n".join(STEPS[:count]).format(path=path) + "\n", encoding="utf-8")
        upto = instructions([sys.executable, str(script)])
        print(f"  {name:<13} {(upto - done) / 1e6:7.1f}" + ("   (above the bare interpreter)" if count == 1 else ""))
        done = upto


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="runs of each command (default 20)")
    ap.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "small.txt")
        Path(path).write_text(SMALL, encoding="utf-8")
        if args.instructions:
            report_instructions(path, folder)
            return
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
        for index, name in enumerate(PHASE_NAMES):
            print(f"  {name:<13} {statistics.median(p[index] for p in phases):.3f}")
        print("slowest imports (cumulative ms, one run):")
        for micros, name in slowest_imports(path):
            print(f"  {micros / 1000:7.1f}  {name}")


if __name__ == "__main__":
    main()
