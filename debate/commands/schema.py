"""``debate schema``: print the JSON Schema editors use to check scenarios as authors type."""

from __future__ import annotations

import argparse
import json

from debate.scenario.models import json_schema


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults()


def render() -> str:
    """The schema as committed in ``scenarios/debate.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    print(render(), end="")
    return 0
