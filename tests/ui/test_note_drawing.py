"""How notes are drawn for speed (cached cards, text laid out once, far-out detail),
and that nothing a group relies on is lost by it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from costar_desktop.core.model import Note, Step, Workshop, WorkshopData
from costar_desktop.core.palette import PALETTE
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.note_item import MIN_TEXT_POINTS, NoteItem
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.canvas.view import CanvasView
from costar_desktop.ui.model.document import WorkshopDocument


@pytest.fixture
def palette_canvas(qapp, tmp_path):
    """One note of each colour, side by side in the current step, in a 900×600 view, in the
    app's own look (fonts, theme), whichever tests ran before."""
    from costar_desktop.ui.shell.app import create_application

    create_application()
    notes = [
        Note(
            text=f"{entry.name} note with a few words",
            colour=entry.key,
            step=Step.MAP,
            x=-1300.0 + 330 * i,
            y=-950.0,
        )
        for i, entry in enumerate(PALETTE)
    ]
    path = tmp_path / "palette.costar"
    WorkshopFile.create(path, data=WorkshopData(Workshop(title="Palette"), [], notes)).close()
    document = WorkshopDocument(WorkshopFile.open(path))
    scene = CanvasScene(document.geometry)
    scene.set_document(document)
    view = CanvasView(scene)
    view.resize(900, 600)
    view.show()
    QApplication.processEvents()
    yield document, scene, view
    view.close()
    scene.set_document(None)
    document.close()


def _show(view, zoom: float, centre) -> QImage:
    view.set_zoom(zoom)
    view.centerOn(*centre)
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def _device_rect(view, item) -> QRectF:
    return QRectF(view.mapFromScene(item.mapRectToScene(item.rect())).boundingRect())


def _share_of(image: QImage, rect: QRectF, colour: QColor, tolerance: int = 10) -> float:
    """The share of pixels inside ``rect`` that have ``colour``."""
    inside = rect.adjusted(2, 2, -2, -2).toRect()
    hits = total = 0
    for y in range(max(0, inside.top()), min(image.height(), inside.bottom() + 1)):
        for x in range(max(0, inside.left()), min(image.width(), inside.right() + 1)):
            c = image.pixelColor(x, y)
            total += 1
            hits += (
                abs(c.red() - colour.red()) <= tolerance
                and abs(c.green() - colour.green()) <= tolerance
                and abs(c.blue() - colour.blue()) <= tolerance
            )
    return hits / total if total else 0.0


def test_far_out_every_note_keeps_its_colour(palette_canvas):
    _document, scene, view = palette_canvas
    zoom = 0.12
    assert zoom * style.note_text_point_size() < MIN_TEXT_POINTS  # words drawn as bars
    image = _show(view, zoom, (-150, -950))
    items = scene.note_items()
    assert len(items) == len(PALETTE)
    for item in items:
        fill, _ink = style.note_fill_and_ink(item.colour_key)
        rect = _device_rect(view, item)
        assert rect.width() > 10, "the note should be on screen"
        assert _share_of(image, rect, fill) > 0.4, item.colour_key


def test_far_out_a_selected_note_still_has_a_visible_frame(palette_canvas):
    _document, scene, view = palette_canvas
    items = scene.note_items()
    plain = _show(view, 0.12, (-150, -950))
    items[3].setSelected(True)
    selected = _show(view, 0.12, (-150, -950))
    selection = QColor(style.theme().selection)
    around = _device_rect(view, items[3]).adjusted(-4, -4, 4, 4)
    assert (
        _share_of(selected, around, selection, 40) > _share_of(plain, around, selection, 40) + 0.05
    )


def test_a_cached_card_is_drawn_again_when_it_changes(palette_canvas):
    _document, scene, view = palette_canvas
    item = scene.note_items()[0]
    before = _show(view, 1.0, (item.pos().x(), item.pos().y()))
    again = _show(view, 1.0, (item.pos().x(), item.pos().y()))
    assert again == before  # nothing changed: the cached card is reused as it was
    item.set_status(3, "★ Shortlist")
    dotted = _show(view, 1.0, (item.pos().x(), item.pos().y()))
    assert dotted != before
    item.setSelected(True)
    assert _show(view, 1.0, (item.pos().x(), item.pos().y())) != dotted


def test_notes_have_no_text_editor_until_one_is_edited(window):
    items = window.editor.scene.note_items()
    assert items and all(not i.childItems() for i in items)
    item = items[0]
    item.start_editing()
    assert item.editing and item.text_item.isVisible()
    item.text_item.setPlainText("Changed while the room watched")
    item.finish_editing("enter")
    assert not item.text_item.isVisible()
    assert window.document.notes[item.note_id].text == "Changed while the room watched"
    assert item.text == "Changed while the room watched"


@pytest.mark.parametrize(
    "text",
    [
        "Short",
        "Two lines\nof text",
        "Blank line\n\nbetween",
        "x" * 120,
        "Peer mentors visit people in the first weeks after they leave hospital " * 3,
        "مرشدون من الأقران يزورون الناس بعد خروجهم من المستشفى",
        "同伴导师在出院后的头几周探访病人",
        "Grŵp cymorth i ofalwyr 🙂 ✓",
    ],
)
def test_a_note_is_as_tall_drawn_as_in_its_editor(qapp, text):
    """The drawn text and the editor wrap the same way, so a note does not jump when
    editing starts, and heights saved while typing match the drawn notes."""
    item = NoteItem(Note(text=text))
    drawn = item.natural_height()
    item.start_editing()
    assert item.natural_height() == pytest.approx(drawn, abs=1.0)


def _dark_share(image: QImage, rect: QRectF) -> float:
    return _share_of(image, rect, QColor("#111111"), 40)


def test_frames_and_dots_outside_the_card_are_drawn_whole(palette_canvas):
    """A plain note's cached card is only as big as the card and its shadow; selection,
    focus and dots need room outside it, which the note takes while it has them."""
    _document, scene, view = palette_canvas
    item = scene.note_items()[2]
    centre = (item.pos().x(), item.pos().y())
    plain = _show(view, 1.0, centre)
    card = _device_rect(view, item)
    above = QRectF(card.left(), card.top() - 12, card.width(), 9)  # over the top edge
    left = QRectF(card.left() - 12, card.top(), 9, card.height())  # beyond the left edge
    assert _dark_share(plain, above) < 0.05 and _dark_share(plain, left) < 0.05
    item.setSelected(True)
    selected = _show(view, 1.0, centre)
    assert _dark_share(selected, left) > 0.05  # the dashed frame, not clipped
    item.setSelected(False)
    assert _dark_share(_show(view, 1.0, centre), left) < 0.05  # and gone again
    item.set_status(4, "")
    corner = QRectF(card.right() - 24, card.top() - 9, 34, 9)  # the badge's top half
    assert _dark_share(_show(view, 1.0, centre), corner) > 0.2


def test_words_in_other_scripts_are_laid_out_again_when_fonts_are_added(qapp, tmp_path):
    """Other scripts' fonts are loaded once the window is up: notes laid out before in a
    fallback font must use them; notes in the main font are left alone."""
    notes = [Note(text="Peer support"), Note(text="مرشدون من الأقران", x=400.0)]
    path = tmp_path / "scripts.costar"
    WorkshopFile.create(path, data=WorkshopData(Workshop(title="Scripts"), [], notes)).close()
    document = WorkshopDocument(WorkshopFile.open(path))
    scene = CanvasScene(document.geometry)
    scene.set_document(document)
    latin, arabic = (scene.note_item(n.id) for n in notes)
    before = latin.words, arabic.words
    for _font_file in range(3):
        QApplication.instance().fontDatabaseChanged.emit()
    QApplication.processEvents()
    assert latin.words is before[0]
    assert arabic.words is not before[1]
    assert arabic.natural_height() == NoteItem(notes[1]).natural_height()
    scene.set_document(None)
    document.close()


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.3])
@pytest.mark.parametrize(
    "text",
    [
        "Peer mentors visit people in the first weeks after they leave hospital",
        "Two lines\nof text",
        "مرشدون من الأقران يزورون الناس بعد خروجهم من المستشفى",
    ],
)
def test_a_note_draws_its_words_where_a_static_text_would(qapp, text, scale):
    """The words are drawn from glyph runs laid out once; they must land where Qt's own
    QStaticText, laid out the same way, puts them, at 100 % and zoomed out."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainter, QStaticText, QTextOption

    from costar_desktop.ui.canvas.note_item import PAD, TEXT_MARGIN, meta_height

    item = NoteItem(Note(text=text, colour="yellow"))
    rect = item.rect()
    fill, ink = style.note_fill_and_ink("yellow")
    size = (int(rect.width() * scale) + 2, int(rect.height() * scale) + 2)

    def canvas(draw) -> QImage:
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(fill)
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(-rect.left(), -rect.top())
        draw(painter)
        painter.end()
        return image

    drawn = canvas(lambda painter: item.paint(painter, None))
    static = QStaticText(text.replace("\n", "\u2028"))
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(rect.width() - 2 * PAD - 2 * TEXT_MARGIN)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    static.setTextOption(option)
    top_left = QPointF(
        rect.left() + PAD + TEXT_MARGIN, rect.top() + meta_height() + PAD / 2 + TEXT_MARGIN
    )

    def reference(painter):
        painter.setFont(style.font(style.note_text_point_size()))
        painter.setPen(ink)
        painter.drawStaticText(top_left, static)

    expected = canvas(reference)
    words = QRectF(top_left.x() * 1, top_left.y(), static.size().width(), static.size().height())
    area = QRectF(
        (words.left() - rect.left()) * scale,
        (words.top() - rect.top()) * scale,
        words.width() * scale,
        words.height() * scale,
    ).toRect()
    inked = differ = total = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            a, b = drawn.pixelColor(x, y), expected.pixelColor(x, y)
            total += 1
            inked += abs(b.value() - fill.value()) > 60
            differ += (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > 60
            )
    assert inked > total * 0.05  # there are words in the area
    assert differ < total * 0.01


def test_a_note_in_letters_no_font_has_is_drawn_without_a_crash(palette_canvas):
    """A Khmer symbol, unassigned code points and a private-use letter: on a machine without
    a font for them Qt stands in a font without a name, and asking that font its name
    crashed the whole app (found by the undo model, which lays notes out on a canvas)."""
    document, scene, view = palette_canvas
    texts = ["᧻", "\U000426b5\U00095889𘯢𢾐\U0006fbdf᧻", "Khmer ᧻ and private \ue000 use"]
    note_ids = [n.id for n in document.notes.values()][: len(texts)]
    document.update_notes({nid: {"text": text} for nid, text in zip(note_ids, texts, strict=True)})
    for nid, text in zip(note_ids, texts, strict=True):
        item = scene.note_item(nid)
        assert item.text == text
        assert item.words is not None and not item.words.main_font_only
    image = view.grab().toImage()
    assert not image.isNull()
    assert document.store.notes()[0].text in texts + [n.text for n in document.notes.values()]
