"""Schema version 5: every key NOT NULL (tables made again without losing a row), and
tombstones — which rows were deleted, by key, never any text — for bringing tables back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from costar_desktop.core.model import InboxNote, Note
from costar_desktop.storage import SCHEMA_VERSION, WorkshopFile, values
from costar_desktop.storage.errors import NeedsRepair
from costar_desktop.storage.schema import TOMBSTONED, expected_schema
from tests.reliability.harness import V1_FILE
from tests.storage.old_files import rows_in_columns, shape_of, value_of, write_old_version

#: The tables that are made again, and their keys.
KEYED = {
    "meta": "key",
    "workshop": "id",
    "participants": "id",
    "notes": "id",
    "votes": "id",
    "people": "id",
    "market_items": "id",
    "actions": "id",
}


def _schema(conn: sqlite3.Connection) -> frozenset:
    return frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _tombstones(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT tbl, key FROM tombstones"))


def test_a_new_file_is_version_5_with_the_new_tables_and_their_triggers(demo_file):
    assert SCHEMA_VERSION >= 5
    with WorkshopFile.open(demo_file) as wf:
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        schema = _schema(wf.conn)
        assert _tombstones(wf.conn) == set()
    assert schema == expected_schema(SCHEMA_VERSION)
    names = {(kind, name) for kind, name, _t, _s in schema}
    for table in ("tombstones", "breakouts", "breakout_tables", "merges", "table_of"):
        assert ("table", table) in names
        assert ("table", table) not in {(r[0], r[1]) for r in expected_schema(4)}
    triggers = sorted(name for kind, name in names if kind == "trigger")
    assert len(triggers) == 16
    assert triggers == sorted(f"{t}_{when}" for t in TOMBSTONED for when in ("added", "deleted"))


def test_every_primary_key_of_a_new_file_is_not_null(demo_file):
    conn = sqlite3.connect(demo_file)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    keys = {
        (table, name): notnull
        for table in tables
        for _cid, name, _type, notnull, _default, pk in conn.execute(f"PRAGMA table_info({table})")
        if pk
    }
    conn.close()
    assert len(tables) == 18  # version 6 adds the agenda and the programme
    assert {t for t, _c in keys} == set(tables)  # every table has a key
    assert [k for k, notnull in keys.items() if not notnull] == []


@pytest.mark.parametrize("table", KEYED)
def test_sqlite_refuses_a_row_without_a_key(demo_file, table):
    conn = sqlite3.connect(demo_file)
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    key = KEYED[table]
    picks = ", ".join("NULL" if c == key else c for c in columns)
    with pytest.raises(sqlite3.IntegrityError, match=f"NOT NULL constraint failed: {table}.{key}"):
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picks} FROM {table}")
    conn.close()


def _a_version_old_file(demo_file: Path, tmp_path: Path, version: int) -> Path:
    with WorkshopFile.open(demo_file) as wf:  # something in every table an old file had
        wf.add_inbox([InboxNote(text="From a phone")])
    old = tmp_path / f"v{version}.costar"
    write_old_version(demo_file, old, version)
    return old


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_old_file_is_upgraded_with_every_row_kept(demo_file, tmp_path, version):
    old = _a_version_old_file(demo_file, tmp_path, version)
    shape = shape_of(old)
    before = rows_in_columns(old, shape)
    # Dots, links and notes in groups: what a dropped parent's ON DELETE would have taken.
    assert before["votes"] and before["notes"] and before["participants"]
    if version >= 2:
        assert before["people_links"] and before["action_links"]
        group = shape["notes"].index("group_id") + 1
        assert any(value_of(r[group]) for r in before["notes"])
    with WorkshopFile.open(old) as wf:
        assert wf.repairs == []
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert wf.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert wf.integrity_ok()
        assert _tombstones(wf.conn) == set()
        upgraded = _schema(wf.conn)
        notes = wf.snapshot().notes
    assert upgraded == expected_schema(SCHEMA_VERSION)
    assert rows_in_columns(old, shape) == before  # each value's type and bytes, and rowid
    assert [n.id for n in notes] == [value_of(r[1]) for r in before["notes"]]


def test_the_version_1_file_from_the_past_is_upgraded_with_every_row_kept(tmp_path):
    path = tmp_path / "v1.costar"
    shutil.copyfile(V1_FILE, path)
    shape = shape_of(path)
    before = rows_in_columns(path, shape)
    assert sum(map(len, before.values())) > 30
    with WorkshopFile.open(path) as wf:
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _schema(wf.conn) == expected_schema(SCHEMA_VERSION)
    assert rows_in_columns(path, shape) == before


def test_text_that_is_not_utf_8_goes_through_the_upgrade_byte_for_byte(demo_file, tmp_path):
    old = _a_version_old_file(demo_file, tmp_path, 4)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("UPDATE notes SET text = CAST(x'4869ff00fe' AS TEXT) WHERE rowid = 1")
    conn.execute("UPDATE notes SET text = x'0102' WHERE rowid = 2")  # a blob stays a blob
    conn.close()
    shape = shape_of(old)
    before = rows_in_columns(old, shape)
    data, repairs = WorkshopFile.read_all(old)  # for reading: upgraded, values told
    assert repairs
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute(
        "SELECT typeof(text), hex(CAST(text AS BLOB)) FROM notes WHERE rowid <= 2 ORDER BY rowid"
    ).fetchall() == [("text", "4869FF00FE"), ("blob", "0102")]
    conn.close()
    assert rows_in_columns(old, shape) == before


def _spoil_keys(path: Path) -> None:
    """Rows with no key, as another program could write them in a version 4 file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO notes (id, text, x, y, width, height, colour, step, created, updated) "
        "SELECT NULL, 'A note with no id', x + 5, y + 5, width, height, colour, step, created, "
        "updated FROM notes WHERE kind = 'note' LIMIT 1"
    )
    conn.execute(
        "INSERT INTO votes (id, note_id, voter_id, created) "
        "SELECT NULL, note_id, voter_id, created FROM votes LIMIT 2"
    )
    conn.execute("INSERT INTO meta (key, value) VALUES (NULL, 'no key')")
    conn.execute("COMMIT")
    conn.close()


def test_a_version_4_file_with_rows_without_keys_is_refused_for_repair_and_not_changed(
    demo_file, tmp_path
):
    old = _a_version_old_file(demo_file, tmp_path, 4)
    _spoil_keys(old)
    before = old.read_bytes()
    with pytest.raises(NeedsRepair) as caught:
        WorkshopFile.open(old)
    assert old.read_bytes() == before  # not upgraded: version 4, every byte
    said = [str(r) for r in caught.value.repairs]
    assert sum("its id is not a valid id; it was given a new one" in s for s in said) == 3, said
    assert any("A note with no id" in s for s in said)
    # The repaired copy is a version 5 file that keeps the rows, each with an id of its own.
    copy = tmp_path / "repaired.costar"
    WorkshopFile.create(copy, data=caught.value.data, inbox=caught.value.inbox).close()
    with WorkshopFile.open(copy) as wf:
        assert wf.repairs == []
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        data = wf.snapshot()
        assert wf.inbox() == caught.value.inbox != []
    conn = sqlite3.connect(old)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("notes", "votes")]
    conn.close()
    assert [len(data.notes), len(data.votes)] == counts
    ids = [n.id for n in data.notes] + [v.id for v in data.votes]
    assert all(values.ident(i) == i for i in ids) and len(set(ids)) == len(ids)


def test_a_repaired_copy_carries_neither_tombstones_nor_breakouts(demo_file, tmp_path):
    with WorkshopFile.open(demo_file) as wf:
        wf.delete_notes([wf.snapshot().notes[0].id])
        assert _tombstones(wf.conn)
        data = wf.snapshot()
    copy = tmp_path / "copy.costar"
    WorkshopFile.create(copy, data=data).close()
    with WorkshopFile.open(copy) as wf:
        assert _tombstones(wf.conn) == set()
        assert len(wf.snapshot().notes) == len(data.notes)


def _linked_note(wf: WorkshopFile) -> Note:
    """A note with dots, a co-producer's link and an action's link."""
    data = wf.snapshot()
    for note in data.notes:
        dep = wf.note_dependants([note.id])
        if dep.votes and dep.people_links and dep.action_links:
            return note
    raise AssertionError("the sample has no note with dots and both kinds of link")


def test_deleting_a_note_leaves_tombstones_for_it_and_all_that_went_with_it(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        note = _linked_note(wf)
        dep = wf.note_dependants([note.id])
        wf.delete_notes([note.id])  # the file's ON DELETE CASCADE takes the dots and links
        stones = _tombstones(wf.conn)
        assert stones == (
            {("notes", note.id)}
            | {("votes", v.id) for v in dep.votes}
            | {("people_links", f"{p} {n}") for p, n in dep.people_links}
            | {("action_links", f"{a} {n}") for a, n in dep.action_links}
        )
        # A tombstone holds keys only: the note's text is nowhere in the table.
        assert note.text not in repr(list(wf.conn.execute("SELECT * FROM tombstones")))
        wf.restore_notes([note], dep)  # what undo does
        assert _tombstones(wf.conn) == set()


@pytest.mark.parametrize("table", TOMBSTONED)
def test_each_tables_deleted_rows_leave_a_tombstone_until_they_come_back(demo_file, table):
    conn = sqlite3.connect(demo_file, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    key = TOMBSTONED[table]
    row = conn.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()
    assert row is not None, table
    named = dict(zip(columns, row, strict=True))
    conn.execute(f"DELETE FROM {table} WHERE rowid = (SELECT max(rowid) FROM {table})")
    stones = set(conn.execute("SELECT tbl, key FROM tombstones WHERE tbl = ?", (table,)))
    assert (table, " ".join(named[c] for c in key)) in stones
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(row))})", row
    )
    assert set(conn.execute("SELECT tbl, key FROM tombstones WHERE tbl = ?", (table,))) == (
        stones - {(table, " ".join(named[c] for c in key))}
    )
    conn.close()


def test_tombstones_and_breakouts_go_with_save_as_copies_and_backups(demo_file, tmp_path):
    from costar_desktop.storage.backups import BackupStore

    with WorkshopFile.open(demo_file) as wf:
        wf.delete_notes([wf.snapshot().notes[0].id])
        wf.conn.execute("BEGIN")
        wf.conn.execute("INSERT INTO breakouts (id, handed_out) VALUES ('b1', 'then')")
        wf.conn.execute(
            "INSERT INTO breakout_tables (id, breakout_id, name, position, baseline) "
            "VALUES ('t1', 'b1', 'Table 1', 1, x'789c0300000000')"
        )
        wf.conn.execute("COMMIT")
        stones = _tombstones(wf.conn)
        wf.write_copy(tmp_path / "copy.costar")
        wf.save_as(tmp_path / "saved-as.costar")
        backup = BackupStore().backup_file(wf, "timed")
    assert backup is not None
    for path in (tmp_path / "copy.costar", tmp_path / "saved-as.costar", backup.path):
        with WorkshopFile.open(path, for_reading=True) as copy:
            assert _tombstones(copy.conn) == stones
            assert copy.conn.execute("SELECT name FROM breakout_tables").fetchall() == [
                ("Table 1",)
            ]


def test_links_to_nothing_in_an_old_file_are_kept_by_the_upgrade_for_the_checks_to_judge(
    demo_file, tmp_path
):
    """Written by another program with foreign keys off: the upgrade neither drops such a
    row nor fails on it; the values check tells, as it did before version 5."""
    old = _a_version_old_file(demo_file, tmp_path, 4)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("UPDATE votes SET note_id = 'gone' WHERE rowid = 1")
    conn.execute("UPDATE notes SET group_id = 'gone' WHERE rowid = 1")
    conn.close()
    before = old.read_bytes()
    with pytest.raises(NeedsRepair):
        WorkshopFile.open(old)
    assert old.read_bytes() == before
    shape = shape_of(old)
    rows = rows_in_columns(old, shape)
    _data, repairs = WorkshopFile.read_all(old)  # for reading: upgraded, the links told
    assert len(repairs) >= 2
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(conn.execute("PRAGMA foreign_key_check").fetchall()) == 2
    conn.close()
    assert rows_in_columns(old, shape) == rows


def test_the_new_tables_are_not_part_of_the_workshops_data():
    assert set(values.TABLES).isdisjoint(
        {"tombstones", "breakouts", "breakout_tables", "merges", "table_of", "meta", "inbox"}
    )
