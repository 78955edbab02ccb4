"""Joining can be closed and opened again; phones are labelled in join order; the app hears
of every join and removal on the server's thread."""

from __future__ import annotations

import time


def test_phones_are_labelled_in_join_order_and_labels_are_never_reused(server, client):
    first = client.join(server.join_code)
    client.join(server.join_code)
    server.remove_phone(first)
    client.join(server.join_code)
    assert [p.label for p in server.registry.phones()] == ["Phone 2", "Phone 3"]


def test_closed_joining_refuses_new_phones_and_keeps_the_others(server, client, app):
    token = client.join(server.join_code)
    server.set_joining(False)
    assert not server.registry.joining
    status, body, _ = client.post("/join", {"code": server.join_code})
    assert status == 403 and body == {"error": "The room is not taking new phones just now."}
    assert client.post("/notes", {"token": token, "key": "k", "text": "Still here"})[0] == 200
    server.set_joining(True)
    client.join(server.join_code)
    assert len(server.registry.phones()) == 2


def test_the_app_hears_of_joins_and_removals_on_the_server_thread(server, client, app):
    token = client.join(server.join_code)
    client.join(server.join_code)
    assert app.phones_changed == 2
    server.remove_phone(token)
    deadline = time.monotonic() + 10
    while app.phones_changed < 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert app.phones_changed == 3
    assert app.threads == {"costar-room-server"}
    server.remove_phone(token)  # not there any more: nothing to hear
    client.join(server.join_code)
    assert app.phones_changed == 4


def test_a_failing_on_phones_changed_does_not_stop_joining(server, client, app):
    def broken() -> None:
        raise RuntimeError("the window is busy")

    server._on_phones_changed = broken
    client.join(server.join_code)
    client.join(server.join_code)
