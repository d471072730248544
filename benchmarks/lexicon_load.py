"""Load time and memory of the quote rules' lexicon (:mod:`newsparse_quotes.lexicon`), on first use.

Usage: python benchmarks/lexicon_load.py [--runs 5]

Each load runs in a fresh process, ``--runs`` times; the median is printed for:

* ``first names``: the first-name gazetteer alone (``first_name_gender``), as a
  pronoun needs it;
* ``ordinary words``: the word list, which reads the gazetteer and the surname list
  too (``is_ordinary_word`` in a process that loaded nothing yet);
* ``places``: the countries and cities (:mod:`newsparse_quotes.places`), which read the
  gazetteer and the surname list too;
* ``gender-guesser's own loader``: ``gender_guesser.detector.Detector()``, for comparison.

Columns: wall time of the first call (``time.perf_counter``), its CPU time
(``time.process_time``: less swayed by other processes), the growth of the process's
maximum resident set, and, in a separate run under ``tracemalloc``, the
memory the loaded data keeps and the peak while loading.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

LOADS = {
    "first names": "from newsparse_quotes.lexicon import first_name_gender as load; kept = load('anna')",
    "ordinary words": "from newsparse_quotes.lexicon import is_ordinary_word as load; kept = load('prices')",
    "places": "from newsparse_quotes.places import is_place as load; kept = load(('hong', 'kong'))",
    "gender-guesser's own loader": "from gender_guesser.detector import Detector as load; kept = load()",
}

PROBE = """
import resource, time, tracemalloc
{prepare}
traced = {traced}
if traced:
    tracemalloc.start()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
{load}
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
size, peak = tracemalloc.get_traced_memory() if traced else (0, 0)
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss, size, peak)
"""


def _probe(name: str, traced: bool) -> list[float]:
    prepare, load = LOADS[name].split("; ")
    code = PROBE.format(prepare=prepare, load=load, traced=traced)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'load':30} {'time ms':>8} {'CPU ms':>7} {'max RSS +MB':>12} {'kept MB':>8} {'peak MB':>8}")
    for name in LOADS:
        plain = [_probe(name, False) for _ in range(args.runs)]
        seconds, cpu = (statistics.median(p[k] for p in plain) * 1000 for k in (0, 1))
        rss = statistics.median(p[2] for p in plain) / 1024  # kilobytes on Linux
        kept, peak = _probe(name, True)[3:]
        print(f"{name:30} {seconds:8.0f} {cpu:7.0f} {rss:12.1f} {kept / 1e6:8.1f} {peak / 1e6:8.1f}")


if __name__ == "__main__":
    main()
