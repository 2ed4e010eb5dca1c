"""Content checks of the bundled scenarios: sound files, full use of the article, fair sides.

What these tests guard:

(a) every bundled scenario validates with no problems at all;
(b) every passage of the source article that is quoted speech (text between
    double quote marks, minus a short allowlist of non-speech passages) is used
    as evidence by at least one argument of some bundled scenario;
(c) quotes are attributed honestly: a ``reported`` quote belongs to a group or
    is Kanehara's reported view, a ``direct`` quote lies inside a passage that
    the article puts in quote marks, and every background card has a citation;
(d) each motion has arguments for at least two stances and a rebuttal chain at
    least two deep (C rebuts A, A rebuts B), so no single card settles it;
(e) every scenario file starts with the schema comment line.

Coverage rule for (b): a scenario quote covers part of a passage when one of
its verbatim parts (the text between ellipses), folded with
:func:`debate.scenario.source.fold`, lies inside the folded passage, or when
the whole passage lies inside that part.  A passage counts as covered when
the quotes used as evidence, across all bundled scenarios, cover at least
:data:`COVERAGE` of its words.  Partial quotes are allowed because a card may
quote one sentence of a longer passage; the threshold stops a two-word
fragment from passing for the whole passage.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from debate.paths import bundled_scenario_files, bundled_seeds_dir
from debate.scenario.load import CheckedFile, check_file
from debate.scenario.models import Scenario
from debate.scenario.source import fold, quote_parts

SCHEMA_LINE = "# yaml-language-server: $schema=debate.schema.json"
SOURCE = "japan-defense-turning-point.txt"
COVERAGE = 0.5
"""Share of a passage's words that used quotes must cover."""

NOT_SPEECH: dict[str, str] = {
    # The article's description of Kanehara, quoting others about him, not his words.
    "a theoretical pillar of diplomacy at the Prime Minister's Office.": "a description of him",
    # One-word labels inside a reported sentence; the scenarios use them inside
    # the reported quote `the expression that Japan is the "shield," ...`.
    "shield,": "a one-word label in a reported sentence",
    "spear,": "a one-word label in a reported sentence",
    # NHK's name for what Kanehara "seems to be calling for": the reporter's
    # reading, used only inside a reported quote, never as his speech.
    "integrated attack capability.": "the reporter's label",
}
"""Passages in quote marks that are not anyone's speech, each with the reason."""

_QUOTED = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"[\w'-]+")


@cache
def checked() -> tuple[CheckedFile, ...]:
    return tuple(check_file(path) for path in bundled_scenario_files())


def scenarios() -> list[Scenario]:
    out = []
    for result in checked():
        assert result.scenario is not None, f"{result.path} does not load"
        out.append(result.scenario)
    return out


def speech_passages(text: str) -> list[str]:
    """The article's passages in double quote marks, folded, minus the allowlist."""
    allow = {fold(p) for p in NOT_SPEECH}
    passages = [fold(m) for m in _QUOTED.findall(fold(text))]
    return [p for p in passages if p not in allow]


def _strip(passage: str) -> str:
    return passage.strip(" ,.;:")


def covered_share(passage: str, parts: list[str]) -> float:
    """Share of the passage's words covered by the quote parts (see the module docstring)."""
    target = _strip(passage)
    covered = [False] * len(target)
    for part in parts:
        part = _strip(part)
        if not part:
            continue
        if target in part:
            return 1.0
        start = target.find(part)
        while start >= 0:
            for i in range(start, start + len(part)):
                covered[i] = True
            start = target.find(part, start + 1)
    words = list(_WORD.finditer(target))
    if not words:
        return 1.0
    hit = sum(1 for w in words if all(covered[w.start() : w.end()]))
    return hit / len(words)


def used_quote_parts(items: list[Scenario]) -> list[str]:
    """Verbatim parts of every quote that some argument uses as evidence."""
    parts: list[str] = []
    for scenario in items:
        used = {q for a in scenario.arguments for q in a.evidence}
        for quote in scenario.quotes:
            if quote.id in used:
                parts.extend(quote_parts(quote.text))
    return parts


def source_text() -> str:
    return (bundled_seeds_dir() / SOURCE).read_text(encoding="utf-8")


# --- (a) every bundled scenario validates ------------------------------------


def test_the_flagship_scenarios_are_bundled() -> None:
    names = {path.stem for path in bundled_scenario_files()}
    assert {"enemy-base-strike", "aegis-ashore", "tutorial"} <= names


@pytest.mark.parametrize("path", bundled_scenario_files(), ids=lambda p: p.stem)
def test_scenario_validates_without_problems(path: Path) -> None:
    result = check_file(path)
    rendered = "\n".join(p.render() for p in result.problems)
    assert result.scenario is not None and not result.problems, rendered


# --- (b) coverage of the article's quoted speech --------------------------------


def test_the_passage_extractor_finds_the_speech() -> None:
    passages = speech_passages(source_text())
    assert any(p.startswith("We have to work hand-in-hand") for p in passages)
    assert any(p.startswith("It's too narrow") for p in passages)
    assert not any("theoretical pillar" in p for p in passages)
    assert len(passages) >= 12


def test_allowlist_entries_are_really_in_the_article() -> None:
    found = {fold(m) for m in _QUOTED.findall(fold(source_text()))}
    for passage in NOT_SPEECH:
        assert fold(passage) in found, f"allowlisted passage not in the article: {passage!r}"


def test_coverage_rule_needs_most_of_a_passage() -> None:
    passage = "This is a new missile age. We have to put this in a much broader context."
    assert covered_share(passage, ["This is a new missile age. We have to put this"]) >= 0.5
    assert covered_share(passage, ["new missile age"]) < COVERAGE
    assert covered_share(passage, [passage + " And more."]) == 1.0
    assert covered_share(passage, []) == 0.0


def test_every_quoted_passage_backs_an_argument() -> None:
    parts = used_quote_parts(scenarios())
    missing = [
        passage
        for passage in speech_passages(source_text())
        if covered_share(passage, parts) < COVERAGE
    ]
    assert not missing, "quoted passages of the article used by no argument:\n" + "\n".join(
        f"  {p!r}" for p in missing
    )


# --- (c) honest attribution and citations --------------------------------------


def _speech_spans() -> list[str]:
    return [_strip(fold(m)) for m in _QUOTED.findall(fold(source_text()))]


@pytest.mark.parametrize("path", bundled_scenario_files(), ids=lambda p: p.stem)
def test_quotes_are_attributed_honestly(path: Path) -> None:
    result = check_file(path)
    assert result.scenario is not None
    scenario = result.scenario
    speakers = {s.id: s for s in scenario.speakers}
    spans = _speech_spans()
    wrong: list[str] = []
    for quote in scenario.quotes:
        speaker = speakers[quote.speaker]
        if quote.kind == "reported":
            if speaker.kind != "group" and quote.speaker != "kanehara":
                wrong.append(f"{quote.id}: reported view of a person other than Kanehara")
        else:
            if speaker.kind != "person":
                wrong.append(f"{quote.id}: a group cannot be quoted directly")
            for part in quote_parts(quote.text):
                if not any(_strip(part) in span for span in spans):
                    wrong.append(f"{quote.id}: direct quote not inside quote marks: {part!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", bundled_scenario_files(), ids=lambda p: p.stem)
def test_background_and_epilogue_carry_citations(path: Path) -> None:
    result = check_file(path)
    assert result.scenario is not None
    scenario = result.scenario
    bare = [a.id for a in scenario.arguments if not a.evidence and a.background is None]
    uncited = [
        a.id
        for a in scenario.arguments
        if a.background is not None and len(a.background.citation.strip()) < 10
    ]
    uncited += [f"epilogue {i}" for i, e in enumerate(scenario.epilogue) if len(e.citation) < 10]
    assert not bare, f"arguments with no evidence: {bare}"
    assert not uncited, f"background without a usable citation: {uncited}"
    assert scenario.epilogue, "a scenario's epilogue says what happened afterwards"


# --- (d) each motion is a real debate ---------------------------------------------


def chain_depth(edges: set[tuple[str, str]]) -> int:
    """Length of the longest chain of rebuttals (attacker, target), cycles cut off."""
    targets: dict[str, set[str]] = defaultdict(set)
    for attacker, target in edges:
        targets[attacker].add(target)

    def longest(node: str, seen: frozenset[str]) -> int:
        return max((1 + longest(t, seen | {t}) for t in targets[node] if t not in seen), default=0)

    return max((longest(n, frozenset({n})) for n in list(targets)), default=0)


def test_chain_depth_counts_chains() -> None:
    assert chain_depth({("a", "b")}) == 1
    assert chain_depth({("c", "a"), ("a", "b")}) == 2
    assert chain_depth({("a", "b"), ("b", "a")}) == 1  # a mutual attack is no chain
    assert chain_depth(set()) == 0


@pytest.mark.parametrize("path", bundled_scenario_files(), ids=lambda p: p.stem)
def test_each_motion_has_two_sides_and_deep_rebuttals(path: Path) -> None:
    result = check_file(path)
    assert result.scenario is not None
    scenario = result.scenario
    problems: list[str] = []
    for motion in scenario.motions:
        cards = [a for a in scenario.arguments if a.motion == motion.id]
        stances = {a.stance for a in cards}
        if len(stances) < 2:
            problems.append(f"{motion.id}: arguments for only {sorted(stances)}")
        edges = {(a.id, t) for a in cards for t in a.rebuts}
        if chain_depth(edges) < 2:
            problems.append(f"{motion.id}: no rebuttal chain two deep")
    assert not problems, "\n".join(problems)


# --- (e) schema line --------------------------------------------------------------


@pytest.mark.parametrize("path", bundled_scenario_files(), ids=lambda p: p.stem)
def test_scenario_starts_with_the_schema_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == SCHEMA_LINE
