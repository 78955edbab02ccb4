"""The phone page in a real browser (headless Chromium over its DevTools protocol), against
the real room server on 127.0.0.1: join with the code from the QR code's link, write a
note ("Received" only after the app's commit, handed over once even when the page is
reloaded mid-send), follow a step change, and vote.

Run with ``make test-browser`` (``pytest -m browser``); the default run leaves it out.
Without Chromium it fails and says how to install it. On failure a screenshot of the page
is saved in the test's tmp folder; set COSTAR_PHONE_SHOTS to a folder to keep a 390×844
screenshot of each screen.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from pathlib import Path

import pytest

from costar_desktop.core.model import Co
from costar_desktop.room import RoomServer
from tests.room.browser import Page, chromium
from tests.room.conftest import LOOPBACK, App

pytestmark = pytest.mark.browser

MAP = {
    "step": "map",
    "step_name": "Map",
    "question": "What helps you most?",
    "voting": False,
    "hidden": False,
    "budget": 3,
    "notes": [],
}
FOCUS = {
    "step": "focus",
    "step_name": "Focus",
    "question": "What matters most to you?",
    "voting": True,
    "hidden": True,
    "budget": 3,
    "notes": [
        {"id": "n1", "text": "A peer support group on Tuesdays", "co": "deliver", "dots": None},
        {"id": "n2", "text": "<b>Buses</b> that wait for wheelchairs", "co": None, "dots": None},
    ],
}


def _shot(page: Page, tmp_path: Path, name: str):
    async def take() -> None:
        await page.js("window.scrollTo(0, 0)")
        path = await page.screenshot(tmp_path / f"phone-{name}.png")
        keep = os.environ.get("COSTAR_PHONE_SHOTS")
        if keep:
            shutil.copy(path, Path(keep) / path.name)

    return take()


def _text(selector: str) -> str:
    return f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent"


def _visible(element_id: str) -> str:
    return f"!document.getElementById({json.dumps(element_id)}).hidden"


async def _scenario(page: Page, server: RoomServer, app: App, tmp_path: Path) -> None:
    base = f"http://{LOOPBACK}:{server.port}/"
    await page.goto(base + "#code=" + server.join_code)
    await page.wait_for(
        f"document.getElementById('join-code').value === {json.dumps(server.join_code)}",
        "the join code filled in from the link",
    )
    await _shot(page, tmp_path, "join")

    # Join as a carer called Sam.
    await page.js("document.getElementById('join-kind').value = 'carer'")
    await page.type("#join-name", "Sam")
    await page.click("#join-button")
    await page.wait_for(_visible("write-screen"), "the write screen")
    await page.wait_for(
        f"{_text('#write-question')} === {json.dumps(MAP['question'])}", "the step's question"
    )
    (phone,) = server.registry.phones()
    assert (phone.name, phone.kind and phone.kind.value) == ("Sam", "carer")

    # A note: "Sending…" while the app has not committed it, "Received" after.
    app.hold = True
    await page.type("#note-text", "More evening groups")
    await page.click("label[for=co-design]")
    await page.click("#send-button")
    await page.wait_for(_text(".my-note-state") + " === 'Sending…'", "the note sending")
    deadline = asyncio.get_running_loop().time() + 20
    while not app.held and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
    assert app.held, "the note never reached the app"
    assert await page.js(_text(".my-note-state")) == "Sending…"
    # The page is reloaded before the answer: the note is sent again with the same key.
    await page.send("Page.reload")
    await page.wait_for(_visible("write-screen"), "the write screen after the reload")
    await page.wait_for(_text(".my-note-state") + " === 'Sending…'", "the resend")
    app.held[0].set_result(None)
    await page.wait_for(_text(".my-note-state") + " === 'Received'", "Received")
    assert [(n.text, n.co, n.name) for n in app.notes] == [
        ("More evening groups", Co.DESIGN, "Sam")
    ]
    app.hold = False
    await page.type("#note-text", "Quiet room")
    await page.click("#send-button")
    await page.wait_for(
        "document.querySelectorAll('.state-received').length === 2", "the second note received"
    )
    assert [n.text for n in app.notes] == ["More evening groups", "Quiet room"]
    await _shot(page, tmp_path, "write")

    # The facilitator moves on to Focus and opens the vote.
    await asyncio.to_thread(server.publish, FOCUS)
    await page.wait_for(_visible("vote-screen"), "the vote screen")
    assert await page.js(_text("#vote-question")) == FOCUS["question"]
    assert await page.js(_text("#dots-left")) == "Dots left: 3"
    # A note's words are shown as words, never as HTML.
    assert await page.js("document.querySelectorAll('#vote-notes b').length") == 0
    assert "<b>Buses</b>" in await page.js(_text("#vote-notes"))
    assert await page.js("document.querySelectorAll('.vote-total').length") == 0  # hidden
    await page.click("#vote-notes li:nth-child(2) button.give")
    await page.wait_for(_text("#dots-left") + " === 'Dots left: 2'", "a dot given")
    await page.click("#vote-notes li:nth-child(2) button.give")
    await page.wait_for(_text("#dots-left") + " === 'Dots left: 1'", "another dot given")
    await page.click("#vote-notes li:nth-child(2) button.take")
    await page.wait_for(_text("#dots-left") + " === 'Dots left: 2'", "a dot taken back")
    assert [(v.note_id, v.give) for v in app.votes] == [("n2", True), ("n2", True), ("n2", False)]
    mine = await page.js(_text("#vote-notes li:nth-child(2) .vote-mine"))
    assert mine.endswith("Your dots: 1")
    # The facilitator shows the dots.
    shown = {**FOCUS, "hidden": False, "notes": [{**n, "dots": 4} for n in FOCUS["notes"]]}
    await asyncio.to_thread(server.publish, shown)
    await page.wait_for("document.querySelectorAll('.vote-total').length === 2", "the totals shown")
    await _shot(page, tmp_path, "vote")
    assert page.console == []


def test_the_phone_page_joins_writes_follows_the_step_and_votes(tmp_path: Path, app: App):
    server = RoomServer(app.on_note, on_vote=app.on_vote, host=LOOPBACK, port=0)
    server.start()
    server.publish(MAP)

    async def run() -> None:
        async with chromium(tmp_path / "profile") as page:
            try:
                await _scenario(page, server, app, tmp_path)
            except BaseException:
                await page.screenshot(tmp_path / "failure.png")
                raise

    try:
        asyncio.run(run())
    finally:
        assert server.stop()


async def _removed_and_polling(page: Page, server: RoomServer, app: App, tmp_path: Path) -> None:
    base = f"http://{LOOPBACK}:{server.port}/"
    # An old browser without WebSocket: the page asks GET /state every few seconds.
    await page.send(
        "Page.addScriptToEvaluateOnNewDocument", {"source": "window.WebSocket = undefined;"}
    )
    await page.goto(base + "#code=" + server.join_code)
    await page.wait_for(
        "document.getElementById('join-code').value.length === 6", "the join code filled in"
    )
    await page.click("#join-button")
    await page.wait_for(_visible("write-screen"), "the write screen")
    await page.wait_for(
        _text("#live") + " === 'Connected (checking every few seconds)'", "polling /state"
    )
    await asyncio.to_thread(server.publish, {**MAP, "question": "What gets in the way?"})
    await page.wait_for(
        _text("#write-question") + " === 'What gets in the way?'", "the new question, polled"
    )

    # The app cannot take notes just now: the note is kept on the phone.
    taken = server._on_note

    def broken(note):
        raise RuntimeError("no document open")

    server._on_note = broken
    await page.type("#note-text", "Kept for later")
    await page.click("#send-button")
    await page.wait_for(
        _text(".my-note-state") + " === 'Kept on this phone, not sent yet'", "the note kept"
    )
    # The facilitator removes this phone: back to joining, the note still kept.
    (phone,) = server.registry.phones()
    server.remove_phone(phone.token)
    await page.wait_for(_visible("join-screen"), "the join screen after removal")
    assert await page.js("JSON.parse(localStorage.getItem('costar.room.outbox'))[0].state") in (
        "kept",
        "sending",
    )
    server._on_note = taken
    await page.click("#join-button")
    await page.wait_for(_visible("write-screen"), "the write screen after joining again")
    await page.wait_for(_text(".my-note-state") + " === 'Received'", "the kept note received")
    assert [n.text for n in app.notes] == ["Kept for later"]
    assert page.console == []


def test_without_websocket_the_page_polls_and_a_removed_phone_keeps_its_notes(
    tmp_path: Path, app: App
):
    server = RoomServer(app.on_note, on_vote=app.on_vote, host=LOOPBACK, port=0)
    server.start()
    server.publish(MAP)

    async def run() -> None:
        async with chromium(tmp_path / "profile") as page:
            try:
                await _removed_and_polling(page, server, app, tmp_path)
            except BaseException:
                await page.screenshot(tmp_path / "failure.png")
                raise

    try:
        asyncio.run(run())
    finally:
        assert server.stop()
