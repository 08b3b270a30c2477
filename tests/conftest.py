"""Shared fixtures: the ../shared folder beside the project, and small corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder with the real corpora; skip where it is absent."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"../shared is absent ({SHARED} has no corpora/): real-corpus tests need it")
    return SHARED


@pytest.fixture(scope="session")
def sample_csv() -> Path:
    """The bundled sample corpus."""
    return ROOT / "data" / "sample" / "statements.csv"


@pytest.fixture(scope="session")
def sample_aliases_csv() -> Path:
    """The bundled sample's alias table."""
    return ROOT / "data" / "sample" / "aliases.csv"
