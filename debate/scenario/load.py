"""Reading a scenario file into a checked :class:`Scenario`, or every problem with it.

The order is: YAML (with positions) → pydantic types → cross-field checks and
quotes against the source.  When some list items fail their types they are set
aside and the rest is still checked, so one typo does not hide the other
problems in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from debate.errors import ScenarioError, UsageError
from debate.paths import bundled_scenario_files, user_scenario_files
from debate.scenario.models import Scenario
from debate.scenario.problems import Problem
from debate.scenario.source import SourceText
from debate.scenario.validate import check, did_you_mean, source_candidates
from debate.scenario.yamlfile import Document, Path_, YamlProblems, read_document

_LIST_FIELDS = ("themes", "speakers", "quotes", "roles", "motions", "arguments", "audience")


@dataclass(frozen=True)
class CheckedFile:
    """The result of checking one file: the scenario when it is sound, and every problem."""

    path: Path
    scenario: Scenario | None
    source: SourceText | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not any(p.severity == "error" for p in self.problems)


def check_file(path: Path | str, *, display: str | None = None) -> CheckedFile:
    """Check a scenario file completely; never raises for anything the file holds."""
    file_path = Path(path)
    shown = display if display is not None else str(path)
    try:
        document = read_document(file_path, display=shown)
    except YamlProblems as error:
        return CheckedFile(file_path, None, None, error.problems)
    return check_document(document, file_path)


def check_document(document: Document, file_path: Path) -> CheckedFile:
    """Type-check and cross-check a document already read."""
    problems: list[Problem] = []
    data = document.data
    scenario, tolerated = _validate_types(document, data, problems)
    source: SourceText | None = None
    if scenario is not None:
        source = _read_source(scenario, document, file_path, problems)
        problems.extend(check(scenario, document, source, tolerated=tolerated))
        if tolerated:
            scenario = None  # parts were set aside: the file is not playable
    return CheckedFile(file_path, scenario, source, sorted(problems))


def _validate_types(
    document: Document, data: Any, problems: list[Problem]
) -> tuple[Scenario | None, dict[str, set[str]]]:
    try:
        return Scenario.model_validate(data), {}
    except ValidationError as error:
        errors = error.errors(include_url=False)
    problems.extend(_type_problems(document, errors))
    # Set aside the list items that failed and try the rest, so that the
    # cross-field checks still run on everything that is well-typed.
    broken: dict[str, set[int]] = {}
    for e in errors:
        loc = e["loc"]
        if len(loc) >= 2 and loc[0] in _LIST_FIELDS and isinstance(loc[1], int):
            broken.setdefault(str(loc[0]), set()).add(loc[1])
        else:
            return None, {}
    pruned = dict(data)
    tolerated: dict[str, set[str]] = {}
    for field, indexes in broken.items():
        items = data[field]
        tolerated[field] = {
            str(item["id"])
            for i, item in enumerate(items)
            if i in indexes and isinstance(item, dict) and "id" in item
        }
        pruned[field] = [item for i, item in enumerate(items) if i not in indexes]
    try:
        scenario = Scenario.model_validate(pruned)
    except ValidationError:
        return None, {}
    _shift_positions(document, data, broken)
    return scenario, tolerated


def _shift_positions(document: Document, data: Any, broken: dict[str, set[int]]) -> None:
    """Re-key positions from the file's list indexes to those of the pruned lists."""
    kept = {
        field: {
            original: new
            for new, original in enumerate(i for i in range(len(data[field])) if i not in indexes)
        }
        for field, indexes in broken.items()
    }

    def shift(path: Path_) -> Path_:
        if len(path) >= 2 and path[0] in kept and isinstance(path[1], int):
            new = kept[str(path[0])].get(path[1])
            return (path[0], new, *path[2:]) if new is not None else ("(set aside)", *path)
        return path

    document.values = {shift(path): pos for path, pos in document.values.items()}
    document.keys = {shift(path): pos for path, pos in document.keys.items()}


def _type_problems(document: Document, errors: list[Any]) -> list[Problem]:
    """One problem per pydantic error, with missing keys of one mapping folded together."""
    missing: dict[tuple[str | int, ...], list[str]] = {}
    problems: list[Problem] = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "missing" and loc:
            missing.setdefault(loc[:-1], []).append(str(loc[-1]))
        else:
            problems.append(_type_problem(document, error))
    for parent, names in missing.items():
        keys = ", ".join(f"`{name}`" for name in names)
        noun = "key" if len(names) == 1 else "keys"
        where = dotted(parent) or "the top level"
        problems.append(document.problem(parent, f"missing required {noun} {keys} in {where}"))
    return problems


def _type_problem(document: Document, error: Any) -> Problem:
    loc: tuple[str | int, ...] = tuple(error["loc"])
    kind: str = error["type"]
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
        return document.problem(loc, f"invalid key `{loc[-1]}`: {error['msg']}", key=True)
    where = dotted(loc) or "top level"
    if kind == "extra_forbidden":
        parent = loc[:-1]
        known = _known_fields(parent)
        return document.problem(
            loc,
            f"unknown key `{loc[-1]}`",
            hints=did_you_mean(str(loc[-1]), known) or _allowed(known),
            key=True,
        )
    value = error.get("input")
    if kind == "string_pattern_mismatch" and isinstance(value, str):
        suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-id"
        return document.problem(
            loc,
            f"`{value}` is not a valid id: use lower-case letters, digits and dashes",
            hints=(f"for example `{suggestion}`",),
        )
    shown = "" if isinstance(value, dict | list) else f" (got {value!r})"
    return document.problem(loc, f"{where}: {error['msg'].lower()}{shown}")


def dotted(loc: tuple[str | int, ...]) -> str:
    """A path as authors write it: ``roles[1].objectives[0].stance``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _allowed(known: list[str]) -> tuple[str, ...]:
    return (f"allowed keys: {', '.join(known)}",) if known else ()


def _known_fields(loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the model at ``loc``, for "did you mean" on unknown keys."""
    from pydantic import BaseModel

    model: Any = Scenario
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return []
        annotation = field.annotation
        model = _inner_model(annotation)
        if model is None:
            return []
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    from typing import get_args

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _read_source(
    scenario: Scenario, document: Document, file_path: Path, problems: list[Problem]
) -> SourceText | None:
    name = scenario.source.file
    for candidate in source_candidates(file_path, name):
        if candidate.is_file():
            try:
                return SourceText.read(candidate)
            except (OSError, UnicodeDecodeError, ValueError) as error:
                problems.append(
                    document.problem(("source", "file"), f"cannot read source `{name}`: {error}")
                )
                return None
    problems.append(
        document.problem(
            ("source", "file"),
            f"source text `{name}` not found",
            hints=("put the article in seeds/ next to the scenarios folder",),
        )
    )
    return None


@dataclass(frozen=True)
class LoadedScenario:
    """A sound scenario with its source text, ready to play."""

    path: Path
    scenario: Scenario
    source: SourceText


def load(name: str | Path) -> LoadedScenario:
    """Load a bundled or user scenario by id, or any scenario file by path.

    :raises UsageError: no scenario has that id and no such file exists.
    :raises ScenarioError: the file has problems; ``.problems`` lists them all.
    """
    result = check_file(resolve_scenario(name))
    errors = [p for p in result.problems if p.severity == "error"]
    if errors or result.scenario is None or result.source is None:
        raise ScenarioError(list(errors or result.problems))
    return LoadedScenario(result.path, result.scenario, result.source)


def load_scenario(name: str | Path) -> Scenario:
    """The scenario alone; see :func:`load`."""
    return load(name).scenario


def yaml_files(paths: Iterable[Path]) -> list[Path]:
    """Files as named, with folders replaced by the YAML files in them."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            files.append(path)
    return files


def scenario_files() -> list[Path]:
    """Every bundled and user scenario file."""
    return [*bundled_scenario_files(), *user_scenario_files()]


def resolve_scenario(name: str | Path) -> Path:
    """The file for a scenario id or path.

    :raises UsageError: neither a file nor a known id; the message lists the ids.
    """
    as_path = Path(name)
    if as_path.suffix in {".yaml", ".yml"} or as_path.is_file():
        if as_path.is_file():
            return as_path
        raise UsageError(f"no such scenario file: {name}")
    known = {path.stem: path for path in scenario_files()}
    if str(name) in known:
        return known[str(name)]
    names = ", ".join(sorted(known)) or "none installed"
    hint = did_you_mean(str(name), known)
    extra = f" ({hint[0]})" if hint else ""
    raise UsageError(f"unknown scenario `{name}`{extra}; available: {names}")
