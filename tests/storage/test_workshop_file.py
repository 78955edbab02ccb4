import sqlite3
import subprocess
import sys
import uuid

import pytest

from costar_desktop.core.model import (
    MAX_NOTE_CHARS,
    Co,
    Note,
    Participant,
    ParticipantKind,
    Workshop,
)
from costar_desktop.storage import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    AlreadyOpen,
    SaveFailed,
    WorkshopFile,
)


def test_new_file_is_marked_as_ours(tmp_path):
    path = tmp_path / "w.costar"
    WorkshopFile.create(path, Workshop(title="T")).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "workshop",
        "participants",
        "notes",
        "votes",
        "people",
        "market_items",
        "actions",
    } <= tables
    conn.close()


def test_create_leaves_no_temporary_files(tmp_path):
    WorkshopFile.create(tmp_path / "w.costar").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.costar"]


def test_create_refuses_to_overwrite_by_accident(tmp_path):
    path = tmp_path / "w.costar"
    WorkshopFile.create(path, Workshop(title="first")).close()
    with pytest.raises(SaveFailed, match="already exists"):
        WorkshopFile.create(path, Workshop(title="second"))
    assert WorkshopFile.read(path).workshop.title == "first"


def test_every_write_is_on_disk_when_the_method_returns(tmp_path):
    path = tmp_path / "w.costar"
    wf = WorkshopFile.create(path, Workshop(title="T"))
    group = Participant(name="Table 1", kind=ParticipantKind.CARER, is_group=True)
    wf.add_participant(group)
    note = Note(text="first", x=10, y=-400, co=Co.COMMISSION, author_id=group.id)
    wf.add_notes([note])
    wf.update_notes({note.id: {"text": "changed", "x": 500.0, "y": 0.0, "co": Co.DESIGN}})
    wf.update_workshop(title="New title", venue="Hall")
    # Read through a second, independent view of the bytes: a copy of the file.
    copy = tmp_path / "copy.costar"
    copy.write_bytes(path.read_bytes())
    data = WorkshopFile.read(copy)
    assert data.workshop.title == "New title" and data.workshop.venue == "Hall"
    assert [n.text for n in data.notes] == ["changed"]
    assert data.notes[0].co == Co.DESIGN and data.notes[0].x == 500.0
    assert data.notes[0].author_id == group.id
    assert data.participants[0].kind == ParticipantKind.CARER
    wf.close()


def test_ids_are_uuids_and_timestamps_are_kept(tmp_path):
    path = tmp_path / "w.costar"
    with WorkshopFile.create(path) as wf:
        n = Note(text="x")
        wf.add_notes([n])
        before = wf.note(n.id).updated
        stamp = wf.update_notes({n.id: {"text": "y"}})
        after = wf.note(n.id)
    assert uuid.UUID(after.id)
    assert after.created == n.created
    assert after.updated == stamp and after.updated >= before


def test_delete_notes_removes_them(tmp_path):
    with WorkshopFile.create(tmp_path / "w.costar") as wf:
        notes = [Note(text=f"n{i}") for i in range(1200)]
        wf.add_notes(notes)
        wf.delete_notes([n.id for n in notes[:1100]])
        assert [n.text for n in wf.notes()] == [f"n{i}" for i in range(1100, 1200)]


def test_removing_a_participant_keeps_their_notes(tmp_path):
    with WorkshopFile.create(tmp_path / "w.costar") as wf:
        p = Participant(name="Alex")
        wf.add_participant(p)
        wf.add_notes([Note(text="mine", author_id=p.id)])
        wf.delete_participant(p.id)
        notes = wf.notes()
    assert notes[0].text == "mine" and notes[0].author_id is None


def test_text_in_any_script_and_emoji_round_trips(tmp_path):
    text = "Cymraeg ŵŷ · łódź · Tiếng Việt · Ελληνικά · Русский · العربية · עברית · हिन्दी · 中文 · 日本語 · 한국어 · 👩🏽‍🦯🙂"
    path = tmp_path / "w.costar"
    with WorkshopFile.create(path, Workshop(title=text[:40])) as wf:
        wf.add_notes([Note(text=text)])
    data = WorkshopFile.read(path)
    assert data.notes[0].text == text and data.workshop.title == text[:40]


def test_a_20000_character_note_is_kept_and_a_longer_one_refused_plainly(tmp_path):
    path = tmp_path / "w.costar"
    with WorkshopFile.create(path) as wf:
        wf.add_notes([Note(text="a" * MAX_NOTE_CHARS)])
        with pytest.raises(SaveFailed, match="limit is 20,000"):
            wf.add_notes([Note(text="b" * (MAX_NOTE_CHARS + 1))])
        assert [len(n.text) for n in wf.notes()] == [MAX_NOTE_CHARS]


def test_save_as_writes_a_complete_copy_and_leaves_the_original_open(tmp_path, demo_data):
    path = tmp_path / "w.costar"
    wf = WorkshopFile.create(path, demo_data.workshop, demo_data.participants, demo_data.notes)
    target = tmp_path / "usb" / "copy.costar"
    target.parent.mkdir()
    wf.save_as(target)
    wf.add_notes([Note(text="added after the copy")])
    wf.close()
    copy = WorkshopFile.read(target)
    original = WorkshopFile.read(path)
    assert [n.id for n in copy.notes] == [n.id for n in demo_data.notes]
    assert len(original.notes) == len(demo_data.notes) + 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.costar"]


def test_the_file_alone_is_complete_while_it_is_still_open(tmp_path, demo_data):
    """A user copies just the .costar file (no journal) to a stick while the app runs."""
    path = tmp_path / "w.costar"
    wf = WorkshopFile.create(path, demo_data.workshop, demo_data.participants, demo_data.notes)
    wf.add_notes([Note(text="last one")])
    stick = tmp_path / "stick.costar"
    stick.write_bytes(path.read_bytes())
    wf.close()
    data = WorkshopFile.read(stick)
    assert len(data.notes) == len(demo_data.notes) + 1


def test_a_second_open_in_the_same_process_is_refused(demo_file):
    wf = WorkshopFile.open(demo_file)
    with pytest.raises(AlreadyOpen, match="already open"):
        WorkshopFile.open(demo_file)
    wf.close()
    WorkshopFile.open(demo_file).close()  # free again once closed


def test_a_second_process_is_refused_plainly_and_the_first_keeps_working(demo_file):
    wf = WorkshopFile.open(demo_file)
    code = (
        "import sys\n"
        "from costar_desktop.storage import WorkshopFile, AlreadyOpen\n"
        "try:\n"
        f"    WorkshopFile.open({str(demo_file)!r})\n"
        "except AlreadyOpen as e:\n"
        "    print('REFUSED', e.message)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("REFUSED"), out.stderr
    assert "already open" in out.stdout
    wf.add_notes([Note(text="still working")])
    wf.close()
    assert "still working" in [n.text for n in WorkshopFile.read(demo_file).notes]


def test_opening_and_closing_without_edits_changes_no_byte(demo_file):
    before = demo_file.read_bytes()
    WorkshopFile.open(demo_file).close()
    assert demo_file.read_bytes() == before
