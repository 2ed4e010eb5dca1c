"""`debate serve` end to end: a real headless Chromium opens the page, sees the home
screen drawn, then closes the tab; the game process must be gone afterwards."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import aiohttp
import pytest
from web_cdp import Session, children, decode_png, free_port

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
PAGE_BACKGROUND = (0x0C, 0x18, 0x1F)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs /usr/bin/chromium (apt-get install -y chromium) for the browser test",
)


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"process exited early with status {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port} after {timeout}s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    env = {**os.environ, "DEBATE_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen(
        [sys.executable, "-m", "debate", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        yield process, port
    finally:
        stop(process)


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}",
            f"--remote-debugging-port={port}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        stop(process)


def drawn_pixels(png: bytes, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """Pixels in ``box`` (x0, y0, x1, y1) unlike the page and unlike the box's own background."""
    width, height, rows = decode_png(png)
    x0, y0, x1, y1 = box
    pixels = [
        tuple(rows[y][3 * x : 3 * x + 3])
        for y in range(y0, min(y1, height))
        for x in range(x0, min(x1, width))
    ]
    background, _ = Counter(pixels).most_common(1)[0]
    unlike_page = sum(1 for p in pixels if p != PAGE_BACKGROUND)
    unlike_box = sum(1 for p in pixels if p != background)
    return unlike_page, unlike_box


async def browse(debug_port: int, app_port: int, server_pid: int, shots: Path) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.put(f"http://127.0.0.1:{debug_port}/json/new?about:blank") as reply:
            target = await reply.json(content_type=None)
        session = Session(await http.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0))
        try:
            await session.send(
                "Emulation.setDeviceMetricsOverride",
                width=1200,
                height=720,
                deviceScaleFactor=1,
                mobile=False,
            )
            await session.send("Network.enable")
            await session.send("Page.enable")
            await session.send("Page.navigate", url=f"http://127.0.0.1:{app_port}/")

            # Wait for the game's first bytes, then for the home screen's title to be drawn.
            deadline = time.monotonic() + 60
            unlike_page = unlike_box = 0
            png = b""
            while time.monotonic() < deadline:
                await asyncio.sleep(0.5)
                if not await session.evaluate("document.body.classList.contains('-first-byte')"):
                    continue
                shot = await session.send("Page.captureScreenshot", format="png")
                png = base64.b64decode(shot["data"])
                # Textual's header is the top row; its title is centred in it.
                unlike_page, unlike_box = drawn_pixels(png, (300, 0, 900, 22))
                if unlike_page > 1000 and unlike_box > 150:
                    break
            if png:
                shots.write_bytes(png)  # kept in pytest's tmp folder for a human to look at
            assert unlike_page > 1000, "the terminal was not drawn over the page background"
            assert unlike_box > 150, "no title text in the header row"

            # Every request the page made went to this server.
            hosts = {
                urlparse(event["params"]["request"]["url"]).netloc
                for event in session.events
                if event["method"] == "Network.requestWillBeSent"
            }
            assert hosts == {f"127.0.0.1:{app_port}"}, hosts

            games = children(server_pid)
            assert len(games) == 1, games
        finally:
            await session.close()
        # Close the tab the way a user does: no goodbye from the page.
        async with http.get(f"http://127.0.0.1:{debug_port}/json/close/{target['id']}") as reply:
            assert reply.status == 200
    deadline = time.monotonic() + 15
    while children(server_pid) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert children(server_pid) == [], "a game process outlived its browser tab"
    for pid in games:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


def test_browser_plays_home_screen_and_closing_the_tab_ends_the_game(
    server: tuple[subprocess.Popen[bytes], int], chromium: int, tmp_path: Path
) -> None:
    process, app_port = server
    asyncio.run(browse(chromium, app_port, process.pid, tmp_path / "home.png"))
    assert process.poll() is None, "the server must survive a closed tab"
