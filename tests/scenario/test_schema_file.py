"""The committed JSON Schema must match the models, so editors check what the game checks."""

from __future__ import annotations

import json
from pathlib import Path

from debate.commands.schema import render
from debate.paths import bundled_scenario_files

REPO = Path(__file__).resolve().parent.parent.parent
SCHEMA = REPO / "scenarios" / "debate.schema.json"
SCHEMA_COMMENT = "# yaml-language-server: $schema=debate.schema.json"


def test_committed_schema_matches_the_models() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == render(), (
        "scenarios/debate.schema.json is out of date; regenerate it with "
        "`debate schema > scenarios/debate.schema.json`"
    )


def test_every_field_has_a_description() -> None:
    schema = json.loads(render())
    undocumented = [
        f"{name}.{field}"
        for name, definition in schema["$defs"].items()
        for field, spec in definition.get("properties", {}).items()
        if not spec.get("description")
    ]
    undocumented += [f for f, spec in schema["properties"].items() if not spec.get("description")]
    assert undocumented == []


def test_bundled_scenarios_point_editors_at_the_schema() -> None:
    for path in bundled_scenario_files():
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == SCHEMA_COMMENT, f"{path.name} must start with {SCHEMA_COMMENT!r}"
