"""The room's limits over real HTTP: wrong codes throttled, phones and notes per minute
counted; each refusal hands nothing over."""

from __future__ import annotations

import pytest

from costar_desktop.room import RoomLimits


def _note(token: str, key: str):
    return {"token": token, "key": key, "text": "A note"}


@pytest.fixture
def limits() -> RoomLimits:
    return RoomLimits(wrong_codes=3, notes_per_minute=4, max_phones=3)


def test_wrong_codes_are_throttled_per_address_even_for_the_right_code(server, client):
    wrong = "0" * 6 if server.join_code != "0" * 6 else "1" * 6
    for _ in range(3):
        assert client.post("/join", {"code": wrong})[0] == 403
    status, body, headers = client.post("/join", {"code": server.join_code})
    assert status == 429 and "token" not in body
    assert int(headers["Retry-After"]) >= 1


def test_the_number_of_phones_is_limited(server, client):
    for _ in range(3):
        client.join(server.join_code)
    status, body, _ = client.post("/join", {"code": server.join_code})
    assert status == 503 and "token" not in body


def test_notes_per_phone_per_minute_are_limited_per_token(server, client, app):
    token = client.join(server.join_code)
    for i in range(4):
        assert client.post("/notes", _note(token, f"n{i}"))[0] == 200
    status, body, headers = client.post("/notes", _note(token, "n4"))
    assert status == 429 and body["error"] and int(headers["Retry-After"]) >= 1
    assert len(app.notes) == 4
    # Another phone, from the same address, is not held back by the first one's notes.
    other = client.join(server.join_code)
    assert client.post("/notes", _note(other, "n4"))[0] == 200
