"""The PDF's star draws each note as tall as the canvas lays it out, not at its stored height.

The comparison with the canvas itself (Qt) is tests/ui/test_card_height.py.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.shapes import Group, Rect

from costar_desktop.core import note_card
from costar_desktop.core.demo import demo_workshop
from costar_desktop.core.model import Note, Workshop, WorkshopData
from costar_desktop.core.star import STAR
from costar_desktop.report.star_drawing import card_height, star_drawing
from costar_desktop.report.workshop_report import note_numbers

LINE = 26.0  # one line of note text on the canvas, in star units (Noto Sans at 19 units)


def _note(text: str, **fields) -> Note:
    return Note(id="n", text=text, **fields)


def _drawn_cards(data: WorkshopData, width: float = 500.0) -> list[Rect]:
    """The note cards of the star drawing, in the order of the notes."""
    drawing = star_drawing(width, data, note_numbers(data))
    notes = [item for item in drawing.contents if isinstance(item, Group)][-1]
    return [item for item in notes.contents if isinstance(item, Rect)]


def test_the_star_draws_each_note_at_the_height_its_words_take():
    data = demo_workshop()
    # The sample stores rough estimates (110, 136): none is what the canvas lays out.
    assert all(card_height(n) != n.height for n in data.notes if not n.is_group)
    width = 500.0
    left, top, region_w, region_h = STAR.canvas_rect()
    scale = width / region_w
    cards = _drawn_cards(data, width)
    shown = [n for n in data.notes if n.group_id is None]  # grouped notes print with their group
    assert len(cards) == len(shown)
    for card, note in zip(cards, shown, strict=True):
        want = note.height if note.is_group else card_height(note)
        assert abs(card.height - want * scale) < 1e-6, note.text
        assert abs(card.width - note.width * scale) < 1e-6
        # centred on the note's centre (y flipped: star units grow down, points up)
        assert abs(card.y + card.height / 2 - (top + region_h - note.y) * scale) < 1e-6
        assert abs(card.x + card.width / 2 - (note.x - left) * scale) < 1e-6
    heights = {card_height(n) for n in shown if not n.is_group}
    assert heights == {114.0, 140.0, 166.0}  # two, three or four lines of words


def test_the_stored_height_does_not_matter():
    text = "Peer mentors visit new residents in their first week"
    assert card_height(_note(text, height=60.0)) == card_height(_note(text, height=900.0))


def test_a_card_grows_by_a_line_at_a_time_and_is_never_lower_than_a_new_note():
    assert card_height(_note("")) == note_card.MIN_HEIGHT
    assert card_height(_note("One line")) == note_card.MIN_HEIGHT
    words = "word " * 200
    heights = [card_height(_note(words[:n])) for n in range(0, 600, 10)]
    assert heights == sorted(heights)
    steps = {
        round(b - a, 6)
        for a, b in itertools.pairwise(heights)
        if b != a and a > note_card.MIN_HEIGHT
    }
    assert steps <= {LINE, 2 * LINE}
    # A card shows the first 600 characters: longer notes are no taller.
    assert card_height(_note("word " * 10_000)) == card_height(
        _note(note_card.shown_text("word " * 10_000))
    )
    # Line breaks count; a wider card needs fewer lines.
    assert card_height(_note("a\nb\nc\nd")) == note_card.card_height(
        4 * LINE + 2 * note_card.TEXT_MARGIN
    )
    text = "Notes on wider cards wrap later than on narrow ones, so they are lower"
    assert card_height(_note(text, width=400.0)) < card_height(_note(text))


def test_lines_in_other_scripts_are_as_tall_as_the_canvas_makes_them():
    # Measured on the canvas (QTextLine.height()): Arabic 41, Devanagari 25, CJK and
    # emoji keep the note font's 26.
    for text, line in (("نصمم الخدمة", 41), ("हम मिलकर", 25), ("我们一起设计", 26), ("😀 👍", 26)):
        words = card_height(_note(text + "\n" + text + "\n" + text + "\n" + text))
        assert words == note_card.card_height(4 * line + 2 * note_card.TEXT_MARGIN), text


def test_a_workshop_without_notes_draws_its_star():
    data = WorkshopData(Workshop(title="Empty"), [], [])
    drawing = star_drawing(400.0, data, {})
    assert drawing.width == 400.0
