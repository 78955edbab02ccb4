"""File → Hand out to tables…: the dialog, the files it writes, one undo step; and the
three actions' places, keys and when they can be used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from costar_desktop.storage import WorkshopFile, faults


def _open_dialog(window, qtbot):
    window.menu_actions["file.hand_out"].trigger()
    dialog = window.tables.dialog
    assert dialog is not None and dialog.objectName() == "hand_out_dialog"
    qtbot.waitExposed(dialog)
    return dialog


def test_the_three_actions_have_free_keys_and_end_waits_for_tables_out(window, handed_out):
    acts = window.menu_actions
    keys = {i: acts[i].shortcut().toString() for i in ("file.hand_out", "file.bring_back")}
    assert keys == {"file.hand_out": "Ctrl+Shift+D", "file.bring_back": "Ctrl+Shift+B"}
    assert acts["file.end_breakout"].shortcut().toString() == "Ctrl+Shift+K"
    assert acts["file.hand_out"].isEnabled() and acts["file.bring_back"].isEnabled()
    end = acts["file.end_breakout"]
    assert not end.isEnabled() and "No tables are out" in end.statusTip()
    handed_out()
    assert end.isEnabled() and "No tables" not in end.statusTip()
    assert window.document.undo()
    assert not end.isEnabled()
    window.close_workshop()
    assert not acts["file.hand_out"].isEnabled() and not end.isEnabled()


def test_the_dialog_shows_the_files_and_asks_before_replacing_any(
    window, qtbot, tmp_path, messages, monkeypatch
):
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog = _open_dialog(window, qtbot)
    dialog.folder_edit.setText(str(folder))
    dialog.count_box.setValue(3)
    assert dialog.names() == dialog.groups[:3]
    dialog.set_names(["Table 1", "Table 2", "Table 3"])
    files = [dialog.files_list.item(i).text() for i in range(3)]
    assert files == [f"demo - Table {i}.costar" for i in (1, 2, 3)]
    assert dialog.warning.text().startswith("✓ 3 files")
    old = folder / "demo - Table 2.costar"
    old.write_bytes(b"yesterday's table 2")
    dialog.refresh()
    assert "⚠" in dialog.warning.text() and "replaces" in dialog.files_list.item(1).text()
    dialog.ok_button.click()  # asked; the messages fixture answers No
    assert "demo - Table 2.costar" in messages[-1]
    assert dialog.isVisible() and window.tables.dialog is dialog
    assert old.read_bytes() == b"yesterday's table 2"
    assert sorted(p.name for p in folder.iterdir()) == ["demo - Table 2.costar"]

    def yes(*args, **kwargs):
        messages.append(args[2])
        return QMessageBox.StandardButton.Yes

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    written = sorted(folder.iterdir())
    assert [p.name for p in written] == files
    with WorkshopFile.open(old, for_reading=True) as table:
        assert table.table_of().table_name == "Table 2"
    told = messages[-1]
    assert all(name in told for name in files) and "Bring back tables' files" in told
    document = window.document
    assert document.undo_stack.undoText() == "Hand out to 3 tables"
    assert [r.name for r in document.store.running_tables()] == ["Table 1", "Table 2", "Table 3"]
    assert document.undo()
    assert document.store.running_tables() == [] and document.store.table_records() == []
    assert document.redo()
    assert len(document.store.running_tables()) == 3


def test_table_groups_become_the_tables_and_bad_names_are_said(window, qtbot):
    dialog = _open_dialog(window, qtbot)
    groups = [p.name for p in window.document.participants.values() if p.is_group]
    assert groups and dialog.groups_button.isEnabled()
    dialog.set_names(["A", "B"])
    dialog.groups_button.click()
    assert dialog.names() == groups and dialog.count_box.value() == len(groups)
    dialog.names_list.item(1).setText(groups[0].upper())
    assert dialog.warning.text().startswith("✗") and "same name" in dialog.warning.text()
    assert not dialog.ok_button.isEnabled()
    dialog.names_list.item(1).setText("  ")
    assert "needs a name" in dialog.warning.text() and not dialog.ok_button.isEnabled()
    dialog.names_list.item(1).setText("Young people")
    assert dialog.ok_button.isEnabled()
    dialog.folder_edit.setText("/no/such/folder/here")
    assert "no folder" in dialog.warning.text() and not dialog.ok_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.tables.dialog is None and window.document.store.table_records() == []


def test_more_tables_get_numbers_not_yet_taken(window, qtbot):
    dialog = _open_dialog(window, qtbot)
    dialog.set_names(["Table 2"])
    dialog.count_box.setValue(3)
    assert dialog.names() == ["Table 2", "Table 1", "Table 3"]
    dialog.count_box.setValue(1)
    assert dialog.names() == ["Table 2"]
    dialog.reject()


def test_a_hand_out_that_cannot_be_saved_leaves_no_file_behind(window, tmp_path, messages):
    folder = tmp_path / "stick"
    folder.mkdir()
    with faults.failing_at(1) as fault:
        assert window.tables.hand_out(["Table 1", "Table 2"], folder) == []
    assert fault.fired
    assert list(folder.iterdir()) == []
    assert window.document.store.table_records() == []
    assert window.banner.isVisible() and "Not saved" in window.banner.label.text()
    assert window.document.undo_stack.count() == 0


def test_a_tables_own_file_says_why_it_cannot_hand_out_or_bring_back(window, handed_out, messages):
    files = handed_out()
    assert window.open_path(files[0])
    acts = window.menu_actions
    assert "the copy for Table 1" in acts["file.hand_out"].statusTip()
    messages.clear()
    acts["file.hand_out"].trigger()
    acts["file.bring_back"].trigger()
    assert window.tables.dialog is None
    assert len(messages) == 2 and all("copy" in m and "for Table 1" in m for m in messages)
    assert not acts["file.end_breakout"].isEnabled()


def test_a_second_hand_out_says_tables_are_already_out(window, qtbot, handed_out):
    dialog = _open_dialog(window, qtbot)
    assert dialog.findChild(QLabel, "tables_already_out") is None
    dialog.reject()
    handed_out()
    dialog = _open_dialog(window, qtbot)
    note = dialog.findChild(QLabel, "tables_already_out")
    assert note is not None and "already out" in note.text() and note.isVisible()
    dialog.reject()


def test_a_note_being_typed_is_in_the_tables_files(window, qtbot, tmp_path):
    editor = window.editor
    editor.new_note()
    item = editor.scene.editing_item()
    assert item is not None
    QTest.keyClicks(editor.view, "Typed just before the hand-out")
    dialog = _open_dialog(window, qtbot)
    assert editor.scene.editing_item() is None
    dialog.folder_edit.setText(str(tmp_path))
    dialog.set_names(["Table 1"])
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    table = WorkshopFile.read(tmp_path / "demo - Table 1.costar")
    assert "Typed just before the hand-out" in [n.text for n in table.notes]


def test_each_alt_key_of_the_dialog_goes_to_one_place(window, qtbot):
    import re

    from PySide6.QtWidgets import QAbstractButton

    dialog = _open_dialog(window, qtbot)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    assert len(letters) >= 7 and len(letters) == len(set(letters)), letters
    dialog.reject()
