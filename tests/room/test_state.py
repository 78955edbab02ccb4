"""The room's state published by the app reaches every phone: at once when its live
connection opens, again on each change, and by GET /state for phones without a WebSocket."""

from __future__ import annotations

import asyncio
import threading

import aiohttp
import pytest

from costar_desktop.room import RoomLimits, RoomServer
from costar_desktop.room.server import CLOSE_REPLACED
from tests.room.conftest import LOOPBACK, App, Client

SHARED = {
    "step": "map",
    "step_name": "Map",
    "question": "What helps?",
    "voting": False,
    "hidden": False,
    "budget": 3,
    "notes": [],
}


async def _open(port: int, session: aiohttp.ClientSession, token: object):
    ws = await session.ws_connect(f"http://{LOOPBACK}:{port}/live")
    await ws.send_json({"token": token})
    return ws


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_new_live_connection_gets_the_latest_state_and_its_own(server, client):
    token = client.join(server.join_code)
    server.publish({**SHARED, "step": "gather"})
    server.publish(SHARED)
    server.publish_phone(token, {"left": 3, "mine": {}})

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            ws = await _open(server.port, session, token)
            got = [await ws.receive_json(timeout=10) for _ in range(3)]
            await ws.close()
            return got

    hello, state, mine = asyncio.run(scenario())
    assert hello == {"hello": True}
    assert state == {**SHARED, "type": "state"}
    assert mine == {"left": 3, "mine": {}, "type": "mine"}


def test_a_change_published_from_another_thread_reaches_every_phone(server, client):
    tokens = [client.join(server.join_code) for _ in range(3)]

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            phones = [await _open(server.port, session, t) for t in tokens]
            for ws in phones:
                assert await ws.receive_json(timeout=10) == {"hello": True}
            publisher = threading.Thread(
                target=server.publish, args=({**SHARED, "step_name": "Focus"},)
            )
            publisher.start()
            publisher.join()
            got = [await ws.receive_json(timeout=10) for ws in phones]
            server.publish_phone(tokens[1], {"left": 2, "mine": {"n1": 1}})
            personal = await phones[1].receive_json(timeout=10)
            for ws in phones:
                await ws.close()
            return got, personal

    got, personal = asyncio.run(scenario())
    assert [m["step_name"] for m in got] == ["Focus"] * 3
    assert {m["type"] for m in got} == {"state"}
    assert personal == {"left": 2, "mine": {"n1": 1}, "type": "mine"}


def test_get_state_needs_the_phones_token(server, client):
    token = client.join(server.join_code)
    assert client.get("/state", _bearer(token))[1] == {"shared": None, "dots": None, "mine": None}
    server.publish(SHARED)
    server.publish_dots({"n": 4})
    server.publish_phone(token, {"left": 1, "mine": {"n": 2}})
    status, body, headers = client.get("/state", _bearer(token))
    assert status == 200 and body == {
        "shared": SHARED,
        "dots": {"n": 4},
        "mine": {"left": 1, "mine": {"n": 2}},
    }
    assert headers["Cache-Control"] == "no-store"
    for headers in ({}, {"Authorization": token}, _bearer("nope"), {"Authorization": "Bearer"}):
        status, body, _ = client.get("/state", headers)
        assert status == 401 and set(body) == {"error"}


def test_publish_refuses_what_is_not_json_in_the_callers_thread(server):
    with pytest.raises(TypeError):
        server.publish({"step": object()})
    assert server.shared is None


def test_publish_before_start_is_kept(app: App):
    room = RoomServer(app.on_note, host=LOOPBACK, port=0)
    room.publish(SHARED)
    room.start()
    try:
        token = Client(room.port).join(room.join_code)
        assert Client(room.port).get("/state", _bearer(token))[1]["shared"] == SHARED
    finally:
        assert room.stop()


def test_a_removed_phones_own_state_is_forgotten(server, client):
    token = client.join(server.join_code)
    server.publish_phone(token, {"left": 1, "mine": {}})
    server.remove_phone(token)
    server.publish_phone(token, {"left": 1, "mine": {}})  # too late: nothing kept
    assert client.get("/state", _bearer(token))[0] == 401


@pytest.fixture
def limits() -> RoomLimits:
    return RoomLimits(sockets_per_phone=2)


def test_a_phone_holds_a_few_live_connections_and_a_new_one_closes_its_oldest(server, client):
    token = client.join(server.join_code)
    other = client.join(server.join_code)

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            first = await _open(server.port, session, token)
            await first.receive_json(timeout=10)
            second = await _open(server.port, session, token)
            await second.receive_json(timeout=10)
            elsewhere = await _open(server.port, session, other)
            await elsewhere.receive_json(timeout=10)
            third = await _open(server.port, session, token)
            await third.receive_json(timeout=10)
            closed = await first.receive(timeout=10)
            server.publish(SHARED)
            still = [await ws.receive_json(timeout=10) for ws in (second, third, elsewhere)]
            for ws in (second, third, elsewhere):
                await ws.close()
            return closed, still

    closed, still = asyncio.run(scenario())
    # The close frame's own code: the client's close_code is set only once its reply has
    # gone, which on a busy machine may come after this (CI once read 1006 there).
    assert closed.type == aiohttp.WSMsgType.CLOSE and closed.data == CLOSE_REPLACED
    assert [m["type"] for m in still] == ["state"] * 3


def test_dots_go_to_every_phone_on_their_own_and_to_a_phone_that_connects_later(server, client):
    """A dot given sends each phone a few numbers, not every note's words again."""
    import aiohttp

    tokens = [client.join(server.join_code) for _ in range(2)]
    server.publish(SHARED)
    url = f"ws://{LOOPBACK}:{server.port}/live"

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            first = await session.ws_connect(url)
            await first.send_json({"token": tokens[0]})
            seen = [await first.receive_json(timeout=10) for _ in range(2)]  # hello, state
            server.publish_dots({"n1": 3})
            dots = await first.receive_json(timeout=10)
            late = await session.ws_connect(url)
            await late.send_json({"token": tokens[1]})
            late_seen = [await late.receive_json(timeout=10) for _ in range(3)]
            server.publish_dots(None)  # hidden again
            hidden = await first.receive_json(timeout=10)
            await first.close()
            await late.close()
            return seen, dots, late_seen, hidden

    seen, dots, late_seen, hidden = asyncio.run(scenario())
    assert [m.get("type") for m in seen] == [None, "state"]
    assert dots == {"type": "dots", "dots": {"n1": 3}}
    assert [m.get("type") for m in late_seen] == [None, "state", "dots"]
    assert late_seen[2]["dots"] == {"n1": 3}
    assert hidden == {"type": "dots", "dots": None}
