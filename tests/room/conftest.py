"""The room's tests talk real HTTP to the room server, on 127.0.0.1 and nowhere else.

tests/conftest.py makes every socket call fail in every test (its autouse ``no_network``).
Here, and only under tests/room, that fixture is replaced by a narrower one of the same
name: binding and connecting are allowed to 127.0.0.1 alone, and name look-ups only of
"127.0.0.1" itself; anything else still fails the test. HTTP proxies from the environment
are never used (the clients below are built without them).
"""

from __future__ import annotations

import concurrent.futures
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from costar_desktop.room import PhoneNote, PhoneVote, RoomLimits, RoomServer, VoteRefused
from tests.conftest import NetworkUsed

LOOPBACK = "127.0.0.1"

_bind = socket.socket.bind
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_create_connection = socket.create_connection
_getaddrinfo = socket.getaddrinfo


def _loopback_only(address: Any) -> None:
    if not (isinstance(address, tuple) and address and address[0] == LOOPBACK):
        raise NetworkUsed(f"The room's tests may only use {LOOPBACK} (attempted {address!r})")


def _bind_loopback(self, address):
    _loopback_only(address)
    return _bind(self, address)


def _connect_loopback(self, address):
    _loopback_only(address)
    return _connect(self, address)


def _connect_ex_loopback(self, address):
    _loopback_only(address)
    return _connect_ex(self, address)


def _create_connection_loopback(address, *args, **kwargs):
    _loopback_only(address)
    return _create_connection(address, *args, **kwargs)


def _getaddrinfo_loopback(host, *args, **kwargs):
    if host != LOOPBACK:
        raise NetworkUsed(f"The room's tests may only look up {LOOPBACK} (attempted {host!r})")
    return _getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Overrides tests/conftest.py's guard for tests/room only: 127.0.0.1, nothing else."""
    monkeypatch.setattr(socket.socket, "bind", _bind_loopback)
    monkeypatch.setattr(socket.socket, "connect", _connect_loopback)
    monkeypatch.setattr(socket.socket, "connect_ex", _connect_ex_loopback)
    monkeypatch.setattr(socket, "create_connection", _create_connection_loopback)
    monkeypatch.setattr(socket, "getaddrinfo", _getaddrinfo_loopback)


class App:
    """Stands in for the window: commits each note at once, or holds it until released;
    counts each phone's dots out of ``budget``."""

    def __init__(self) -> None:
        self.notes: list[PhoneNote] = []
        self.votes: list[PhoneVote] = []
        self.hold = False
        self.held: list[concurrent.futures.Future[Any]] = []
        self.threads: set[str] = set()
        self.phones_changed = 0
        self.budget = 3
        self.dots: dict[str, dict[str, int]] = {}
        self._lock = threading.Lock()

    def on_phones_changed(self) -> None:
        with self._lock:
            self.threads.add(threading.current_thread().name)
            self.phones_changed += 1

    def personal(self, token: str) -> dict[str, Any]:
        mine = self.dots.get(token, {})
        return {"left": self.budget - sum(mine.values()), "mine": dict(mine)}

    def on_vote(self, vote: PhoneVote) -> concurrent.futures.Future[dict[str, Any]]:
        done: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        with self._lock:
            self.threads.add(threading.current_thread().name)
            self.votes.append(vote)
            mine = self.dots.setdefault(vote.token, {})
            have = mine.get(vote.note_id, 0)
            if vote.give and sum(mine.values()) >= self.budget:
                done.set_exception(VoteRefused("No dots left."))
                return done
            if not vote.give and have == 0:
                done.set_exception(VoteRefused("No dot to take back."))
                return done
            mine[vote.note_id] = have + (1 if vote.give else -1)
            if self.hold:
                self.held.append(done)
                return done
            done.set_result(self.personal(vote.token))
        return done

    def on_note(self, note: PhoneNote) -> concurrent.futures.Future[None]:
        done: concurrent.futures.Future[None] = concurrent.futures.Future()
        with self._lock:
            self.threads.add(threading.current_thread().name)
            self.notes.append(note)
            if self.hold:
                self.held.append(done)
                return done
        done.set_result(None)
        return done


class Client:
    """Plain HTTP to the server with urllib, never through a proxy."""

    def __init__(self, port: int) -> None:
        self.base = f"http://{LOOPBACK}:{port}"
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def post(self, path: str, body: Any = None, *, raw: bytes | None = None):
        data = raw if raw is not None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            self.base + path, data=data, headers={"Content-Type": "application/json"}
        )
        return self._send(request)

    def get(self, path: str, headers: dict[str, str] | None = None, *, raw: bool = False):
        request = urllib.request.Request(self.base + path, headers=headers or {})
        return self._send(request, raw=raw)

    def _send(self, request: urllib.request.Request, raw: bool = False):
        try:
            with self._opener.open(request, timeout=10) as response:
                data = response.read()
                return response.status, data if raw else json.loads(data), response.headers
        except urllib.error.HTTPError as error:
            with error:
                return error.code, json.loads(error.read()), error.headers

    def join(self, code: str, **extra: Any) -> str:
        status, body, _ = self.post("/join", {"code": code, **extra})
        assert status == 200, body
        return str(body["token"])


@pytest.fixture
def app() -> App:
    return App()


@pytest.fixture
def limits() -> RoomLimits:
    return RoomLimits()


@pytest.fixture
def server(app: App, limits: RoomLimits) -> Iterator[RoomServer]:
    room = RoomServer(
        app.on_note,
        on_vote=app.on_vote,
        on_phones_changed=app.on_phones_changed,
        host=LOOPBACK,
        port=0,
        limits=limits,
    )
    room.start()
    yield room
    assert room.stop()


@pytest.fixture
def client(server: RoomServer) -> Client:
    return Client(server.port)
