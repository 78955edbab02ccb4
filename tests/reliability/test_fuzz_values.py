"""Promise: whatever values another program writes into a valid workshop's rows, opening it
never crashes or hangs: it opens, or opens as a repaired copy (which then needs no repair
and draws on the canvas), or is refused with our own plain message; export and report can
read what opens.

Hypothesis writes random values — numbers at and past every edge, infinities, huge and odd
texts, bytes, NULL, ids of other rows — into random columns and rows with plain sqlite3
(CHECK constraints and foreign keys off, as any SQLite tool can), and deletes or copies
rows. A child process opens each file as the window does and draws it (a watchdog: a
crash ends it, and a file taking over HANG_SECONDS counts as a hang).
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from costar_desktop.storage import errors
from costar_desktop.storage.values import RULES
from tests.reliability.harness import ChildServer

HANG_SECONDS = 20.0
OUR_ERRORS = {
    name
    for name in dir(errors)
    if isinstance(getattr(errors, name), type)
    and issubclass(getattr(errors, name), errors.StorageError)
}

COLUMNS = [(table, column) for table, rules in RULES.items() for column in rules]
#: Notes are what the canvas draws (a bad place or size crashed Qt): written to more often.
NOTE_COLUMNS = [c for c in COLUMNS if c[0] == "notes"]

edge_numbers = st.sampled_from(
    [
        0,
        -1,
        1,
        2,
        5,
        6,
        99,
        100,
        2**31,
        2**63 - 1,
        -(2**63),
        0.5,
        -0.0,
        1e-300,
        1e300,
        -1e300,
        float("inf"),
        float("-inf"),
        1600.0,
        2200.0,
        2200.0001,
        -1700.0,
    ]
)
texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "map",
            "group",
            "note",
            "yellow",
            "design",
            "2026-02-30",
            "2026-12-07",
            "x" * 501,
            "y" * 20_001,
            "\x00",
            "🙂" * 30,
            "\u202e reversed",
            "a\r\nb",
        ]
    ),
)
values = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    edge_numbers,
    edge_numbers,
    texts,
    st.binary(max_size=20),
    st.just("LINK"),
)
write = st.tuples(
    st.just("set"),
    st.one_of(st.sampled_from(COLUMNS), st.sampled_from(NOTE_COLUMNS)),
    st.integers(0, 100),
    values,
)
delete = st.tuples(
    st.just("delete"), st.sampled_from(sorted(RULES)), st.integers(0, 100), st.none()
)
copy_row = st.tuples(
    st.just("copy"), st.sampled_from(sorted(RULES)), st.integers(0, 100), st.none()
)
change = st.one_of(write, write, write, delete, copy_row)


def spoil(path: Path, changes) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for kind, where, k, value in changes:
            table, column = where if kind == "set" else (where, None)
            count = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            if not count:
                continue
            rowid = conn.execute(
                f"SELECT rowid FROM [{table}] LIMIT 1 OFFSET ?", (k % count,)
            ).fetchone()[0]
            try:
                if kind == "set":
                    if value == "LINK":  # the id of another row: links, groups, cycles
                        value = conn.execute(
                            "SELECT id FROM notes LIMIT 1 OFFSET ?", (k % 7,)
                        ).fetchone()[0]
                    conn.execute(
                        f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", (value, rowid)
                    )
                elif kind == "delete":
                    conn.execute(f"DELETE FROM [{table}] WHERE rowid = ?", (rowid,))
                else:  # the same row again; for tables with an id, under a new one
                    cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
                    picked = ", ".join("'copy' || id" if c == "id" else f"[{c}]" for c in cols)
                    conn.execute(
                        f"INSERT INTO [{table}] SELECT {picked} FROM [{table}] WHERE rowid = ?",
                        (rowid,),
                    )
            except (
                sqlite3.IntegrityError,
                sqlite3.OperationalError,
                sqlite3.ProgrammingError,
                OverflowError,
            ):
                pass  # NOT NULL, a duplicate key, a text Python cannot send: not written
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server():
    s = ChildServer("values-server", HANG_SECONDS)
    yield s
    s.close()


@functools.cache
def valid_file() -> bytes:
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.storage import WorkshopFile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "valid.costar"
        WorkshopFile.create(path, data=demo_workshop()).close()
        return path.read_bytes()


@settings(
    max_examples=int(os.environ.get("COSTAR_VALUES_EXAMPLES", "120")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=st.lists(change, min_size=1, max_size=6))
def test_any_values_open_repair_or_are_refused_plainly(server, tmp_path_factory, changes):
    folder = tmp_path_factory.mktemp("values")
    path = folder / "altered.costar"
    path.write_bytes(valid_file())
    spoil(path, changes)
    data = path.read_bytes()
    answer = server.ask(path)
    event(answer["outcome"])  # --hypothesis-show-statistics: how often each happens
    assert answer["outcome"] in ("opened", "repaired", "refused"), answer
    if answer["outcome"] == "refused":
        assert answer["error"] in OUR_ERRORS, answer
        assert "altered.costar" in answer["message"], answer
    else:
        assert "repaired_again" not in answer, answer  # one repair makes a good file
        assert answer["drawn"] >= 0 and answer["read_notes"] >= 0
    if answer["outcome"] != "opened":
        assert path.read_bytes() == data, "a file that was refused or repaired was changed"
    shutil.rmtree(folder)
