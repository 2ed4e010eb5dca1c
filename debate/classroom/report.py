"""A finished (or saved) game as plain data: the one input of history and every export.

Why plain data: history stores this report when a game ends, so an export
made months later shows what the class saw that day even if the scenario
file has been edited since; exports of a save file build the same report
from the live game, so both paths render identically.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debate.engine import Game

REPORT_VERSION = 1

_PLAY = re.compile(r"^(?:Opening|Rebuttal|Closing): .+? plays ([a-z0-9][a-z0-9-]*)\b")


def now_utc() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def player_names(game: Game, names: Sequence[str] | None) -> list[str]:
    """Each seat's player name: from ``names`` when given, else the seat's own name."""
    given = list(names or ())
    return [
        (given[i].strip() if i < len(given) and given[i].strip() else seat.name)
        for i, seat in enumerate(game.seats)
    ]


def game_report(
    game: Game,
    *,
    names: Sequence[str] | None = None,
    class_label: str | None = None,
    played_at: str | None = None,
) -> dict[str, Any]:
    """Everything a teacher may want about ``game``, as JSON-ready data."""
    from debate.scoring import scorecard

    scenario = game.scenario
    players = player_names(game, names)
    outcome = game.outcome()
    arguments = {a.id: a for a in scenario.arguments}
    quotes = {q.id: q for q in scenario.quotes}
    speakers = {s.id: s.name for s in scenario.speakers}
    roles = {r.id: r for r in scenario.roles}

    seats: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    objectives: list[dict[str, Any]] = []
    for index, seat in enumerate(game.seats):
        card = scorecard(game, index)
        seats.append(
            {
                "seat": index,
                "role": seat.role,
                "role_name": roles[seat.role].name if seat.role in roles else seat.role,
                "controller": seat.controller,
                "player": players[index],
                "total": card.total,
                "winner": outcome is not None and index in outcome.winners,
                "argued_most_like": list(card.argued_most_like) if card.argued_most_like else None,
            }
        )
        for share in card.motions:
            points = sum(line.points for line in card.lines if line.motion == share.motion)
            scores.append(
                {
                    "seat": index,
                    "motion": share.motion,
                    "stance": game.stance(index, share.motion),
                    "points": points,
                    "best": share.best,
                    "share": round(share.share, 4),
                }
            )
        lines.extend(
            {
                "seat": index,
                "motion": line.motion,
                "points": line.points,
                "reason": line.reason,
                "quote": line.quote,
                "argument": line.argument,
            }
            for line in card.lines
        )
        objectives.extend(
            {
                "seat": index,
                "id": result.id,
                "text": result.text,
                "motion": result.motion,
                "met": result.won,
                "points": result.points,
            }
            for result in card.objectives
        )

    used: dict[str, set[int]] = {}
    for motion in scenario.motions:
        for played in game.board(motion.id).plays:
            argument = arguments.get(played.argument)
            for quote_id in argument.evidence if argument else ():
                used.setdefault(quote_id, set()).add(played.seat)

    def citation(quote_id: str) -> dict[str, Any]:
        quote = quotes[quote_id]
        return {
            "quote": quote.id,
            "speaker": speakers.get(quote.speaker, quote.speaker),
            "kind": quote.kind,
            "text": quote.text,
        }

    transcript: list[dict[str, Any]] = []
    for event in game.transcript():
        match = _PLAY.match(event.text)
        argument = arguments.get(match.group(1)) if match else None
        evidence = [q for q in argument.evidence if q in quotes] if argument else []
        transcript.append(
            {
                "seat": event.seat,
                "motion": event.motion,
                "text": event.text,
                "argument": argument.id if argument else None,
                "citations": [citation(q) for q in evidence],
                "background": (
                    {"text": argument.background.text, "citation": argument.background.citation}
                    if argument is not None and argument.background is not None
                    else None
                ),
            }
        )

    results = {r.motion: r for r in outcome.motions} if outcome else {}
    motions = [
        {
            "id": motion.id,
            "text": motion.text,
            "decided": results[motion.id].decided if motion.id in results else None,
            "votes": dict(results[motion.id].votes) if motion.id in results else {},
        }
        for motion in scenario.motions
    ]
    return {
        "report": REPORT_VERSION,
        "scenario": {
            "id": scenario.id,
            "title": scenario.title,
            "citation": scenario.source.citation,
        },
        "played_at": played_at or now_utc(),
        "class_label": class_label,
        "seed": game.seed,
        "finished": outcome is not None,
        "winners": list(outcome.winners) if outcome else [],
        "seats": seats,
        "motions": motions,
        "scores": scores,
        "lines": lines,
        "objectives": objectives,
        "transcript": transcript,
        "quotes": [
            {**citation(q.id), "used_by": sorted(used.get(q.id, ()))} for q in scenario.quotes
        ],
        "moves": [move.to_json() for move in game.moves],
    }
