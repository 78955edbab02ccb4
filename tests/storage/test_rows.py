"""Rows to notes: the Co and step read from a file, whatever the file holds."""

from __future__ import annotations

import pytest

from costar_desktop.core.model import Co, Note, Step
from costar_desktop.storage import rows


def _row(**values) -> dict:
    row = rows.note_to_row(Note(text="Peer support"))
    row.update(values)
    return row


@pytest.mark.parametrize("co", list(Co))
@pytest.mark.parametrize("step", list(Step))
def test_every_co_and_step_is_read_back(co, step):
    note = rows.row_to_note(_row(co=co.value, step=step.value))
    assert note.co is co and note.step is step


@pytest.mark.parametrize("value", [None, "", "DESIGN", "nope", 3, 2.5, b"design"])
def test_a_missing_or_unknown_co_is_no_co_and_an_unknown_step_is_map(value):
    note = rows.row_to_note(_row(co=value, step=value))
    assert note.co is None
    assert note.step is Step.MAP
