"""`debate lint`: structural and simulated quality warnings, each at a line with a hint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from debate.authoring.lint import lint_file, simulate
from debate.scenario.load import load

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini.yaml"


def variant(tmp_path: Path, change: object) -> Path:
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    target = tmp_path / "variant.yaml"
    target.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return target


def messages(path: Path, games: int = 0) -> list[str]:
    with open(os.devnull, "w") as quiet:
        problems, report = lint_file(path, games=games, stream=quiet)
    assert report is not None, [p.render() for p in problems]
    assert all(p.severity == "warning" and p.hints for p in report.problems)
    return [p.message for p in report.problems]


def test_structural_findings_on_the_fixture() -> None:
    found = messages(MINI)
    assert (
        "argument `deterrence-first` is dominated by `naked`: same stance, no better evidence, "
        "themes, rebuttals and exposure" in found
    )
    assert "argument `naked` is never rebutted: once played it always stands" in found
    assert "argument `too-costly` rebuts nothing: it cannot answer an opponent" in found
    assert not any("`counterweight` is never rebutted" in m for m in found)  # autonomy rebuts it
    assert any("We have to keep the ocean open to everybody" in m for m in found)
    assert not any("quote `" in m and "never used as evidence" in m for m in found)


def test_unused_quote_unreachable_objective_and_their_lines(tmp_path: Path) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["arguments"] = [a for a in data["arguments"] if a["id"] != "deterrence-first"]
        data["roles"][1]["objectives"][0]["stance"] = "support"
        data["motions"][1]["stances"].append({"id": "delay", "label": "Delay"})
        data["roles"][0]["objectives"][0].update(motion="missiles", stance="delay")

    path = variant(tmp_path, change)
    _, report = lint_file(path)
    assert report is not None
    by_message = {p.message: p for p in report.problems}
    unused = by_message["quote `effective-deterrence` is never used as evidence"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "effective-deterrence" in lines[unused.line - 1]
    unreachable = by_message[
        "role `strategist` needs `missiles` decided `delay`, but no argument argues that stance"
    ]
    assert "delay" in lines[unreachable.line - 1]


def test_simulation_is_deterministic_and_flags_one_sided_motions(tmp_path: Path) -> None:
    scenario = load(MINI).scenario
    first, second = simulate(scenario, 20), simulate(scenario, 20)
    assert first.wins == second.wins and first.decided == second.decided
    assert sum(first.seated["hard"].values()) == 40

    def one_sided(data: dict) -> None:  # type: ignore[type-arg]
        for bloc in data["audience"]:
            bloc["leanings"] = {"alliance": {"support": 100}}

    found = messages(variant(tmp_path, one_sided), games=10)
    assert "motion `alliance`: `support` won all 30 simulated games" in found


def test_cli_prints_warnings_table_and_progress(tmp_path: Path) -> None:
    env = {**os.environ, "DEBATE_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "debate", "lint", str(MINI), "--games", "5"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{MINI}:") and ": warning: " in first
    assert "    hint: " in result.stdout
    assert "win rates over 5 games per level" in result.stdout
    assert "strategist" in result.stdout.split("win rates")[1]
    assert "simulating [" not in result.stderr  # a bar only on a terminal, never in logs
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "debate", "lint", str(broken)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert bad.returncode == 1 and "fix the errors first" in bad.stdout
