"""The tables' dialogs on the shared screen and on a small laptop: large words, inside the
window, nothing cut off sideways. With COSTAR_SHOTS set to a folder, the 1920×1080 runs save
pictures of the dialogs there (docs/images/tables-*.png are made so)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from costar_desktop.ui.canvas.readable import ZOOMED_PX_AT_1080, px_for

from .conftest import bring_back

SIZES = [(1920, 1080), (1400, 900)]


def _layout(window, qtbot, width, height):
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    qtbot.waitUntil(lambda: window.height() == height)


def _inside(window, dialog) -> None:
    frame = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
    shown = QRect(dialog.mapToGlobal(dialog.rect().topLeft()), dialog.size())
    assert frame.contains(shown), (frame, shown)


def _readable(window, dialog) -> None:
    wanted = round(px_for(ZOOMED_PX_AT_1080, window.height()))
    assert dialog.font().pixelSize() >= wanted
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.font().pixelSize() >= wanted, label.text()


def _no_sideways_scrolling(dialog) -> None:
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), area.objectName()


def _shot(dialog, name: str, size, qtbot) -> None:
    folder = os.environ.get("COSTAR_SHOTS")
    if folder and size == (1920, 1080):
        qtbot.wait(50)  # the pictures only: scroll bars settle after the first layout
        assert dialog.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_hand_out_dialog_is_large_and_fits_the_window(window, qtbot, size):
    _layout(window, qtbot, *size)
    dialog = window.tables.hand_out_dialog()
    qtbot.waitExposed(dialog)
    if os.environ.get("COSTAR_SHOTS"):  # the picture shows a folder as a stick would be
        stick = Path(os.environ["COSTAR_SHOTS"]) / "USB stick"
        stick.mkdir(exist_ok=True)
        dialog.folder_edit.setText(str(stick))
    _inside(window, dialog)
    _readable(window, dialog)
    _no_sideways_scrolling(dialog)
    assert dialog.files_list.count() == dialog.names_list.count() >= 1
    _shot(dialog, "tables-hand-out.png", size, qtbot)
    dialog.reject()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_preview_is_large_and_fits_the_window(window, qtbot, size, conflicting, monkeypatch):
    _layout(window, qtbot, *size)
    dialog = bring_back(window, monkeypatch, conflicting.files)
    qtbot.waitExposed(dialog)
    _inside(window, dialog)
    _readable(window, dialog)
    _no_sideways_scrolling(dialog)
    assert len(dialog.boxes) == 3
    _shot(dialog, "tables-preview.png", size, qtbot)
    dialog.reject()
