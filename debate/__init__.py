"""debate: a policy-debate game for the terminal, argued with evidence from real articles.

The library entry points are :func:`load_scenario` and :class:`Game`; neither
imports Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Game", "__version__", "load_scenario"]

if TYPE_CHECKING:
    from debate.engine import Game
    from debate.scenario.load import load_scenario


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import debate` (and `debate --version`) stays fast.
    if name == "load_scenario":
        from debate.scenario.load import load_scenario

        return load_scenario
    if name == "Game":
        from debate.engine import Game

        return Game
    raise AttributeError(f"module 'debate' has no attribute {name!r}")
