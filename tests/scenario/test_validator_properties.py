"""Whatever a scenario file holds, the checker returns problems and never raises.

Hypothesis mutates the valid fixture thousands of times — deleting,
duplicating, retyping, renaming and truncating nodes, and cutting the text
short — and every result must be a list of well-formed problems.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debate.scenario.load import CheckedFile, check_document
from debate.scenario.yamlfile import YamlProblems, parse_document

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mini.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")
DATA: Any = yaml.safe_load(TEXT)

REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["support", "kanehara", "stability", "naked", "Not An Id", "", "…"]),
    st.just([]),
    st.just({}),
    st.lists(st.text(max_size=5), max_size=3),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


PATHS = [p for p in _paths(DATA) if p]


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(DATA)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(PATHS))
        try:
            parent = _parent(data, path)
            key = path[-1]
            current = parent[key]
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, dict | list):
            continue  # an earlier mutation replaced a container with a string
        operation = draw(st.sampled_from(["delete", "duplicate", "retype", "rename", "truncate"]))
        if operation == "delete":
            del parent[key]
        elif operation == "duplicate":
            if isinstance(parent, list):
                parent.insert(key, copy.deepcopy(current))
            else:
                parent[f"{key}-copy"] = copy.deepcopy(current)
        elif operation == "retype":
            parent[key] = draw(REPLACEMENTS)
        elif operation == "rename" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = parent.pop(key)
        elif operation == "truncate":
            if isinstance(current, str):
                parent[key] = current[: draw(st.integers(0, max(0, len(current) - 1)))]
            elif isinstance(current, list):
                parent[key] = current[: draw(st.integers(0, len(current)))]
    return data


def _check(raw: bytes) -> CheckedFile | list[Any]:
    try:
        document = parse_document(raw, "mutant.yaml")
    except YamlProblems as refused:
        return refused.problems
    return check_document(document, FIXTURE)


def _assert_well_formed(result: CheckedFile | list[Any]) -> None:
    problems = result.problems if isinstance(result, CheckedFile) else result
    for problem in problems:
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.message
        assert problem.render().startswith("mutant.yaml:")
    if isinstance(result, CheckedFile) and not result.ok:
        assert problems, "a scenario that is not ok must say why"


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_scenarios_give_problems_not_exceptions(data: Any) -> None:
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    _assert_well_formed(_check(raw))


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=len(TEXT.encode("utf-8"))), st.binary(max_size=8))
def test_truncated_or_corrupted_text_gives_problems(cut: int, junk: bytes) -> None:
    raw = TEXT.encode("utf-8")[:cut] + junk
    _assert_well_formed(_check(raw))
