"""`debate validate` on sound files loads only what checking them needs.

Start-up time is most of what `debate validate` costs on the bundled scenarios
(see bench/validate.py); these tests keep the lazy paths lazy.
"""

from __future__ import annotations

from debate_cli import modules_after


def test_validating_sound_files_loads_neither_difflib_nor_other_commands() -> None:
    loaded = modules_after(["validate", "tests/fixtures/mini.yaml"])
    assert "difflib" not in loaded
    assert [m for m in loaded if m.startswith("debate.commands.")] == ["debate.commands.validate"]
