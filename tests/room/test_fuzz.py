"""Hypothesis over real HTTP on 127.0.0.1: every route, any method, random JSON (unicode of
every plane, emoji, right-to-left, NUL, halves of characters), binary and huge bodies, and
bytes that are not HTTP at all. The server always answers (never a 500, never a hang),
keeps running, and hands a note or a vote to the app only when it is valid."""

from __future__ import annotations

import http.client
import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings, strategies as st

from costar_desktop.core.model import MAX_NOTE_CHARS, Co
from costar_desktop.room import RoomLimits, RoomServer
from tests.room.conftest import LOOPBACK, App, Client

ROUTES = ["/", "/app.js", "/style.css", "/join", "/notes", "/votes", "/state", "/live"]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]
#: Every character, halves of characters (surrogates) included, and a few chosen ones.
ANY_TEXT = st.text(
    st.characters(exclude_categories=()) | st.sampled_from(["\x00", "\u202e", "🌟", "ש", "\ud83d"]),
    max_size=40,
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
FUZZ = settings(
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
VOTING = {
    "step": "focus",
    "step_name": "Focus",
    "question": "?",
    "voting": True,
    "hidden": True,
    "budget": 1000,
    "notes": [{"id": "n1", "text": "A", "co": None, "dots": None}],
}
_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")


@contextmanager
def room() -> Iterator[tuple[RoomServer, App, Client]]:
    app = App()
    app.budget = 10**9
    limits = RoomLimits(notes_per_minute=10**6, votes_per_minute=10**6, wrong_codes=10**6)
    server = RoomServer(app.on_note, on_vote=app.on_vote, host=LOOPBACK, port=0, limits=limits)
    server.start()
    try:
        yield server, app, Client(server.port)
    finally:
        assert server.stop()


def _ask(port: int, method: str, path: str, body: bytes | None, headers=None):
    """One request; the answer's status and JSON body (None for the page's files)."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        kind = response.getheader("Content-Type", "")
    finally:
        connection.close()
    answer = json.loads(data) if kind.startswith("application/json") and data else None
    return response.status, answer


def _alive(server: RoomServer, client: Client) -> None:
    assert server.running
    assert client.get("/style.css", raw=True)[0] == 200


def test_any_method_on_any_route_with_any_json_is_answered_and_nothing_is_handed_over():
    with room() as (server, app, client):
        server.publish(VOTING)

        @FUZZ
        @given(
            method=st.sampled_from(METHODS),
            path=st.sampled_from(ROUTES) | st.text(max_size=20).map(lambda p: "/" + p),
            body=JSON.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=2000),
        )
        def check(method: str, path: str, body: bytes) -> None:
            quoted = "/" + quote(path[1:].encode("utf-8", "surrogatepass"), safe="/.%")
            status, answer = _ask(server.port, method, quoted, body if method != "GET" else None)
            assert status < 500 or status == 503, (status, answer)
            if answer is not None and status >= 400:
                assert set(answer) == {"error"}
            assert app.notes == [] and app.votes == []

        check()
        _alive(server, client)


def test_random_notes_from_a_joined_phone_are_handed_over_only_when_valid():
    with room() as (server, app, client):
        token = client.join(server.join_code)
        seen: set[str] = set()

        @FUZZ
        @given(
            key=st.from_regex(_KEY, fullmatch=True) | st.from_regex(_KEY, fullmatch=True) | JSON,
            text=st.builds(  # mostly valid, not always
                lambda odd, rest: "A note " + odd + rest,
                st.sampled_from(["", "\x00", "\ud83d", "🌟", "\u202e", "\U0010fffd"]),
                ANY_TEXT,
            )
            | ANY_TEXT
            | st.just("x" * (MAX_NOTE_CHARS + 1))
            | JSON,
            co=st.sampled_from([None, *(c.value for c in Co)]) | ANY_TEXT | JSON,
        )
        def check(key: Any, text: Any, co: Any) -> None:
            before = len(app.notes)
            status, answer = client.post(
                "/notes", {"token": token, "key": key, "text": text, "co": co}
            )[:2]
            assert status < 500, (status, answer)
            valid = (
                isinstance(key, str)
                and _KEY.fullmatch(key) is not None
                and isinstance(text, str)
                and text.replace("\x00", "").strip() != ""
                and len(text) <= MAX_NOTE_CHARS
                and _encodable(text)
                and (co in (None, "") or (isinstance(co, str) and co in {c.value for c in Co}))
            )
            handed = app.notes[before:]
            if not valid:
                assert status >= 400 and handed == []
            elif key in seen:
                assert answer == {"status": "already received"} and handed == []
            else:
                assert answer == {"status": "received"}
                assert [(n.key, n.text) for n in handed] == [(key, text)]
                seen.add(key)

        check()
        _alive(server, client)


def test_random_votes_are_handed_over_only_when_valid():
    with room() as (server, app, client):
        server.publish(VOTING)
        token = client.join(server.join_code)
        used: set[str] = set()

        @FUZZ
        @given(
            key=st.from_regex(_KEY, fullmatch=True) | ANY_TEXT,
            note=st.just("n1") | ANY_TEXT | JSON,
            give=st.just(True) | JSON,
        )
        def check(key: Any, note: Any, give: Any) -> None:
            before = len(app.votes)
            body = {"token": token, "key": key, "note": note, "give": give}
            status, answer = client.post("/votes", body)[:2]
            assert status < 500, (status, answer)
            handed = app.votes[before:]
            valid = (
                isinstance(key, str)
                and _KEY.fullmatch(key) is not None
                and note == "n1"
                and isinstance(give, bool)
            )
            if not valid:
                # Refused, or a key this phone already used (then answered as a resend).
                assert handed == []
                assert status >= 400 or (answer["status"] == "already received" and key in used)
            else:
                assert len(handed) <= 1 and all(v.note_id == "n1" for v in handed)
                if handed or (status == 200 and answer["status"] == "received"):
                    used.add(key)

        check()
        _alive(server, client)


def test_random_joins_let_in_only_with_the_code():
    with room() as (server, app, client):

        @FUZZ
        @given(code=JSON, kind=JSON, name=ANY_TEXT | JSON)
        def check(code: Any, kind: Any, name: Any) -> None:
            before = len(server.registry.phones())
            status, answer = client.post("/join", {"code": code, "kind": kind, "name": name})[:2]
            assert status < 500, (status, answer)
            if status == 200:
                assert isinstance(code, str) and code.strip() == server.join_code
                assert len(server.registry.phones()) == before + 1
            else:
                assert len(server.registry.phones()) == before

        check()
        _alive(server, client)


def test_bytes_that_are_not_http_are_answered_or_closed():
    with room() as (server, app, client):

        @settings(max_examples=60)
        @given(junk=st.binary(min_size=1, max_size=3000))
        def check(junk: bytes) -> None:
            with socket.create_connection((LOOPBACK, server.port), timeout=10) as raw:
                raw.sendall(junk)
                raw.shutdown(socket.SHUT_WR)  # then nothing more: the server must not wait
                data = b""
                while chunk := raw.recv(65536):
                    data += chunk
            # aiohttp answers what it cannot parse itself (400, before any of our code).
            assert data == b"" or re.match(rb"HTTP/1\.[01] [1-4]\d\d ", data), data[:80]

        check()
        _alive(server, client)
        assert app.notes == []


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
