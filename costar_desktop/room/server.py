"""The room's web server: aiohttp on its own thread, with its own event loop, on one address.

Why a thread of its own: the window's Qt event loop must never wait for a phone, and the
server must never wait for the window except for the one thing it needs from it — that a
note is committed. Issue 31 measured this design with 200 simulated phones (p95 5 ms from
send to "Received", Qt's lag p95 1 ms). See docs/room.md.

Routes (JSON in, JSON out; anything else is 404):

* ``POST /join`` ``{"code", "kind"?, "name"?}`` -> ``{"token"}``
* ``POST /notes`` ``{"token", "key", "text", "co"?}`` -> ``{"status": "received" |
  "already received"}``
* ``GET /live`` WebSocket; the first message is ``{"token"}``. It only stays open for now
  (the step changes and votes will come through it).

Every response carries a strict Content-Security-Policy. The server only listens: it never
opens a connection to anywhere.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from costar_desktop.core.model import Co, ParticipantKind
from costar_desktop.room.phones import JoinRefused, Phone, PhoneRegistry, RoomLimits

#: The page (later) is served by the app itself: nothing from anywhere else, no frames.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
#: The longest :meth:`RoomServer.stop` makes its caller wait, in seconds, by default.
STOP_TIMEOUT = 2.0
#: How long a request may wait for the app to commit its note before the phone is told to
#: try again (the resend, with the same key, is then handed over again only if this one
#: was never committed).
COMMIT_TIMEOUT = 10.0

_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class PhoneNote:
    """A note as a phone sent it, handed to the app once."""

    token: str
    key: str
    text: str
    co: Co | None
    kind: ParticipantKind | None
    name: str


#: Called on the server thread with each new note. It must not block: it returns a
#: ``concurrent.futures.Future`` at once and resolves it (``set_result(None)``) on its own
#: thread when the note is committed in the workshop file, or sets an exception if it was
#: not. The phone hears "received" only after the result.
NoteHandler = Callable[[PhoneNote], "concurrent.futures.Future[None]"]


class Refused(Exception):
    """A request answered with a plain JSON error; nothing was handed over."""

    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


def _error(status: int, message: str, retry_after: float | None = None) -> web.Response:
    response = web.json_response({"error": message}, status=status)
    if retry_after is not None:
        response.headers["Retry-After"] = str(max(1, round(retry_after + 0.5)))
    return response


class RoomServer:
    """One aiohttp server on ``host``:``port`` (0 picks a free port), run on its own thread.

    :meth:`start` and :meth:`stop` are called from the caller's thread; ``on_note`` is called
    on the server's thread (see :data:`NoteHandler`)."""

    def __init__(
        self,
        on_note: NoteHandler,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: RoomLimits | None = None,
        registry: PhoneRegistry | None = None,
    ) -> None:
        self.host = host
        self.registry = registry or PhoneRegistry(limits)
        self.limits = self.registry.limits
        self._wanted_port = port
        self._on_note = on_note
        self._port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._sockets: weakref.WeakSet[web.WebSocketResponse] = weakref.WeakSet()
        #: Notes handed over and not yet committed, by (token, key): a resend waits for these.
        self._pending: dict[tuple[str, str], asyncio.Future[None]] = {}
        #: The requests' waits for a commit; cancelled (not the commits) when the room closes.
        self._waits: set[asyncio.Future[None]] = set()

    @property
    def join_code(self) -> str:
        return self.registry.join_code

    @property
    def port(self) -> int:
        """The port the server listens on (chosen by the system when 0 was asked for)."""
        if self._port is None:
            raise RuntimeError("The room server is not running.")
        return self._port

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- from the caller's thread ------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        """Listen on the address; returns once the socket is bound, or raises why not."""
        if self._thread is not None:
            raise RuntimeError("The room server was already started.")
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._open())
            except BaseException as error:  # reported to the caller of start()
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="costar-room-server", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise TimeoutError("The room server did not start in time.")
        if failure:
            self._thread.join(timeout)
            raise failure[0]

    def remove_phone(self, token: str) -> bool:
        """Remove a phone: its token is refused from now on and its live connection closed."""
        removed = self.registry.remove(token)
        loop = self._loop
        if removed and loop is not None and self.running:
            loop.call_soon_threadsafe(self._close_sockets_of, token)
        return removed

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """Stop listening, close the live connections and open requests, then the server;
        return True when its thread has ended.

        Never waits more than ``timeout`` seconds: the listening socket closes first,
        requests still waiting for a commit are answered "send again", WebSockets get 0.5 s
        for the phones' replies, and aiohttp at most 0.5 s for the rest. If that is not
        done in time, the loop is told to stop, False is returned and the (daemon) thread
        ends on its own."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return True
        done: concurrent.futures.Future[None] = asyncio.run_coroutine_threadsafe(
            self._close(), loop
        )
        deadline = time.monotonic() + timeout
        try:
            done.result(timeout)
        except (concurrent.futures.TimeoutError, RuntimeError):
            loop.call_soon_threadsafe(loop.stop)  # the listening socket is already closed
            return False
        loop.call_soon_threadsafe(loop.stop)
        thread.join(max(0.0, deadline - time.monotonic()))
        return not thread.is_alive()

    # -- on the server's thread --------------------------------------------------------

    async def _open(self) -> None:
        app = web.Application(
            client_max_size=self.limits.body_bytes, middlewares=[self._plain_errors]
        )
        app.on_response_prepare.append(self._headers)
        app.router.add_post("/join", self._join)
        app.router.add_post("/notes", self._notes)
        app.router.add_get("/live", self._live)
        # handler_cancellation stays off (aiohttp's default): a request whose phone went
        # away is still finished, so its resend is answered "already received".
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._wanted_port, reuse_address=False)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def _close(self) -> None:
        self._closing = True
        # First no new connections: the listening socket closes now, whatever follows.
        if self._runner is not None:
            for site in list(self._runner.sites):
                await site.stop()
        for waiting in list(self._waits):
            waiting.cancel()
        # Each close waits at most the socket's own timeout (0.5 s) for the phone's reply;
        # aiohttp alone would wait up to 60 s for open WebSockets (issue 31).
        closes = [
            ws.close(code=WSCloseCode.GOING_AWAY, message=b"The room is closed.")
            for ws in list(self._sockets)
        ]
        await asyncio.gather(*closes, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    def _close_sockets_of(self, token: str) -> None:
        for ws in list(self._sockets):
            if getattr(ws, "costar_token", None) == token:
                asyncio.ensure_future(ws.close(code=WSCloseCode.POLICY_VIOLATION))

    @web.middleware
    async def _plain_errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if self._closing:
            return _error(503, "The room is closing.")
        try:
            return await handler(request)
        except Refused as refused:
            return _error(refused.status, refused.message, refused.retry_after)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "That is too long to send.")
        except web.HTTPNotFound:
            return _error(404, "There is nothing here.")
        except web.HTTPMethodNotAllowed:
            return _error(405, "That is not how this page is used.")
        except web.HTTPException as http:
            return _error(http.status, http.reason)

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"

    async def _body(self, request: web.Request) -> dict[str, Any]:
        raw = await request.read()  # raises HTTPRequestEntityTooLarge over client_max_size
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "That could not be read. Please try again.") from None
        if not isinstance(body, dict):
            raise Refused(400, "That could not be read. Please try again.")
        return body

    def _phone(self, body: dict[str, Any]) -> Phone:
        phone = self.registry.phone(body.get("token"))
        if phone is None:
            raise Refused(401, "This phone is not in the room. Please join again.")
        return phone

    async def _join(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        kind = _choice(ParticipantKind, body.get("kind"), "Please choose who you are again.")
        name = body.get("name", "")
        if name is None:
            name = ""
        if not isinstance(name, str) or len(name.strip()) > self.limits.name_chars:
            raise Refused(400, f"A first name of at most {self.limits.name_chars} letters, please.")
        try:
            phone = self.registry.join(body.get("code"), request.remote or "", kind, name.strip())
        except JoinRefused as refused:
            raise Refused(refused.status, refused.message, refused.retry_after) from None
        return web.json_response({"token": phone.token})

    async def _notes(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        phone = self._phone(body)
        key = body.get("key")
        if not isinstance(key, str) or len(key) > self.limits.key_chars or not _KEY.fullmatch(key):
            raise Refused(400, "That could not be read. Please try again.")
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            raise Refused(400, "Please write something first.")
        if len(text) > self.limits.note_chars:
            raise Refused(413, f"A note of at most {self.limits.note_chars} letters, please.")
        co = _choice(Co, body.get("co"), "Please choose the Co again.")
        if key in phone.keys:
            return web.json_response({"status": "already received"})
        waiting = self._pending.get((phone.token, key))
        if waiting is not None:  # the first send is still being committed: wait for it
            await self._wait(waiting, phone, count=False)
            return web.json_response({"status": "already received"})
        wait = self.registry.count_note(phone)
        if wait is not None:
            raise Refused(429, "That is a lot of notes! Please wait a moment.", wait)
        note = PhoneNote(phone.token, key, text, co, phone.kind, phone.name)
        try:
            handed = self._on_note(note)
        except Exception:  # the app could not take it: not stored, the phone sends again
            self.registry.uncount_note(phone)
            raise Refused(503, "Not saved yet. Your note is kept; please send it again.") from None
        committed = asyncio.wrap_future(handed)
        self._pending[(phone.token, key)] = committed
        try:
            await self._wait(committed, phone, count=True)
        finally:
            self._pending.pop((phone.token, key), None)
        phone.keys.add(key)
        return web.json_response({"status": "received"})

    async def _wait(self, committed: asyncio.Future[None], phone: Phone, count: bool) -> None:
        """Wait for the app's commit of a note, at most :data:`COMMIT_TIMEOUT` seconds, or
        until the room closes; the commit itself is never cancelled from here."""
        waiting = asyncio.shield(committed)
        self._waits.add(waiting)
        try:
            await asyncio.wait_for(waiting, COMMIT_TIMEOUT)
        except (asyncio.CancelledError, asyncio.TimeoutError, Exception):
            # Not known to be stored: the phone keeps the note and sends it again.
            if count:
                self.registry.uncount_note(phone)
            raise Refused(503, "Not saved yet. Your note is kept; please send it again.") from None
        finally:
            self._waits.discard(waiting)

    async def _live(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=4096, timeout=0.5)
        await ws.prepare(request)
        try:
            first = await ws.receive(timeout=10.0)
            token = json.loads(first.data).get("token") if first.type == WSMsgType.TEXT else None
        except (ValueError, AttributeError, asyncio.TimeoutError):
            token = None
        if self.registry.phone(token) is None:
            await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"Please join again.")
            return ws
        ws.costar_token = token  # type: ignore[attr-defined]
        self._sockets.add(ws)
        await ws.send_json({"hello": True})
        async for _message in ws:  # nothing is read from the phone yet
            pass
        return ws


def _choice(kind: Any, value: object, message: str) -> Any:
    """``value`` as a member of ``kind`` (None when absent), or a refusal."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Refused(400, message)
    try:
        return kind(value)
    except ValueError:
        raise Refused(400, message) from None
