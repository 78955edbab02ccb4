"""Slow and half-open connections do not pile up: each is cut after a short time (0.2 s
here, from RoomLimits), and connections over the limit are turned away at once. Real
sockets on 127.0.0.1; each test waits for the server to act, never for a fixed time."""

from __future__ import annotations

import socket
import time

import pytest

from costar_desktop.room import RoomLimits, RoomServer
from tests.room.conftest import LOOPBACK, Client

#: How long a test waits at most for the server to cut a connection (it should take 0.2 s).
CUT_WITHIN = 5.0


@pytest.fixture
def limits() -> RoomLimits:
    return RoomLimits(keepalive_timeout=0.2, body_timeout=0.2, max_connections=4)


def _connect(port: int) -> socket.socket:
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    raw.connect((LOOPBACK, port))
    raw.settimeout(CUT_WITHIN)
    return raw


def _read_until_closed(raw: socket.socket) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and how long that took."""
    started = time.monotonic()
    data = b""
    while True:
        try:
            chunk = raw.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        data += chunk
    return data, time.monotonic() - started


def test_a_connection_that_sends_nothing_is_closed(server):
    with _connect(server.port) as raw:
        data, took = _read_until_closed(raw)
    assert data == b"" and took < CUT_WITHIN


def test_half_the_headers_then_silence_is_closed(server):
    with _connect(server.port) as raw:
        raw.sendall(b"POST /notes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-")
        data, took = _read_until_closed(raw)
    assert data == b"" and took < CUT_WITHIN


def test_a_body_trickled_in_slowly_is_cut_with_408(server, app):
    token_body = b'{"code": "' + server.join_code.encode() + b'"}'
    with _connect(server.port) as raw:
        raw.sendall(
            b"POST /join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(token_body)).encode() + b"\r\n\r\n" + token_body[:5]
        )
        data, took = _read_until_closed(raw)
    assert data.startswith(b"HTTP/1.1 408 ") and b"too long to arrive" in data
    assert took < CUT_WITHIN
    assert server.registry.phones() == []  # nothing was let in


def test_an_idle_keep_alive_connection_is_closed_after_its_answer(server):
    with _connect(server.port) as raw:
        raw.sendall(b"GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        data, took = _read_until_closed(raw)
    assert data.startswith(b"HTTP/1.1 200 ") and took < CUT_WITHIN


def test_connections_over_the_limit_are_turned_away_and_the_room_recovers(app):
    # Its own room: the held connections must outlast the test's 0.2 s keep-alive.
    server = RoomServer(app.on_note, host=LOOPBACK, port=0, limits=RoomLimits(max_connections=4))
    server.start()
    client = Client(server.port)
    held = [_connect(server.port) for _ in range(4)]
    try:
        for raw in held:  # each is open (a request and its answer) before the next one
            raw.sendall(b"GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert raw.recv(65536).startswith(b"HTTP/1.1 200 ")
        with _connect(server.port) as extra:
            data, _ = _read_until_closed(extra)
        assert data.startswith(b"HTTP/1.1 503 ") and b"busy" in data
        assert b"Content-Security-Policy: " in data
    finally:
        for raw in held:
            raw.close()
    # The held ones closed: the room answers again.
    deadline = time.monotonic() + CUT_WITHIN
    while time.monotonic() < deadline:
        try:
            if client.get("/style.css", raw=True)[0] == 200:
                break
        except OSError:
            time.sleep(0.01)
    assert client.join(server.join_code)
    assert server.stop()


def test_a_live_connection_that_never_says_its_token_is_closed(server):
    import asyncio

    import aiohttp

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            ws = await session.ws_connect(f"http://{LOOPBACK}:{server.port}/live")
            closed = await ws.receive(timeout=CUT_WITHIN)
            return closed.type, ws.close_code

    kind, code = asyncio.run(scenario())
    assert kind == aiohttp.WSMsgType.CLOSE and code == aiohttp.WSCloseCode.POLICY_VIOLATION


def test_a_phone_that_goes_away_mid_send_is_let_go_quietly(server, app, caplog):
    """A phone whose connection drops while it sends its note (a cut-off request, resent
    with the same key): nothing is handed over, no error is logged, the room carries on."""
    import logging

    caplog.set_level(logging.DEBUG)
    token = Client(server.port).join(server.join_code)
    raw = _connect(server.port)
    raw.sendall(
        b"POST /notes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 500\r\n\r\n" + b'{"token": "' + token.encode() + b'", "key"'
    )
    raw.close()  # gone before the body is complete
    status, body, _ = Client(server.port).post(
        "/notes", {"token": token, "key": "k", "text": "Sent again"}
    )
    assert (status, body) == (200, {"status": "received"})
    assert [n.text for n in app.notes] == ["Sent again"]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
