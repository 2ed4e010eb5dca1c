"""``debate play``: open the game, at the home screen or straight into a scenario.

Everything the command line can get wrong (an unknown scenario, role or seat)
is checked here *before* Textual is imported, so a typo costs milliseconds and
prints one line (``debate.errors.UsageError``, exit status 2), never a traceback.
"""

from __future__ import annotations

import argparse

from debate.errors import UsageError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenario",
        nargs="?",
        help="scenario id or file; without it the home screen opens",
    )
    parser.add_argument("--role", help="the role you play (default: the first)")
    parser.add_argument(
        "--seats",
        metavar="ROLE=WHO,…",
        help="who plays the other roles: human, off, ai, ai:easy, ai:normal or ai:hard",
    )
    parser.add_argument("--seed", type=int, help="seed of the game (default: random)")
    parser.add_argument(
        "--class",
        dest="class_label",
        metavar="LABEL",
        help="class mode: record finished games under this class (see debate history)",
    )
    parser.add_argument(
        "--names",
        metavar="NAME,…",
        help='class mode: players\' names for the human seats in order, e.g. "Aiko,Ben"',
    )


def run(args: argparse.Namespace) -> int:
    plan = None
    if args.scenario is not None:
        from debate.scenario.load import load
        from debate.tui.plan import make_plan

        plan = make_plan(
            load(args.scenario),
            role=args.role,
            seats=args.seats,
            seed=args.seed,
            class_label=args.class_label,
            names=args.names,
        )
    elif any(
        value is not None
        for value in (args.role, args.seats, args.seed, args.class_label, args.names)
    ):
        raise UsageError(
            "--role, --seats, --seed, --class and --names need a SCENARIO: debate play SCENARIO …"
        )
    from debate.tui.app import DebateApp

    app = DebateApp(plan=plan)
    app.run()
    return app.return_code or 0
