"""The scorecard: every point a seat earned, each with its reason and the quote behind it.

Why lines instead of a number: the game teaches, so a player must be able to
see *why* a card counted (its evidence, its relevance, their priorities), why
one fell (what defeated it) and what the room did.  The lines are made from
the same parts that produce the game's totals, so they always add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from debate.scoring.best import best_scores
from debate.scoring.likeness import argued_most_like
from debate.scoring.match import Match
from debate.scoring.points import Part
from debate.scoring.record import Record
from debate.scoring.tables import TIER_LABEL, ScenarioTables
from debate.scoring.tally import tally
from debate.scoring.words import echo

if TYPE_CHECKING:
    from debate.engine.game import Game


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """Points with their reason; ``quote`` is the evidence text, ``argument`` the card id."""

    motion: str | None
    points: float
    reason: str
    quote: str | None = None
    argument: str | None = None


@dataclass(frozen=True, slots=True)
class ObjectiveResult:
    """One role objective, won or lost, with the points it brought."""

    id: str
    text: str
    motion: str
    won: bool
    points: int


@dataclass(frozen=True, slots=True)
class MotionShare:
    """A seat's score on one motion (own words excluded) beside the best it could reach."""

    motion: str
    score: int
    best: int

    @property
    def share(self) -> float:
        """``score / best`` clamped to 0–1; 1 when nothing positive was reachable."""
        if self.best <= 0:
            return 1.0 if self.score >= self.best else 0.0
        return max(0.0, min(1.0, self.score / self.best))


@dataclass(frozen=True, slots=True)
class Scorecard:
    """One seat's explained score over the finished motions."""

    seat: int
    lines: tuple[ScoreLine, ...]
    objectives: tuple[ObjectiveResult, ...]
    argued_most_like: tuple[str, int, int] | None
    echoes: tuple[Match, ...]
    motions: tuple[MotionShare, ...]

    @property
    def total(self) -> float:
        """The sum of the lines: the seat's score."""
        return sum(line.points for line in self.lines)

    def _motion(self, motion: str) -> MotionShare:
        for item in self.motions:
            if item.motion == motion:
                return item
        known = ", ".join(m.motion for m in self.motions) or "none finished yet"
        raise KeyError(f"no finished motion {motion!r}; finished: {known}")

    def best(self, motion: str) -> float:
        """The best score the seat could have reached on ``motion`` (see :mod:`.best`)."""
        return float(self._motion(motion).best)

    def share(self, motion: str) -> float:
        """The seat's motion score as a share (0–1) of :meth:`best`."""
        return self._motion(motion).share


def scorecard(game: Game, seat: int) -> Scorecard:
    """The scorecard of ``seat`` over the game's finished motions.

    :raises InvalidMoveError: no such seat.
    """
    game.pending(seat)  # validates the seat index
    return scorecard_of(game.record(), seat)


def scorecard_of(record: Record, seat: int) -> Scorecard:
    """:func:`scorecard` on a plain record (what the engine hands scoring)."""
    tables = record.tables
    lines: list[ScoreLine] = []
    objectives: list[ObjectiveResult] = []
    echoes: list[Match] = []
    shares: list[MotionShare] = []
    for motion in tally(record):
        info = tables.motions[motion.motion]
        stance = record.stances[motion.motion][seat]
        without_words = 0
        for part in motion.parts[seat]:
            line = _line(record, motion.motion, seat, part)
            lines.append(line)
            if part.kind == "words":
                echoes.extend(echo(tables, motion.motion, stance, record.words[part.ref][2])[1])
                continue
            without_words += part.points
            if part.kind == "objective":
                objective = tables.roles[record.roles[seat]].objectives[motion.motion]
                found = next(o for o in objective if o.index == part.ref)
                objectives.append(
                    ObjectiveResult(found.id, found.text, info.id, part.points > 0, part.points)
                )
        shares.append(MotionShare(info.id, without_words, best_scores(record, motion.motion, seat)))
    return Scorecard(
        seat,
        tuple(lines),
        tuple(objectives),
        argued_most_like(record, seat),
        tuple(echoes),
        tuple(shares),
    )


def _line(record: Record, motion: int, seat: int, part: Part) -> ScoreLine:
    tables = record.tables
    info = tables.motions[motion]
    stance = record.stances[motion][seat]
    role = tables.roles[record.roles[seat]]
    label = info.labels[stance]
    kind = part.kind
    if kind in {"stood", "fell", "contradiction"}:
        card = tables.args[part.arg]
        if kind == "stood":
            reason = f"`{card.id}` stood: {_worth(tables, card.index, part.points)}"
        elif kind == "fell":
            by = f" by `{tables.args[part.ref].id}`" if part.ref >= 0 else ""
            reason = f"`{card.id}` fell, defeated{by}: no points"
        else:
            reason = f"`{card.id}` contradicts your earlier `{tables.args[part.ref].id}`"
        return ScoreLine(info.id, part.points, reason, card.quote, card.id)
    if kind == "bloc":
        bloc = tables.blocs[part.ref]
        reason = f"{bloc.name} voted {label}, your stance ({bloc.size} of the audience's votes)"
        return ScoreLine(info.id, part.points, reason)
    if kind == "motion":
        return ScoreLine(info.id, part.points, f"the room decided for {label}, your stance")
    if kind == "objective":
        found = next(o for o in role.objectives[motion] if o.index == part.ref)
        state = "met" if part.points > 0 else "missed"
        return ScoreLine(info.id, part.points, f"objective {state}: {found.text}")
    sentence = record.words[part.ref][2]
    _, matches = echo(tables, motion, stance, sentence)
    if matches:
        top = matches[0]
        side = "your side" if top.supports else "not your side"
        reason = f'your words "{sentence}" echo {top.label} ({top.similarity:.0%} alike, {side})'
        return ScoreLine(info.id, part.points, reason, top.text)
    return ScoreLine(info.id, part.points, f'your words "{sentence}" echo nothing in the debate')


def _worth(tables: ScenarioTables, arg: int, points: int) -> str:
    """The arithmetic behind a stood card's points, spelled out."""
    card = tables.args[arg]
    priority = points // card.tier - 2 - card.relevance
    themes = "theme" if card.relevance == 1 else "themes"
    return (
        f"{TIER_LABEL[card.tier]} ×{card.tier} × (2 + {card.relevance} motion {themes}"
        f" + {priority} your priority)"
    )
