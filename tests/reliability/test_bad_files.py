"""Promise: a newer, foreign, truncated, zeroed or random file is refused in the window with a
plain message, and afterwards it is byte for byte as it was (with nothing added beside it) —
also when a backup of it exists and the offer to restore it is declined.
(The same refusals without a window: tests/storage/test_refusals.py; fuzzed: test_fuzz_open.py.)
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from costar_desktop.storage import SCHEMA_VERSION


def newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def foreign(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {0x12345678}")
    conn.commit()
    conn.close()


def truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def zeroed(path):
    data = bytearray(path.read_bytes())
    data[4096:20480] = bytes(16384)
    path.write_bytes(bytes(data))


def random_bytes(path):
    path.write_bytes(os.urandom(len(path.read_bytes())))


def changed_by_another_program(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes; END")
    conn.commit()
    conn.close()


CASES = [
    (newer, "newer version of CoStar Desktop"),
    (foreign, "another program"),
    (changed_by_another_program, "changed by another program"),
    (truncated, "damaged"),
    (zeroed, "damaged"),
    (random_bytes, "not a CoStar workshop"),
]


@pytest.mark.parametrize("spoil, words", CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_with_a_message_and_left_byte_identical(
    qtbot, registry, messages, demo_file, spoil, words
):
    window = registry.new_window()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)  # opened once: a backup of it now exists
    window.close_workshop()
    spoil(demo_file)
    before = demo_file.read_bytes()
    listing = sorted(os.listdir(demo_file.parent))
    assert not window.open_path(demo_file)
    assert words in messages[-1]
    assert window.stack.currentWidget() is window.welcome and window.document is None
    assert demo_file.read_bytes() == before
    assert sorted(os.listdir(demo_file.parent)) == listing
