"""A textual-serve server that leaks nothing: no outside hosts, no orphaned games.

What it changes in textual-serve, and why:

* **The page.**  The stock template loads a web font from Google and writes the
  server's own address into the page.  Ours (``templates/app_index.html``)
  uses the font files textual-serve ships, relative URLs, and a
  Content-Security-Policy that forbids any other origin, so a classroom behind
  a strict firewall gets the same page as everyone else.
* **The game process.**  textual-serve starts each browser's game through a
  shell and, when the websocket closes, asks it to quit over its stdin and
  waits for it forever.  A game that does not answer (busy, or wedged because
  nobody reads its output any more) is left running, sometimes spinning a CPU
  core.  Here each game is started without a shell in a session of its own,
  and when its websocket closes it gets :data:`QUIT_GRACE` seconds to quit,
  then SIGTERM, then SIGKILL, for its whole process group; it is always
  reaped.  Stopping the server does the same for every game still running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shlex
import signal
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

log = logging.getLogger("debate.web")

TEMPLATES = Path(__file__).resolve().parent / "templates"

QUIT_GRACE = 2.0
"""Seconds a game has to quit by itself after its browser tab is gone."""

TERM_GRACE = 2.0
"""Seconds between SIGTERM and SIGKILL."""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
"""Only this server may be reached from the page (inline code is the template's own)."""


class GameService(AppService):
    """One browser's game process, started without a shell and always ended."""

    def __init__(self, argv: Sequence[str], **kwargs: Any) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = tuple(argv)
        self._stopped = False

    @property
    def pid(self) -> int | None:
        """Process id of the game, once started."""
        process = self._process
        return None if process is None else int(process.pid)

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        environment = self._build_environment(width=width, height=height)
        process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            start_new_session=True,  # its own process group: one signal reaches all of it
        )
        self._process = process
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """Relay the game's output; when the game ends, for whatever reason, close the tab's socket.

        textual-serve closes it only when the game says goodbye, so a crashed
        or killed game would leave a browser staring at a frozen screen.
        """
        try:
            await super().run()
        finally:
            with contextlib.suppress(Exception):
                await self.remote_close()

    async def stop(self) -> None:
        """Ask the game to quit, then make sure it has: idempotent, never hangs."""
        if self._stopped:
            return
        self._stopped = True
        try:
            await asyncio.wait_for(super().stop(), timeout=QUIT_GRACE)
        except Exception as error:  # timeout, broken pipe, the tab's socket gone…
            log.debug("game %s did not quit cleanly: %r", self.pid, error)
        await self.kill()

    async def kill(self) -> None:
        """End the game's process group (SIGTERM, then SIGKILL) and reap the process."""
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), timeout=TERM_GRACE)
            except TimeoutError:
                _signal_group(process.pid, signal.SIGKILL)
                await process.wait()
        # Whatever the leader left behind in its group goes too.
        _signal_group(process.pid, signal.SIGKILL)
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def _signal_group(pid: int, signal_number: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal_number)


class GameServer(Server):
    """Serves ``argv`` (by default ``debate play``) to browsers, one process per tab."""

    def __init__(self, argv: Sequence[str], host: str = "127.0.0.1", port: int = 8000) -> None:
        super().__init__(
            shlex.join(argv), host=host, port=port, title="debate", templates_path=TEMPLATES
        )
        self.argv = tuple(argv)
        self.services: set[GameService] = set()

    def initialize_logging(self) -> None:
        logging.basicConfig(level=logging.DEBUG if self.debug else logging.WARNING)

    async def _make_app(self) -> web.Application:
        app: web.Application = await super()._make_app()
        app.middlewares.append(_security_headers)
        return app

    async def on_startup(self, app: web.Application) -> None:
        print(f"serving debate on {self.public_url} (press Ctrl+C to stop)", flush=True)

    async def on_shutdown(self, app: web.Application) -> None:
        await asyncio.gather(*(service.stop() for service in list(self.services)))

    async def handle_index(self, request: web.Request) -> web.Response:
        import aiohttp_jinja2

        context = {"font_size": to_int(request.query.get("fontsize", "16"), 16), "title": "debate"}
        response: web.Response = aiohttp_jinja2.render_template("app_index.html", request, context)
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Run one game for one browser tab; end it, whatever happens, when the tab goes."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: GameService | None = None
        try:
            await websocket.prepare(request)
            service = GameService(
                self.argv,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            self.services.add(service)
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await websocket.close()
        except Exception as error:
            log.warning("game session ended with an error: %r", error)
        finally:
            if service is not None:
                await asyncio.shield(service.stop())
                self.services.discard(service)
        return websocket


@web.middleware
async def _security_headers(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response
