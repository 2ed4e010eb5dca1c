"""Quality checks of a valid scenario: what validation cannot see but players will feel.

Two kinds of findings, both reported as ``path:line:col: warning: …`` with a
``hint:`` so that an editor jumps to the line to change:

* **structural** (instant): quotes never used as evidence and quoted passages
  of the source left out; arguments never rebutted, or that rebut nothing;
  dominated cards, which no sensible player would ever choose; objectives
  with no argument for the stance they need; placeholder text from
  ``debate new``.
* **simulated** (``games`` per AI level): for each level every seat is played
  by the engine's AI at that level, seeds ``0 … games-1``.  From those games:
  motions that one stance wins every time, objectives never met, roles that
  never win, and each role's win rate per level (a tie counts for each winner).

Simulation goes through :func:`debate.ai.choose_move` and the engine's
public API only, so the numbers are those a real game would produce.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from debate.authoring.scaffold import find_quotes, placeholders
from debate.progress import progress_bar
from debate.scenario.models import Argument, Scenario
from debate.scenario.problems import Problem
from debate.scenario.source import SourceText, fold
from debate.scenario.yamlfile import Document, Path_

LEVELS: tuple[str, ...] = ("easy", "normal", "hard")
MAX_SEATS = 6
EVIDENCE_TIER = {"direct": 3, "reported": 2}
BACKGROUND_TIER = 1


@dataclass
class Simulation:
    """What N games per level showed."""

    games: int
    wins: dict[str, dict[str, float]] = field(default_factory=dict)
    """level → role id → games won (a tie adds 1/number of winners)."""
    seated: dict[str, dict[str, int]] = field(default_factory=dict)
    """level → role id → games the role was seated in."""
    decided: dict[str, Counter[str | None]] = field(default_factory=lambda: defaultdict(Counter))
    """motion id → decided stance (None: tie) → count, over every level."""
    met: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(role id, objective id) → games it was met."""
    chances: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(role id, objective id) → games the role was seated in."""

    def rate(self, level: str, role: str) -> float | None:
        seated = self.seated.get(level, {}).get(role, 0)
        return None if not seated else self.wins[level].get(role, 0.0) / seated


@dataclass
class LintReport:
    """Warnings, sorted by place, and the simulation behind some of them."""

    scenario: Scenario
    problems: list[Problem]
    simulation: Simulation | None


class _Linter:
    def __init__(self, scenario: Scenario, document: Document, source: SourceText | None) -> None:
        self.scenario = scenario
        self.document = document
        self.source = source
        self.problems: list[Problem] = []
        self.index = {a.id: i for i, a in enumerate(scenario.arguments)}
        self.quote_kind = {q.id: q.kind for q in scenario.quotes}
        self.attackers: dict[str, set[str]] = defaultdict(set)
        for argument in scenario.arguments:
            for target in argument.rebuts:
                self.attackers[target].add(argument.id)

    def warn(self, path: Path_, message: str, hint: str) -> None:
        pos = self.document.position(path)
        self.problems.append(
            Problem(self.document.path, pos.line, pos.column, message, "warning", (hint,))
        )

    # -- structural ----------------------------------------------------------

    def quotes(self) -> None:
        used = {q for a in self.scenario.arguments for q in a.evidence}
        for index, quote in enumerate(self.scenario.quotes):
            if quote.id not in used:
                self.warn(
                    ("quotes", index, "id"),
                    f"quote `{quote.id}` is never used as evidence",
                    "cite it in an argument's `evidence:`, or delete it",
                )
        if self.source is None:
            return
        covered = " \u0000 ".join(fold(q.text) for q in self.scenario.quotes)
        for found in find_quotes(self.source.text):
            passage = fold(found.text)
            if len(passage.split()) < 4 or passage in covered:
                continue
            if any(
                passage in fold(q.text) or fold(q.text) in passage for q in self.scenario.quotes
            ):
                continue
            self.warn(
                ("quotes",),
                f'the source quotes "{_short(found.text)}" (line {found.line}); '
                "no quote of the scenario uses it",
                "add it to `quotes:` if it helps an argument; players may look for it",
            )

    def clashes(self) -> None:
        for index, argument in enumerate(self.scenario.arguments):
            if not self.attackers.get(argument.id):
                self.warn(
                    ("arguments", index, "id"),
                    f"argument `{argument.id}` is never rebutted: once played it always stands",
                    "give an argument of another stance `rebuts: [" + argument.id + "]`",
                )
            if not argument.rebuts:
                self.warn(
                    ("arguments", index, "id"),
                    f"argument `{argument.id}` rebuts nothing: it cannot answer an opponent",
                    "list the arguments of other stances it answers in `rebuts:`",
                )

    def strength(self, argument: Argument) -> int:
        tier = max(
            (EVIDENCE_TIER.get(self.quote_kind.get(q, ""), 0) for q in argument.evidence), default=0
        )
        return max(tier, BACKGROUND_TIER if argument.background is not None else 0)

    def dominates(self, better: Argument, worse: Argument) -> bool:
        """``better`` is at least as good as ``worse`` in every respect a player can weigh."""
        return (
            better.motion == worse.motion
            and better.stance == worse.stance
            and self.strength(better) >= self.strength(worse)
            and set(worse.themes) <= set(better.themes)
            and set(worse.rebuts) <= set(better.rebuts)
            and self.attackers.get(better.id, set()) <= self.attackers.get(worse.id, set())
            and set(better.contradicts) <= set(worse.contradicts)
        )

    def dominated(self) -> None:
        arguments = self.scenario.arguments
        for index, worse in enumerate(arguments):
            for better in arguments:
                if better.id == worse.id or not self.dominates(better, worse):
                    continue
                if self.dominates(worse, better) and worse.id < better.id:
                    continue  # twins: report the pair once
                twin = self.dominates(worse, better)
                self.warn(
                    ("arguments", index, "id"),
                    f"argument `{worse.id}` is "
                    + ("interchangeable with" if twin else "dominated by")
                    + f" `{better.id}`: same stance, "
                    + ("same" if twin else "no better")
                    + " evidence, themes, rebuttals and exposure",
                    "make it different: another theme, stronger evidence, or its own rebuttal",
                )
                break

    def objectives(self) -> None:
        argued = {(a.motion, a.stance) for a in self.scenario.arguments}
        for r_index, role in enumerate(self.scenario.roles):
            for o_index, objective in enumerate(role.objectives):
                if (objective.motion, objective.stance) not in argued:
                    self.warn(
                        ("roles", r_index, "objectives", o_index, "stance"),
                        f"role `{role.id}` needs `{objective.motion}` decided "
                        f"`{objective.stance}`, but no argument argues that stance",
                        f"add an argument with `motion: {objective.motion}` and "
                        f"`stance: {objective.stance}`",
                    )

    # -- simulated -----------------------------------------------------------

    def simulated(self, simulation: Simulation) -> None:
        total = (
            sum(simulation.decided[self.scenario.motions[0].id].values())
            if self.scenario.motions
            else 0
        )
        for index, motion in enumerate(self.scenario.motions):
            counts = simulation.decided.get(motion.id, Counter())
            if total and len(counts) == 1:
                (winner,) = counts
                if winner is not None:
                    self.warn(
                        ("motions", index, "id"),
                        f"motion `{motion.id}`: `{winner}` won all {total} simulated games",
                        "strengthen the other side's arguments or the audience's leanings",
                    )
        for r_index, role in enumerate(self.scenario.roles):
            for o_index, objective in enumerate(role.objectives):
                key = (role.id, objective.id)
                if simulation.chances[key] and not simulation.met[key]:
                    self.warn(
                        ("roles", r_index, "objectives", o_index, "id"),
                        f"objective `{objective.id}` of role `{role.id}` was never met in "
                        f"{simulation.chances[key]} simulated games",
                        "give its stance stronger arguments, or ask for less",
                    )
            rates = [simulation.rate(level, role.id) for level in LEVELS]
            if any(r is not None for r in rates) and all(not r for r in rates):
                self.warn(
                    ("roles", r_index, "id"),
                    f"role `{role.id}` never won a simulated game at any AI level",
                    "raise its priorities' weight with the audience or give it better cards",
                )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def simulate(
    scenario: Scenario,
    games: int,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Simulation:
    """Play ``games`` games per AI level with every seat at that level (seeds 0 … games-1)."""
    from debate.ai import play_out
    from debate.engine import Game, Seat

    simulation = Simulation(games)
    roles = [role.id for role in scenario.roles]
    total = games * len(LEVELS)
    done = 0
    for level in LEVELS:
        wins: dict[str, float] = defaultdict(float)
        seated: dict[str, int] = defaultdict(int)
        for seed in range(games):
            chosen = _seating(roles, seed)
            game = Game.new(scenario, [Seat(role, level) for role in chosen], seed)  # type: ignore[arg-type]
            game = play_out(game)
            outcome = game.outcome()
            assert outcome is not None
            for seat, role in enumerate(chosen):
                seated[role] += 1
                if seat in outcome.winners:
                    wins[role] += 1 / len(outcome.winners)
            for result in outcome.motions:
                simulation.decided[result.motion][result.decided] += 1
            _objectives(game, chosen, simulation)
            done += 1
            if progress is not None:
                progress(done, total)
        simulation.wins[level] = dict(wins)
        simulation.seated[level] = dict(seated)
    return simulation


def _seating(roles: list[str], seed: int) -> list[str]:
    """Every role when they fit at one table; otherwise a rotating window of six."""
    if len(roles) <= MAX_SEATS:
        return roles
    start = seed % len(roles)
    return [roles[(start + k) % len(roles)] for k in range(MAX_SEATS)]


def _objectives(game: object, chosen: list[str], simulation: Simulation) -> None:
    from debate.engine import Game
    from debate.scoring import scorecard

    assert isinstance(game, Game)
    for seat, role in enumerate(chosen):
        for result in scorecard(game, seat).objectives:
            simulation.chances[(role, result.id)] += 1
            simulation.met[(role, result.id)] += bool(result.won)


def lint(
    scenario: Scenario,
    document: Document,
    source: SourceText | None,
    *,
    games: int = 0,
    progress: Callable[[int, int], None] | None = None,
    text: str | None = None,
) -> LintReport:
    """Every quality warning of a scenario that passed validation."""
    linter = _Linter(scenario, document, source)
    linter.quotes()
    linter.clashes()
    linter.dominated()
    linter.objectives()
    if text is not None:
        linter.problems.extend(placeholders(document.path, text))
    simulation = None
    if games > 0:
        simulation = simulate(scenario, games, progress=progress)
        linter.simulated(simulation)
    return LintReport(scenario, sorted(linter.problems), simulation)


def win_table(scenario: Scenario, simulation: Simulation) -> str:
    """Win rate of each role at each AI level, as an aligned text table."""
    width = max([len(r.id) for r in scenario.roles] + [4])
    lines = [
        f"win rates over {simulation.games} games per level (every seat at that level):",
        f"  {'role':<{width}}  " + "  ".join(f"{level:>6}" for level in LEVELS),
    ]
    for role in scenario.roles:
        cells = []
        for level in LEVELS:
            rate = simulation.rate(level, role.id)
            cells.append(f"{'-' if rate is None else f'{rate:.0%}':>6}")
        lines.append(f"  {role.id:<{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def lint_file(
    path: Path, *, games: int = 0, stream: TextIO | None = None
) -> tuple[list[Problem], LintReport | None]:
    """Validation problems of ``path`` and, when it is valid, its lint report.

    ``stream`` receives the progress bar (default: stderr).
    """
    from debate.scenario.load import check_document
    from debate.scenario.yamlfile import YamlProblems, read_document

    try:
        document = read_document(path)
    except YamlProblems as error:
        return error.problems, None
    checked = check_document(document, path)
    errors = [p for p in checked.problems if p.severity == "error"]
    if errors or checked.scenario is None:
        return checked.problems, None
    raw = path.read_text(encoding="utf-8")
    out = stream if stream is not None else sys.stderr
    bar = progress_bar(out, "simulating") if games and out.isatty() else None
    report = lint(checked.scenario, document, checked.source, games=games, progress=bar, text=raw)
    return checked.problems, report
