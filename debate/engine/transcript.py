"""The transcript: a game's revealed history as sentences for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from debate.engine.moves import Step
from debate.engine.view import Event
from debate.scoring.points import evaluate

if TYPE_CHECKING:
    from debate.engine.game import Game


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def transcript(game: Game) -> tuple[Event, ...]:
    """Events for every revealed step, motion by motion; hidden choices never appear."""
    tables = game.tables
    args = tables.args
    record = game.record()
    events: list[Event] = []
    for m, stances in enumerate(record.stances):
        info = tables.motions[m]
        events.append(Event(f"Motion {m + 1}: {info.text}", None, info.id))
        for seat, stance in enumerate(stances):
            events.append(
                Event(f"{game.seat_name(seat)} takes {info.labels[stance]}.", seat, info.id)
            )
        board = record.boards[m]
        for seat, arg, step in board:
            card = args[arg]
            answered = [args[t].id for t in card.rebuts if any(a == t for _, a, _ in board)]
            answers = f" (answers {', '.join(answered)})" if answered else ""
            evidence = f' — "{_short(card.quote)}"' if card.quote else ""
            events.append(
                Event(
                    f"{Step(step).label}: {game.seat_name(seat)} plays {card.id}{answers}: "
                    f"{card.claim}{evidence}",
                    seat,
                    info.id,
                )
            )
        for motion, seat, sentence in record.words:
            if motion == m:
                events.append(Event(f'{game.seat_name(seat)} says: "{sentence}"', seat, info.id))
        if m < record.finished:
            result = evaluate(tables, m, board)
            votes = ", ".join(
                f"{bloc.name}: {info.labels[v] if v >= 0 else 'abstains'}"
                for bloc, v in zip(tables.blocs, result.votes, strict=True)
            )
            decided = info.labels[result.decided] if result.decided >= 0 else "no decision (tie)"
            events.append(Event(f"Decided: {decided} ({votes}).", None, info.id))
    return tuple(events)
