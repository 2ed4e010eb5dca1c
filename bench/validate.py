"""How fast `debate validate` is, as a ratio against importing its two big libraries.

1. Whole process: ``debate validate`` on the bundled scenarios against
   ``python -c "import yaml; from pydantic import BaseModel"`` measured in the
   same run, interleaved, median of N (goal: ratio <= 1.5).
2. Load-and-validate of a generated scenario with 2,000 arguments, in process
   (goal: under 0.5 s on the project's machines; reported, not asserted).

Both commands run with bytecode caching on, in a temporary ``PYTHONPYCACHEPREFIX``
(even where the environment sets ``PYTHONDONTWRITEBYTECODE``), so that the
warm-up run leaves .pyc files for both, as an installed package has; with
``--no-pyc-warmup`` the environment is used as it is.

Usage: python bench/validate.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "mini.yaml"


def time_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, capture_output=True, cwd=REPO, env=env)
    return time.perf_counter() - start


def bytecode_env(cache: str | None) -> dict[str, str]:
    """The environment of the timed processes: .pyc files written under ``cache``."""
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    return env


def whole_process(runs: int, warm_pyc: bool = True) -> tuple[float, float]:
    ours = [sys.executable, "-m", "debate", "validate"]
    baseline = [sys.executable, "-c", "import yaml; from pydantic import BaseModel"]
    with tempfile.TemporaryDirectory() as cache:
        env = bytecode_env(cache if warm_pyc else None)
        time_process(ours, env)  # warm the file cache and the .pyc files
        time_process(baseline, env)
        ours_times, base_times = [], []
        for _ in range(runs):
            ours_times.append(time_process(ours, env))
            base_times.append(time_process(baseline, env))
    return statistics.median(ours_times), statistics.median(base_times)


def generated_scenario(arguments: int) -> str:
    """The fixture grown to ``arguments`` argument cards over 10 motions."""
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    motions = []
    for m in range(10):
        motions.append(
            {
                "id": f"motion-{m}",
                "text": f"Generated motion {m}.",
                "themes": ["stability", "cost"],
                "stances": [
                    {"id": "support", "label": "Support"},
                    {"id": "oppose", "label": "Oppose"},
                ],
            }
        )
    cards = []
    quotes = [q["id"] for q in data["quotes"]]
    for a in range(arguments):
        motion = f"motion-{a % 10}"
        stance = "support" if (a // 10) % 2 == 0 else "oppose"
        card = {
            "id": f"arg-{a}",
            "motion": motion,
            "stance": stance,
            "claim": f"Generated claim number {a} about the motion.",
            "evidence": [quotes[a % len(quotes)]],
            "themes": ["stability"],
        }
        if a >= 20:
            card["rebuts"] = [f"arg-{a - 10}"]
        cards.append(card)
    data["motions"] = motions
    data["arguments"] = cards
    for role in data["roles"]:
        for objective in role["objectives"]:
            objective["motion"] = "motion-0"
    data["audience"] = [{**bloc, "leanings": {}} for bloc in data["audience"]]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def load_large(arguments: int, runs: int) -> float:
    from debate.scenario.load import check_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.yaml"
        path.write_text(generated_scenario(arguments), encoding="utf-8")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            result = check_file(path)
            times.append(time.perf_counter() - start)
            assert result.ok, [p.render() for p in result.problems[:3]]
        return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--no-pyc-warmup",
        action="store_true",
        help="run with the environment as it is (no .pyc files if it sets PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    ours, base = whole_process(args.runs, warm_pyc=not args.no_pyc_warmup)
    print(f"debate validate (bundled scenarios): {ours * 1000:7.1f} ms  (median of {args.runs})")
    print(f"baseline import yaml+pydantic:       {base * 1000:7.1f} ms")
    print(f"ratio: {ours / base:.2f}x  (goal <= 1.5x)")
    large = load_large(2000, 5)
    print(f"load+validate 2,000 arguments:       {large * 1000:7.1f} ms  (goal < 500 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
