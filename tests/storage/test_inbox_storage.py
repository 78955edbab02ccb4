"""Schema version 4: the inbox, where notes written on phones wait in the workshop file.

A phone is told "Received" only once its note is saved, so the inbox lives in the file; it
is checked like every other table, upgraded into older files, carried by copies, and never
part of what exports and reports read.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from costar_desktop import output
from costar_desktop.core import export
from costar_desktop.core.model import (
    MAX_INBOX_LABEL_CHARS,
    MAX_NOTE_CHARS,
    Co,
    InboxNote,
    ParticipantKind,
    Step,
)
from costar_desktop.storage import SCHEMA_VERSION, SaveFailed, WorkshopFile
from costar_desktop.storage.errors import ChangedByAnotherProgram, NeedsRepair
from costar_desktop.storage.schema import _KIND_VALUES, expected_schema
from tests.reliability.harness import V1_FILE
from tests.storage.old_files import write_old_version


def _items() -> list[InboxNote]:
    return [
        InboxNote(
            text="A lift that works",
            co=Co.DESIGN,
            step=Step.MAP,
            kind=ParticipantKind.CARER,
            name="Ann",
            phone="Phone 1",
            received="2026-12-07T10:00:00.000Z",
        ),
        InboxNote(text="Quiet room\nplease", phone="Phone 2", received="2026-12-07T10:00:01.000Z"),
        InboxNote(
            text="More buses", co=Co.ASSESS, step=Step.FOCUS, received="2026-12-07T10:00:02.000Z"
        ),
    ]


@pytest.fixture
def wf(demo_file):
    with WorkshopFile.open(demo_file) as store:
        yield store


def test_a_new_file_has_an_empty_inbox_which_came_with_version_4(wf):
    assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert wf.inbox() == []
    assert ("table", "inbox") in {(r[0], r[1]) for r in expected_schema(4)}
    assert ("table", "inbox") not in {(r[0], r[1]) for r in expected_schema(3)}


def test_the_schemas_kinds_are_the_participant_kinds():
    # Frozen in the schema's text (a later kind needs a migration): they agree now.
    assert eval(_KIND_VALUES) == tuple(k.value for k in ParticipantKind)  # noqa: S307


def test_notes_go_in_and_come_back_whole_in_arrival_order(demo_file):
    items = _items()
    with WorkshopFile.open(demo_file) as wf:
        wf.add_inbox(reversed(items))  # the order they arrived in is their time, not the insert
    with WorkshopFile.open(demo_file) as wf:
        back = wf.inbox()
    assert back == items
    assert type(back[0].co) is Co and type(back[0].kind) is ParticipantKind
    assert type(back[2].step) is Step and back[1].kind is None and back[1].co is None


def test_the_inbox_is_not_part_of_the_workshops_data(wf):
    before = wf.snapshot()
    wf.add_inbox(_items())
    after = wf.read_checked()[0]
    assert after == before
    assert "inbox" not in vars(after)


def test_a_text_is_changed_and_notes_are_taken_out(wf):
    items = _items()
    wf.add_inbox(items)
    wf.update_inbox(items[1].id, "Quiet room\r\nplease, near the door")
    wf.delete_inbox([items[0].id, items[2].id])
    assert [(i.id, i.text) for i in wf.inbox()] == [
        (items[1].id, "Quiet room\nplease, near the door")
    ]


def test_writes_in_a_unit_of_work_are_saved_together_or_not_at_all(wf):
    from costar_desktop.storage import faults

    items = _items()
    with pytest.raises(SaveFailed), wf.transaction():
        wf.add_inbox(items[:1])
        with faults.failing_at(1):
            wf.delete_inbox([])
    assert wf.inbox() == []


def _raw(**changes) -> InboxNote:
    item = InboxNote(text="ok")
    for name, value in changes.items():
        setattr(item, name, value)  # as a phone or a hostile caller might bring it, unchecked
    return item


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"text": "x" * (MAX_NOTE_CHARS + 1)}, "limit"),
        ({"text": None}, "text"),
        ({"text": b"bytes"}, "text"),
        ({"name": "n" * (MAX_INBOX_LABEL_CHARS + 1)}, "limit"),
        ({"phone": "p" * (MAX_INBOX_LABEL_CHARS + 1)}, "limit"),
        ({"co": "co-everything"}, "Co"),
        ({"step": "dance"}, "step"),
        ({"step": None}, "step"),
        ({"kind": "robot"}, "kind of writer"),
        ({"received": 12.5}, "time it arrived"),
        ({"received": float("nan")}, "time it arrived"),
        ({"id": ""}, "id"),
        ({"id": "has space"}, "id"),
    ],
)
def test_a_value_that_breaks_its_rule_is_not_saved(wf, changes, words):
    with pytest.raises(SaveFailed, match=words):
        wf.add_inbox([InboxNote(text="fine"), _raw(**changes)])
    assert wf.inbox() == []  # not even the good one: one transaction


def test_a_changed_text_is_checked_as_well(wf):
    item = _items()[0]
    wf.add_inbox([item])
    with pytest.raises(SaveFailed, match="limit"):
        wf.update_inbox(item.id, "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(SaveFailed):
        wf.update_inbox(item.id, None)  # type: ignore[arg-type]
    assert wf.inbox() == [item]


def test_a_version_3_file_is_upgraded_with_an_empty_inbox(demo_file, tmp_path, demo_data):
    old = tmp_path / "old.costar"
    write_old_version(demo_file, old, 3)  # the same rows, no inbox
    with WorkshopFile.open(old) as wf:
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert wf.inbox() == []
        assert len(wf.snapshot().notes) == len(demo_data.notes)
        items = _items()
        wf.add_inbox(items)
    with WorkshopFile.open(demo_file) as wf:  # the shape of a new file
        shape = sorted(wf.conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    conn = sqlite3.connect(old)
    assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()) == shape
    conn.close()
    with WorkshopFile.open(old) as wf:
        assert wf.inbox() == items


def test_a_version_1_file_is_upgraded_with_an_inbox(tmp_path):
    path = tmp_path / "v1.costar"
    shutil.copyfile(V1_FILE, path)
    with WorkshopFile.open(path) as wf:
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        items = _items()
        wf.add_inbox(items)
    with WorkshopFile.open(path) as wf:
        assert wf.inbox() == items


def test_a_file_whose_inbox_was_changed_by_another_program_is_refused(demo_file):
    conn = sqlite3.connect(demo_file, isolation_level=None)
    conn.execute("ALTER TABLE inbox ADD COLUMN token TEXT")
    conn.close()
    before = demo_file.read_bytes()
    with pytest.raises(ChangedByAnotherProgram, match="inbox"):
        WorkshopFile.open(demo_file)
    assert demo_file.read_bytes() == before


def _spoil_inbox(path: Path, rows: list[tuple]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.executemany(
        "INSERT INTO inbox (id, text, co, step, kind, name, phone, received) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.close()


HOSTILE = [
    ("a", "Good note", None, "map", None, "", "Phone 1", "2026-12-07T10:00:00.000Z"),
    ("b", b"\xff\xfe not text", "everything", "map", "robot", "", "", "2026-12-07T10:00:01.000Z"),
    ("c", "Long name", "design", "dance", "carer", "n" * 200, "p" * 41, b"\x00"),
    ("a", "Same id as the first", "deliver", "grow", None, "", "", "2026-12-07T10:00:03.000Z"),
]


def test_a_hostile_inbox_row_is_repaired_as_a_bad_note_row_is(demo_file):
    # ``a`` twice: the primary key refuses it, as SQLite must; so the dup goes in apart.
    _spoil_inbox(demo_file, HOSTILE[:3])
    before = demo_file.read_bytes()
    with pytest.raises(NeedsRepair) as caught:
        WorkshopFile.open(demo_file)
    assert demo_file.read_bytes() == before  # the original keeps every byte
    error = caught.value
    said = [str(r) for r in error.repairs]
    assert any("phone's note" in s and "inbox" in s for s in said), said
    assert any("its Co was not one CoStar Desktop knows; it now has no Co" in s for s in said)
    assert any("its kind of writer" in s for s in said)
    assert any("its step" in s for s in said)
    assert any("writer's name" in s and "cut off" in s for s in said)
    assert any("phone's label" in s for s in said)
    assert any("time it arrived" in s for s in said)
    by_id = {i.id: i for i in error.inbox}
    assert set(by_id) == {"a", "b", "c"}
    assert by_id["b"].co is None and by_id["b"].kind is None and "�" in by_id["b"].text
    assert by_id["c"].step is Step.MAP and len(by_id["c"].name) == MAX_INBOX_LABEL_CHARS
    assert by_id["c"].kind is ParticipantKind.CARER and by_id["c"].co is Co.DESIGN


def test_a_repaired_copy_keeps_the_inbox_and_needs_no_repair(demo_file, tmp_path):
    _spoil_inbox(demo_file, HOSTILE[:3])
    with pytest.raises(NeedsRepair) as caught:
        WorkshopFile.open(demo_file)
    copy = tmp_path / "repaired.costar"
    WorkshopFile.create(copy, data=caught.value.data, inbox=caught.value.inbox).close()
    with WorkshopFile.open(copy) as wf:
        assert wf.repairs == []
        assert sorted(wf.inbox(), key=lambda i: i.id) == caught.value.inbox


def test_a_hostile_file_opens_for_reading_and_its_inbox_is_not_read_by_exports(demo_file):
    secret = f"PRIVATE-{uuid.uuid4().hex}"
    row = ("z", secret, "nope", "map", None, secret, secret, "2026-12-07T10:00:00.000Z")
    _spoil_inbox(demo_file, [row])
    data, repairs = WorkshopFile.read_all(demo_file)
    assert any("phone's note" in str(r) for r in repairs)
    assert secret not in repr(data)


def test_same_ids_in_a_hostile_inbox_are_told_and_renumbered(tmp_path):
    from costar_desktop.storage import values

    rows = [HOSTILE[0], HOSTILE[3]]
    items, repairs = values.check_inbox([list(r) for r in rows])
    assert items[0].id == "a" and items[1].id != "a"
    assert any("same as another's" in str(r) for r in repairs)


def test_exports_and_anonymised_exports_never_hold_the_inbox(demo_file):
    secret = f"PRIVATE-{uuid.uuid4().hex}"
    with WorkshopFile.open(demo_file) as wf:
        wf.add_inbox([InboxNote(text=secret, name=secret, phone=secret)])
    data, _ = output.read_file(demo_file)
    for anonymise in (False, True):
        outgoing = output.outgoing(data, anonymise=anonymise)
        texts = [export.to_json(outgoing), export.to_markdown(outgoing)]
        texts += export.to_csv_tables(outgoing).values()
        assert not any(secret in t for t in texts)


def test_save_as_and_copies_carry_the_inbox(demo_file, tmp_path):
    items = _items()
    with WorkshopFile.open(demo_file) as wf:
        wf.add_inbox(items)
        wf.write_copy(tmp_path / "copy.costar")
        wf.save_as(tmp_path / "saved-as.costar")
    for name in ("copy.costar", "saved-as.costar"):
        with WorkshopFile.open(tmp_path / name) as copy:
            assert copy.inbox() == items
