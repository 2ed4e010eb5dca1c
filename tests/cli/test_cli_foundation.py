"""The `debate` command as a person runs it: a subprocess, its output and exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from debate_cli import REPO, modules_after
from debate_cli import run_debate as debate

from debate import __version__


def test_version() -> None:
    result = debate("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"debate {__version__}"


def test_validate_bundled_scenarios_passes() -> None:
    result = debate("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_validate_valid_fixture(mini_path: Path) -> None:
    result = debate("validate", str(mini_path))
    assert result.returncode == 0
    assert result.stdout.strip() == "1 file checked, no problems"


def test_one_changed_word_points_at_the_quote(mini_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = mini_path.read_text(encoding="utf-8")
    broken.write_text(text.replace("rule of law", "rule of laws"), encoding="utf-8")
    result = debate("validate", str(broken))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{broken}:39:11: error: quote `liberal-order` is not in the source word for word: "
        '"We have to support this liberal order, freedom, human dignity, rule of laws"'
    )
    assert lines[1] == (
        '    hint: closest passage in the source (line 12): "We have to support this liberal '
        'order, freedom, human dignity, rule of law"'
    )
    assert lines[2] == '    hint: differs: "laws" where the source has "law"'
    assert lines[-1] == "1 file checked: 1 error"


def test_every_problem_of_every_file_in_one_run(mini_path: Path, tmp_path: Path) -> None:
    text = mini_path.read_text(encoding="utf-8")
    first = tmp_path / "a.yaml"
    first.write_text(text.replace("speaker: government", "speaker: govt"), encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text(text.replace("minutes: 5", "minutes: five"), encoding="utf-8")
    result = debate("validate", str(first), str(second), str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 3
    assert "unknown speaker `govt`" in errors[0]
    assert "minutes: input should be a valid integer" in errors[1]
    assert "cannot read file" in errors[2]
    assert result.stdout.splitlines()[-1] == "3 files checked: 3 errors"


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00", b"- a\n", b"a: &a [*a]\n", b"{{{", b"format: [1\n", b"\t\n"],
)
def test_never_a_traceback(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    result = debate("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith(f"{path}:")


def test_schema_command_prints_json_schema() -> None:
    result = debate("schema")
    assert result.returncode == 0
    assert result.stdout == (REPO / "scenarios" / "debate.schema.json").read_text(encoding="utf-8")


def test_list_shows_bundled_and_user_scenarios(mini_path: Path, _private_data_dir: Path) -> None:
    user = _private_data_dir / "scenarios"
    user.mkdir()
    (user / "mini.yaml").write_text(mini_path.read_text(encoding="utf-8"), encoding="utf-8")
    result = debate("list")
    assert result.returncode == 0
    assert "mini  [user]  Three missions (test fixture)" in result.stdout
    assert "    roles:   strategist, skeptic" in result.stdout
    assert "[bundled]" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "tests/fixtures/mini.yaml"],
        ["list"],
        ["schema"],
        ["--version"],
    ],
)
def test_commands_without_ui_never_import_textual(args: list[str]) -> None:
    loaded = modules_after(args)
    assert [m for m in loaded if m.split(".")[0] in {"textual", "rich"}] == []


def test_library_import_does_not_load_textual() -> None:
    probe = (
        "import sys\n"
        "from debate import load_scenario\n"
        "load_scenario('tests/fixtures/mini.yaml')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stderr
