"""Running the `debate` command as a person does: a subprocess, its output and exit status.

One helper for every CLI test, so that they all run the command the same way
(this interpreter, `-m debate`, text output, a timeout instead of a hang).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_debate(
    *args: str, cwd: Path = REPO, data_dir: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``debate ARGS`` in ``cwd``; ``data_dir`` overrides ``DEBATE_DATA_DIR`` for this run."""
    env = dict(os.environ)
    if data_dir is not None:
        env["DEBATE_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "debate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


def modules_after(args: list[str]) -> list[str]:
    """Every module loaded by ``debate ARGS``, run in a fresh interpreter (sorted names)."""
    probe = (
        "import json, sys, runpy\n"
        f"sys.argv = ['debate', *{args!r}]\n"
        "try:\n"
        "    runpy.run_module('debate', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\nMODULES:', json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES:"))
    names: list[str] = json.loads(line.removeprefix("MODULES:"))
    return names
