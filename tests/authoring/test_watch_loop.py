"""The polling watcher behind `debate validate --watch`."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from debate.authoring.watch import changed, snapshot, watch
from debate.errors import DebateError


def test_checks_once_then_again_after_each_save(tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    file.write_text("one", encoding="utf-8")
    runs: list[str] = []
    edits = iter(["two", None, "three!", None])

    def fake_sleep(seconds: float) -> None:
        # Each poll interval, maybe "save" the file (settle sleeps are shorter).
        if seconds >= 0.5:
            edit = next(edits, None)
            if edit is not None:
                file.write_text(edit, encoding="utf-8")
                os.utime(file, ns=(time.time_ns(), time.time_ns() + len(runs) * 10**9))

    log = io.StringIO()
    status = watch(
        [file], lambda: runs.append(file.read_text()), 0.5, log=log, polls=4, sleep=fake_sleep
    )
    assert status == 0
    assert runs == ["one", "two", "three!"]
    assert f"{file} changed" in log.getvalue()


def test_folder_watch_sees_new_files_and_errors_do_not_stop_it(tmp_path: Path) -> None:
    calls: list[int] = []

    def check() -> None:
        calls.append(1)
        raise DebateError("broken on purpose")

    def fake_sleep(seconds: float) -> None:
        if seconds >= 0.5 and not (tmp_path / "new.yaml").exists():
            (tmp_path / "new.yaml").write_text("x", encoding="utf-8")

    log = io.StringIO()
    assert watch([tmp_path], check, 0.5, log=log, polls=3, sleep=fake_sleep) == 0
    assert len(calls) == 2
    assert log.getvalue().count("debate: broken on purpose") == 2


def test_snapshot_notices_removal_and_replacement(tmp_path: Path) -> None:
    file = tmp_path / "s.yaml"
    file.write_text("a", encoding="utf-8")
    first = snapshot([file])
    replacement = tmp_path / "tmp"
    replacement.write_text("b", encoding="utf-8")
    replacement.replace(file)  # how many editors save
    assert changed(first, snapshot([file])) == [str(file)]
    file.unlink()
    assert snapshot([file]) == {str(file): None}


def test_ctrl_c_exits_zero(tmp_path: Path) -> None:
    file = tmp_path / "w.yaml"
    file.write_text("a", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from debate.authoring.watch import watch; "
        "sys.exit(watch([Path(sys.argv[1])], lambda: print('checked', flush=True), 0.05))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "checked"
    file.write_text("changed", encoding="utf-8")
    assert process.stdout.readline().strip() == "checked"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "stopped watching" in err and "Traceback" not in err
