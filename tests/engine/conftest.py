"""Fixtures of the engine tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from debate.scenario.load import load_scenario
from debate.scenario.models import Scenario

sys.path.insert(0, str(Path(__file__).resolve().parent))

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


@pytest.fixture(scope="session")
def mini() -> Scenario:
    return load_scenario(MINI)
