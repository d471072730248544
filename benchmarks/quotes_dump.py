"""Dump every quote of some pages with every field, one JSON line a quote, to check that a change to the
quote stage changes no output: dump with the old tree and with the new, then ``cmp`` the two files.

    PYTHONPATH=OLD/src:OLD/plugins python benchmarks/quotes_dump.py old.jsonl
    PYTHONPATH=NEW/src:NEW/plugins python benchmarks/quotes_dump.py new.jsonl
    cmp old.jsonl new.jsonl

Without patterns, the pages are ``/work/shared/corpus/*.txt`` and those of ``/work/realnews6`` to
``realnews10``, ``/work/reallay5`` to ``reallay8`` and ``/work/realfig5`` to ``realfig7`` (490 pages).
``--compact`` reads every passage as a very long one is read (its tokens kept as columns,
``segments.CompactTokens``), which must change nothing either.
"""

from __future__ import annotations

import argparse
import glob
import json

import attrs

import newsparse

PAGES = [
    "/work/shared/corpus/*.txt",
    *(f"/work/realnews{n}/*.txt" for n in range(6, 11)),
    *(f"/work/reallay{n}/*.txt" for n in range(5, 9)),
    *(f"/work/realfig{n}/*.txt" for n in range(5, 8)),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("patterns", nargs="*", default=PAGES, help="globs of the pages")
    parser.add_argument("--compact", action="store_true", help="every passage's tokens kept as columns")
    args = parser.parse_args()
    if args.compact:
        from newsparse_quotes import segments

        segments.COMPACT_CHARS = -1
    registry = newsparse.default_registry()
    paths = [path for pattern in args.patterns for path in sorted(glob.glob(pattern))]
    with open(args.output, "w", encoding="utf-8") as out:
        for path in paths:
            with open(path, encoding="utf-8") as page:
                parsed = newsparse.parse(page.read(), path, registry=registry)
            for number, article in enumerate(parsed.articles):
                for quote in article.quotes:
                    out.write(json.dumps([path, number, attrs.asdict(quote)], ensure_ascii=False) + "\n")
    print(f"{len(paths)} pages")


if __name__ == "__main__":
    main()
