"""Backups and privacy in the window: Restore from backup…, a damaged file, anonymised export."""

from __future__ import annotations

import json
import os
import time

from PySide6.QtWidgets import QFileDialog, QMessageBox

from costar_desktop.core.model import Note
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.backups import INTERVAL_SECONDS, BackupStore
from costar_desktop.ui.model import commands
from costar_desktop.ui.shell.backups import RestoreDialog
from tests.reliability.harness import disk_notes, raw_notes


class Clock:
    def __init__(self):
        self.t = time.time()

    def __call__(self):
        return self.t


def _add(window, text):
    note = Note(text=text, x=-1300, y=600)
    assert window.editor.push(commands.AddNotesCommand(window.document, [note]))
    return note


def _file_menu_texts(window):
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def test_restore_from_backup_sits_under_save_as_and_needs_an_open_workshop(
    qtbot, registry, messages, window
):
    texts = _file_menu_texts(window)
    assert texts[texts.index("Save &As…") + 1] == "&Restore from backup…"
    assert window.backups.restore_action.isEnabled()
    window.close_workshop()
    assert not window.backups.restore_action.isEnabled()


def test_opening_a_workshop_backs_it_up_and_the_dialog_lists_date_time_and_notes(window):
    controller = window.backups
    doc = window.document
    entries = controller.entries()
    assert entries and entries[0][0].reason == "opened"
    assert raw_notes(entries[0][0].path) == disk_notes(doc.path)
    _add(window, "after the backup")
    controller.store.backup_file(doc.store, "timed")
    dialog = RestoreDialog(controller.entries(), window, controller.source_label)
    rows = [
        [dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())
    ]
    assert len(rows) >= 2
    newest, opened = rows[0], rows[-1]
    notes = len([n for n in doc.notes.values() if not n.is_group])
    assert newest[2] == str(notes) and opened[2] == str(notes - 1)
    local = controller.entries()[0][0].taken.astimezone()
    assert newest[0] == local.strftime("%a %d %b %Y") and newest[1] == local.strftime("%H:%M:%S")
    assert newest[3] == "while editing" and opened[3] == "when it was opened"
    assert newest[4] == opened[4] == "this file"
    dialog.deleteLater()


def test_a_window_opening_as_it_appears_backs_up_once_it_is_painted(
    qtbot, registry, messages, demo_file
):
    w = registry.new_window()
    qtbot.addWidget(w)
    w.show()  # as at start-up: shown, the file opened before anything is painted
    assert w.open_path(demo_file), messages
    controller = w.backups
    assert controller.entries() == []  # the star comes first
    qtbot.waitUntil(lambda: len(controller.entries()) == 1)
    backup = controller.entries()[0][0]
    assert backup.reason == "opened" and raw_notes(backup.path) == disk_notes(demo_file)


def test_restore_here_goes_back_and_keeps_the_state_it_replaced(window):
    controller = window.backups
    path = window.document.path
    opened_state = disk_notes(path)
    _add(window, "typed after opening")
    later_state = disk_notes(path)
    oldest = controller.entries()[-1][0]
    assert controller.restore_here(oldest)
    assert window.document.path == path
    assert "typed after opening" not in [n.text for n in window.document.notes.values()]
    window.close_workshop()
    assert raw_notes(path) == opened_state
    before_restore = [
        b
        for b in controller.store.list(WorkshopFile.read(path).workshop.id)
        if b.reason == "before-restore"
    ]
    assert before_restore and raw_notes(before_restore[0].path) == later_state


def test_restore_as_a_copy_leaves_the_file_alone(window, tmp_path):
    controller = window.backups
    path = window.document.path
    _add(window, "only in the original")
    before = disk_notes(path)
    target = tmp_path / "restored.costar"
    assert controller.restore_copy(controller.entries()[-1][0], target)
    assert window.document.path == target
    window.close_workshop()
    assert raw_notes(path) == before
    assert "only in the original" not in [n.text for n in WorkshopFile.read(target).notes]


def test_timed_backups_while_editing(qtbot, registry, messages, demo_file):
    w = registry.new_window()
    qtbot.addWidget(w)
    clock = Clock()
    w.backups.store = BackupStore(clock=clock)
    assert w.open_path(demo_file)
    workshop_id = w.document.workshop.id
    count = len(w.backups.store.list(workshop_id))
    _add(w, "first edit")
    w.backups.tick()
    assert len(w.backups.store.list(workshop_id)) == count
    clock.t += INTERVAL_SECONDS
    w.backups.tick()
    newest = w.backups.store.list(workshop_id)[0]
    assert newest.reason == "timed"
    assert "first edit" in [n.text for n in WorkshopFile.read(newest.path).notes]
    assert len(w.backups.store.list(workshop_id)) == count + 1


def _damage(path):
    data = bytearray(path.read_bytes())
    data[4096:16384] = bytes(12288)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_renamed_and_the_newest_backup_offered_with_its_age(
    qtbot, registry, messages, demo_file, monkeypatch
):
    w = registry.new_window()
    qtbot.addWidget(w)
    assert w.open_path(demo_file)
    w.close_workshop()
    expected = raw_notes(demo_file)
    damaged = _damage(demo_file)
    asked = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert w.open_path(demo_file)
    assert "damaged" in asked[0] and "old" in asked[0] and "demo.costar.damaged" in asked[0]
    notes = len([n for n in w.document.notes.values() if not n.is_group])
    assert f"holds {notes} notes" in asked[0]
    aside = demo_file.with_name("demo.costar.damaged")
    assert aside.read_bytes() == damaged
    w.close_workshop()
    assert raw_notes(demo_file) == expected


def test_declining_the_backup_leaves_the_damaged_file_exactly_as_it_was(
    qtbot, registry, messages, demo_file
):
    w = registry.new_window()
    qtbot.addWidget(w)
    assert w.open_path(demo_file)
    w.close_workshop()
    damaged = _damage(demo_file)
    listing = sorted(os.listdir(demo_file.parent))
    assert not w.open_path(demo_file)  # the messages fixture answers No
    assert "Restore it?" in messages[-2] and "damaged" in messages[-1]
    assert demo_file.read_bytes() == damaged
    assert sorted(os.listdir(demo_file.parent)) == listing


def test_a_file_changed_by_another_program_is_offered_its_newest_good_backup(
    qtbot, registry, messages, demo_file, monkeypatch
):
    """A trigger put in by another program: the file is refused as changed, never run, and
    the newest backup whose schema is ours is offered; the refused file is kept aside."""
    from tests.reliability.hostile import run_sql

    w = registry.new_window()
    qtbot.addWidget(w)
    assert w.open_path(demo_file)  # a backup is taken when it is opened
    w.close_workshop()
    expected = raw_notes(demo_file)
    run_sql(
        demo_file,
        "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes WHERE id != new.id; END",
    )
    changed = demo_file.read_bytes()
    asked = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert w.open_path(demo_file)
    assert "was changed by another program and cannot be opened safely" in asked[0]
    assert "demo.costar.damaged" in asked[0]
    assert demo_file.with_name("demo.costar.damaged").read_bytes() == changed
    # The restored file is the sample as it was, and editing it runs no trigger.
    w.editor.scene.select_notes([next(iter(w.document.notes))])
    w.editor.recolour("pink")
    w.close_workshop()
    assert set(raw_notes(demo_file)) == set(expected)


def test_export_can_be_anonymised_and_holds_everything_in_the_file(window, tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_actions["json"].trigger()
    plain = json.loads(out.read_text(encoding="utf-8"))
    assert plain["votes"] and plain["people"] and plain["actions"]
    names = [p["name"] for p in plain["participants"]]
    assert names[0] in out.read_text(encoding="utf-8")
    assert not window.privacy.anonymise_action.isChecked()
    window.privacy.anonymise_action.trigger()
    window.export_actions["json"].trigger()
    text = out.read_text(encoding="utf-8")
    assert not any(name in text for name in names)
    assert json.loads(text)["participants"][0]["name"].endswith(" 1")
    from costar_desktop.ui import settings

    assert settings.settings().value("privacy/anonymise_exports", False, type=bool)
    window.privacy.anonymise_action.trigger()
