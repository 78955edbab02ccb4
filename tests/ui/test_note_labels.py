"""The small words on a note (author, Co, badges) are fitted once and shared by every note
that shows the same words at the same width and size; a change to any of these must
still give the note a layout of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QPainter

from costar_desktop.core.model import Note
from costar_desktop.ui.canvas import note_paint, style
from costar_desktop.ui.canvas.note_item import PAD, NoteItem, meta_height, watch_fonts

LONG_NAME = "Bartholomew Featherstonehaugh-Wolfeschlegelsteinhausen"


def _drawn_labels(item: NoteItem) -> list[tuple]:
    """Paint ``item`` at 100 % and return what its labels were: (words, point size, bold,
    x, y) in item coordinates."""
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(200, 200)
    item.paint(painter, None)
    painter.end()
    return [
        (static.text(), font.pointSizeF(), font.bold(), at.x(), at.y())
        for font, static, at in item.labels
    ]


def _expected_author(item: NoteItem, *, after_letter: bool = False, beside_dots: bool = False):
    """The author's words and place worked out from scratch, as a fresh fit would."""
    size = style.note_meta_point_size()
    fm = QFontMetricsF(style.font(size, bold=True))
    rect, meta = item.rect(), meta_height()
    left, width = rect.left() + PAD, rect.width() - 2 * PAD
    if after_letter:
        left, width = left + meta + 4, width - meta - 4
    if beside_dots:
        width -= 40
    words = fm.elidedText(item.author, Qt.TextElideMode.ElideRight, width)
    return (
        words,
        size,
        True,
        pytest.approx(left),
        pytest.approx(rect.top() + 4 + meta / 2 - fm.height() / 2),
    )


def _expected_co(item: NoteItem):
    size = style.note_meta_point_size()
    fm = QFontMetricsF(style.font(size))
    rect, meta = item.rect(), meta_height()
    return (
        item.co_label,
        size,
        False,
        pytest.approx(rect.right() - PAD - fm.horizontalAdvance(item.co_label)),
        pytest.approx(rect.bottom() - meta - 2 + meta / 2 - fm.height() / 2),
    )


def test_notes_of_the_same_width_keep_their_own_authors(qapp):
    ann = NoteItem(Note(text="One"), author="Ann", co_label="Co-design")
    bob = NoteItem(Note(text="Two"), author="Bob", co_label="Co-deliver")
    assert _drawn_labels(ann)[0] == _expected_author(ann)
    assert _drawn_labels(bob)[0] == _expected_author(bob)
    assert _drawn_labels(bob)[1] == _expected_co(bob)
    assert [words for words, *_ in _drawn_labels(ann)] == ["Ann", "Co-design"]
    assert [words for words, *_ in _drawn_labels(bob)] == ["Bob", "Co-deliver"]


def test_a_wider_note_fits_more_of_a_long_name(qapp):
    narrow = NoteItem(Note(text="One"), author=LONG_NAME, co_label="Co-design")
    wide = NoteItem(
        Note(text="One", width=narrow.rect().width() + 120), author=LONG_NAME, co_label="Co-design"
    )
    assert _drawn_labels(narrow)[0] == _expected_author(narrow)
    assert _drawn_labels(wide)[0] == _expected_author(wide)
    assert _drawn_labels(wide)[1] == _expected_co(wide)
    assert len(_drawn_labels(wide)[0][0]) > len(_drawn_labels(narrow)[0][0])


def test_a_taller_note_has_its_co_at_its_own_bottom(qapp):
    short = NoteItem(Note(text="One"), author="Ann", co_label="Co-design")
    tall = NoteItem(Note(text="Many words " * 30), author="Ann", co_label="Co-design")
    assert tall.rect().height() > short.rect().height()
    assert _drawn_labels(short)[1] == _expected_co(short)
    assert _drawn_labels(tall)[1] == _expected_co(tall)


def test_a_renamed_author_is_shown_at_once(qapp):
    note = Note(text="Peer support")
    item = NoteItem(note, author="Ann", co_label="Co-design")
    assert _drawn_labels(item)[0][0] == "Ann"
    item.sync(note, LONG_NAME, "Co-design")
    labels = _drawn_labels(item)
    assert labels[0] == _expected_author(item)
    assert labels[0][0] != "Ann" and labels[0][0].endswith("…")  # elided, not overflowing


def test_labels_follow_a_new_text_size(qapp, restore_look):
    restore_look.update(text_scale=1.0)
    item = NoteItem(Note(text="Peer support"), author=LONG_NAME, co_label="Co-assess")
    small = _drawn_labels(item)
    restore_look.update(text_scale=2.0)
    item.apply_appearance()  # as the scene does when the text size changes
    large = _drawn_labels(item)
    assert large[0] == _expected_author(item)
    assert large[1] == _expected_co(item)
    assert [size for _w, size, *_ in large] == [2 * size for _w, size, *_ in small]
    assert large[0][0] != small[0][0]  # fewer letters of the long name fit
    assert large[1][4] != small[1][4]  # the Co line sits higher in a taller bottom line
    restore_look.update(text_scale=1.0)
    item.apply_appearance()
    assert _drawn_labels(item) == small


def test_labels_make_room_for_the_colour_letter_and_the_dots(qapp, restore_look):
    restore_look.update(no_colour_only=False)
    item = NoteItem(Note(text="Peer support"), author=LONG_NAME, co_label="Co-assess")
    plain = _drawn_labels(item)[0]
    restore_look.update(no_colour_only=True)
    item.apply_appearance()
    lettered = _drawn_labels(item)[0]
    assert lettered == _expected_author(item, after_letter=True)
    assert lettered[3] > plain[3] and len(lettered[0]) < len(plain[0])
    item.set_status(3, "")
    dotted = _drawn_labels(item)[0]
    assert dotted == _expected_author(item, after_letter=True, beside_dots=True)
    assert len(dotted[0]) < len(lettered[0])
    restore_look.update(no_colour_only=False)
    item.apply_appearance()
    item.set_status(None, "")
    assert _drawn_labels(item)[0] == plain


def test_badges_are_fitted_beside_their_own_co(qapp):
    item = NoteItem(Note(text="Peer support"), author="Ann", co_label="Co-design")
    item.set_status(None, "★ Shortlist · Impact 4/5 · Map step")
    short_co = _drawn_labels(item)
    item.sync(Note(id=item.note_id, text="Peer support"), "Ann", "Co-commission")
    long_co = _drawn_labels(item)
    assert [w for w, *_ in short_co][1] == "Co-design"
    assert [w for w, *_ in long_co][1] == "Co-commission"
    assert len(long_co[2][0]) < len(short_co[2][0])  # the badges give way to the longer Co
    assert long_co[2][0].endswith("…") and long_co[2][0] != "…"


def test_new_fonts_make_labels_fitted_again(qapp):
    """Fonts for other scripts are loaded after the window is up; names measured before
    that must not be reused."""
    item = NoteItem(Note(text="Peer support"), author="Ann", co_label="Co-design")
    _drawn_labels(item)
    assert note_paint.top_line.cache_info().currsize > 0
    watch_fonts()
    QGuiApplication.instance().fontDatabaseChanged.emit()
    assert note_paint.top_line.cache_info().currsize == 0
    assert note_paint.bottom_line.cache_info().currsize == 0
    assert note_paint.placed_labels.cache_info().currsize == 0
