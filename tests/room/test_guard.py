"""The room's narrower network guard (tests/room/conftest.py) is in force: 127.0.0.1 only.

Checked without a single socket call to anywhere else: a failing guard must not turn into
a real connection."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkUsed
from tests.room import conftest as room


def test_the_loopback_guard_replaces_the_no_socket_guard_here():
    assert socket.socket.connect is room._connect_loopback
    assert socket.socket.bind is room._bind_loopback
    assert socket.getaddrinfo is room._getaddrinfo_loopback
    assert socket.create_connection is room._create_connection_loopback


@pytest.mark.parametrize(
    "address", [("192.0.2.1", 80), ("0.0.0.0", 0), ("::1", 80, 0, 0), ("localhost", 80), "/tmp/x"]
)
def test_anything_but_127_0_0_1_is_refused(address):
    with pytest.raises(NetworkUsed):
        room._loopback_only(address)
    room._loopback_only((room.LOOPBACK, 80))  # and 127.0.0.1 is not
