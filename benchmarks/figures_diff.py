"""Differential check of the figures stage: every figure this tree and another find on the same texts, diffed.

Usage: python benchmarks/figures_diff.py OTHER_TREE [--texts GLOB ...] [--shared ../shared] [--show 20]

For this repository and for ``OTHER_TREE`` (another checkout or worktree, such as ``main``), a
process of its own (its ``src`` and ``plugins`` first on the path, ``PYTHONHASHSEED=0``) parses the
dev pages (``shared/corpus/*.txt``), the files of each ``--texts`` glob and the sentence of each
case of the external figures data (``shared/external/figures/*.jsonl``) with ``newsparse.parse``, and
writes every figure, with every field and its span, as one JSON line.  Printed: how many figures each
tree finds and the first ``--show`` lines that differ; the exit status is 1 where any does.  A change
made for speed must leave the output unchanged: run this against the tree it started from.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def texts(shared: Path, globs: list[str]) -> Iterator[tuple[str, str]]:
    """Each text to parse, with a name for it: the dev pages, the files of ``globs``, the external cases."""
    paths = sorted((shared / "corpus").glob("*.txt")) + [Path(p) for g in globs for p in sorted(glob.glob(g))]
    for path in paths:
        yield str(path), path.read_text(encoding="utf-8")
    for path in sorted((shared / "external" / "figures").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            yield f"{path}#{number}", json.loads(line)["text"]


def dump(shared: Path, globs: list[str]) -> None:
    """Print every figure of every text as a JSON line: the text's name, the article's index, the figure."""
    import newsparse

    for name, text in texts(shared, globs):
        for index, article in enumerate(newsparse.parse(text)):
            for figure in article.to_dict()["figures"]:
                print(json.dumps([name, index, figure], ensure_ascii=False, sort_keys=True))


def figures_of(tree: Path, args: argparse.Namespace) -> list[str]:
    """The figure lines of :func:`dump`, run with ``tree``'s code first on the path."""
    path = os.pathsep.join([str(tree / "src"), str(tree / "plugins")])
    env = {**os.environ, "PYTHONPATH": path, "PYTHONHASHSEED": "0"}
    command = [sys.executable, __file__, "--dump", "--shared", str(args.shared)]
    command += [part for g in args.texts for part in ("--texts", g)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", check=True)
    return done.stdout.splitlines()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, nargs="?", help="the other tree (a checkout with src/ and plugins/)")
    ap.add_argument("--texts", action="append", default=[], help="a glob of more texts to parse (repeatable)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder")
    ap.add_argument("--show", type=int, default=20, help="how many differing lines to print (default 20)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)  # the child process's part
    args = ap.parse_args()
    if args.dump:
        return dump(args.shared, args.texts)
    if args.other is None:
        ap.error("give the other tree")
    ours, theirs = figures_of(REPO, args), figures_of(args.other.resolve(), args)
    print(f"this tree: {len(ours)} figures; {args.other}: {len(theirs)} figures")
    changes = list(difflib.unified_diff(theirs, ours, lineterm="", n=0))[2:]  # past the two header lines
    differing = [line for line in changes if line[:1] in "+-"]
    if not differing:
        print("identical")
        return
    print(f"{len(differing)} lines differ:", *differing[: args.show], sep="\n")
    sys.exit(1)


if __name__ == "__main__":
    main()
