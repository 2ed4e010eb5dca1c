"""A game that will not quit is still ended when its browser tab disappears.

textual-serve asks a game to quit over stdin and waits; a game that is busy (or
wedged because nobody reads its output) would run on, spinning a CPU.  The
child here is the worst case: it never reads stdin, ignores SIGTERM and spins.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from aiohttp import web
from web_cdp import children, free_port

from debate.web.server import QUIT_GRACE, TERM_GRACE, GameServer

STUBBORN = (
    "import signal, sys\n"
    "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    "sys.stdout.write('__GANGLION__\\n'); sys.stdout.flush()\n"
    "while True: pass\n"
)

CLIENT = (
    "import asyncio, sys, aiohttp\n"
    "async def main():\n"
    "    async with aiohttp.ClientSession() as s:\n"
    "        ws = await s.ws_connect(sys.argv[1])\n"
    "        print('connected', flush=True)\n"
    "        await asyncio.sleep(3600)\n"
    "asyncio.run(main())\n"
)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def scenario() -> None:
    server = GameServer([sys.executable, "-c", STUBBORN], port=free_port())
    runner = web.AppRunner(await server._make_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", server.port)
    await site.start()
    client = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CLIENT,
        f"ws://127.0.0.1:{server.port}/ws",
        stdout=subprocess.PIPE,
    )
    try:
        assert client.stdout is not None
        assert (await asyncio.wait_for(client.stdout.readline(), 30)).strip() == b"connected"
        deadline = time.monotonic() + 10
        while not server.services or next(iter(server.services)).pid is None:
            assert time.monotonic() < deadline, "the game never started"
            await asyncio.sleep(0.05)
        (service,) = server.services
        game = service.pid
        assert game is not None
        await asyncio.sleep(0.5)
        assert cpu_seconds(game) > 0.2, "the stubborn game should be spinning"

        client.send_signal(signal.SIGKILL)  # the tab vanishes: no close frame, no goodbye
        await client.wait()
        closed = time.monotonic()
        while Path(f"/proc/{game}").exists():
            assert time.monotonic() - closed < QUIT_GRACE + TERM_GRACE + 5, "game left spinning"
            await asyncio.sleep(0.05)
        assert not server.services
    finally:
        if client.returncode is None:
            client.kill()
            await client.wait()
        await runner.cleanup()


def test_stubborn_game_is_killed_and_reaped_when_the_tab_dies() -> None:
    asyncio.run(scenario())
    assert [pid for pid in children(os.getpid())] == []


async def shutdown_with_game_running() -> int:
    server = GameServer([sys.executable, "-c", STUBBORN], port=free_port())
    runner = web.AppRunner(await server._make_app())
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", server.port).start()
    client = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CLIENT,
        f"ws://127.0.0.1:{server.port}/ws",
        stdout=subprocess.PIPE,
    )
    assert client.stdout is not None
    await asyncio.wait_for(client.stdout.readline(), 30)
    deadline = time.monotonic() + 10
    while not server.services or next(iter(server.services)).pid is None:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)
    game = next(iter(server.services)).pid
    assert game is not None
    await runner.cleanup()  # what Ctrl+C on `debate serve` runs
    client.kill()
    await client.wait()
    return game


def test_stopping_the_server_ends_every_game() -> None:
    game = asyncio.run(shutdown_with_game_running())
    assert not Path(f"/proc/{game}").exists()
