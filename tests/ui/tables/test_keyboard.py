"""Hand out and bring back with the keyboard alone: the keys open the dialogs, Tab walks
them in order, arrows change a conflict's answer, Enter does it and Escape does nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from tests.ui.keys import type_text

from .conftest import choose_files, edit

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(k, mods=Qt.KeyboardModifier.NoModifier, times=1):
    """Keys to whatever has the focus, as a keyboard sends them."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the focus"
        QTest.keyClick(widget, k, mods)


def back_to_the_star(window, qtbot):
    window.activateWindow()
    window.editor.view.setFocus()
    qtbot.waitUntil(lambda: window.editor.view.hasFocus())


def test_hand_out_and_bring_back_with_the_keyboard_only(
    window, qtbot, tmp_path, messages, monkeypatch
):
    document = window.document
    folder = tmp_path / "stick"
    folder.mkdir()
    note = next(n for n in document.notes.values() if not n.is_group and not n.group_id)
    assert window.editor.view.hasFocus()

    # Ctrl+Shift+D: the number of tables has the focus; 2, Tab Tab to the folder, type it.
    press(Qt.Key.Key_D, CTRL_SHIFT)
    dialog = window.tables.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.count_box.hasFocus())
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(QApplication.focusWidget(), "2")
    assert dialog.count_box.value() == 2 and len(dialog.names()) == 2
    press(Qt.Key.Key_Tab, times=2)
    assert dialog.folder_edit.hasFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.folder_edit, str(folder))
    press(Qt.Key.Key_Tab, times=2)  # past Choose… to the tables' names: F2 renames one
    assert dialog.names_list.hasFocus()
    dialog.names_list.setCurrentRow(0)
    press(Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert dialog.names_list.isAncestorOf(editor)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Young people")
    press(Qt.Key.Key_Return)  # ends the renaming, not the dialog
    qtbot.waitUntil(lambda: dialog.names()[0] == "Young people")
    assert dialog.isVisible()
    press(Qt.Key.Key_Return)  # Hand out
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    files = sorted(folder.iterdir())
    assert len(files) == 2 and "demo - Young people.costar" in [p.name for p in files]
    young = folder / "demo - Young people.costar"

    # The table works on its laptop; both sides change the same note's words.
    edit(young, lambda wf: wf.update_notes({note.id: {"text": "Said at the young people's"}}))
    assert window.editor.edit_note_text(note.id, "Said on the shared screen")
    back_to_the_star(window, qtbot)

    # Ctrl+Shift+B: the preview; the conflict's answer has the focus; Up takes the table's.
    choose_files(monkeypatch, [young])
    press(Qt.Key.Key_B, CTRL_SHIFT)
    preview = window.tables.dialog
    assert preview is not None and preview.objectName() == "bring_back_dialog"
    box = next(iter(preview.boxes.values()))
    qtbot.waitUntil(lambda: box.buttons["both"].hasFocus())
    press(Qt.Key.Key_Up)
    assert box.buttons["theirs"].isChecked() and box.buttons["theirs"].hasFocus()
    assert preview.choices == {box.conflict.id: "theirs"}
    # Tab leaves the answers for the buttons: Bring back, then Cancel.
    press(Qt.Key.Key_Tab)
    assert not isinstance(QApplication.focusWidget(), QRadioButton)
    assert QApplication.focusWidget() is preview.ok_button
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is preview.cancel_button
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier, times=2)
    assert box.buttons["theirs"].hasFocus()
    press(Qt.Key.Key_Return)  # Bring back
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert document.notes[note.id].text == "Said at the young people's"
    # Ctrl+Z takes the whole bringing-back back.
    back_to_the_star(window, qtbot)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.notes[note.id].text == "Said on the shared screen"


def test_escape_closes_the_dialogs_and_changes_nothing(window, qtbot, handed_out, monkeypatch):
    press(Qt.Key.Key_D, CTRL_SHIFT)
    dialog = window.tables.dialog
    qtbot.waitUntil(lambda: dialog.count_box.hasFocus())
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert window.document.store.table_records() == []
    files = handed_out()
    count = window.document.undo_stack.count()
    edit(files[0], lambda wf: wf.update_workshop(venue="The library"))
    choose_files(monkeypatch, files)
    back_to_the_star(window, qtbot)
    press(Qt.Key.Key_B, CTRL_SHIFT)
    preview = window.tables.dialog
    qtbot.waitUntil(lambda: preview.ok_button.hasFocus())
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert window.document.undo_stack.count() == count
    assert window.document.workshop.venue != "The library"
