"""Entry points read without importlib.metadata: the same entry points, in the same order, or importlib.metadata's."""

from __future__ import annotations

import importlib.metadata
import sys
import zipfile
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

from newsparse.hooks import entry_points as reader
from newsparse.hooks.entry_points import entry_points


@pytest.fixture(autouse=True)
def plain_meta_path(monkeypatch):
    """The standard library's look-up only: importlib_metadata, once imported, adds a finder of its own and
    takes the standard one's away (then the reader hands over, and these tests would compare it with itself)."""
    plain = [finder for finder in sys.meta_path if finder is PathFinder or not hasattr(finder, "find_distributions")]
    monkeypatch.setattr(sys, "meta_path", plain)
    standard = importlib.metadata.MetadataPathFinder.find_distributions
    monkeypatch.setattr(PathFinder, "find_distributions", standard, raising=False)


def _described(entries: list) -> list[tuple]:
    return [(e.name, e.value, e.group, e.dist and e.dist.name, e.dist and e.dist.version) for e in entries]


def _installed_groups() -> set[str]:
    return {e.group for dist in importlib.metadata.distributions() for e in dist.entry_points}


def test_every_installed_group_reads_as_importlib_metadata_reads_it():
    assert reader._distributions() is not None  # read here, not handed over
    groups = _installed_groups()
    assert "newsparse" in groups and len(groups) > 3
    for group in groups:
        assert _described(entry_points(group)) == _described(importlib.metadata.entry_points(group=group)), group


def _dist(folder: Path, stem: str, name: str, version: str, entries: str) -> None:
    info = folder / stem
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: x: y\n\nBody: no\n")
    (info / "entry_points.txt").write_text(entries)


ENTRIES = """
# a comment
[console_scripts]
tool = somewhere:main

[newsparse.tests]
first = json
second = json.decoder : JSONDecoder [extra]
   ; semicolons are no comments here = kept
"""


@pytest.fixture
def folders(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    _dist(first, "Shore_Birds-1.0.dist-info", "Shore_Birds", "1.0", ENTRIES)
    _dist(second, "shore.birds-2.0.dist-info", "shore.birds", "2.0", "[newsparse.tests]\nshadowed = json\n")
    _dist(second, "tide_tables-0.3.egg-info", "tide-tables", "0.3", "[newsparse.tests]\ntides = json:dumps\n")
    monkeypatch.setattr(sys, "path", [str(first), str(tmp_path / "missing"), str(second)])
    return first, second


def test_a_folder_of_distributions_reads_in_path_order_the_first_of_a_name_winning(folders):
    found = entry_points("newsparse.tests")
    assert all(isinstance(entry, reader.EntryPoint) for entry in found)
    assert [(e.name, e.value, e.dist.name, e.dist.version) for e in found] == [
        ("first", "json", "Shore_Birds", "1.0"),
        ("second", "json.decoder : JSONDecoder [extra]", "Shore_Birds", "1.0"),
        ("; semicolons are no comments here", "kept", "Shore_Birds", "1.0"),
        ("tides", "json:dumps", "tide-tables", "0.3"),
    ]
    assert _described(found) == _described(importlib.metadata.entry_points(group="newsparse.tests"))


def test_an_entry_point_loads_its_module_or_attribute(folders):
    import json
    import json.decoder

    loaded = {e.name: e.load() for e in entry_points("newsparse.tests") if e.value != "kept"}
    assert loaded["first"] is json
    assert loaded["second"] is json.decoder.JSONDecoder
    assert loaded["tides"] is json.dumps


def test_a_zip_file_on_the_path_is_left_to_importlib_metadata(folders, tmp_path, monkeypatch):
    archive = tmp_path / "packed.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("packed-1.0.dist-info/METADATA", "Name: packed\nVersion: 1.0\n")
        packed.writestr("packed-1.0.dist-info/entry_points.txt", "[newsparse.tests]\nzipped = json\n")
    monkeypatch.setattr(sys, "path", [*sys.path, str(archive)])
    found = entry_points("newsparse.tests")
    assert "zipped" in [e.name for e in found]
    assert not isinstance(found[0], reader.EntryPoint)  # importlib.metadata's own


def test_an_import_hook_that_finds_distributions_is_left_to_importlib_metadata(folders, monkeypatch):
    class Finder:
        @staticmethod
        def find_distributions(context=None):
            return iter(())

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    assert reader._distributions() is None
    assert [e.name for e in entry_points("newsparse.tests")] == ["first", "second", "; semicolons are no comments here", "tides"]


def test_a_metadata_folder_without_metadata_has_no_name_or_version(tmp_path, monkeypatch):
    (tmp_path / "bare-1.0.dist-info").mkdir()
    (tmp_path / "bare-1.0.dist-info" / "entry_points.txt").write_text("[newsparse.tests]\nbare = json\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    (found,) = entry_points("newsparse.tests")
    assert (found.dist.name, found.dist.version) == (None, None)
