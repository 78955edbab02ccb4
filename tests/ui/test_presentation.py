"""Presentation mode for the shared screen, at common projector sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QPushButton

from costar_desktop.core.star import STAR


def _layout(window, qtbot, width, height):
    window.presentation.enter()
    assert window.isFullScreen()
    # The offscreen test screen is small: lay the full-screen window out at the projector's
    # size by hand.
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    qtbot.wait(50)
    window.editor.view.fit_star()
    qtbot.wait(10)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_presentation_layout(window, qtbot, size):
    _layout(window, qtbot, *size)
    editor = window.editor
    bar = window.presentation.bar
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert bar.isVisible()
    # Every button on the bar is at least 48×48 px and inside the window.
    for b in bar.findChildren(QPushButton):
        assert b.width() >= 48 and b.height() >= 48, b.accessibleName()
    bar_rect = QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size())
    assert window.rect().contains(bar_rect)
    # Every note is on screen and not under the bar (the overview fits where the notes are,
    # with the ring of steps; the Co names may lie beyond it).
    view = editor.view
    notes = view.mapFromScene(view.notes_rect()).boundingRect()
    notes_in_window = QRect(view.viewport().mapTo(window, notes.topLeft()), notes.size())
    assert window.rect().contains(notes_in_window)
    assert notes_in_window.bottom() <= bar_rect.top()
    ring = view.mapFromScene(QRectF(-300, -300, 600, 600)).boundingRect()
    assert notes_in_window.contains(
        QRect(view.viewport().mapTo(window, ring.topLeft()), ring.size())
    )
    # The notes use most of the height left by the banner and the bar.
    free = bar_rect.top() - view.viewport().mapTo(window, view.viewport().rect().topLeft()).y()
    assert notes_in_window.height() >= 0.8 * free
    # The question is shown large; the facilitator's hint is not shown to the room.
    assert editor.banner.question.isVisible() and editor.banner.question.font().pointSizeF() >= 30
    assert not editor.banner.hint.isVisible()
    assert editor.banner.timer_label.font().pointSizeF() >= 48


def test_escape_leaves_presentation_and_restores_the_window(window, qtbot):
    docks_before = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    front_before = {d.objectName() for d in docks_before if not d.visibleRegion().isEmpty()}
    QTest.keyClick(window.editor.view, Qt.Key.Key_F5)
    assert window.presentation.active
    QTest.keyClick(window.editor.view, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert {d for d in window.findChildren(QDockWidget) if d.isVisible()} == set(docks_before)
    qtbot.waitUntil(
        lambda: (
            {d.objectName() for d in docks_before if not d.visibleRegion().isEmpty()}
            == front_before
        )
    )  # same tabs in front
    assert window.editor.banner.hint.isVisible()


def test_escape_while_typing_finishes_the_note_and_stays_in_presentation(window, qtbot):
    window.presentation.enter()
    bar = window.presentation.bar
    bar.add_note.click()
    QTest.keyClicks(window.editor.view, "Big letters please")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Escape)
    assert window.presentation.active
    assert "Big letters please" in [n.text for n in window.document.notes.values()]


def test_bar_buttons_step_vote_timer_undo(window, qtbot):
    window.presentation.enter()
    bar = window.presentation.bar
    bar.next.click()
    assert window.editor.current_step.value == "focus" and "Focus" in bar.step_label.text()
    bar.vote.click()
    assert window.editor.scene.voting_mode and bar.vote.isChecked()
    bar.timer.click()
    assert window.editor.countdown.running
    bar.timer.click()
    assert not window.editor.countdown.running and "Go on" in bar.timer.text()
    count = len(window.document.notes)
    bar.add_note.click()
    QTest.keyClicks(window.editor.view, "x")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    assert len(window.document.notes) == count + 1
    bar.undo.click()
    assert len(window.document.notes) == count


def test_menu_shortcuts_work_while_the_menu_bar_is_hidden(window, qtbot):
    window.presentation.enter()
    assert not window.menuBar().isVisible()
    QTest.keyClick(window.editor.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_step.value == "people"
    # Changing step while presenting opens no side panel over the star.
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    QTest.keyClick(window.editor.view, Qt.Key.Key_N)
    QTest.keyClicks(window.editor.view, "typed in presentation")
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "typed in presentation" not in [n.text for n in window.document.notes.values()]


def test_the_bars_new_note_starts_where_the_room_can_see_it(window, qtbot):
    """Pressed on the floating bar, "+ Note" once started the note under the pointer —
    under the bar itself, hidden; with the pointer elsewhere, on the ring of steps."""
    from PySide6.QtGui import QCursor

    _layout(window, qtbot, 1920, 1080)
    bar = window.presentation.bar
    view = window.editor.view
    for pointer in (bar.add_note.mapToGlobal(bar.add_note.rect().center()), None):
        if pointer is not None:
            QCursor.setPos(pointer)
        bar.add_note.click()
        item = window.editor.scene.editing_item()
        assert item is not None
        card = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        card_in_window = QRect(view.viewport().mapTo(window, card.topLeft()), card.size())
        bar_rect = QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size())
        assert card_in_window.bottom() < bar_rect.top(), (card_in_window, bar_rect)
        assert window.rect().contains(card_in_window)
        centre = item.sceneBoundingRect().center()
        assert not STAR.contains(centre.x(), centre.y()) or STAR.co_at(centre.x(), centre.y()), (
            "not on the ring of steps"
        )
        QTest.keyClicks(view, "Seen by everyone")
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert [n.text for n in window.document.notes.values()].count("Seen by everyone") == 2
