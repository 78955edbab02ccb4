"""Panning the view, and the details and participants dialogs."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from costar_desktop.core.model import ParticipantKind, Workshop
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.shell import dialogs


def _centre(view):
    return view.mapToScene(view.viewport().rect().center())


def test_middle_drag_pans_the_view(window):
    view = window.editor.view
    view.actual_size()
    before = _centre(view)
    vp = view.viewport()
    start = QPoint(400, 300)
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, pos=start)
    QTest.mouseMove(vp, QPoint(300, 250))
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, pos=QPoint(300, 250))
    after = _centre(view)
    assert after.x() - before.x() == 100 and after.y() - before.y() == 50


def test_space_drag_pans_and_does_not_select_or_move_notes(window):
    view = window.editor.view
    view.actual_size()
    note = next(iter(window.document.notes.values()))
    view.centerOn(note.x, note.y)
    before = _centre(view)
    QTest.keyPress(view, Qt.Key.Key_Space)
    vp = view.viewport()
    start = view.mapFromScene(note.x, note.y)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(-20 * i, -10 * i))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, -50))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    after = _centre(view)
    assert (after.x() - before.x(), after.y() - before.y()) == (100, 50)
    assert (window.document.notes[note.id].x, window.document.notes[note.id].y) == (note.x, note.y)
    assert window.document.undo_stack.count() == 0


def test_details_dialog_returns_iso_date_and_trimmed_text(qtbot):
    dlg = dialogs.DetailsDialog(Workshop(title="Old", date="2026-03-05", venue="Hall"))
    qtbot.addWidget(dlg)
    assert dlg.date_edit.date() == QDate(2026, 3, 5)
    dlg.title_edit.setText("  Planning day  ")
    dlg.venue_edit.setText("Ysgol Gymraeg – neuadd")
    values = dlg.values()
    assert values["title"] == "Planning day"
    assert values["date"] == "2026-03-05"
    assert values["venue"] == "Ysgol Gymraeg – neuadd"
    dlg.has_date.setChecked(False)
    assert dlg.values()["date"] == ""
    dlg.title_edit.setText("   ")
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a workshop needs a title


def test_participants_dialog_adds_a_group_undoably(window, monkeypatch):
    doc = window.document
    count = len(doc.participants)

    def fake_exec(self):
        self.name_edit.setText("Young carers")
        self.kind_combo.setCurrentIndex(list(ParticipantKind).index(ParticipantKind.CARER))
        self.group_check.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ParticipantDialog, "exec", fake_exec)
    dlg = dialogs.ParticipantsDialog(doc, window)
    dlg.add()
    assert dlg.list.count() == count + 1
    added = [p for p in doc.participants.values() if p.name == "Young carers"][0]
    assert added.kind == ParticipantKind.CARER and added.is_group
    copy = doc.path.with_name("c.costar")
    doc.store.save_as(copy)
    assert "Young carers" in [p.name for p in WorkshopFile.read(copy).participants]
    window.undo_action.trigger()
    assert dlg.list.count() == count
    dlg.close()


def test_a_fitted_star_stays_fitted_when_the_window_grows(window, qtbot):
    view = window.editor.view
    window.fit_action.trigger()
    small = view.zoom()
    window.resize(1900, 1200)
    qtbot.waitUntil(lambda: view.zoom() > small)
    view.zoom_in()
    zoomed = view.zoom()
    window.resize(1500, 1000)
    qtbot.wait(50)
    assert view.zoom() == zoomed  # after a manual zoom, resizing leaves the zoom alone
