"""The room's web server: aiohttp on its own thread, with its own event loop, on one address.

Why a thread of its own: the window's Qt event loop must never wait for a phone, and the
server must never wait for the window except for what it needs from it — that a note or a
vote is committed. Issue 31 measured this design with 200 simulated phones (p95 5 ms from
send to "Received", Qt's lag p95 1 ms). See docs/room.md.

Routes (JSON in, JSON out, except the page's three files; anything else is 404):

* ``GET /``, ``GET /app.js``, ``GET /style.css``: the phone page (resources/room/, read once
  at start; no path from a request ever reaches the file system).
* ``POST /join`` ``{"code", "kind"?, "name"?}`` -> ``{"token"}``
* ``POST /notes`` ``{"token", "key", "text", "co"?}`` -> ``{"status": "received" |
  "already received"}``
* ``POST /votes`` ``{"token", "key", "note", "give"}`` -> ``{"status", "left", "mine"}``
* ``GET /state`` with ``Authorization: Bearer TOKEN`` -> ``{"shared", "mine"}`` (for phones
  whose browser cannot keep a WebSocket: the page polls it).
* ``GET /live`` WebSocket; the first message is ``{"token"}``. The server then sends
  ``{"hello": true}``, the room's state (``{"type": "state", ...}``) and this phone's own
  (``{"type": "mine", ...}``), and each again whenever the app publishes a new one.

Every response carries a strict Content-Security-Policy. The server only listens: it never
opens a connection to anywhere.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from costar_desktop.core.model import Co, ParticipantKind
from costar_desktop.paths import resources_dir
from costar_desktop.room.phones import JoinRefused, Phone, PhoneRegistry, RoomLimits

log = logging.getLogger(__name__)

#: The page is served by the app itself: nothing from anywhere else, no frames.
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
#: The phone page's files: the only paths served from disk, each read once at start.
PAGE_FILES = {
    "/": ("index.html", "text/html"),
    "/app.js": ("app.js", "text/javascript"),
    "/style.css": ("style.css", "text/css"),
}
#: The close code a phone's oldest live connection gets when it opens one too many (the
#: page does not reconnect it by itself: another tab or window has the room now).
CLOSE_REPLACED = 4001

_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SECURITY_HEADERS = {
    # aiohttp would name itself and Python's version; a phone needs neither.
    "Server": "CoStar",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def page_dir() -> Path:
    """Where the phone page's files are: ``resources/room/``."""
    return resources_dir() / "room"


@dataclass(frozen=True)
class PhoneNote:
    """A note as a phone sent it, handed to the app once."""

    token: str
    key: str
    text: str
    co: Co | None
    kind: ParticipantKind | None
    name: str


@dataclass(frozen=True)
class PhoneVote:
    """A phone gives (``give``) or takes back one dot on a note, handed to the app once."""

    token: str
    key: str
    note_id: str
    give: bool


class VoteRefused(Exception):
    """Set on the future of :data:`VoteHandler` when the app does not take a vote (no dots
    left, the note is gone, ...): the message, in plain words, goes to the phone (409)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


#: Called on the server thread with each new note. It must not block: it returns a
#: ``concurrent.futures.Future`` at once and resolves it (``set_result(None)``) on its own
#: thread when the note is committed in the workshop file, or sets an exception if it was
#: not. The phone hears "received" only after the result.
NoteHandler = Callable[[PhoneNote], "concurrent.futures.Future[None]"]
#: Called on the server thread with each new vote, like :data:`NoteHandler`; the future's
#: result is the phone's new personal state ``{"left": int, "mine": {note_id: count}}``
#: (kept, and sent to its live connections), or its exception a :class:`VoteRefused`.
VoteHandler = Callable[[PhoneVote], "concurrent.futures.Future[dict[str, Any]]"]


class Refused(Exception):
    """A request answered with a plain JSON error; nothing was handed over."""

    def __init__(
        self, status: int, message: str, retry_after: float | None = None, *, close: bool = False
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after
        self.close = close


def _error(
    status: int, message: str, retry_after: float | None = None, close: bool = False
) -> web.Response:
    response = web.json_response({"error": message}, status=status)
    if retry_after is not None:
        response.headers["Retry-After"] = str(max(1, round(retry_after + 0.5)))
    if close:
        response.force_close()
    return response


def _too_many_connections() -> bytes:
    body = json.dumps({"error": "The room is busy. Please try again in a moment."}).encode()
    head = [
        "HTTP/1.1 503 Service Unavailable",
        "Content-Type: application/json; charset=utf-8",
        f"Content-Length: {len(body)}",
        "Retry-After: 5",
        "Connection: close",
        *(f"{name}: {value}" for name, value in _SECURITY_HEADERS.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


class _Busy(asyncio.Protocol):
    """One connection too many: answered 503 and closed without reading it."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(_too_many_connections())
        transport.close()


class _Live:
    """One live connection of a phone and the messages waiting to be sent on it.

    Each kind of message ("state", "mine") is a whole snapshot, so only the newest of each
    waits: a slow phone gets the latest, never a growing queue."""

    def __init__(self, ws: web.WebSocketResponse, token: str) -> None:
        self.ws = ws
        self.token = token
        self.waiting: dict[str, str] = {}
        self.ready = asyncio.Event()

    def push(self, kind: str, text: str) -> None:
        self.waiting.pop(kind, None)
        self.waiting[kind] = text
        self.ready.set()

    async def send_all(self) -> None:
        while not self.ws.closed:
            await self.ready.wait()
            self.ready.clear()
            while self.waiting:
                kind = next(iter(self.waiting))
                text = self.waiting.pop(kind)
                await self.ws.send_str(text)


class RoomServer:
    """One aiohttp server on ``host``:``port`` (0 picks a free port), run on its own thread.

    :meth:`start`, :meth:`stop`, :meth:`publish`, :meth:`publish_phone`,
    :meth:`set_joining` and :meth:`remove_phone` are called from any thread; ``on_note``,
    ``on_vote`` and ``on_phones_changed`` are called on the server's thread (see
    :data:`NoteHandler`, :data:`VoteHandler`)."""

    def __init__(
        self,
        on_note: NoteHandler,
        *,
        on_vote: VoteHandler | None = None,
        on_phones_changed: Callable[[], None] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: RoomLimits | None = None,
        registry: PhoneRegistry | None = None,
        page: Path | None = None,
    ) -> None:
        self.host = host
        self.registry = registry or PhoneRegistry(limits)
        self.limits = self.registry.limits
        self._wanted_port = port
        self._on_note = on_note
        self._on_vote = on_vote
        self._on_phones_changed = on_phones_changed
        self._page_dir = page or page_dir()
        self._page: dict[str, tuple[bytes, str]] = {}
        self._port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.AbstractServer | None = None
        self._closing = False
        #: Each phone's live connections, oldest first (server thread only).
        self._lives: dict[str, list[_Live]] = {}
        #: Notes and votes handed over and not yet committed, by (token, key): a resend
        #: waits for these.
        self._pending: dict[tuple[str, str], asyncio.Future[Any]] = {}
        #: The requests' waits for a commit; cancelled (not the commits) when the room closes.
        self._waits: set[asyncio.Future[Any]] = set()
        #: The room's state as last published, and each phone's own (any thread, locked).
        self._state_lock = threading.Lock()
        self._shared: dict[str, Any] | None = None
        #: The room's state as JSON, made once per publish (a list of 2,000 notes is large:
        #: it is never copied or written out again for each phone or each dot).
        self._shared_json: str | None = None
        #: Whether the room votes, and the ids of the notes it votes on, as last published.
        self._voting = False
        self._vote_ids: frozenset[str] = frozenset()
        #: Every note's dots as last published ({} none yet, None hidden), and as JSON.
        self._dots_json: str | None = None
        self._mine: dict[str, dict[str, Any]] = {}

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
        """Listen on the address; returns once the socket is bound, or raises why not (the
        port is in use, the page's files are missing, ...)."""
        if self._thread is not None:
            raise RuntimeError("The room server was already started.")
        self._page = {
            route: ((self._page_dir / name).read_bytes(), kind)
            for route, (name, kind) in PAGE_FILES.items()
        }
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

    def publish(self, shared: dict[str, Any]) -> None:
        """The room's state, the same for every phone (see docs/room.md for its keys): kept
        as the latest, and sent to every live connection as ``{"type": "state", ...}``.

        The server keeps ``shared`` itself: the caller must not change it afterwards. It is
        written as JSON once, here (a TypeError here if it is not JSON)."""
        text = json.dumps(shared)
        notes = shared.get("notes")
        ids = frozenset(
            n["id"]
            for n in (notes if isinstance(notes, list) else ())
            if isinstance(n, dict) and isinstance(n.get("id"), str)
        )
        with self._state_lock:
            self._shared, self._shared_json = shared, text
            self._voting, self._vote_ids = shared.get("voting") is True, ids
        self._call_soon(self._push_all, "state", _typed("state", text))

    def publish_dots(self, dots: dict[str, int] | None) -> None:
        """Every note's dots (by note id; a note not named has none), or None while they
        are hidden: sent to every live connection as ``{"type": "dots", "dots": ...}``.
        Separate from the room's state, so that a dot given sends a few numbers to each
        phone rather than every note's words again."""
        text = json.dumps({"type": "dots", "dots": dots})
        with self._state_lock:
            self._dots_json = text
        self._call_soon(self._push_all, "dots", text)

    def publish_phone(self, token: str, personal: dict[str, Any]) -> None:
        """One phone's own state, ``{"left": int, "mine": {note_id: count}}``: kept, and
        sent to that phone's live connections as ``{"type": "mine", ...}``."""
        if self.registry.phone(token) is None:
            return
        self._keep_mine(token, json.loads(json.dumps(personal)))

    @property
    def shared(self) -> dict[str, Any] | None:
        """The room's state as last published (a copy), or None."""
        with self._state_lock:
            text = self._shared_json
        return None if text is None else dict(json.loads(text))

    def set_joining(self, open: bool) -> None:
        """Let new phones join, or not ("not taking new phones"); phones in the room stay."""
        self.registry.joining = bool(open)

    def remove_phone(self, token: str) -> bool:
        """Remove a phone: its token is refused from now on and its live connection closed."""
        removed = self.registry.remove(token)
        if removed:
            with self._state_lock:
                self._mine.pop(token, None)
            self._call_soon(self._close_sockets_of, token)
            self._call_soon(self._phones_changed)
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
            self._let_go()
            return False
        loop.call_soon_threadsafe(loop.stop)
        thread.join(max(0.0, deadline - time.monotonic()))
        self._let_go()
        return not thread.is_alive()

    def _let_go(self) -> None:
        """Drop the app's callbacks once stopped. aiohttp keeps each handler's chain of
        middlewares in a module-wide cache (``web_app._build_middlewares``), which holds
        this server's bound methods long after it stopped; without this, the server would
        keep the app's window (through ``on_note``) alive as long as that cache does."""
        self._on_note = _room_closed
        self._on_vote = None
        self._on_phones_changed = None

    def _call_soon(self, callback: Callable[..., None], *args: Any) -> None:
        """Run ``callback`` on the server's thread, if it is running (else nothing)."""
        loop = self._loop
        if loop is None or not self.running:
            return
        try:
            loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop closed meanwhile: the room is closed
            pass

    def _keep_mine(self, token: str, personal: dict[str, Any]) -> None:
        text = json.dumps({**personal, "type": "mine"})
        with self._state_lock:
            self._mine[token] = personal
        self._call_soon(self._push_to, token, "mine", text)

    # -- on the server's thread --------------------------------------------------------

    async def _open(self) -> None:
        app = web.Application(
            client_max_size=self.limits.body_bytes, middlewares=[self._plain_errors]
        )
        app.on_response_prepare.append(self._headers)
        for route in PAGE_FILES:
            app.router.add_get(route, self._page_file)
        app.router.add_post("/join", self._join)
        app.router.add_post("/notes", self._notes)
        app.router.add_post("/votes", self._votes)
        app.router.add_get("/state", self._state)
        app.router.add_get("/live", self._live)
        # handler_cancellation stays off (aiohttp's default): a request whose phone went
        # away is still finished, so its resend is answered "already received".
        # keepalive_timeout also closes a connection that sent only part of its headers;
        # lingering_time bounds how long an unread body is drained after an answer.
        self._runner = web.AppRunner(
            app,
            access_log=None,
            shutdown_timeout=0.5,
            keepalive_timeout=self.limits.keepalive_timeout,
            lingering_time=self.limits.body_timeout,
        )
        await self._runner.setup()
        server = self._runner.server
        assert server is not None
        limit = self.limits.max_connections

        def connection() -> asyncio.Protocol:
            # aiohttp has no limit of its own on open connections: one more is turned away.
            if len(server.connections) >= limit:
                return _Busy()
            return server()

        # aiohttp's low-level server is a protocol factory (its documented use); listening
        # here rather than through a TCPSite lets the factory above count the connections.
        self._listener = await asyncio.get_running_loop().create_server(
            connection, self.host, self._wanted_port, reuse_address=False
        )
        self._port = int(self._listener.sockets[0].getsockname()[1])

    async def _close(self) -> None:
        self._closing = True
        # First no new connections: the listening socket closes now, whatever follows.
        if self._listener is not None:
            self._listener.close()
        for waiting in list(self._waits):
            waiting.cancel()
        # Each close waits at most the socket's own timeout (0.5 s) for the phone's reply;
        # aiohttp alone would wait up to 60 s for open WebSockets (issue 31).
        closes = [
            live.ws.close(code=WSCloseCode.GOING_AWAY, message=b"The room is closed.")
            for lives in list(self._lives.values())
            for live in lives
        ]
        await asyncio.gather(*closes, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    def _push_all(self, kind: str, text: str) -> None:
        for lives in self._lives.values():
            for live in lives:
                live.push(kind, text)

    def _push_to(self, token: str, kind: str, text: str) -> None:
        for live in self._lives.get(token, ()):
            live.push(kind, text)

    def _close_sockets_of(self, token: str) -> None:
        for live in self._lives.pop(token, ()):
            asyncio.ensure_future(live.ws.close(code=WSCloseCode.POLICY_VIOLATION))

    def _phones_changed(self) -> None:
        if self._on_phones_changed is None:
            return
        try:
            self._on_phones_changed()
        except Exception:  # the window's trouble must not stop the room
            log.exception("on_phones_changed failed")

    @web.middleware
    async def _plain_errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if self._closing:
            return _error(503, "The room is closing.")
        try:
            return await handler(request)
        except Refused as refused:
            return _error(refused.status, refused.message, refused.retry_after, refused.close)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "That is too long to send.")
        except web.HTTPNotFound:
            return _error(404, "There is nothing here.")
        except web.HTTPMethodNotAllowed:
            return _error(405, "That is not how this page is used.")
        except web.HTTPException as http:
            return _error(http.status, http.reason)

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(_SECURITY_HEADERS)

    async def _page_file(self, request: web.Request) -> web.Response:
        body, kind = self._page[request.path]  # only the routes of PAGE_FILES lead here
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            # raises HTTPRequestEntityTooLarge over client_max_size
            raw = await asyncio.wait_for(request.read(), self.limits.body_timeout)
        except asyncio.TimeoutError:
            raise Refused(
                408, "That took too long to arrive. Please send it again.", close=True
            ) from None
        except ConnectionResetError:  # the phone went away mid-send: it sends again, same key
            raise Refused(
                400, "The connection was lost. Please send it again.", close=True
            ) from None
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # also JSON nested too deep
            raise Refused(400, "That could not be read. Please try again.") from None
        if not isinstance(body, dict):
            raise Refused(400, "That could not be read. Please try again.")
        return body

    def _phone(self, token: object) -> Phone:
        phone = self.registry.phone(token)
        if phone is None:
            raise Refused(401, "This phone is not in the room. Please join again.")
        return phone

    def _key(self, body: dict[str, Any]) -> str:
        key = body.get("key")
        if not isinstance(key, str) or len(key) > self.limits.key_chars or not _KEY.fullmatch(key):
            raise Refused(400, "That could not be read. Please try again.")
        return key

    async def _join(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        kind = _choice(ParticipantKind, body.get("kind"), "Please choose who you are again.")
        name = body.get("name", "")
        if name is None:
            name = ""
        if (
            not isinstance(name, str)
            or len(name.strip()) > self.limits.name_chars
            or not _utf8(name)
        ):
            raise Refused(400, f"A first name of at most {self.limits.name_chars} letters, please.")
        try:
            phone = self.registry.join(body.get("code"), request.remote or "", kind, name.strip())
        except JoinRefused as refused:
            raise Refused(refused.status, refused.message, refused.retry_after) from None
        self._phones_changed()
        return web.json_response({"token": phone.token})

    async def _notes(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        phone = self._phone(body.get("token"))
        key = self._key(body)
        text = body.get("text")
        if not isinstance(text, str) or not text.replace("\x00", "").strip():
            raise Refused(400, "Please write something first.")
        if not _utf8(text):
            raise Refused(400, "That could not be read. Please try again.")
        if len(text) > self.limits.note_chars:
            raise Refused(413, f"A note of at most {self.limits.note_chars} letters, please.")
        co = _choice(Co, body.get("co"), "Please choose the Co again.")
        if key in phone.keys:
            return web.json_response({"status": "already received"})
        waiting = self._pending.get((phone.token, key))
        if waiting is not None:  # the first send is still being committed: wait for it
            await self._wait(waiting, phone, None)
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
            await self._wait(committed, phone, self.registry.uncount_note)
        finally:
            self._pending.pop((phone.token, key), None)
        phone.keys.add(key)
        return web.json_response({"status": "received"})

    async def _votes(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        phone = self._phone(body.get("token"))
        key = self._key(body)
        note_id, give = body.get("note"), body.get("give")
        if not isinstance(note_id, str) or not isinstance(give, bool):
            raise Refused(400, "That could not be read. Please try again.")
        if key in phone.keys:
            return web.json_response({"status": "already received", **self._mine_of(phone)})
        waiting = self._pending.get((phone.token, key))
        if waiting is not None:
            personal = await self._wait(waiting, phone, None)
            return web.json_response({"status": "already received", **personal})
        with self._state_lock:
            voting, in_vote = self._voting, note_id in self._vote_ids
        handler = self._on_vote
        if handler is None or not voting:
            raise Refused(409, "Voting is not open just now.")
        if not in_vote:
            raise Refused(409, "That note is not in the vote just now.")
        wait = self.registry.count_vote(phone)
        if wait is not None:
            raise Refused(429, "That is a lot of dots! Please wait a moment.", wait)
        try:
            handed = handler(PhoneVote(phone.token, key, note_id, give))
        except Exception:
            self.registry.uncount_vote(phone)
            raise Refused(503, "Not saved yet. Please try again.") from None
        committed = asyncio.wrap_future(handed)
        self._pending[(phone.token, key)] = committed
        try:
            result = await self._wait(committed, phone, self.registry.uncount_vote)
        finally:
            self._pending.pop((phone.token, key), None)
        try:
            personal = json.loads(json.dumps(result))
            if not isinstance(personal, dict):
                raise TypeError("not a dict")
        except (TypeError, ValueError):
            log.error("on_vote's result is not a JSON object: %r", result)
            personal = self._mine_of(phone)
        else:
            self._keep_mine(phone.token, personal)
        phone.keys.add(key)
        return web.json_response({"status": "received", **personal})

    def _mine_of(self, phone: Phone) -> dict[str, Any]:
        with self._state_lock:
            mine = self._mine.get(phone.token)
            return {"left": None, "mine": {}} if mine is None else dict(mine)

    async def _wait(
        self, committed: asyncio.Future[Any], phone: Phone, uncount: Callable[[Phone], None] | None
    ) -> Any:
        """Wait for the app's commit of a note or vote, at most :data:`COMMIT_TIMEOUT`
        seconds, or until the room closes; the commit itself is never cancelled from here.
        A :class:`VoteRefused` is passed on to the phone (409)."""
        waiting = asyncio.shield(committed)
        self._waits.add(waiting)
        try:
            return await asyncio.wait_for(waiting, COMMIT_TIMEOUT)
        except VoteRefused as refused:
            if uncount is not None:
                uncount(phone)
            raise Refused(409, refused.message) from None
        except (asyncio.CancelledError, asyncio.TimeoutError, Exception):
            # Not known to be stored: the phone keeps it and sends it again.
            if uncount is not None:
                uncount(phone)
            raise Refused(503, "Not saved yet. Your note is kept; please send it again.") from None
        finally:
            self._waits.discard(waiting)

    async def _state(self, request: web.Request) -> web.Response:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        phone = self._phone(token.strip() if scheme.lower() == "bearer" else None)
        with self._state_lock:
            shared, dots, mine = self._shared_json, self._dots_json, self._mine.get(phone.token)
        dots_only = json.loads(dots)["dots"] if dots is not None else None
        body = (
            f'{{"shared": {shared or "null"}, "dots": {json.dumps(dots_only)}, '
            f'"mine": {json.dumps(mine)}}}'
        )
        return web.Response(text=body, content_type="application/json")

    async def _live(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=4096, timeout=0.5)
        await ws.prepare(request)
        try:
            first = await ws.receive(timeout=self.limits.body_timeout)
            token = json.loads(first.data).get("token") if first.type == WSMsgType.TEXT else None
        except (ValueError, AttributeError, asyncio.TimeoutError):
            token = None
        if self._closing or self.registry.phone(token) is None:
            await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"Please join again.")
            return ws
        assert isinstance(token, str)
        live = _Live(ws, token)
        lives = self._lives.setdefault(token, [])
        lives.append(live)
        while len(lives) > self.limits.sockets_per_phone:
            oldest = lives.pop(0)
            asyncio.ensure_future(oldest.ws.close(code=CLOSE_REPLACED, message=b"Opened again."))
        live.push("hello", json.dumps({"hello": True}))
        with self._state_lock:
            shared, dots, mine = self._shared_json, self._dots_json, self._mine.get(token)
        if shared is not None:
            live.push("state", _typed("state", shared))
        if dots is not None:
            live.push("dots", dots)
        if mine is not None:
            live.push("mine", json.dumps({**mine, "type": "mine"}))
        sending = asyncio.ensure_future(live.send_all())
        try:
            async for _message in ws:  # nothing is read from the phone after its token
                pass
        finally:
            sending.cancel()
            await asyncio.gather(sending, return_exceptions=True)
            mine_now = self._lives.get(token)
            if mine_now is not None and live in mine_now:
                mine_now.remove(live)
                if not mine_now:
                    del self._lives[token]
        return ws


def _utf8(text: str) -> bool:
    """False for text no file can hold: JSON's escapes (``\\ud83d``) can carry half of a
    character (a lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _typed(kind: str, text: str) -> str:
    """A JSON object's text with ``"type": kind`` first (written once, not parsed again)."""
    rest = text[1:].lstrip()
    return f'{{"type": {json.dumps(kind)}' + ("}" if rest == "}" else ", " + rest)


def _room_closed(note: PhoneNote) -> concurrent.futures.Future[None]:
    """``on_note`` once the room has closed: nothing more is taken."""
    raise RuntimeError("The room is closed.")


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
