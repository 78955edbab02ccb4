"""The room from the window's side: phones' notes and dots written through the document,
in batches, answered only after the commit; the inbox's undo steps; closing stops the
server. Real HTTP on 127.0.0.1 (tests/ui/room/conftest.py allows it and nothing else)."""

from __future__ import annotations

import concurrent.futures
import socket
import urllib.request

import pytest

from costar_desktop.core.model import Co, ParticipantKind, Step
from costar_desktop.storage import faults
from costar_desktop.ui.room.inbox import place_inbox
from tests.room.conftest import LOOPBACK, Client


@pytest.fixture
def pool():
    with concurrent.futures.ThreadPoolExecutor(4) as executor:
        yield executor


@pytest.fixture
def room(window):
    """The sample workshop's window with its room open on 127.0.0.1 (any free port)."""
    assert window.room.open_room(LOOPBACK, 0)
    yield window.room.controller
    window.room.close_room()


def _send(qtbot, pool, call, *args, **kwargs):
    """Run an HTTP call on a worker thread (the Qt thread must stay free to commit) and
    wait for its answer."""
    future = pool.submit(call, *args, **kwargs)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def _note(token, key="k1", text="Peer support on Tuesdays", **extra):
    return {"token": token, "key": key, "text": text, **extra}


def test_a_phones_note_is_in_the_file_before_the_phone_hears_received(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code, kind="carer", name="Sam")
    status, body, _ = _send(qtbot, pool, client.post, "/notes", _note(token, co="design"))
    assert (status, body) == (200, {"status": "received"})
    saved = window.document.store.inbox()
    assert [(n.text, n.co, n.kind, n.name) for n in saved] == [
        ("Peer support on Tuesdays", Co.DESIGN, ParticipantKind.CARER, "Sam")
    ]
    assert saved[0].phone == "Phone 1"
    assert list(window.document.inbox) == [saved[0].id]
    assert window.room.inbox.count == 1
    assert not window.document.undo_stack.canUndo()  # a phone's note is not the facilitator's step


def test_the_same_note_sent_twice_is_kept_once(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    first = pool.submit(client.post, "/notes", _note(token, key="same"))
    second = pool.submit(client.post, "/notes", _note(token, key="same"))
    qtbot.waitUntil(lambda: first.done() and second.done(), timeout=10000)
    assert sorted(f.result()[1]["status"] for f in (first, second)) == [
        "already received",
        "received",
    ]
    assert len(window.document.store.inbox()) == 1


def test_notes_that_arrive_together_are_written_in_one_transaction(qtbot, window, room, pool):
    client = Client(room.server.port)
    tokens = [_send(qtbot, pool, client.join, room.join_code) for _ in range(4)]
    with faults.counting() as counted:
        sent = [
            pool.submit(client.post, "/notes", _note(t, key=f"k{i}")) for i, t in enumerate(tokens)
        ]
        qtbot.waitUntil(lambda: all(f.done() for f in sent), timeout=10000)
    assert all(f.result()[0] == 200 for f in sent)
    assert len(window.document.inbox) == 4
    commits = [where for where in counted.reached if where == "commit"]
    assert 1 <= len(commits) < 4, counted.reached


def test_a_note_that_cannot_be_saved_is_not_received_and_nothing_changes(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    with faults.failing_at(1):
        status, body, _ = _send(qtbot, pool, client.post, "/notes", _note(token))
    assert status == 503 and "send it again" in body["error"]
    assert window.document.store.inbox() == [] and window.document.inbox == {}
    status, body, _ = _send(qtbot, pool, client.post, "/notes", _note(token))  # sent again
    assert (status, body) == (200, {"status": "received"})
    assert len(window.document.store.inbox()) == 1


def test_straight_onto_the_star_skips_the_inbox(qtbot, window, room, pool):
    window.menu_actions["room.straight"].trigger()
    assert room.straight_onto_star
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code, kind="service_user", name="Ana")
    before = set(window.document.notes)
    status, _, _ = _send(qtbot, pool, client.post, "/notes", _note(token, co="deliver"))
    assert status == 200
    new = [window.document.notes[i] for i in set(window.document.notes) - before]
    assert len(new) == 1 and new[0].text == "Peer support on Tuesdays"
    assert new[0].co == Co.DELIVER  # placed in the Co the writer chose
    author = window.document.participants[new[0].author_id]
    assert (author.name, author.kind) == ("Ana", ParticipantKind.SERVICE_USER)
    assert window.document.inbox == {}


def test_an_anonymous_note_has_no_author_and_goes_to_the_parking_area(qtbot, window, room, pool):
    room.straight_onto_star = True
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    before = set(window.document.notes)
    _send(qtbot, pool, client.post, "/notes", _note(token))
    (new,) = [window.document.notes[i] for i in set(window.document.notes) - before]
    assert new.author_id is None and new.co is None


def test_putting_inbox_notes_on_the_star_is_one_undo_step(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code, name="Jo")
    for key in ("a", "b"):
        _send(
            qtbot,
            pool,
            client.post,
            "/notes",
            _note(token, key=key, text=f"Idea {key}", co="assess"),
        )
    document = window.document
    waiting = dict(document.inbox)
    notes_before, people_before = dict(document.notes), dict(document.participants)
    window.menu_actions["room.place_all"].trigger()
    assert document.inbox == {}
    placed = [n for i, n in document.notes.items() if i not in notes_before]
    assert sorted(n.text for n in placed) == ["Idea a", "Idea b"]
    assert all(n.co == Co.ASSESS for n in placed)
    assert len({(n.x, n.y) for n in placed}) == 2  # side by side, not on top of each other
    (jo,) = [p for i, p in document.participants.items() if i not in people_before]
    assert jo.name == "Jo" and all(n.author_id == jo.id for n in placed)
    assert document.undo()
    assert document.inbox == waiting and document.notes == notes_before
    assert document.participants == people_before
    assert document.redo() and document.inbox == {}


def test_turning_down_and_editing_in_the_inbox_are_undo_steps(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    _send(qtbot, pool, client.post, "/notes", _note(token, text="typo hre"))
    document, panel = window.document, window.room.inbox
    window.room.show_inbox(True)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    (item_id,) = document.inbox
    from costar_desktop.ui.model.commands import EditInboxCommand

    assert panel.push(EditInboxCommand(document, item_id, "typo here"))
    assert document.inbox[item_id].text == "typo here"
    panel.list.setCurrentRow(0)
    assert panel.turn_down_selected()
    assert document.inbox == {} and document.store.inbox() == []
    assert document.undo() and document.inbox[item_id].text == "typo here"
    assert document.undo() and document.inbox[item_id].text == "typo hre"


def test_place_inbox_reuses_a_writer_already_on_the_star(window):
    from costar_desktop.core.model import InboxNote

    document = window.document
    someone = next(iter(document.participants.values()))
    items = [
        InboxNote(
            text="x", co=None, step=Step.MAP, kind=someone.kind, name=someone.name, phone="Phone 2"
        ),
        InboxNote(text="y", co=Co.DESIGN, step=Step.MAP, kind=None, name="", phone="Phone 3"),
    ]
    notes, authors = place_inbox(document, items)
    assert authors == [] and notes[0].author_id == someone.id and notes[1].author_id is None


def _focus(window, qtbot=None):
    window.menu_actions[f"steps.go.{Step.FOCUS.value}"].trigger()
    assert window.document.workshop.current_step == Step.FOCUS
    room = window.room.controller
    if qtbot is not None and room.server is not None:  # the phones hear of it
        qtbot.waitUntil(lambda: (room.server.shared or {}).get("voting") is True)


def test_a_phone_gives_and_takes_back_dots_within_its_budget(qtbot, window, room, pool):
    _focus(window, qtbot)
    document = window.document
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code, name="Kim")
    target = room.shared_state(document)["notes"][0]["id"]
    budget = document.workshop.vote_budget
    for i in range(budget):
        status, body, _ = _send(
            qtbot,
            pool,
            client.post,
            "/votes",
            {"token": token, "key": f"v{i}", "note": target, "give": True},
        )
        assert status == 200, body
    votes_before = dict(document.votes)
    status, body, _ = _send(
        qtbot,
        pool,
        client.post,
        "/votes",
        {"token": token, "key": "over", "note": target, "give": True},
    )
    assert status == 409 and "no dots left" in body["error"]
    assert document.votes == votes_before
    status, body, _ = _send(
        qtbot,
        pool,
        client.post,
        "/votes",
        {"token": token, "key": "back", "note": target, "give": False},
    )
    assert status == 200
    kim = [p for p in document.participants.values() if p.name == "Kim"]
    assert len(kim) == 1
    assert sum(1 for v in document.votes.values() if v.voter_id == kim[0].id) == budget - 1


def test_two_phones_on_one_network_address_each_have_their_own_dots(qtbot, window, room, pool):
    _focus(window, qtbot)
    client = Client(room.server.port)
    first = _send(qtbot, pool, client.join, room.join_code)
    second = _send(qtbot, pool, client.join, room.join_code)
    target = room.shared_state(window.document)["notes"][0]["id"]
    budget = window.document.workshop.vote_budget
    for token in (first, second):
        for i in range(budget):
            status, body, _ = _send(
                qtbot,
                pool,
                client.post,
                "/votes",
                {"token": token, "key": f"v{i}", "note": target, "give": True},
            )
            assert status == 200, body


def test_no_dots_outside_focus(qtbot, window, room, pool):
    assert window.document.workshop.current_step != Step.FOCUS
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    note = next(iter(window.document.notes))
    status, body, _ = _send(
        qtbot, pool, client.post, "/votes", {"token": token, "key": "v", "note": note, "give": True}
    )
    assert status == 409
    assert "not open" in body["error"]


def test_what_phones_see_follows_the_step_and_hides_hidden_dots(qtbot, window, room):
    document = window.document
    state = room.shared_state(document)
    assert state["step"] == document.workshop.current_step.value
    assert state["question"] and state["voting"] is False and state["notes"] == []
    assert room.dot_state(document) is None  # no dots outside Focus
    _focus(window, qtbot)
    state = room.shared_state(document)
    assert state["voting"] and state["notes"]
    assert all(len(n["text"]) <= 280 for n in state["notes"])
    assert all(n["dots"] is None for n in state["notes"])  # the dots go on their own
    dots = room.dot_state(document)
    assert dots and set(dots) <= {n["id"] for n in state["notes"]}
    # ...and reach the phones, as the server last published them.
    qtbot.waitUntil(lambda: (room.server.shared or {}).get("voting") is True)
    window.menu_actions["steps.hide_dots"].trigger()
    assert room.shared_state(document)["hidden"] and room.dot_state(document) is None


def test_a_phone_hears_of_dots_given_at_the_screen(qtbot, window, room, pool):
    """What the phones are sent changes only with what they see: a dot given at the screen
    reaches them in a small "dots" message."""
    import json as _json

    _focus(window, qtbot)
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    request = urllib.request.Request(
        f"http://{LOOPBACK}:{room.server.port}/state", headers={"Authorization": f"Bearer {token}"}
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def state():
        with opener.open(request, timeout=10) as response:
            return _json.loads(response.read())

    before = _send(qtbot, pool, state)["dots"]
    target = room.shared_state(window.document)["notes"][0]["id"]
    from costar_desktop.core.model import Participant

    voter = Participant(name="Someone at the screen")
    window.document.add_participant(voter)
    window.editor.session.set_voter(voter.id)
    assert window.editor.give_dot(target)
    qtbot.waitUntil(lambda: _send(qtbot, pool, state)["dots"] != before, timeout=5000)
    assert _send(qtbot, pool, state)["dots"][target] == before.get(target, 0) + 1


def _listening(port):
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        return probe.connect_ex((LOOPBACK, port)) == 0
    finally:
        probe.close()


def test_closing_the_room_stops_listening(window, room):
    port = room.server.port
    assert _listening(port)
    window.menu_actions["room.close"].trigger()
    assert not room.is_open and not _listening(port)
    assert not window.menu_actions["room.close"].isEnabled()


def test_closing_the_workshop_closes_the_room(window, room):
    port = room.server.port
    window.close_workshop()
    assert not room.is_open and not _listening(port)


def test_a_read_only_workshop_cannot_open_the_room(window, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(type(window.document), "read_only", property(lambda self: True))
    assert not window.room.open_room(LOOPBACK, 0)
    assert "read-only" in said[0] and not window.room.controller.is_open


@pytest.fixture
def loopback_dialog(monkeypatch):
    """Room → Open the room… answers "Open" with 127.0.0.1 and any free port (tests never
    listen on this machine's other addresses)."""
    from PySide6.QtWidgets import QDialog

    from costar_desktop.ui.room.dialog import OpenRoomDialog

    shown = []

    def exec_(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenRoomDialog, "exec", exec_)
    monkeypatch.setattr(OpenRoomDialog, "chosen", lambda dialog: (LOOPBACK, 0))
    return shown


def test_the_keyboard_opens_the_room_shows_how_to_join_and_closes_it(
    qtbot, window, loopback_dialog
):
    from PySide6.QtCore import Qt

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    room = window.room.controller
    # "Join" (Ctrl+Shift+J, the floating bar's button) in a closed room opens it first.
    qtbot.keyClick(window, Qt.Key.Key_J, ctrl_shift)
    assert len(loopback_dialog) == 1 and room.is_open
    card = window.room.card
    assert card is not None and card.isVisible()
    assert window.menu_actions["room.card"].isChecked()
    assert card.geometry().intersects(window.editor.view.geometry())
    assert not card.geometry().intersects(
        window.editor.banner.geometry()
    )  # the question stays readable
    qtbot.keyClick(window, Qt.Key.Key_J, ctrl_shift)  # hide it
    assert window.room.card is None and room.is_open
    port = room.server.port
    qtbot.keyClick(window, Qt.Key.Key_W, ctrl_shift)
    assert not room.is_open and not _listening(port)


def test_room_details_shows_the_code_while_open(qtbot, window, room, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from costar_desktop.ui.room.tools import RoomDetailsDialog

    seen = []

    def exec_(dialog):
        seen.append((dialog.card.isVisibleTo(dialog), dialog.count.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RoomDetailsDialog, "exec", exec_)
    window.menu_actions["room.open"].trigger()
    assert seen == [(True, "No phone has joined yet.")]
    assert room.is_open  # looking at the details does not reopen the room with a new code


def test_a_removed_phone_is_refused_at_once(qtbot, window, room, pool):
    from costar_desktop.ui.room.tools import PhonesDialog

    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code, name="Lee")
    qtbot.waitUntil(lambda: len(room.phones()) == 1)
    dialog = PhonesDialog(room, window)
    assert dialog.list.count() == 1 and "Lee" in dialog.list.item(0).text()
    assert dialog.remove_current()
    status, body, _ = _send(qtbot, pool, client.post, "/notes", _note(token))
    assert status == 401 and window.document.inbox == {}
    dialog.reject()


def test_stopping_joining_turns_new_phones_away_but_keeps_the_others(qtbot, window, room, pool):
    client = Client(room.server.port)
    token = _send(qtbot, pool, client.join, room.join_code)
    window.menu_actions["room.joining"].trigger()
    assert not room.joining
    status, _, _ = _send(qtbot, pool, client.post, "/join", {"code": room.join_code})
    assert status == 403
    status, _, _ = _send(qtbot, pool, client.post, "/notes", _note(token))
    assert status == 200


def test_room_details_show_the_code_large_enough_for_the_room(window, room):
    from costar_desktop.ui.room.tools import RoomDetailsDialog

    dialog = RoomDetailsDialog(window.room, window)
    dialog.show()
    # The card scales with the window behind it: on a 900-pixel window the code is at
    # least JOIN_CODE_PX_AT_1080 scaled to it, and the QR code a real square.
    from costar_desktop.ui.appearance import appearance
    from costar_desktop.ui.canvas.readable import JOIN_CODE_PX_AT_1080, px_for

    least = round(px_for(JOIN_CODE_PX_AT_1080, window.height(), appearance().text_scale))
    assert dialog.card.code_label.font().pixelSize() >= least
    assert dialog.card.qr.width() >= 200 and dialog.card.height() >= 200
    dialog.reject()
