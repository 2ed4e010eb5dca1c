"""``debate new``: draft a scenario from a source text, with its quotes ready to attribute."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from debate.authoring.scaffold import UNATTRIBUTED, placeholders, scaffold
from debate.classroom.output import write_text
from debate.errors import DebateError, UsageError
from debate.scenario.load import check_file
from debate.scenario.source import SourceText
from debate.scenario.validate import PLACEHOLDER

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="id of the new scenario, e.g. aegis-ashore")
    parser.add_argument(
        "--source",
        type=Path,
        required=True,
        metavar="FILE",
        help="the article, as UTF-8 text (e.g. seeds/article.txt; metadata beside it is used)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="where to write (default: scenarios/ID.yaml beside the seeds/ folder of the source)",
    )


def default_output(scenario_id: str, source: Path) -> Path:
    """``scenarios/ID.yaml`` next to ``seeds/``, else beside the source: where the loader looks."""
    folder = source.parent
    if folder.name == "seeds":
        return folder.parent / "scenarios" / f"{scenario_id}.yaml"
    return folder / f"{scenario_id}.yaml"


def read_source(path: Path) -> SourceText:
    """The source text and its metadata, or a one-line error."""
    if not path.is_file():
        raise UsageError(f"no such source text: {path}")
    try:
        return SourceText.read(path)
    except UnicodeDecodeError:
        raise DebateError(f"{path}: source text is not UTF-8; save it as UTF-8") from None
    except (OSError, ValueError) as error:
        raise DebateError(f"cannot read source {path}: {error}") from None


def run(args: argparse.Namespace) -> int:
    if not _ID.match(args.id):
        raise UsageError(
            f"invalid scenario id `{args.id}`: use lower-case letters, digits and dashes"
        )
    source = read_source(args.source)
    output: Path = args.output or default_output(args.id, args.source)
    if output.exists():
        raise UsageError(f"{output} already exists; choose another path with -o or remove it")
    if args.output is None:
        output.parent.mkdir(parents=True, exist_ok=True)
    text = scaffold(args.id, source)
    write_text(text, output)
    checked = check_file(output)
    attribute = sum(f"unknown speaker `{UNATTRIBUTED}`" in p.message for p in checked.problems)
    evidence = sum("has no evidence" in p.message for p in checked.problems)
    others = [
        p
        for p in checked.problems
        if f"unknown speaker `{UNATTRIBUTED}`" not in p.message
        and "has no evidence" not in p.message
    ]
    writing = sum(p.message.startswith("placeholder") for p in placeholders(output, text))
    quotes = text.count(f"speaker: {UNATTRIBUTED}")
    print(f"wrote {output}: {quotes} quoted passages found in {args.source}")
    print(f"left for you (`debate validate {output}` points at each line):")
    print(f"  {attribute} quotes to attribute (speaker: {UNATTRIBUTED})")
    print(f"  {evidence} skeleton arguments without evidence")
    print(f"  {writing} texts to write (starting {PLACEHOLDER!r})")
    for problem in others:
        print(problem.render())
    return 0
