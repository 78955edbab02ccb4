"""Preferences: text size, theme and 'do not rely on colour', remembered and shown at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog

from costar_desktop.core.model import Note
from costar_desktop.ui.appearance import Appearance, appearance
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.shell import preferences


def test_preferences_apply_at_once_and_are_remembered(window, restore_look, monkeypatch):
    def fake_exec(dlg):
        dlg.text_size.setValue(200)
        dlg.ui_scale.setValue(150)
        dlg.theme.setCurrentIndex(dlg.theme.findData("high_contrast"))
        dlg.no_colour.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", fake_exec)
    item = next(iter(window.editor.scene.note_items()))
    small = item.text_item.font().pointSizeF()
    window.preferences_action.trigger()
    assert item.text_item.font().pointSizeF() == pytest.approx(2 * small)
    assert QApplication.instance().palette().window().color().name() == "#ffffff"
    assert window.editor.scene.backgroundBrush().color().name() == "#ffffff"
    fresh = Appearance()
    fresh.load()  # what the next start will read
    assert (fresh.theme.key, fresh.text_scale, fresh.ui_scale, fresh.no_colour_only) == (
        "high_contrast",
        2.0,
        1.5,
        True,
    )


def test_note_text_is_never_below_14_points_at_100_percent(window, restore_look):
    restore_look.update(text_scale=1.0)
    for item in window.editor.scene.note_items():
        assert item.text_item.font().pointSizeF() >= 14


def test_text_size_is_limited_to_100_to_250_percent(restore_look):
    restore_look.update(text_scale=9)
    assert restore_look.text_scale == 2.5
    restore_look.update(text_scale=0.5)
    assert restore_look.text_scale == 1.0


def _grey_image(colour_key: str) -> QImage:
    item = NoteItem(Note(text="Same words", colour=colour_key))
    image = QImage(260, 140, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(130, 70)
    item.paint(painter, None)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(a: QImage, b: QImage) -> int:
    changed = 0
    for y in range(a.height()):
        for x in range(a.width()):
            if abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) > 40:
                changed += 1
    return changed


def test_without_colour_every_note_colour_still_looks_different(qapp, restore_look):
    # Orange and sky blue have almost the same lightness: in grey they look alike...
    restore_look.update(no_colour_only=False)
    plain = _difference(_grey_image("orange"), _grey_image("sky"))
    # ...until each colour carries its own pattern and letter.
    restore_look.update(no_colour_only=True)
    marked = _difference(_grey_image("orange"), _grey_image("sky"))
    assert marked > plain + 100


def test_every_font_family_the_app_asks_for_is_a_shipped_font(qapp):
    """A family named differently from how the font names itself is silently skipped:
    "Noto Sans Symbols 2" (the font says "Noto Sans Symbols2") left ◉ and ⬤ to whatever
    the computer had, or to an empty box."""
    from PySide6.QtGui import QFontDatabase

    from costar_desktop.ui.appearance import FONT_FAMILIES

    appearance().load_fonts()
    # Qt numbers the fonts an application adds from 0, in the order they were added.
    shipped = {f for fid in range(200) for f in QFontDatabase.applicationFontFamilies(fid)}
    missing = [f for f in FONT_FAMILIES if f not in shipped]
    assert not missing, missing
