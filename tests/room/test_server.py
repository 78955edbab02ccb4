"""The room server over real HTTP on 127.0.0.1: joining, notes received once, and refusals
that hand nothing over and leave the server running."""

from __future__ import annotations

import socket
import time

import pytest

from costar_desktop.core.model import MAX_NOTE_CHARS, Co, ParticipantKind
from costar_desktop.room import RoomServer
from costar_desktop.room.server import CONTENT_SECURITY_POLICY
from tests.room.conftest import LOOPBACK, App, Client


def _note(token: str, key: str = "k1", text: str = "More peer support", **extra):
    return {"token": token, "key": key, "text": text, **extra}


def _still_running(client: Client, server: RoomServer, app: App) -> None:
    """The server still answers, and a good note still arrives."""
    before = len(app.notes)
    token = client.join(server.join_code)
    status, body, _ = client.post("/notes", _note(token, key="alive"))
    assert (status, body) == (200, {"status": "received"})
    assert len(app.notes) == before + 1


def test_the_port_is_chosen_and_the_code_is_digits(server: RoomServer):
    assert server.port > 0
    assert server.join_code.isdigit() and len(server.join_code) == 6


def test_a_phone_joins_with_the_code_and_its_note_is_handed_over_on_the_server_thread(
    server, client, app
):
    token = client.join(server.join_code, kind="carer", name=" Sam ")
    status, body, headers = client.post("/notes", _note(token, co="design"))
    assert (status, body) == (200, {"status": "received"})
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    (note,) = app.notes
    assert (note.text, note.co, note.kind, note.name) == (
        "More peer support",
        Co.DESIGN,
        ParticipantKind.CARER,
        "Sam",
    )
    assert app.threads == {"costar-room-server"}


def test_a_wrong_code_is_refused_and_hands_out_no_token(server, client):
    wrong = "0" * 6 if server.join_code != "0" * 6 else "1" * 6
    for code in (wrong, 123456, None, ""):
        status, body, headers = client.post("/join", {"code": code})
        assert status == 403 and "token" not in body and body["error"]
        assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "extra",
    [{"kind": "wizard"}, {"kind": 3}, {"name": "x" * 41}, {"name": ["Sam"]}],
)
def test_a_bad_kind_or_name_is_refused(server, client, extra):
    status, body, _ = client.post("/join", {"code": server.join_code, **extra})
    assert status == 400 and "token" not in body


def test_a_resend_with_the_same_key_is_already_received_and_never_handed_over_twice(
    server, client, app
):
    token = client.join(server.join_code)
    assert client.post("/notes", _note(token))[1] == {"status": "received"}
    assert client.post("/notes", _note(token))[1] == {"status": "already received"}
    assert client.post("/notes", _note(token))[1] == {"status": "already received"}
    assert [n.key for n in app.notes] == ["k1"]
    # The same key from another phone is that phone's own note.
    other = client.join(server.join_code)
    assert client.post("/notes", _note(other))[1] == {"status": "received"}
    assert len(app.notes) == 2


def test_received_only_after_the_commit(server, client, app):
    import threading

    app.hold = True
    token = client.join(server.join_code)
    answers: list[object] = []
    first = threading.Thread(target=lambda: answers.append(client.post("/notes", _note(token))))
    first.start()
    deadline = time.monotonic() + 10
    while not app.held and time.monotonic() < deadline:
        time.sleep(0.005)
    assert app.held and answers == []  # handed over, not yet committed: no answer yet
    resend = threading.Thread(target=lambda: answers.append(client.post("/notes", _note(token))))
    resend.start()
    app.held[0].set_result(None)
    first.join(10)
    resend.join(10)
    assert sorted(a[1]["status"] for a in answers) == ["already received", "received"]
    assert len(app.notes) == 1


def test_a_note_that_was_not_committed_is_handed_over_again(server, client, app):
    app.hold = True
    token = client.join(server.join_code)
    import threading

    answers: list[object] = []
    send = threading.Thread(target=lambda: answers.append(client.post("/notes", _note(token))))
    send.start()
    deadline = time.monotonic() + 10
    while not app.held and time.monotonic() < deadline:
        time.sleep(0.005)
    app.held[0].set_exception(OSError("disk full"))
    send.join(10)
    assert answers[0][0] == 503
    app.hold = False
    assert client.post("/notes", _note(token))[1] == {"status": "received"}
    assert len(app.notes) == 2  # the failed commit, then the resend


def test_a_removed_phone_is_refused_at_once(server, client, app):
    token = client.join(server.join_code)
    assert server.remove_phone(token)
    status, body, _ = client.post("/notes", _note(token))
    assert status == 401 and body["error"]
    assert app.notes == []
    assert not server.remove_phone(token)
    _still_running(client, server, app)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "x" * (MAX_NOTE_CHARS + 1)},
        {"text": ""},
        {"text": "   "},
        {"text": 42},
        {"text": None},
        {"co": "co-operate"},
        {"co": 1},
        {"key": ""},
        {"key": "x" * 65},
        {"key": "../etc"},
        {"key": 7},
        {"token": "not a token"},
        {"token": None},
    ],
)
def test_bad_notes_are_refused_and_nothing_is_handed_over(server, client, app, change):
    token = client.join(server.join_code)
    status, body, headers = client.post("/notes", {**_note(token), **change})
    assert 400 <= status < 500 and set(body) == {"error"}
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert app.notes == []
    _still_running(client, server, app)


def test_a_note_of_the_apps_own_limit_is_received(server, client, app):
    token = client.join(server.join_code)
    text = "\U0001f31f" * MAX_NOTE_CHARS  # 12 bytes each as a JSON escape
    assert client.post("/notes", _note(token, text=text))[1] == {"status": "received"}
    assert app.notes[0].text == text


@pytest.mark.parametrize("path", ["/join", "/notes"])
@pytest.mark.parametrize("raw", [b"{", b"[1, 2]", b"\xff\xfe", b"", b'"text"', b"null"])
def test_bad_json_is_refused(server, client, app, path, raw):
    status, body, _ = client.post(path, raw=raw)
    assert status == 400 and set(body) == {"error"}
    assert app.notes == []
    _still_running(client, server, app)


@pytest.mark.parametrize("path", ["/join", "/notes"])
def test_a_huge_body_is_refused(server, client, app, path):
    token = client.join(server.join_code)
    raw = b'{"token": "' + token.encode() + b'", "key": "k", "text": "' + b"x" * (2 << 20) + b'"}'
    status, body, _ = client.post(path, raw=raw)
    assert status == 413 and set(body) == {"error"}
    assert app.notes == []
    _still_running(client, server, app)


@pytest.mark.parametrize(
    "path", ["/index.html", "/notes/1", "/../pyproject.toml", "/static/x.js", "/app.js/x"]
)
def test_unknown_routes_are_404_with_the_policy(server, client, path):
    status, body, headers = client.get(path)
    assert status == 404 and set(body) == {"error"}
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_a_known_route_with_the_wrong_method_is_refused(server, client):
    status, body, _ = client.get("/notes")
    assert status == 405 and set(body) == {"error"}


def test_stop_closes_the_listening_socket(app):
    room = RoomServer(app.on_note, host=LOOPBACK, port=0)
    room.start()
    port = room.port
    Client(port).join(room.join_code)
    assert room.stop()
    assert not room.running
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with probe, pytest.raises(ConnectionRefusedError):
        probe.connect((LOOPBACK, port))


def test_stop_answers_a_request_still_waiting_for_its_commit(app):
    import threading

    app.hold = True
    room = RoomServer(app.on_note, host=LOOPBACK, port=0)
    room.start()
    client = Client(room.port)
    token = client.join(room.join_code)
    answers: list[object] = []
    send = threading.Thread(target=lambda: answers.append(client.post("/notes", _note(token))))
    send.start()
    deadline = time.monotonic() + 10
    while not app.held and time.monotonic() < deadline:
        time.sleep(0.005)
    assert app.held
    assert room.stop()  # the commit never comes: stop does not wait for it
    send.join(10)
    assert answers and answers[0][0] == 503
    assert not app.held[0].cancelled()  # the app's own future is left to the app


def test_a_port_in_use_is_reported_to_the_caller(server, app):
    second = RoomServer(app.on_note, host=LOOPBACK, port=server.port)
    with pytest.raises(OSError):
        second.start()
    assert not second.running
    assert second.stop()


def test_an_app_that_cannot_take_a_note_leaves_it_to_be_sent_again(server, client, app):
    token = client.join(server.join_code)
    taken = app.on_note

    def broken(note):
        raise RuntimeError("no document open")

    server._on_note = broken
    status, body, _ = client.post("/notes", _note(token))
    assert status == 503 and set(body) == {"error"}
    server._on_note = taken
    assert client.post("/notes", _note(token))[1] == {"status": "received"}


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        ("/join", b"[" * 100_000 + b"]" * 100_000),
        ("/notes", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ],
)
def test_json_nested_too_deep_is_refused(server, client, app, path, raw):
    status, body, _ = client.post(path, raw=raw)
    assert status == 400 and set(body) == {"error"}
    _still_running(client, server, app)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "half a character \ud83d"},
        {"text": "\x00\x00"},
        {"text": "\x00 \n"},
    ],
)
def test_text_no_file_could_hold_is_refused(server, client, app, change):
    token = client.join(server.join_code)
    status, body, _ = client.post("/notes", {**_note(token), **change})
    assert status == 400 and set(body) == {"error"}
    assert app.notes == []


def test_a_name_with_half_a_character_is_refused(server, client):
    status, body, _ = client.post("/join", {"code": server.join_code, "name": "S\udc00m"})
    assert status == 400 and "token" not in body


def test_the_code_may_be_typed_in_threes_as_the_room_card_shows_it(server, client):
    code = server.join_code
    status, body, _ = client.post("/join", {"code": f" {code[:3]} {code[3:]} "})
    assert status == 200 and body["token"]


def test_a_stopped_server_lets_go_of_the_app(app):
    """aiohttp caches every handler's middleware chain module-wide: a stopped server must not
    keep the app (the window) alive through its callbacks."""
    import gc
    import weakref

    class Window:
        def on_note(self, note):
            return app.on_note(note)

        def on_phones_changed(self):
            pass

    window = Window()
    room = RoomServer(window.on_note, on_phones_changed=window.on_phones_changed, host=LOOPBACK)
    room.start()
    Client(room.port).join(room.join_code)
    assert room.stop()
    gone = weakref.ref(window)
    del window
    gc.collect()
    assert gone() is None
