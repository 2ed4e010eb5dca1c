"""Computer opponents at three strengths, all playing through the engine's legal moves."""

from __future__ import annotations

from debate.ai.choose import LEVELS, Level, choose_move

__all__ = ["LEVELS", "Level", "choose_move"]
