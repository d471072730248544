"""The package says it is typed (``py.typed``): ``mypy --strict`` passes over ``src/`` and the docs' plugin code.

mypy also reads any ``[tool.mypy]`` settings in pyproject.toml, as it runs from the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import REPO
from .test_examples import PLUGIN_EXAMPLES


def test_mypy_strict_passes_over_src(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={tmp_path}", "src/"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"mypy --strict src/ failed:\n{proc.stdout}{proc.stderr}"


def test_plugin_examples_in_the_docs_pass_mypy_strict(tmp_path):
    """The docs' plugin code (hooks and splitters) type-checks against the current API."""
    for number, example in enumerate(PLUGIN_EXAMPLES):
        name = example.module_name or f"example_{number}"
        (tmp_path / f"{name}.py").write_text(f"# {example.where}\n{example.code}", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", f"--cache-dir={tmp_path / 'cache'}", "."],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "plugins")])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"mypy --strict on the docs' plugin examples failed:\n{proc.stdout}{proc.stderr}"
