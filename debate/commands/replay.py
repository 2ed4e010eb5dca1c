"""``debate replay SAVE``: a saved game's transcript and every seat's scorecard, as text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debate.engine import Game


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "save", type=Path, metavar="SAVE", help="a saved game: an autosave or an engine save"
    )


def render(game: Game) -> str:
    """The transcript and every seat's scorecard of ``game``."""
    from debate.scoring import scorecard

    lines = [f"{game.scenario.title} (seed {game.seed})", ""]
    lines.extend(event.text for event in game.transcript())
    outcome = game.outcome()
    if outcome is None:
        lines.append(f"(game in progress: {game.phase.motion}, {game.phase.step.label} step)")
    for seat in range(len(game.seats)):
        card = scorecard(game, seat)
        role = game.seats[seat].role
        lines += ["", f"== {game.seat_name(seat)} ({role}, {game.seats[seat].controller})"]
        for line in card.lines:
            quote = f'  — "{line.quote}"' if line.quote else ""
            lines.append(f"  {line.points:+4g}  [{line.motion}] {line.reason}{quote}")
        lines.append(f"  total {card.total:g}")
        for share in card.motions:
            lines.append(
                f"  {share.motion}: {share.score} of a best {share.best} ({share.share:.0%})"
            )
        if card.argued_most_like is not None:
            name, agreed, out_of = card.argued_most_like
            lines.append(f"  you argued most like {name} ({agreed} of {out_of} motions)")
    if outcome is not None:
        names = " and ".join(game.seat_name(s) for s in outcome.winners)
        verb = "share the win" if outcome.is_draw else "wins"
        lines += ["", f"{names} {verb} with {outcome.totals[outcome.winners[0]]} points."]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from debate.store.saves import read_game_file

    print(render(read_game_file(args.save)))
    return 0
