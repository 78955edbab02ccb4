"""Votes from phones: handed to the app once, only while the vote is open and only for a
note in it; the phone's own dots come back in the answer and on its live connection."""

from __future__ import annotations

import threading
import time

import pytest

from costar_desktop.room import RoomLimits, RoomServer
from tests.room.conftest import LOOPBACK, Client

NOTES = [
    {"id": "n1", "text": "Peer support", "co": "design", "dots": None},
    {"id": "n2", "text": "Buses", "co": None, "dots": None},
]
VOTING = {
    "step": "focus",
    "step_name": "Focus",
    "question": "What matters most?",
    "voting": True,
    "hidden": True,
    "budget": 3,
    "notes": NOTES,
}


def _vote(token: str, key: str, note: str = "n1", give: bool = True):
    return {"token": token, "key": key, "note": note, "give": give}


def test_a_vote_is_handed_over_once_and_answered_with_the_phones_dots(server, client, app):
    server.publish(VOTING)
    token = client.join(server.join_code)
    status, body, _ = client.post("/votes", _vote(token, "v1"))
    assert (status, body) == (200, {"status": "received", "left": 2, "mine": {"n1": 1}})
    assert client.post("/votes", _vote(token, "v1"))[1] == {
        "status": "already received",
        "left": 2,
        "mine": {"n1": 1},
    }
    assert client.post("/votes", _vote(token, "v2", give=False))[1]["mine"] == {"n1": 0}
    assert [(v.key, v.note_id, v.give) for v in app.votes] == [
        ("v1", "n1", True),
        ("v2", "n1", False),
    ]
    assert app.threads == {"costar-room-server"}
    # The answer is kept as the phone's own state.
    state = client.get("/state", {"Authorization": f"Bearer {token}"})[1]
    assert state["mine"] == {"left": 3, "mine": {"n1": 0}}


def test_a_refused_vote_says_why_and_can_be_sent_again(server, client, app):
    server.publish(VOTING)
    token = client.join(server.join_code)
    status, body, _ = client.post("/votes", _vote(token, "v1", give=False))
    assert status == 409 and body == {"error": "No dot to take back."}
    app.dots.clear()
    assert client.post("/votes", _vote(token, "v1"))[0] == 200


@pytest.mark.parametrize(
    "shared", [None, {**VOTING, "voting": False}, {**VOTING, "voting": "yes"}, {"step": "map"}]
)
def test_no_vote_is_handed_over_while_voting_is_closed(server, client, app, shared):
    if shared is not None:
        server.publish(shared)
    token = client.join(server.join_code)
    status, body, _ = client.post("/votes", _vote(token, "v1"))
    assert status == 409 and body == {"error": "Voting is not open just now."}
    assert app.votes == []


def test_no_vote_is_handed_over_without_on_vote(app):
    room = RoomServer(app.on_note, host=LOOPBACK, port=0)
    room.start()
    try:
        room.publish(VOTING)
        client = Client(room.port)
        token = client.join(room.join_code)
        assert client.post("/votes", _vote(token, "v1"))[0] == 409
    finally:
        assert room.stop()
    assert app.votes == []


@pytest.mark.parametrize(
    "change",
    [
        {"note": "n9"},
        {"note": 1},
        {"note": None},
        {"give": "true"},
        {"give": 1},
        {"give": None},
        {"key": "a b"},
        {"key": ""},
        {"token": "nope"},
    ],
)
def test_bad_votes_are_refused_and_nothing_is_handed_over(server, client, app, change):
    server.publish(VOTING)
    token = client.join(server.join_code)
    status, body, _ = client.post("/votes", {**_vote(token, "v1"), **change})
    assert 400 <= status < 500 and set(body) == {"error"}
    assert app.votes == []


def test_a_resend_while_the_first_is_committed_waits_for_it(server, client, app):
    server.publish(VOTING)
    app.hold = True
    token = client.join(server.join_code)
    answers: list[object] = []
    first = threading.Thread(
        target=lambda: answers.append(client.post("/votes", _vote(token, "v")))
    )
    first.start()
    deadline = time.monotonic() + 10
    while not app.held and time.monotonic() < deadline:
        time.sleep(0.005)
    resend = threading.Thread(
        target=lambda: answers.append(client.post("/votes", _vote(token, "v")))
    )
    resend.start()
    app.held[0].set_result(app.personal(token))
    first.join(10)
    resend.join(10)
    assert sorted(a[1]["status"] for a in answers) == ["already received", "received"]
    assert len(app.votes) == 1


@pytest.fixture
def limits() -> RoomLimits:
    return RoomLimits(votes_per_minute=4)


def test_votes_per_phone_per_minute_are_limited(server, client, app):
    server.publish(VOTING)
    app.budget = 100
    token = client.join(server.join_code)
    for i in range(4):
        assert client.post("/votes", _vote(token, f"v{i}"))[0] == 200
    status, body, headers = client.post("/votes", _vote(token, "v9"))
    assert status == 429 and int(headers["Retry-After"]) >= 1
    assert len(app.votes) == 4
