"""The `debate` command: parses arguments and hands over to one subcommand module.

Each subcommand lives in ``debate/commands/<name>.py`` with ``configure(parser)``
and ``run(args) -> int``.  Command modules keep their top-level imports light;
only ``play`` (and no argument at all) loads Textual, so ``debate validate``
starts fast.  Every :class:`~debate.errors.DebateError` becomes one line on
stderr and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol

from debate import __version__
from debate.errors import DebateError

COMMANDS: dict[str, str] = {
    "play": "start a game (the default when no command is given)",
    "validate": "check scenario files and report every problem",
    "list": "list bundled and user scenarios",
    "schema": "print the JSON Schema of the scenario format",
    "sim": "simulate many computer-played games and report balance",
    "replay": "print a saved game's transcript and scorecard",
    "roles": "print one role card per role, for a class",
    "history": "list finished games recorded on this computer",
    "export": "export a finished or saved game as Markdown, CSV or JSON",
    "serve": "serve the game to web browsers (textual-serve)",
    "new": "scaffold a new scenario from a source text",
    "lint": "report quality problems of a scenario (balance, unused quotes)",
}
"""Subcommand name to one-line help; the module is ``debate.commands.<name>``."""


class _Command(Protocol):
    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _module(name: str) -> _Command:
    module: _Command = importlib.import_module(f"debate.commands.{name}")
    return module


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``only``, configure just that subcommand (faster start)."""
    parser = argparse.ArgumentParser(
        prog="debate",
        description="A policy-debate game for the terminal, argued with real evidence.",
    )
    parser.add_argument("--version", action="version", version=f"debate {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        if only is None or only == name:
            _module(name).configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen = next((a for a in arguments if a in COMMANDS), None)
    first_flag_only = not arguments or all(a.startswith("-") for a in arguments)
    if first_flag_only and not {"-h", "--help", "--version"} & set(arguments):
        arguments = ["play", *arguments]
        chosen = "play"
    wants_help = bool({"-h", "--help"} & set(arguments))
    parser = build_parser(only=chosen if chosen or wants_help else "")
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _module(args.command).run(args)
    except DebateError as error:
        print(f"debate: {error}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("debate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> None:
    """Console-script wrapper so that the exit status reaches the shell."""
    raise SystemExit(main())
