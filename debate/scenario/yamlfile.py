"""Safe YAML reading that remembers where every node came from.

PyYAML's ``safe_load`` forgets positions, accepts duplicate keys silently and
expands aliases without limit.  We compose the node graph ourselves (the C
composer when libyaml is present) and build plain Python data from it, keeping
the line and column of every value and every mapping key, so that any later
error — a pydantic type error, a dangling reference, a misquoted passage — can
point into the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from debate.scenario.problems import Problem

MAX_BYTES = 4 * 1024 * 1024
"""Scenario files larger than this are refused before parsing (a real one is ~100 KB)."""

MAX_NODES = 200_000
"""Nodes built after alias expansion; more than this is an alias bomb, not a scenario."""

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's composer when PyYAML was built with it: several times faster."""

_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})
_STR_TAG = "tag:yaml.org,2002:str"

Path_ = tuple[str | int, ...]
"""Where a value sits in the document: keys and list indexes from the top."""


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass
class Document:
    """Plain data read from a YAML file, with the position of every node."""

    path: str
    data: Any
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)

    def position(self, path: Path_, *, key: bool = False) -> Position:
        """Where ``path`` is in the file, or its nearest ancestor that exists.

        With ``key`` the position of the mapping key is preferred (for "unknown
        key" errors); otherwise the value's.
        """
        probe = tuple(path)
        while True:
            if key and probe in self.keys:
                return self.keys[probe]
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return Position(1, 1)
            probe = probe[:-1]

    def problem(
        self, path: Path_, message: str, *, hints: tuple[str, ...] = (), key: bool = False
    ) -> Problem:
        """A problem located at ``path``."""
        pos = self.position(path, key=key)
        return Problem(self.path, pos.line, pos.column, message, hints=hints)


class YamlProblems(Exception):
    """The file could not be read as YAML at all; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems[0].render() if problems else "unreadable YAML")


def read_document(path: Path | str, *, display: str | None = None) -> Document:
    """Read a YAML file whose top level must be a mapping.

    :raises YamlProblems: the file is too big, not UTF-8, empty, uses tabs,
        is not valid YAML, has duplicate keys or explodes through aliases.
    """
    shown = display if display is not None else str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise YamlProblems([Problem(shown, 1, 1, f"cannot read file: {reason}")]) from None
    return parse_document(raw, shown)


def parse_document(raw: bytes, shown: str) -> Document:
    """Parse bytes already read; see :func:`read_document`."""
    if len(raw) > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise YamlProblems([Problem(shown, 1, 1, f"file is larger than {limit} MiB; refusing")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_col_of_byte(raw, error.start)
        message = f"file is not UTF-8 (byte 0x{raw[error.start]:02x}); save it as UTF-8"
        raise YamlProblems([Problem(shown, line, column, message)]) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise YamlProblems([Problem(shown, 1, 1, "file is empty; a scenario is a YAML mapping")])
    tabs = _tab_problems(text, shown)
    if tabs:
        raise YamlProblems(tabs)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise YamlProblems([_yaml_error_problem(error, shown)]) from None
    except yaml.YAMLError as error:  # pragma: no cover - unmarked errors are rare
        raise YamlProblems([Problem(shown, 1, 1, f"invalid YAML: {error}")]) from None
    if node is None:
        raise YamlProblems([Problem(shown, 1, 1, "file is empty; a scenario is a YAML mapping")])
    if not isinstance(node, yaml.MappingNode):
        pos = _position(node)
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        message = f"top level is {kind}; a scenario is a mapping of keys such as `id:` and `title:`"
        raise YamlProblems([Problem(shown, pos.line, pos.column, message)])
    document = Document(shown, None)
    builder = _Builder(document)
    document.data = builder.build(node, ())
    if builder.problems:
        raise YamlProblems(sorted(builder.problems))
    return document


class _Builder:
    """Turns a composed node graph into plain data, recording positions."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.count = 0
        self.active: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            pos = _position(node)
            message = (
                f"document expands to more than {MAX_NODES:,} nodes (an alias bomb?); refusing"
            )
            raise YamlProblems([Problem(self.document.path, pos.line, pos.column, message)])
        if id(node) in self.active:
            pos = _position(node)
            message = "recursive alias: a node contains itself"
            raise YamlProblems([Problem(self.document.path, pos.line, pos.column, message)])
        self.document.values[path] = _position(node)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
            pos = _position(node)
            message = f"tag `{node.tag}` is not allowed; scenarios hold plain data only"
            self.problems.append(Problem(self.document.path, pos.line, pos.column, message))
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
        finally:
            self.active.discard(id(node))
        return None  # pragma: no cover - composer yields only the three node kinds

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR_TAG:
            # What SafeConstructor.construct_yaml_str returns, without its
            # dispatch; most scalars of a scenario are strings.
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            pos = _position(node)
            problem = error.problem or "cannot read this value"
            self.problems.append(Problem(self.document.path, pos.line, pos.column, problem))
            return None

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, Position] = {}
        for key_node, value_node in node.value:
            key_pos = _position(key_node)
            if key_node.tag == "tag:yaml.org,2002:merge":
                message = "merge keys (`<<:`) are not supported; write the keys out"
                self.problems.append(
                    Problem(self.document.path, key_pos.line, key_pos.column, message)
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                message = "a key must be a plain value, not a list or mapping"
                self.problems.append(
                    Problem(self.document.path, key_pos.line, key_pos.column, message)
                )
                continue
            key = self._scalar(key_node)
            if not isinstance(key, str | int | float | bool) and key is not None:
                key = str(key)
            if key in first_seen:
                earlier = first_seen[key]
                message = f"duplicate key `{key}` (first defined at line {earlier.line})"
                hint = "YAML keeps only one of them; merge the two or rename one"
                self.problems.append(
                    Problem(
                        self.document.path,
                        key_pos.line,
                        key_pos.column,
                        message,
                        hints=(hint,),
                    )
                )
                continue
            first_seen[key] = key_pos
            child = (*path, key)
            self.document.keys[child] = key_pos
            result[key] = self.build(value_node, child)
        return result


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


def _yaml_error_problem(error: yaml.MarkedYAMLError, shown: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    message = error.problem or "invalid YAML"
    if error.context:
        message = f"{message} ({error.context})"
    if "expected a single document" in message:
        message = "more than one YAML document (`---`); a scenario file holds exactly one"
    hints: tuple[str, ...] = ()
    context = error.context_mark
    if (
        context is not None
        and mark is not None
        and context.line != mark.line
        and "single document" not in (error.context or "")
    ):
        what = (error.context or "this part").removeprefix("while parsing ")
        hints = (f"{what} began at line {context.line + 1}, column {context.column + 1}",)
    return Problem(shown, line, column, f"invalid YAML: {message}", hints=hints)


def _tab_problems(text: str, shown: str) -> list[Problem]:
    """Tabs break YAML indentation in ways its own errors explain badly."""
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find("\t")
        if column >= 0:
            problems.append(
                Problem(
                    shown,
                    number,
                    column + 1,
                    "tab character; YAML files here use spaces only",
                    hints=("replace each tab with spaces",),
                )
            )
            if len(problems) >= 20:
                break
    return problems


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column
