"""``python -m debate`` runs the same command as the ``debate`` script."""

from debate.cli import run

run()
