"""``debate serve``: the game in web browsers, one game process per tab (textual-serve).

It listens on loopback unless told otherwise: a class on one network has to
ask for it (``--host 0.0.0.0``), because anyone who can reach the port can play.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys

from debate.errors import DebateError, UsageError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this computer only)",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")


def game_command() -> list[str]:
    """The command each browser tab runs: this Python's ``debate play``."""
    return [sys.executable, "-m", "debate", "play"]


def is_loopback(host: str) -> bool:
    """Whether ``host`` can only be reached from this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.port <= 65535:
        raise UsageError(f"--port must be between 1 and 65535 (got {args.port})")
    try:
        from debate.web.server import GameServer
    except ImportError as error:  # pragma: no cover - a broken installation
        raise DebateError(f"cannot serve: {error}; reinstall debate") from None
    if not is_loopback(args.host):
        print(
            f"debate: serving on {args.host}: anyone who can reach port {args.port} can play",
            file=sys.stderr,
        )
    server = GameServer(game_command(), host=args.host, port=args.port)
    try:
        server.serve()
    except OSError as error:
        reason = error.strerror or str(error)
        raise DebateError(f"cannot listen on {args.host}:{args.port}: {reason}") from None
    return 0
