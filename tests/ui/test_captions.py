"""Live captions (issue 27): in presentation mode a note being typed is shown large along the
bottom of the screen, above the floating bar, until it is finished."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from costar_desktop.ui.appearance import Appearance, appearance
from costar_desktop.ui.canvas import readable
from costar_desktop.ui.shell import preferences
from costar_desktop.ui.shell.captions import MAX_LINES
from tests.ui.test_presentation import _layout

WANTED = readable.px_for(readable.CAPTION_PX_AT_1080, 1080)


def _start_typing(window, text: str = ""):
    if window.presentation.active:
        window.presentation.bar.add_note.click()
    else:
        window.editor.new_note()
    item = window.editor.scene.editing_item()
    assert item is not None
    if text:
        QTest.keyClicks(window.editor.view, text)
    return item


def _in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_typing_in_presentation_mode_shows_the_words_large(window, qtbot, restore_look):
    restore_look.update(live_captions=True)
    _layout(window, qtbot, 1920, 1080)
    caption = window.presentation.caption
    item = _start_typing(window)
    assert not caption.isVisible()  # nothing typed yet
    QTest.keyClicks(window.editor.view, "Buses only twice a day")
    assert caption.isVisible()
    assert caption.shown_words() == item.text_item.toPlainText() == "Buses only twice a day"
    QTest.keyClicks(window.editor.view, "!")
    assert caption.shown_words() == "Buses only twice a day!"  # every key
    assert QFontInfo(caption.words.font()).pixelSize() >= WANTED
    assert caption.accessibleName() and caption.words.accessibleName()
    assert "Being written" in caption.title.text()
    # Inside the window, above the floating bar.
    band, bar = _in_window(window, caption), _in_window(window, window.presentation.bar)
    assert window.rect().contains(band)
    assert band.bottom() < bar.top()
    assert band.width() >= 0.8 * window.width()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab])
def test_the_caption_goes_when_the_note_is_finished(window, qtbot, key, restore_look):
    restore_look.update(live_captions=True)
    _layout(window, qtbot, 1920, 1080)
    _start_typing(window, "Transport to meetings")
    caption = window.presentation.caption
    assert caption.isVisible()
    QTest.keyClick(window.editor.view, key)
    assert not caption.isVisible()
    assert window.presentation.active
    assert "Transport to meetings" in [n.text for n in window.document.notes.values()]


def test_clicking_away_or_leaving_presentation_hides_it(window, qtbot, restore_look):
    restore_look.update(live_captions=True)
    _layout(window, qtbot, 1920, 1080)
    caption = window.presentation.caption
    item = _start_typing(window, "First words")
    assert caption.isVisible()
    item.finish_editing("focus")  # what a click elsewhere does
    assert not caption.isVisible()
    _start_typing(window, "Second words")
    assert caption.isVisible()
    window.presentation.leave()
    assert not caption.isVisible()
    QTest.keyClicks(window.editor.view, " still typing")
    assert not caption.isVisible()


def test_not_shown_in_the_normal_window(window, qtbot, restore_look):
    restore_look.update(live_captions=True)
    _start_typing(window, "Typed at the table")
    assert window.presentation.caption is None  # made only when presenting
    window.editor.finish_editing()
    window.presentation.enter()
    window.presentation.leave()
    caption = window.presentation.caption
    assert caption is not None
    _start_typing(window, "Typed at the table again")
    assert not caption.isVisible()


def test_the_setting_turns_captions_off_and_is_remembered(window, qtbot, restore_look, monkeypatch):
    def untick(dlg):
        assert dlg.live_captions.isChecked()  # on by default
        assert "live captions" in dlg.live_captions.text().lower()
        dlg.live_captions.setChecked(False)
        return QDialog.DialogCode.Accepted

    restore_look.update(live_captions=True)
    monkeypatch.setattr(preferences.PreferencesDialog, "exec", untick)
    window.preferences_action.trigger()
    assert not appearance().live_captions
    fresh = Appearance()
    fresh.load()  # what the next start reads
    assert fresh.live_captions is False
    _layout(window, qtbot, 1920, 1080)
    item = _start_typing(window, "Nobody sees this large")
    assert not window.presentation.caption.isVisible()
    item.text_item.document().setPlainText("Still not")
    assert not window.presentation.caption.isVisible()
    # Turned on again while typing: the next key shows it.
    restore_look.update(live_captions=True)
    QTest.keyClicks(window.editor.view, "!")
    assert window.presentation.caption.shown_words() == item.text_item.toPlainText()


def test_a_long_note_shows_its_end(window, qtbot, restore_look):
    restore_look.update(live_captions=True)
    _layout(window, qtbot, 1920, 1080)
    item = _start_typing(window, "x")
    text = " ".join(f"word{i}" for i in range(120)) + " the end being typed"
    item.text_item.document().setPlainText(text)
    caption = window.presentation.caption
    shown = caption.shown_words()
    assert shown.startswith("…") and text.endswith(shown[1:])
    assert shown.endswith("the end being typed")
    lines = caption.words.height() / QFontMetrics(caption.words.font()).lineSpacing()
    assert lines < MAX_LINES + 0.5
    band, bar = _in_window(window, caption), _in_window(window, window.presentation.bar)
    assert window.rect().contains(band) and band.bottom() < bar.top()


@pytest.mark.parametrize(
    "text",
    [
        "Привет, как дела? 🙂",
        "مرحبا بكم في الورشة",
        "你好，我们一起做 👍🏽",
        "Ünïcödé ñ ø — «quotes»",
    ],
)
def test_other_scripts_and_emoji(window, qtbot, text, restore_look):
    restore_look.update(live_captions=True)
    _layout(window, qtbot, 1920, 1080)
    item = _start_typing(window)
    item.text_item.document().setPlainText(text)
    assert window.presentation.caption.shown_words() == text == item.text_item.toPlainText()


def test_high_contrast_theme(window, qtbot, restore_look):
    restore_look.update(live_captions=True, theme_key="high_contrast")
    _layout(window, qtbot, 1920, 1080)
    _start_typing(window, "Black and white")
    caption = window.presentation.caption
    sheet = caption.styleSheet()
    assert "#000000" in sheet and "#ffffff" in sheet  # the theme's banner colours
    image = caption.grab().toImage()
    middle = image.pixelColor(image.width() - 30, image.height() // 2)
    assert middle.name() == "#000000"


# --- messages while presenting ------------------------------------------------------------


def _spend_all_dots(window) -> str:
    """The current voter gives every dot they have; the name of the voter."""
    editor = window.editor
    voter = editor.voter_id()
    for note in list(window.document.notes.values()):
        if note.is_group or note.group_id:
            continue
        editor.scene.select_one(note.id)
        if not editor.give_dot(note.id):
            break
    return editor.author_name(voter)


def test_a_message_is_shown_large_while_presenting(window, qtbot):
    """The status bar is hidden in presentation mode: a dot refused there ("no dots left")
    is said on the screen, above the bar, and goes again after a while."""
    _layout(window, qtbot, 1920, 1080)
    name = _spend_all_dots(window)
    notice = window.presentation.notice
    notice.hide()
    window.menu_actions["view.spotlight"].trigger()
    spotlight = window.spotlight.view
    before = window.document.undo_stack.count()
    QTest.keyClick(spotlight.words, Qt.Key.Key_Right)
    target = spotlight.current
    # A note this voter has no dot on: D is refused, and the room is told why.
    assert not any(
        v.note_id == target and v.voter_id == window.editor.voter_id()
        for v in window.document.votes.values()
    )
    QTest.keyClick(spotlight.words, Qt.Key.Key_D)
    assert window.document.undo_stack.count() == before
    assert "no dots left" in notice.shown_text() and name in notice.shown_text()
    assert QFontInfo(notice.words.font()).pixelSize() >= 0.75 * readable.px_for(
        readable.CAPTION_PX_AT_1080, 1080
    )
    bar = window.presentation.bar
    assert _in_window(window, notice).bottom() <= _in_window(window, bar).top()
    # It hides none of the spotlight's buttons.
    assert _in_window(window, notice).bottom() < _in_window(window, spotlight.previous).top()
    assert notice.timer.isActive()
    notice.timer.timeout.emit()
    assert notice.shown_text() == ""


def test_no_notice_in_the_normal_window(window, qtbot):
    notice_before = window.presentation.notice
    _spend_all_dots(window)
    window.editor.message.emit("Table 1 has no dots left.")
    assert window.statusBar().currentMessage() == "Table 1 has no dots left."
    notice = window.presentation.notice
    assert notice is None or notice is notice_before and notice.shown_text() == ""
