"""Handing a workshop out to tables and bringing their files back (storage/breakout.py):
real files on disk, the refusals a facilitator can meet, and what is kept when."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from costar_desktop.cli import main as costar
from costar_desktop.core.merge import THEIRS, diff
from costar_desktop.core.model import InboxNote, Note
from costar_desktop.storage import SaveFailed, WorkshopFile
from costar_desktop.storage.breakout import (
    check_table_names,
    end_breakout,
    hand_out,
    plan_bring_back,
    read_table_files,
    table_file_name,
)
from costar_desktop.storage.breakout_store import unpack


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def host_path(tmp_path) -> Path:
    path = tmp_path / "Day one.costar"
    assert costar(["demo", str(path)]) == 0
    return path


@pytest.fixture
def sticks(tmp_path) -> Path:
    folder = tmp_path / "sticks"
    folder.mkdir()
    return folder


def test_hand_out_writes_one_complete_file_per_table(host_path, sticks):
    with WorkshopFile.open(host_path) as host:
        host.add_inbox([InboxNote(text="From a phone, waiting")])
        before = host.rows()
        done = hand_out(host, ["Carers", "Young people"], sticks)
        records = host.running_tables()
        workshop_id = host.workshop().id
    assert [p.name for p in done.files] == [
        "Day one - Carers.costar",
        "Day one - Young people.costar",
    ]
    assert [r.name for r in records] == ["Carers", "Young people"]
    assert all(r.baseline for r in records)
    for path, record in zip(done.files, records, strict=True):
        with WorkshopFile.open(path) as table:
            of = table.table_of()
            assert of is not None
            assert (of.table_id, of.table_name, of.workshop_id) == (
                record.id,
                record.name,
                workshop_id,
            )
            assert diff(before, table.rows()).empty  # the whole workshop, as it was
            assert table.tombstones() == frozenset()
            assert table.table_records() == []  # no baselines of the host's in a table's file
            assert table.inbox() == []  # phones' notes wait on the shared screen's laptop


def test_hand_out_refuses_what_would_go_wrong(host_path, sticks):
    with pytest.raises(ValueError, match="same name"):
        check_table_names(["Table 1", "table 1"])
    with pytest.raises(ValueError, match="needs a name"):
        check_table_names(["Table 1", "  "])
    with WorkshopFile.open(host_path) as host:
        hand_out(host, ["A"], sticks)
        with pytest.raises(SaveFailed, match="already in that folder"):
            hand_out(host, ["A"], sticks)
        with pytest.raises(SaveFailed, match="does not exist"):
            hand_out(host, ["B"], sticks / "missing")
        assert len(host.running_tables()) == 1
    with WorkshopFile.open(sticks / "Day one - A.costar") as table:
        with pytest.raises(SaveFailed, match="table's copy"):
            hand_out(table, ["C"], sticks)


def test_file_names_are_safe_everywhere():
    assert table_file_name(Path("w.costar"), 'Carers: "north"/south') == (
        "w - Carers_ _north__south.costar"
    )
    assert table_file_name(Path("w.costar"), "Table 1. ") == "w - Table 1.costar"


def test_a_hand_out_that_fails_leaves_no_file_and_records_nothing(host_path, sticks):
    def refuse(_changes) -> None:
        raise SaveFailed("Not saved: the disk is full.")

    with WorkshopFile.open(host_path) as host:
        with pytest.raises(SaveFailed):
            hand_out(host, ["A", "B"], sticks, record=refuse)
        assert host.running_tables() == []
    assert list(sticks.iterdir()) == []


def edit_table(path: Path) -> dict[str, str]:
    """A table's day: a note added, one edited, one deleted, a dot. Returns their ids."""
    with WorkshopFile.open(path) as table:
        notes = [n for n in table.notes() if n.kind == "note" and n.group_id is None]
        new = Note(text="Ask carers before changing visiting hours", x=420.0, y=-260.0)
        table.add_notes([new])
        table.update_notes({notes[0].id: {"text": "Edited at the table"}})
        table.delete_notes([notes[1].id])
        return {"new": new.id, "edited": notes[0].id, "deleted": notes[1].id}


def test_bring_back_merges_and_a_second_time_changes_nothing(host_path, sticks):
    with WorkshopFile.open(host_path) as host:
        done = hand_out(host, ["A", "B"], sticks)
    ids = edit_table(done.files[0])
    with WorkshopFile.open(host_path) as host:
        before = host.rows()
        tables, refused = read_table_files(host, done.files)
        assert refused == []
        bring = plan_bring_back(host, tables)
        assert bring.summaries[0]["added"] == {"notes": 1}
        assert bring.summaries[1]["added"] == {}
        host.apply_row_changes(bring.changes)
        notes = {n.id: n for n in host.notes()}
        assert notes[ids["edited"]].text == "Edited at the table"
        assert ids["new"] in notes and ids["deleted"] not in notes
        assert [m.table_name for m in host.merge_records()] == ["A"]  # B brought nothing
        again = plan_bring_back(host, read_table_files(host, done.files)[0])
        assert again.changes.empty
        # Undo puts every row back as it was.
        host.apply_row_changes(bring.undo)
        assert diff(before, host.rows()).empty
        assert host.merge_records() == []


def test_a_conflict_chosen_either_way(host_path, sticks):
    with WorkshopFile.open(host_path) as host:
        done = hand_out(host, ["A"], sticks)
    ids = edit_table(done.files[0])
    with WorkshopFile.open(host_path) as host:
        host.update_notes({ids["edited"]: {"text": "Edited on the shared screen"}})
        tables, _ = read_table_files(host, done.files)
        bring = plan_bring_back(host, tables)
        (conflict,) = bring.plan.conflicts
        texts = {n.text for n in _notes_after(host, bring)}
        assert {"Edited on the shared screen", "[A] Edited at the table"} <= texts
        theirs = plan_bring_back(host, tables, {conflict.id: THEIRS})
        texts = {n.text for n in _notes_after(host, theirs)}
        assert "Edited at the table" in texts and "Edited on the shared screen" not in texts


def _notes_after(host: WorkshopFile, bring) -> list[Note]:
    with host.transaction():
        host.apply_row_changes(bring.changes)
        notes = host.notes()
        host.apply_row_changes(bring.undo)
    return notes


def refusal(host_path: Path, path: Path) -> str:
    before = digest(path)
    with WorkshopFile.open(host_path) as host:
        tables, refused = read_table_files(host, [path])
    assert tables == [] and len(refused) == 1
    assert digest(path) == before, "a refused file must not be changed"
    return refused[0].message


def test_refusals_leave_the_file_untouched(host_path, sticks, tmp_path):
    with WorkshopFile.open(host_path) as host:
        done = hand_out(host, ["A"], sticks)
    other = tmp_path / "Other.costar"
    assert costar(["demo", str(other)]) == 0
    assert "not a table's file" in refusal(host_path, other)
    junk = tmp_path / "junk.costar"
    junk.write_bytes(b"\x00" * 4096)
    assert "It was not changed" in refusal(host_path, junk)
    assert "is the workshop itself" in refusal(host_path, host_path)
    # A table's file of another workshop.
    with WorkshopFile.open(other) as foreign_host:
        (foreign_table,) = hand_out(foreign_host, ["A"], tmp_path, overwrite=True).files
    assert "another workshop" in refusal(host_path, foreign_table)
    # A table's file handed out from another copy of this workshop.
    copy = tmp_path / "Copy.costar"
    with WorkshopFile.open(host_path) as host:
        host.write_copy(copy)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with WorkshopFile.open(copy) as twin:
        (twin_table,) = hand_out(twin, ["A"], elsewhere).files
    assert "does not know" in refusal(host_path, twin_table)
    # Saved by a newer version.
    newer = tmp_path / "newer.costar"
    newer.write_bytes(done.files[0].read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert "newer version" in refusal(host_path, newer)
    # Once the breakout has ended.
    with WorkshopFile.open(host_path) as host:
        host.apply_row_changes(end_breakout(host)[0])
    assert "breakout that has ended" in refusal(host_path, done.files[0])


def test_an_older_file_is_upgraded_on_a_copy_only(host_path, tmp_path):
    from tests.storage.old_files import write_old_version

    old = tmp_path / "old.costar"
    write_old_version(host_path, old, 4)
    assert "not a table's file" in refusal(host_path, old)


def test_the_same_table_twice_is_read_once(host_path, sticks, tmp_path):
    with WorkshopFile.open(host_path) as host:
        done = hand_out(host, ["A"], sticks)
    twin = tmp_path / "A again.costar"
    twin.write_bytes(done.files[0].read_bytes())
    with WorkshopFile.open(host_path) as host:
        tables, refused = read_table_files(host, [done.files[0], twin])
    assert len(tables) == 1 and "already chosen" in refused[0].message


def test_ending_the_breakout_wipes_baselines_and_tombstones(host_path, sticks):
    secret = "Lisa said her brother is in hospital"
    with WorkshopFile.open(host_path) as host:
        host.add_notes([Note(text=secret, x=0.0, y=-1500.0)])
        hand_out(host, ["A"], sticks)
        host.delete_notes([n.id for n in host.notes() if n.text == secret])
        assert host.tombstones()
        (record,) = host.running_tables()
    assert record.baseline is not None
    assert secret in str(unpack(record.baseline))  # the deleted words live on in the baseline
    pieces = pieces_of(record.baseline)
    assert pieces_found(host_path, pieces) > len(pieces) // 2  # so the check below can fail
    with WorkshopFile.open(host_path) as host:
        change, undo = end_breakout(host)
        host.apply_row_changes(change)
        assert host.running_tables() == [] and host.tombstones() == frozenset()
    assert secret.encode() not in host_path.read_bytes()
    assert pieces_found(host_path, pieces) == 0  # secure_delete wiped the baseline's pages
    with WorkshopFile.open(host_path) as host:
        host.apply_row_changes(undo)  # undo within the session brings them back
        assert len(host.running_tables()) == 1


def pieces_of(blob: bytes, size: int = 64) -> list[bytes]:
    """The blob in pieces small enough to lie within one page of the file each (a large
    blob is spread over pages, so the whole is never found in the file's bytes)."""
    return [blob[i : i + size] for i in range(0, len(blob) - size, size)]


def pieces_found(path: Path, pieces: list[bytes]) -> int:
    raw = path.read_bytes()
    return sum(piece in raw for piece in pieces)


def test_a_table_file_with_text_longer_than_the_app_keeps_is_refused(host_path, sticks):
    with WorkshopFile.open(host_path) as host:
        (path,) = hand_out(host, ["A"], sticks).files
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET text = ? WHERE rowid = 1", ("ŵ" * 25_000,))
    conn.commit()
    conn.close()
    assert "cannot use as they are" in refusal(host_path, path)
