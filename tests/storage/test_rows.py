"""Rows to notes and back: the Co and step read from a file, whatever the file holds, and
the same rules refusing a bad value on its way in."""

from __future__ import annotations

import math

import pytest

from costar_desktop.core.model import Co, Note, Step, Workshop
from costar_desktop.storage import SaveFailed, rows
from costar_desktop.storage.values import check_tables


def _read(**values) -> tuple[Note, list]:
    row = rows.note_to_row(Note(text="Peer support"))
    row.update(values)
    workshop = rows.workshop_to_row(Workshop())
    data, repairs = check_tables({"workshop": [workshop], "notes": [row]})
    return data.notes[0], repairs


@pytest.mark.parametrize("co", list(Co))
@pytest.mark.parametrize("step", list(Step))
def test_every_co_and_step_is_read_back(co, step):
    note, repairs = _read(co=co.value, step=step.value)
    assert note.co is co and note.step is step
    assert repairs == []


@pytest.mark.parametrize("value", ["", "DESIGN", "nope", 3, 2.5, b"design"])
def test_an_unknown_co_is_no_co_and_an_unknown_step_is_map_and_both_are_told(value):
    note, repairs = _read(co=value, step=value)
    assert note.co is None
    assert note.step is Step.MAP
    told = " ".join(str(r) for r in repairs)
    assert "its Co was not one CoStar Desktop knows" in told
    assert "its step was not one CoStar Desktop knows; it is now “Map”" in told


def test_no_co_is_a_good_value():
    note, repairs = _read(co=None)
    assert note.co is None and repairs == []


@pytest.mark.parametrize(
    "field, value",
    [
        ("x", math.nan),
        ("y", math.inf),
        ("x", "left"),
        ("impact", 9),
        ("impact", 2.5),
        ("colour", "mauve"),
        ("shortlisted", 2),
        ("width", -5.0),
        ("step", None),
    ],
)
def test_a_bad_value_on_its_way_in_is_refused_in_words(field, value):
    with pytest.raises(SaveFailed, match="^Not saved: for a note, the "):
        rows.note_to_row(_unchecked(field, value))
    with pytest.raises(SaveFailed, match="^Not saved: for a note, the "):
        rows.note_change_to_row({field: value})


def _unchecked(field, value) -> Note:
    note = Note(text="Peer support")
    object.__setattr__(note, field, value)  # past __post_init__, as a bug could
    return note


def test_long_text_is_refused_with_the_apps_own_words():
    with pytest.raises(
        SaveFailed, match="This text is 20,001 characters long; the limit is 20,000"
    ):
        rows.note_change_to_row({"text": "x" * 20_001})
    assert rows.note_change_to_row({"text": "a\r\nb\x00"})["text"] == "a\nb"
