"""Shared fixtures: where the evaluation material lives, and a fresh plugin registry."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared/`` folder beside the repository: corpus, gold and scorer."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.fail(f"the evaluation material is missing: expected {SHARED}/eval/score.py")
    return SHARED
