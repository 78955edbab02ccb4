"""Promise: when the disk is full the user is told "Not saved" at once (the save is
synchronous: the message is there when the key press returns, well within a second), what
they typed stays on screen to be saved again or saved elsewhere, and nothing saved earlier is
damaged.

Two ways to fill the disk: ``PRAGMA max_page_count`` in the window (the file may not grow),
and a real limit on file size (RLIMIT_FSIZE) in a child process, where the operating system
refuses the write itself.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from costar_desktop.storage import WorkshopFile
from tests.reliability.harness import (
    Child,
    disk_notes,
    expected_row,
    note_fields,
    stored_notes,
)

LONG = ("Evening sessions for carers who work days · Sesiynau gyda'r nos · 夜间会议 · " * 300)[
    :19000
]


def _fill_disk(window) -> None:
    conn = window.document.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _free_space(window) -> None:
    window.document.store.conn.execute("PRAGMA max_page_count = 1073741823")


def _file_is_sound(path: Path) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.costar"
        shutil.copyfile(path, copy)
        with WorkshopFile.open(copy) as wf:
            return wf.integrity_ok()


def _type_new_note(window, text: str) -> None:
    window.editor.start_note_at(QPointF(-1300, 700))
    window.editor.scene.draft.text_item.setPlainText(text)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)


def test_a_new_note_on_a_full_disk_is_not_saved_kept_on_screen_and_saved_on_retry(window):
    doc = window.document
    before = disk_notes(doc.path)
    undo_count = doc.undo_stack.count()
    _fill_disk(window)
    _type_new_note(window, LONG)
    # Told at once, in words:
    assert "Not saved" in window.save_label.text()
    assert window.banner.isVisibleTo(window) and "disk is full" in window.banner.label.text()
    # Kept on screen, in a note still being edited:
    draft = window.editor.scene.draft
    assert draft is not None and draft.editing and draft.text == LONG
    # Nothing pretended, nothing earlier damaged:
    assert LONG not in [n.text for n in doc.notes.values()]
    assert doc.undo_stack.count() == undo_count
    assert disk_notes(doc.path) == before and _file_is_sound(doc.path)
    # Space is freed; Enter on the kept note saves it.
    _free_space(window)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert "Saved" in window.save_label.text() and "Not" not in window.save_label.text()
    assert LONG.encode() in [row[0] for row in disk_notes(doc.path).values()]
    assert window.editor.scene.draft is None


def test_an_edit_on_a_full_disk_stays_in_the_editor_and_the_old_text_stays_in_the_file(window):
    doc = window.document
    note = next(n for n in doc.notes.values() if not n.is_group)
    before = disk_notes(doc.path)
    _fill_disk(window)
    item = window.editor.scene.note_item(note.id)
    item.start_editing()
    item.text_item.setPlainText(LONG)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert "Not saved" in window.save_label.text()
    assert item.editing and item.text == LONG
    assert doc.notes[note.id].text == note.text
    assert disk_notes(doc.path) == before
    _free_space(window)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert disk_notes(doc.path)[note.id][0] == LONG.encode()


def test_save_as_from_the_banner_writes_every_note_and_then_the_kept_one(
    window, tmp_path, monkeypatch
):
    doc = window.document
    before = disk_notes(doc.path)
    _fill_disk(window)
    _type_new_note(window, LONG)
    assert "Not saved" in window.save_label.text()
    target = tmp_path / "on the stick.costar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    [button] = [b for b in window.banner.findChildren(QPushButton) if b.text() == "Save As…"]
    button.click()
    assert doc.path == target
    saved = disk_notes(target)
    assert set(before) < set(saved)  # every note, and the one typed on the full disk
    assert LONG.encode() in [row[0] for row in saved.values()]
    assert "Saved" in window.save_label.text() and not window.banner.isVisibleTo(window)
    assert window.editor.scene.draft is None


def test_a_size_limited_process_is_refused_cleanly_and_saves_after_room_is_made(demo_file):
    child = Child("disk-full", demo_file, 40_000)
    child.expect("WARM")
    child.go()
    lines, stderr = child.finish()
    assert "Traceback" not in stderr, stderr
    failed = [l for l in lines if l.startswith("FAILED ")]
    assert len(failed) == 1, lines
    _, n_failed, report = failed[0].split(" ", 2)
    report = json.loads(report)
    assert report["message"].startswith("Not saved")
    assert not report["in_document"]
    acks = [int(l.split()[1]) for l in lines if l.startswith("ACK ")]
    assert acks[:-1] == list(range(int(n_failed))) and acks[-1] == int(n_failed)
    assert report["undo_count"] == int(n_failed)
    assert lines[-1] == "CLOSED"
    with WorkshopFile.open(demo_file) as wf:
        assert wf.integrity_ok()
        stored = stored_notes(wf.conn)
    for n in acks:
        fields = note_fields(1, n)
        assert stored[fields["id"]] == expected_row(fields)
