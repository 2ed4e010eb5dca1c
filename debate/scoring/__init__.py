"""Scoring: what stands, who the room sides with, and every point explained.

``debate.scoring.match`` (the own-words matcher) is imported on its own by
those who need only it; importing this package does not import the engine.
"""

from __future__ import annotations

from debate.scoring.grounded import grounded
from debate.scoring.scorecard import (
    MotionShare,
    ObjectiveResult,
    Scorecard,
    ScoreLine,
    scorecard,
    scorecard_of,
)

__all__ = [
    "MotionShare",
    "ObjectiveResult",
    "ScoreLine",
    "Scorecard",
    "grounded",
    "scorecard",
    "scorecard_of",
]
