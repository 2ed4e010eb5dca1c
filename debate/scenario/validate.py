"""Checks of a scenario that go beyond types: ids, references, quotes, structure.

Every check appends to one list of problems so that an author sees everything
wrong with a file in one run, each problem pointing at the line and column the
author has to change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from debate.scenario.models import Scenario
from debate.scenario.problems import Problem
from debate.scenario.source import SourceText
from debate.scenario.yamlfile import Document, Path_


@dataclass(frozen=True)
class _Kind:
    """A list of things with ids, and how authors call one of them."""

    field: str
    noun: str


_KINDS = (
    _Kind("themes", "theme"),
    _Kind("speakers", "speaker"),
    _Kind("quotes", "quote"),
    _Kind("roles", "role"),
    _Kind("motions", "motion"),
    _Kind("arguments", "argument"),
    _Kind("audience", "audience bloc"),
)


PLACEHOLDER = "FILL IN:"
"""How `debate new` marks text an author still has to write; the validator refuses it."""

_MINIMUMS = (
    ("themes", 1, "theme"),
    ("roles", 2, "role"),
    ("motions", 1, "motion"),
    ("arguments", 2, "argument"),
    ("audience", 1, "audience bloc"),
)


def did_you_mean(name: str, known: Iterable[str]) -> tuple[str, ...]:
    """A hint naming the closest known ids, or nothing when none is close."""
    import difflib  # only when a name is unknown: a sound file never needs it

    close = difflib.get_close_matches(name, sorted(set(known)), n=3, cutoff=0.6)
    if not close:
        return ()
    return ("did you mean " + " or ".join(f"`{c}`" for c in close) + "?",)


class Checker:
    """Runs every cross-field check of one scenario against its document."""

    def __init__(
        self,
        scenario: Scenario,
        document: Document,
        source: SourceText | None,
        *,
        tolerated: dict[str, set[str]] | None = None,
    ) -> None:
        self.scenario = scenario
        self.document = document
        self.source = source
        self.problems: list[Problem] = []
        # Ids of items that failed type checks and were set aside: references to
        # them are not reported again, the type error already is.
        self.tolerated = tolerated or {}
        self.ids: dict[str, set[str]] = {
            kind.field: {item.id for item in getattr(scenario, kind.field)} for kind in _KINDS
        }

    def run(self) -> list[Problem]:
        self._sizes()
        self._placeholders(self.document.data, ())
        self._unique_ids()
        self._quotes()
        self._roles()
        self._motions()
        self._arguments()
        self._audience()
        return self.problems

    # -- helpers -----------------------------------------------------------

    def report(
        self, path: Path_, message: str, *, hints: tuple[str, ...] = (), key: bool = False
    ) -> None:
        self.problems.append(self.document.problem(path, message, hints=hints, key=key))

    def reference(
        self, path: Path_, name: str, field: str, noun: str, *, key: bool = False
    ) -> bool:
        """Report ``name`` unless it is a known id of ``field``; True when it resolves."""
        if name in self.ids[field] or name in self.tolerated.get(field, set()):
            return True
        self.report(
            path, f"unknown {noun} `{name}`", hints=did_you_mean(name, self.ids[field]), key=key
        )
        return False

    def _duplicates(self, path: Path_, ids: Sequence[str], noun: str) -> None:
        counts = Counter(ids)
        seen: dict[str, int] = {}
        for index, item_id in enumerate(ids):
            if counts[item_id] > 1:
                if item_id in seen:
                    first = self.document.position((*path, seen[item_id], "id"))
                    self.report(
                        (*path, index, "id"),
                        f"duplicate {noun} id `{item_id}` (first defined at line {first.line})",
                        hints=("ids must be unique within their kind",),
                    )
                else:
                    seen[item_id] = index

    # -- checks ------------------------------------------------------------

    def _placeholders(self, node: object, path: Path_) -> None:
        """Text left as `FILL IN:` by the scaffold: one error per place still to write."""
        if isinstance(node, str):
            if node.lstrip().startswith(PLACEHOLDER):
                what = node.lstrip()[len(PLACEHOLDER) :].strip() or "write this text"
                self.report(path, "text still to write", hints=(what,))
        elif isinstance(node, dict):
            for key, value in node.items():
                self._placeholders(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._placeholders(value, (*path, index))

    def _sizes(self) -> None:
        """Minimum sizes, checked here so that set-aside items do not hide other checks."""
        for field, least, noun in _MINIMUMS:
            have = len(getattr(self.scenario, field)) + len(self.tolerated.get(field, ()))
            if have < least:
                self.report(
                    (field,),
                    f"a scenario needs at least {least} {noun}{'s' if least > 1 else ''} "
                    f"in `{field}` (has {have})",
                    key=True,
                )

    def _unique_ids(self) -> None:
        for kind in _KINDS:
            items = getattr(self.scenario, kind.field)
            self._duplicates((kind.field,), [item.id for item in items], kind.noun)
        for m_index, motion in enumerate(self.scenario.motions):
            self._duplicates(
                ("motions", m_index, "stances"), [s.id for s in motion.stances], "stance"
            )
        for r_index, role in enumerate(self.scenario.roles):
            self._duplicates(
                ("roles", r_index, "objectives"), [o.id for o in role.objectives], "objective"
            )

    def _quotes(self) -> None:
        for index, quote in enumerate(self.scenario.quotes):
            self.reference(("quotes", index, "speaker"), quote.speaker, "speakers", "speaker")
            if self.source is None:
                continue
            mismatch = self.source.find(quote.text)
            if mismatch is None:
                continue
            hints = [f'closest passage in the source (line {mismatch.line}): "{mismatch.closest}"']
            hints.extend(f"differs: {d}" for d in mismatch.differences)
            self.report(
                ("quotes", index, "text"),
                f'quote `{quote.id}` is not in the source word for word: "{mismatch.part}"',
                hints=tuple(hints),
            )

    def _stances(self) -> dict[str, set[str]]:
        return {m.id: {s.id for s in m.stances} for m in self.scenario.motions}

    def _stance(self, path: Path_, motion: str, stance: str) -> None:
        stances = self._stances().get(motion)
        if stances is None or stance in stances:
            return
        self.report(
            path,
            f"motion `{motion}` has no stance `{stance}`",
            hints=did_you_mean(stance, stances)
            or (f"its stances are {', '.join(f'`{s}`' for s in sorted(stances))}",),
        )

    def _roles(self) -> None:
        blocs = self.ids["audience"]
        for r_index, role in enumerate(self.scenario.roles):
            base: Path_ = ("roles", r_index)
            for theme in role.priorities:
                self.reference((*base, "priorities", theme), theme, "themes", "theme", key=True)
            for o_index, objective in enumerate(role.objectives):
                path: Path_ = (*base, "objectives", o_index)
                if self.reference((*path, "motion"), objective.motion, "motions", "motion"):
                    self._stance((*path, "stance"), objective.motion, objective.stance)
                if objective.bloc is not None and objective.bloc not in blocs:
                    self.reference((*path, "bloc"), objective.bloc, "audience", "audience bloc")

    def _motions(self) -> None:
        stances_argued: dict[str, set[str]] = defaultdict(set)
        for argument in self.scenario.arguments:
            stances_argued[argument.motion].add(argument.stance)
        for m_index, motion in enumerate(self.scenario.motions):
            for t_index, theme in enumerate(motion.themes):
                self.reference(("motions", m_index, "themes", t_index), theme, "themes", "theme")
            argued = stances_argued.get(motion.id, set())
            if len(argued) < 2:
                have = ", ".join(f"`{s}`" for s in sorted(argued)) or "none"
                self.report(
                    ("motions", m_index, "id"),
                    f"motion `{motion.id}` needs arguments for at least two stances (has {have})",
                    hints=("a debate needs a case on each side; add arguments for another stance",),
                )

    def _arguments(self) -> None:
        by_id = {a.id: a for a in self.scenario.arguments}
        motions = self.ids["motions"]
        for a_index, argument in enumerate(self.scenario.arguments):
            base: Path_ = ("arguments", a_index)
            if argument.motion in motions:
                self._stance((*base, "stance"), argument.motion, argument.stance)
            else:
                self.reference((*base, "motion"), argument.motion, "motions", "motion")
            if not argument.evidence and argument.background is None:
                self.report(
                    (*base, "id"),
                    f"argument `{argument.id}` has no evidence",
                    hints=("give quote ids in `evidence:` or a `background:` with a citation",),
                )
            for e_index, quote in enumerate(argument.evidence):
                self.reference((*base, "evidence", e_index), quote, "quotes", "quote")
            for t_index, theme in enumerate(argument.themes):
                self.reference((*base, "themes", t_index), theme, "themes", "theme")
            for r_index, target_id in enumerate(argument.rebuts):
                path: Path_ = (*base, "rebuts", r_index)
                if target_id == argument.id:
                    self.report(path, f"argument `{argument.id}` rebuts itself")
                    continue
                if not self.reference(path, target_id, "arguments", "argument"):
                    continue
                target = by_id.get(target_id)
                if target is None:
                    continue
                if target.motion != argument.motion:
                    self.report(
                        path,
                        f"`{argument.id}` (motion `{argument.motion}`) rebuts `{target_id}` "
                        f"of another motion (`{target.motion}`)",
                        hints=("rebuttals answer arguments of the same motion",),
                    )
                elif target.stance == argument.stance:
                    self.report(
                        path,
                        f"`{argument.id}` rebuts `{target_id}`, which argues the same stance "
                        f"(`{argument.stance}`)",
                        hints=("rebut an argument for another stance, or use `contradicts:`",),
                    )
            for c_index, other in enumerate(argument.contradicts):
                path = (*base, "contradicts", c_index)
                if other == argument.id:
                    self.report(path, f"argument `{argument.id}` contradicts itself")
                else:
                    self.reference(path, other, "arguments", "argument")

    def _audience(self) -> None:
        for b_index, bloc in enumerate(self.scenario.audience):
            base: Path_ = ("audience", b_index)
            for theme in bloc.weights:
                self.reference((*base, "weights", theme), theme, "themes", "theme", key=True)
            for motion, leanings in bloc.leanings.items():
                path: Path_ = (*base, "leanings", motion)
                if self.reference(path, motion, "motions", "motion", key=True):
                    for stance in leanings:
                        self._stance((*path, stance), motion, stance)


def check(
    scenario: Scenario,
    document: Document,
    source: SourceText | None,
    *,
    tolerated: dict[str, set[str]] | None = None,
) -> list[Problem]:
    """Every cross-field problem of a scenario that passed its type checks."""
    return Checker(scenario, document, source, tolerated=tolerated).run()


def source_candidates(scenario_path: Path, file_name: str) -> list[Path]:
    """Where a scenario's source text may be, nearest first."""
    from debate.paths import bundled_seeds_dir, data_dir

    folder = scenario_path.resolve().parent
    return [
        folder / file_name,
        folder.parent / "seeds" / file_name,
        folder / "seeds" / file_name,
        data_dir() / "seeds" / file_name,
        bundled_seeds_dir() / file_name,
    ]
