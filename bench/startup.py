"""Start-up cost of the game's home screen against a minimal Textual app, in the same run.

Each app runs headless in a fresh interpreter; two refresh callbacks after
mount (the same for both) it writes the wall-clock time and its peak resident
memory (``ru_maxrss``) and exits at once.  Time is measured from spawning the
process to that first frame.  Medians over several runs; the
figures that matter are the ratios (goals: time ≤ 1.2×, memory ≤ 1.5×).

Both apps run with bytecode caching on, in a temporary ``PYTHONPYCACHEPREFIX``
(even where the environment sets ``PYTHONDONTWRITEBYTECODE``), so that the
warm-up run leaves .pyc files for both, as an installed package has; with
``--no-pyc-warmup`` the environment is used as it is.

    python bench/startup.py [--runs 9] [--no-pyc-warmup]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

FIRST_FRAME = """
import os, resource, sys, time

def first_frame() -> None:
    # Report the moment and the peak memory, then leave at once: background
    # workers (the home screen's scenario loading) are not part of the first frame.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    os.write(1, f"{time.time()} {peak}\\n".encode())
    os._exit(0)
"""

BASELINE = (
    FIRST_FRAME
    + """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("hello")

    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.call_after_refresh(first_frame))

Minimal().run(headless=True, size=(80, 24))
"""
)

DEBATE = (
    FIRST_FRAME
    + """
from debate.tui.app import DebateApp

class Measured(DebateApp):
    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.call_after_refresh(first_frame))

Measured().run(headless=True, size=(80, 24))
"""
)


def measure(code: str, env: dict[str, str]) -> tuple[float, int]:
    """(seconds from spawn to the first frame, peak resident memory in KiB then) of one run."""
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"benchmark app failed ({result.returncode}):\n{result.stderr}")
    painted, peak = result.stdout.split()[-2:]
    return float(painted) - start, int(peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per app (default 9)")
    parser.add_argument(
        "--no-pyc-warmup",
        action="store_true",
        help="run with the environment as it is (no .pyc files if it sets PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "DEBATE_DATA_DIR": data}
        if not args.no_pyc_warmup:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        results: dict[str, list[tuple[float, int]]] = {"baseline": [], "debate": []}
        measure(BASELINE, env)  # warm the file cache and bytecode for both
        measure(DEBATE, env)
        for _ in range(args.runs):  # interleaved, so drift affects both alike
            results["baseline"].append(measure(BASELINE, env))
            results["debate"].append(measure(DEBATE, env))
    medians = {
        name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
        for name, runs in results.items()
    }
    base_time, base_memory = medians["baseline"]
    time_taken, memory = medians["debate"]
    print(f"minimal Textual app: {base_time * 1000:7.1f} ms  {base_memory / 1024:6.1f} MiB")
    print(f"debate home screen:  {time_taken * 1000:7.1f} ms  {memory / 1024:6.1f} MiB")
    print(f"time ratio:   {time_taken / base_time:.2f}x (goal <= 1.2x)")
    print(f"memory ratio: {memory / base_memory:.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
