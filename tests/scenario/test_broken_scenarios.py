"""A suite of broken scenario files, each with the exact report an author must see.

Each case edits the valid fixture in one way and asserts the whole rendered
report: message, hints and the line:col that points at the edit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from debate.scenario.load import check_file

CASES = [
    pytest.param(
        [("We have to work hand-in-hand", "We must work hand-in-hand")],
        [
            'misquote.yaml:35:11: error: quote `hand-in-hand` is not in the source word for word: "We must work hand-in-hand"\n    hint: closest passage in the source (line 9): "We have to work hand-in-hand"\n    hint: differs: "must" where the source has "have to"'
        ],
        id="misquote",
    ),
    pytest.param(
        [("    speaker: government\n", "    speaker: govt\n")],
        ["unknown-speaker.yaml:45:14: error: unknown speaker `govt`"],
        id="unknown-speaker",
    ),
    pytest.param(
        [("    faction: Opposition\n", "    faction: Opposition\n    colour: red\n")],
        [
            "unknown-key.yaml:62:5: error: unknown key `colour`\n    hint: allowed keys: id, name, faction, brief, priorities, objectives"
        ],
        id="unknown-key",
    ),
    pytest.param(
        [("    claim: Japan cannot", "    claims: Japan cannot")],
        [
            "typo-key.yaml:84:5: error: missing required key `claim` in arguments[0]",
            "typo-key.yaml:87:5: error: unknown key `claims`\n    hint: did you mean `claim`?",
        ],
        id="typo-key",
    ),
    pytest.param(
        [("rebuts: [counterweight]", "rebuts: [counterweigth]")],
        [
            "dangling-rebuttal.yaml:104:14: error: unknown argument `counterweigth`\n    hint: did you mean `counterweight`?"
        ],
        id="dangling-rebuttal",
    ),
    pytest.param(
        [("rebuts: [too-costly]", "rebuts: [naked]")],
        ["self-rebuttal.yaml:111:14: error: argument `naked` rebuts itself"],
        id="self-rebuttal",
    ),
    pytest.param(
        [("rebuts: [too-costly]", "rebuts: [deterrence-first]")],
        [
            "same-stance-rebuttal.yaml:111:14: error: `naked` rebuts `deterrence-first`, which argues the same stance (`support`)\n    hint: rebut an argument for another stance, or use `contradicts:`"
        ],
        id="same-stance-rebuttal",
    ),
    pytest.param(
        [("rebuts: [too-costly]", "rebuts: [autonomy]")],
        [
            "cross-motion-rebuttal.yaml:111:14: error: `naked` (motion `missiles`) rebuts `autonomy` of another motion (`alliance`)\n    hint: rebuttals answer arguments of the same motion"
        ],
        id="cross-motion-rebuttal",
    ),
    pytest.param(
        [("  - id: experts\n", "  - id: public\n")],
        [
            "duplicate-id.yaml:134:9: error: duplicate audience bloc id `public` (first defined at line 128)\n    hint: ids must be unique within their kind"
        ],
        id="duplicate-id",
    ),
    pytest.param(
        [("priorities: {cost: 3}", "priorities: {costs: 3}")],
        [
            "unknown-theme-priority.yaml:63:18: error: unknown theme `costs`\n    hint: did you mean `cost`?"
        ],
        id="unknown-theme-priority",
    ),
    pytest.param(
        [
            (
                "        motion: missiles\n        stance: oppose\n",
                "        motion: missiles\n        stance: opose\n",
            )
        ],
        [
            "unknown-stance.yaml:68:17: error: motion `missiles` has no stance `opose`\n    hint: did you mean `oppose`?"
        ],
        id="unknown-stance",
    ),
    pytest.param(
        [
            (
                "    motion: alliance\n    stance: oppose\n",
                "    motion: alliance\n    stance: support\n",
            ),
            ("    rebuts: [counterweight]\n", ""),
        ],
        [
            "one-sided-motion.yaml:71:9: error: motion `alliance` needs arguments for at least two stances (has `support`)\n    hint: a debate needs a case on each side; add arguments for another stance"
        ],
        id="one-sided-motion",
    ),
    pytest.param(
        [("    evidence: [effective-deterrence]\n", "")],
        [
            "no-evidence.yaml:121:9: error: argument `deterrence-first` has no evidence\n    hint: give quote ids in `evidence:` or a `background:` with a citation"
        ],
        id="no-evidence",
    ),
    pytest.param(
        [("minutes: 5", "minutes: five")],
        [
            "wrong-type.yaml:11:10: error: minutes: input should be a valid integer, unable to parse string as an integer (got 'five')"
        ],
        id="wrong-type",
    ),
    pytest.param(
        [("id: mini\n", "id: Mini Scenario\n")],
        [
            "bad-id.yaml:5:5: error: `Mini Scenario` is not a valid id: use lower-case letters, digits and dashes\n    hint: for example `mini-scenario`"
        ],
        id="bad-id",
    ),
    pytest.param(
        [("  file: japan-defense-turning-point.txt", "  file: nowhere.txt")],
        [
            "missing-source.yaml:9:9: error: source text `nowhere.txt` not found\n    hint: put the article in seeds/ next to the scenarios folder"
        ],
        id="missing-source",
    ),
    pytest.param(
        [
            (
                "Now seems to be a missile age. … It's only Japan who is naked",
                "It's only Japan who is naked … Now seems to be a missile age.",
            )
        ],
        [
            'ellipsis-order.yaml:43:11: error: quote `naked` is not in the source word for word: "Now seems to be a missile age."\n    hint: closest passage in the source (line 29): "Now seems to be a missile age."\n    hint: differs: this part comes earlier in the source than the part before it'
        ],
        id="ellipsis-order",
    ),
    pytest.param(
        [("      missiles: {oppose: 2}", "      missile: {oppose: 2}")],
        [
            "bad-leaning.yaml:133:7: error: unknown motion `missile`\n    hint: did you mean `missiles`?"
        ],
        id="bad-leaning",
    ),
]


@pytest.mark.parametrize(("edits", "expected"), CASES)
def test_broken_scenario_report(
    edits: list[tuple[str, str]],
    expected: list[str],
    mini_path: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    text = mini_path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"fixture no longer contains {old!r}"
        text = text.replace(old, new, 1)
    name = f"{request.node.callspec.id}.yaml"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    # The source text is found beside the repository's scenarios, not the tmp folder.
    result = check_file(path, display=name)
    assert [problem.render() for problem in result.problems] == expected
    assert not result.ok


def test_the_fixture_itself_is_valid(mini_path: Path) -> None:
    result = check_file(mini_path)
    assert result.problems == []
    assert result.ok
    assert result.scenario is not None
    assert result.scenario.id == "mini"
