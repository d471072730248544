"""The package says it is typed (``py.typed``): ``mypy --strict`` passes over ``src/``.

mypy also reads any ``[tool.mypy]`` settings in pyproject.toml, as it runs from the repository.
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO


def test_mypy_strict_passes_over_src(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={tmp_path}", "src/"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"mypy --strict src/ failed:\n{proc.stdout}{proc.stderr}"
