"""The cache of compiled regular-expression programs: the same patterns either way, any damage ignored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import regex_cache
from newsparse.regex_cache import ProgramCache

# Patterns of the shapes the plugins build: named groups, inline flags, look-arounds, word alternations.
PATTERNS = [
    (r"(?P<amount>\d{1,3}(?:,\d{3})*)(?:\s+(?P<scale>million|billion))?", 0),
    (r"(?i)\b(?:said|told|added)\b", 0),
    (r"(?<![\w-])(?:Mr|Mrs|Dr)\.?\s+(?P<name>[A-Z][a-z]+)(?=\W)", 0),
    (r"^\s*(?:Read more|Related):?\s*$", re.MULTILINE),
    (r"[“\"](?P<quote>[^”\"]{1,200})[”\"]", re.IGNORECASE | re.UNICODE),
]
TEXT = "Mr Smith said “we sold 3,000 million”.\nRead more:\nDr Okafor TOLD us"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the programs of :data:`PATTERNS`."""
    folder = tmp_path_factory.mktemp("cache")
    cache = ProgramCache(str(folder))
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    return folder


def test_cached_pattern_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    cache = ProgramCache(str(tmp_path))
    for pattern, flags in PATTERNS:
        got, want = cache.compile(pattern, flags), re.compile(pattern, flags)
        assert got == want  # the same flags and program
        assert (got.pattern, got.groups, got.groupindex) == (want.pattern, want.groups, want.groupindex)


def test_each_program_is_kept_in_a_file_of_its_own(saved: Path) -> None:
    assert len(list(saved.glob("*.marshal"))) == len(PATTERNS)
    assert not list(saved.glob("*.tmp"))


def test_programs_saved_are_used_by_the_next_run(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def compiling(*_: object) -> None:
        raise AssertionError("compiled although the cache holds the program")

    monkeypatch.setattr(regex_cache, "_compiled", compiling)
    cache = ProgramCache(str(saved))
    for pattern, flags in PATTERNS:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags)
        assert _spans(cache.compile(pattern, flags), TEXT) == _spans(re.compile(pattern, flags), TEXT)


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), marshal.dumps(("a", 0, (1,)))[:-3]])
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path: Path, content: bytes) -> None:
    cache = ProgramCache(str(tmp_path))
    pattern, flags = PATTERNS[1]
    path = Path(cache.path(pattern, flags))
    path.write_bytes(content)
    assert cache.compile(pattern, flags).search("He SAID so").group() == "SAID"
    assert marshal.loads(path.read_bytes())[:2] == (pattern, flags)


def test_a_file_holding_another_pattern_is_not_used(tmp_path: Path) -> None:
    cache = ProgramCache(str(tmp_path))
    other = re.compile("x")
    Path(cache.path(*PATTERNS[1])).write_bytes(marshal.dumps(("x", 0, (other.flags, [1], 0, {}, (None,)))))
    assert cache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])


def test_a_program_the_engine_refuses_is_compiled_anew(tmp_path: Path) -> None:
    cache = ProgramCache(str(tmp_path))
    pattern, flags = PATTERNS[2]
    broken = (re.compile(pattern).flags, [1, 2, 99999], 1, {"name": 1}, (None, "name"))
    Path(cache.path(pattern, flags)).write_bytes(marshal.dumps((pattern, flags, broken)))
    assert cache.compile(pattern, flags).search("said Dr Okafor.").group("name") == "Okafor"


def test_a_python_whose_compiler_differs_compiles_as_re_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(regex_cache._compiler, "_code")
    cache = ProgramCache(str(tmp_path / "cache"))
    assert cache.compile(*PATTERNS[1]).search("she told me").group() == "told"
    assert not (tmp_path / "cache").exists()


def test_a_folder_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    cache = ProgramCache(str(blocker / "cache"))
    assert cache.compile(*PATTERNS[3]).search("x\nRead more:\ny") is not None  # no error: the cache only saves time
    assert blocker.read_text() == "in the way"


def test_a_bytes_pattern_is_compiled_as_re_compiles_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_shared", None)
    assert regex_cache.compile(rb"(?m)^[A-Z][a-z]+,F\b").findall(b"Ann,F\nBob,M") == [b"Ann,F"]


def _command_cache(tmp_path: Path, **env: str) -> list[str]:
    """The folders a ``newsparse parse`` of a small page leaves in an empty cache folder."""
    page = tmp_path / "small.txt"
    page.write_text("Boats stayed in port\n\nThree harbour towns lost 4.5% of their catch, officials said.\n")
    folder = tmp_path / "cache"
    environment = {**os.environ, "NEWSPARSE_CACHE_DIR": str(folder), **env}
    subprocess.run([sys.executable, "-m", "newsparse", "parse", str(page)], env=environment, check=True, capture_output=True)
    return sorted(path.name for path in folder.glob("*")) if folder.is_dir() else []


def test_the_command_fills_the_cache_of_its_python(tmp_path: Path) -> None:
    assert _command_cache(tmp_path) == [f"regex-{sys.implementation.cache_tag}-{regex_cache._sre.MAGIC}"]
    assert len(list((tmp_path / "cache").glob("*/*.marshal"))) > 10


def test_the_cache_can_be_switched_off(tmp_path: Path) -> None:
    assert _command_cache(tmp_path, NEWSPARSE_REGEX_CACHE="0") == []


@given(st.text(alphabet="Mr Dr.said“”\"3,0 million Smith\nRead mo:", max_size=80))
def test_cached_and_compiled_patterns_match_alike(saved: Path, text: str) -> None:
    cache = ProgramCache(str(saved))
    for pattern, flags in PATTERNS:
        assert _spans(cache.compile(pattern, flags), text) == _spans(re.compile(pattern, flags), text)
