"""`debate new`: a draft whose only problems are the parts an author must write."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml
from debate_cli import run_debate

from debate.authoring.scaffold import (
    PLACEHOLDER,
    SCHEMA_COMMENT,
    UNATTRIBUTED,
    find_quotes,
    placeholders,
)
from debate.scenario.load import check_file

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "japan-defense-turning-point.txt"


def debate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_debate(*args, cwd=cwd, data_dir=cwd / "data")


def project(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    shutil.copy(SEED.with_suffix(".meta.yaml"), seeds)
    return tmp_path


def test_quotes_straight_and_curly_within_paragraphs() -> None:
    text = (
        'He said "one, two," and then\n“three four.” A stray " mark here.\n\n'
        "Next “paragraph” and again “paragraph”."
    )
    found = find_quotes(text)
    assert [q.text for q in found] == ["one, two", "three four.", "paragraph"]
    assert [q.line for q in found] == [1, 2, 4]
    assert [q.id for q in found] == ["one-two", "three-four", "paragraph"]


def test_every_quoted_passage_of_the_article_is_listed_and_verifies(tmp_path: Path) -> None:
    root = project(tmp_path)
    result = debate(
        "new", "defense-turn", "--source", "seeds/japan-defense-turning-point.txt", cwd=root
    )
    assert result.returncode == 0, result.stderr
    target = root / "scenarios" / "defense-turn.yaml"
    assert "wrote scenarios/defense-turn.yaml: 18 quoted passages" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_COMMENT
    data = yaml.safe_load(text)
    quotes = [q["text"] for q in data["quotes"]]
    assert len(quotes) == 18
    assert "We have to work hand-in-hand" in quotes
    assert "It's too narrow" in quotes
    assert all(q["speaker"] == UNATTRIBUTED for q in data["quotes"])
    assert data["speakers"] == [
        {"id": "kanehara-nobukatsu", "name": "Kanehara Nobukatsu", "kind": "person"}
    ]
    # Only the parts an author must decide are errors, each at its own line.
    problems = check_file(target).problems
    unattributed = [p for p in problems if p.message == f"unknown speaker `{UNATTRIBUTED}`"]
    no_evidence = [p for p in problems if "has no evidence" in p.message]
    to_write = [p for p in problems if p.message == "text still to write"]
    assert len(unattributed) == 18 and len(no_evidence) == 2 and len(to_write) == 15
    assert len(problems) == 35, [p.render() for p in problems]
    assert len({p.line for p in problems}) == 35
    assert all(p.hints for p in no_evidence)
    # Every error line is one the author edits: the speaker line or the card.
    lines = text.splitlines()
    assert all(UNATTRIBUTED in lines[p.line - 1] for p in unattributed)


def test_filling_in_the_marked_parts_gives_a_valid_scenario(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert (
        debate("new", "x", "--source", "seeds/japan-defense-turning-point.txt", cwd=root).returncode
        == 0
    )
    target = root / "scenarios" / "x.yaml"
    text = target.read_text(encoding="utf-8").replace(UNATTRIBUTED, "kanehara-nobukatsu")
    text = text.replace("evidence: []", "evidence: [we-have-to-work-hand-in]", 2)
    text = text.replace(PLACEHOLDER, "Written:")
    target.write_text(text, encoding="utf-8")
    checked = check_file(target)
    assert checked.ok and checked.problems == [], [p.render() for p in checked.problems]
    assert list(placeholders(target, text)) == []


def test_placeholders_point_at_each_text_to_write(tmp_path: Path) -> None:
    root = project(tmp_path)
    debate("new", "x", "--source", "seeds/japan-defense-turning-point.txt", cwd=root)
    target = root / "scenarios" / "x.yaml"
    text = target.read_text(encoding="utf-8")
    found = list(placeholders(target, text))
    writes = [p for p in found if p.message.startswith("placeholder")]
    assert len(writes) == 15
    first = writes[0]
    assert text.splitlines()[first.line - 1][first.column - 1 :].startswith(PLACEHOLDER)
    assert first.severity == "warning" and first.hints


def test_refuses_to_overwrite_and_reports_bad_input(tmp_path: Path) -> None:
    root = project(tmp_path)
    seed = "seeds/japan-defense-turning-point.txt"
    assert debate("new", "x", "--source", seed, cwd=root).returncode == 0
    before = (root / "scenarios" / "x.yaml").read_bytes()
    again = debate("new", "x", "--source", seed, cwd=root)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert (root / "scenarios" / "x.yaml").read_bytes() == before
    bad_id = debate("new", "Bad_Id", "--source", seed, cwd=root)
    assert bad_id.returncode == 2 and "invalid scenario id" in bad_id.stderr
    missing = debate("new", "y", "--source", "seeds/none.txt", cwd=root)
    assert missing.returncode == 2 and "no such source text" in missing.stderr
    (root / "latin1.txt").write_bytes('caf\xe9 "quoted"'.encode("latin-1"))
    latin = debate("new", "z", "--source", "latin1.txt", cwd=root)
    assert latin.returncode == 1 and "not UTF-8" in latin.stderr
    for result in (again, bad_id, missing, latin):
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_explicit_output_path(tmp_path: Path) -> None:
    root = project(tmp_path)
    out = root / "draft.yaml"
    result = debate(
        "new", "d", "--source", "seeds/japan-defense-turning-point.txt", "-o", str(out), cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and not (root / "scenarios").exists()
