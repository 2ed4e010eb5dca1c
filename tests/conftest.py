"""Shared fixtures: keep every test away from the developer's own data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Saves, history and user scenarios go to a fresh folder for each test."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DEBATE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def mini_path() -> Path:
    """The small valid scenario every scenario test starts from."""
    return FIXTURES / "mini.yaml"
