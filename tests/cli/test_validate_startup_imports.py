"""`debate validate` on sound files loads only what checking them needs.

Start-up time is most of what `debate validate` costs on the bundled scenarios
(see bench/validate.py); these tests keep the lazy paths lazy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def test_validating_sound_files_loads_neither_difflib_nor_other_commands() -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['debate', 'validate', 'tests/fixtures/mini.yaml']\n"
        "try:\n"
        "    runpy.run_module('debate', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "commands = sorted(m for m in sys.modules if m.startswith('debate.commands.'))\n"
        "print('LOADED:', 'difflib' in sys.modules, commands, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert "LOADED: False ['debate.commands.validate']" in result.stderr, result.stderr
