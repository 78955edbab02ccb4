"""The room's window-side tests talk real HTTP on 127.0.0.1 and nowhere else: the loopback
guard of tests/room replaces the root guard here too."""

from tests.room.conftest import no_network  # noqa: F401 - the autouse guard, loopback only
