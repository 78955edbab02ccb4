"""WorkshopFile.note(id) reads one note's row (with its group card's and its author's), and
returns what reading every note and looking for the id returned."""

from __future__ import annotations

import sqlite3

import pytest

from costar_desktop.storage import WorkshopFile


def _by_scan(wf: WorkshopFile, note_id):
    """How note() found a note before: every note read and checked, then looked through."""
    return next((n for n in wf.notes() if n.id == note_id), None)


def test_each_note_is_the_same_as_reading_every_note_gave(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        notes = wf.notes()
        assert any(n.is_group for n in notes) and any(n.group_id for n in notes)
        assert any(n.author_id for n in notes)
        for note in notes:
            assert wf.note(note.id) == _by_scan(wf, note.id) == note


def test_a_missing_id_gives_none_as_before(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        for missing in ("no-such-note", "", None, 5):
            assert wf.note(missing) is None and _by_scan(wf, missing) is None


def test_a_closed_file_refuses_as_before(demo_file):
    wf = WorkshopFile.open(demo_file)
    note_id = wf.notes()[0].id
    wf.close()
    with pytest.raises(Exception) as before:
        _by_scan(wf, note_id)
    with pytest.raises(type(before.value), match=str(before.value)[:30]):
        wf.note(note_id)


def test_a_note_with_bad_values_and_links_is_repaired_as_before(demo_file):
    """Opened for reading (an export, a report): the note's own values and its links to
    its author and its group are judged by storage's rules, as when every note was read."""
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    ids = [
        r[0]
        for r in conn.execute("SELECT id FROM notes WHERE kind != 'group' ORDER BY rowid LIMIT 3")
    ]
    conn.execute("UPDATE notes SET impact = 9, author_id = 'nobody' WHERE id = ?", (ids[0],))
    conn.execute("UPDATE notes SET group_id = ? WHERE id = ?", (ids[2], ids[1]))  # not a group
    conn.execute(
        "UPDATE notes SET text = 'x' || char(10) || 'y', x = 'far' WHERE id = ?", (ids[2],)
    )
    conn.commit()
    conn.close()
    with WorkshopFile.open(demo_file, for_reading=True) as wf:
        assert wf.repairs
        for note_id in ids:
            assert wf.note(note_id) == _by_scan(wf, note_id)
        assert wf.note(ids[0]).author_id is None and wf.note(ids[0]).impact is None
        assert wf.note(ids[1]).group_id is None
