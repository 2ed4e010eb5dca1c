"""``debate roles``: one printable card per role, to hand out before a class debate."""

from __future__ import annotations

import argparse
from pathlib import Path

from debate.classroom.output import write_text
from debate.classroom.rolecards import build_cards, render_html, render_markdown
from debate.scenario.load import load


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or YAML file")
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help="Markdown (default) or a self-contained HTML page that prints one card per page",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of stdout"
    )


def run(args: argparse.Namespace) -> int:
    loaded = load(args.scenario)
    cards = build_cards(loaded.scenario)
    render = render_html if args.format == "html" else render_markdown
    write_text(render(loaded.scenario, cards), args.output)
    return 0
