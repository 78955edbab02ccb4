"""The live connection (a WebSocket, a stub for now): only joined phones keep one, a
removed phone's is closed, and stopping the room closes every one before the socket."""

from __future__ import annotations

import asyncio

import aiohttp

from costar_desktop.room import RoomServer
from tests.room.conftest import LOOPBACK, App, Client


async def _open(port: int, session: aiohttp.ClientSession, token: object):
    ws = await session.ws_connect(f"http://{LOOPBACK}:{port}/live")
    await ws.send_json({"token": token})
    return ws


def test_a_joined_phone_is_greeted_and_an_unknown_one_is_closed(server, client):
    token = client.join(server.join_code)

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            good = await _open(server.port, session, token)
            bad = await _open(server.port, session, "not a token")
            hello = await good.receive_json(timeout=10)
            refused = await bad.receive(timeout=10)
            await good.close()
            return hello, refused.type, bad.close_code

    hello, kind, code = asyncio.run(scenario())
    assert hello == {"hello": True}
    assert kind == aiohttp.WSMsgType.CLOSE and code == aiohttp.WSCloseCode.POLICY_VIOLATION


def test_removing_a_phone_closes_its_live_connection(server, client):
    token = client.join(server.join_code)

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            ws = await _open(server.port, session, token)
            await ws.receive_json(timeout=10)
            assert server.remove_phone(token)
            closed = await ws.receive(timeout=10)
            return closed.type

    assert asyncio.run(scenario()) == aiohttp.WSMsgType.CLOSE


def test_stop_closes_open_live_connections_then_the_socket(app: App):
    room = RoomServer(app.on_note, host=LOOPBACK, port=0)
    room.start()
    token = Client(room.port).join(room.join_code)

    async def scenario():
        async with aiohttp.ClientSession(trust_env=False) as session:
            phones = [await _open(room.port, session, token) for _ in range(3)]
            for ws in phones:
                await ws.receive_json(timeout=10)
            # Phones listen all the time, so each answers the server's close at once.
            listening = [asyncio.ensure_future(ws.receive(timeout=10)) for ws in phones]
            stopped = await asyncio.to_thread(room.stop)
            closes = await asyncio.gather(*listening)
            return stopped, {m.type for m in closes}, {m.data for m in closes}

    stopped, kinds, codes = asyncio.run(scenario())
    assert stopped and not room.running
    assert kinds == {aiohttp.WSMsgType.CLOSE}
    assert codes == {aiohttp.WSCloseCode.GOING_AWAY}
