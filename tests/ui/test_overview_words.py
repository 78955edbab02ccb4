"""The overview uses the screen (issue 27): in presentation mode at 1920×1080 the current
step's notes show their words at the overview's readable size, whatever the zoom; the cards
keep their size and place, and the normal window is as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from costar_desktop.ui.canvas import readable, style
from tests.ui.test_presentation import _layout

#: What the room must get on a 1080-pixel-high screen.
WANTED = readable.px_for(readable.OVERVIEW_PX_AT_1080, 1080)


def _current_notes(scene):
    notes = [i for i in scene.note_items() if i.isVisible() and not i.faded]
    assert len(notes) >= 20  # the sample's Map step
    return notes


def _scale(view) -> float:
    return view.transform().m11()


def _drawn_px(item, scale: float) -> float:
    """The words' em on screen: the font the card draws them with, through the view's
    transform."""
    large = item.large_words(scale)
    if large is not None:  # the font the glyphs were laid out in
        assert large.runs, item.note_text
        assert {run.rawFont().pixelSize() for run in large.runs} == {large.pixel_size}
    return item.words_em(scale) * scale


def _assert_prefix(item, scale: float) -> None:
    shown = item.shown_words(scale)
    words = item.note_text.split()
    if shown.endswith("…"):
        part = shown[:-1].split()
        if part and part != words[: len(part)]:
            # Only a first word too wide for the card is shown in part.
            assert len(part) == 1 and words[0].startswith(part[0]), (shown, item.note_text)
            return
        assert part and part == words[: len(part)], (shown, item.note_text)
        assert len(part) < len(words)
    else:
        assert shown.split() == words


def _card_image(view, item, scale: float) -> QImage:
    """The card as the view draws it at ``scale``, from its top left corner."""
    card = item.scene_card()
    image = _blank(card, scale)
    painter = QPainter(image)
    painter.setRenderHints(view.renderHints())
    target = QRectF(0, 0, card.width() * scale, card.height() * scale)
    view.scene().render(painter, target, card, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def _blank(card: QRectF, scale: float) -> QImage:
    image = QImage(
        int(card.width() * scale) + 1, int(card.height() * scale) + 1, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    return image


def _words_alone(item, large, scale: float) -> QImage:
    """Only the large words, black on white, where the card draws them."""
    image = _blank(item.scene_card(), scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.setPen(QColor("black"))
    large.draw(painter, QPointF(0, 0))
    painter.end()
    return image


def _share_drawn(card: QImage, words: QImage, fill: QColor) -> float:
    """Of the words' dark pixels, the share that the card drew clearly darker than its fill."""
    wanted = drawn = 0
    for y in range(words.height()):
        for x in range(words.width()):
            if QColor(words.pixel(x, y)).lightness() < 80:
                wanted += 1
                if QColor(card.pixel(x, y)).lightness() < fill.lightness() - 60:
                    drawn += 1
    assert wanted > 50
    return drawn / wanted


@pytest.mark.parametrize("shrink", [1.0, 0.75])
def test_current_step_words_are_readable_at_1920x1080(window, qtbot, shrink):
    _layout(window, qtbot, 1920, 1080)
    view, scene = window.editor.view, window.editor.scene
    if shrink != 1.0:
        view.set_zoom(view.zoom() * shrink)
    scale = _scale(view)
    # The words would be small without it (today's fit draws them about 6 px high).
    assert 19 * scale < WANTED
    for item in _current_notes(scene):
        assert _drawn_px(item, scale) >= WANTED, item.note_text
        _assert_prefix(item, scale)
    # Cards keep their size and place.
    sizes = {i.note_id: (i.scene_card(), i.pos()) for i in scene.note_items()}
    window.presentation.leave()
    assert sizes == {i.note_id: (i.scene_card(), i.pos()) for i in scene.note_items()}


def test_the_cards_really_draw_the_large_words(window, qtbot):
    _layout(window, qtbot, 1920, 1080)
    view, scene = window.editor.view, window.editor.scene
    scale = _scale(view)
    item = next(i for i in _current_notes(scene) if i.colour_key == "yellow" and not i.dots)
    large = item.large_words(scale)
    fill = style.note_fill_and_ink(item.colour_key)[0]
    words = _words_alone(item, large, scale)
    assert _share_drawn(_card_image(view, item, scale), words, fill) > 0.9
    scene.set_readable_words(None)  # as in the normal window: the small words
    assert _share_drawn(_card_image(view, item, scale), words, fill) < 0.5


def test_other_steps_notes_stay_small_and_an_edited_note_shows_its_editor(window, qtbot):
    _layout(window, qtbot, 1920, 1080)
    view, scene = window.editor.view, window.editor.scene
    scale = _scale(view)
    faded = [i for i in scene.note_items() if i.faded]
    assert faded
    for item in faded:
        assert item.large_words(scale) is None
    item = _current_notes(scene)[0]
    assert item.large_words(scale) is not None
    item.start_editing()
    assert item.large_words(scale) is None
    assert item.text_item.isVisible()
    item.finish_editing("escape")
    assert item.large_words(scale) is not None


def test_normal_window_unchanged_and_leaving_presentation_restores(window, qtbot):
    view, scene = window.editor.view, window.editor.scene
    view.fit_star()
    scale = _scale(view)
    assert scene.readable_words_px is None
    usual_em = 19 * style.appearance().text_scale
    for item in scene.note_items():
        assert item.readable_px is None and item.large_words(scale) is None
        assert item.words_em(scale) == pytest.approx(usual_em, abs=0.5)
    window.presentation.enter()
    assert scene.readable_words_px is not None
    assert all(i.readable_px == scene.readable_words_px for i in scene.note_items())
    window.presentation.leave()
    assert scene.readable_words_px is None
    for item in scene.note_items():
        assert item.readable_px is None and item.large_words(_scale(view)) is None


def test_the_size_follows_the_window_and_the_text_size(window, qtbot, restore_look):
    _layout(window, qtbot, 1920, 1080)
    scene = window.editor.scene
    assert scene.readable_words_px == pytest.approx(WANTED)
    restore_look.update(text_scale=1.5)
    assert scene.readable_words_px == pytest.approx(1.5 * WANTED)
    window.setGeometry(0, 0, 1280, 720)
    qtbot.waitUntil(lambda: scene.readable_words_px == pytest.approx(1.5 * WANTED * 720 / 1080))


def test_high_contrast_without_colour_keeps_the_letter_and_pattern(window, qtbot, restore_look):
    restore_look.update(theme_key="high_contrast", no_colour_only=True)
    _layout(window, qtbot, 1920, 1080)
    view, scene = window.editor.view, window.editor.scene
    scale = _scale(view)
    for item in _current_notes(scene):
        large = item.large_words(scale)
        assert large is not None and large.letter_box is not None and large.strip is not None
        assert _drawn_px(item, scale) >= WANTED
        _assert_prefix(item, scale)
        # Beside the letter, words start after it.
        box = large.letter_box
        beside = [p for run in large.runs for p in run.positions() if p.y() < box.bottom()]
        assert all(p.x() >= box.right() for p in beside)
    # The letter's box and the pattern are drawn: ink where they are.
    item = next(i for i in _current_notes(scene) if i.colour_key == "yellow")
    image = _card_image(view, item, scale)
    box = item.large_words(scale).letter_box
    frame_left = int(box.left() * scale)
    column = [QColor(image.pixel(frame_left, y)).lightness() for y in range(image.height())]
    assert min(column) < 60
