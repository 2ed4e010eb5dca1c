"""Computer opponents at three strengths, all playing through the engine's legal moves."""

from __future__ import annotations

from debate.ai.choose import LEVELS, Level, choose_move
from debate.ai.selfplay import Tally, ai_seed, computer_move, play_out, simulate

__all__ = [
    "LEVELS",
    "Level",
    "Tally",
    "ai_seed",
    "choose_move",
    "computer_move",
    "play_out",
    "simulate",
]
