"""The outline as plain data (core/outline.py): Co → step → group card → note, in reading
order, every note once, dots only when revealed, anonymous notes said to be so."""

from __future__ import annotations

import dataclasses

from costar_desktop.core import rules
from costar_desktop.core.demo import demo_workshop, large_workshop
from costar_desktop.core.model import (
    NOTE_KIND_GROUP,
    Co,
    Note,
    Participant,
    Step,
    Vote,
    Workshop,
    WorkshopData,
)
from costar_desktop.core.outline import entries, outline
from costar_desktop.core.star import CO_ORDER, STEP_ORDER


def _board() -> WorkshopData:
    """Notes in two Co's and the parking area, a group whose notes were written at two
    steps, dots on a grouped note and on a plain one, and an anonymous note."""
    people = [Participant(id="p1", name="Table 1"), Participant(id="p2", name="Ali")]
    notes = [
        Note(id="late", text="Lower on the star", co=Co.DESIGN, x=0, y=300, author_id="p1"),
        Note(id="early", text="Higher on the star", co=Co.DESIGN, x=0, y=-300, author_id="p2"),
        Note(id="anon", text="Nobody's", co=Co.DESIGN, x=50, y=-300),
        Note(id="gone", text="Author left", co=Co.DESIGN, x=0, y=500, author_id="nobody"),
        Note(
            id="card",
            text="Peer support",
            kind=NOTE_KIND_GROUP,
            co=Co.COMMISSION,
            step=Step.FOCUS,
            x=0,
            y=0,
            impact=4,
            shortlisted=True,
        ),
        Note(id="m2", text="Second", co=Co.COMMISSION, step=Step.MAP, group_id="card", y=90),
        Note(id="m1", text="First", co=Co.COMMISSION, step=Step.FOCUS, group_id="card", y=60),
        Note(id="park", text="Parked", co=None, step=Step.GROW, x=2000, y=0, author_id="p1"),
        Note(id="lost", text="In a group that is gone", co=Co.ASSESS, group_id="missing"),
    ]
    votes = [Vote(note_id="m1", voter_id="p1"), Vote(note_id="card"), Vote(note_id="late")]
    return WorkshopData(Workshop(), people, notes, votes)


def _shape(data: WorkshopData) -> list:
    """The outline as nested tuples of Co, step and ids."""
    return [
        (
            b.co,
            [(s.step, [(e.id, [m.id for m in e.members]) for e in s.entries]) for s in b.steps],
        )
        for b in outline(data)
    ]


def test_nesting_is_co_then_step_then_group_then_note():
    assert _shape(_board()) == [
        (Co.COMMISSION, [(Step.FOCUS, [("card", ["m1", "m2"])])]),
        (Co.DESIGN, [(Step.MAP, [("early", []), ("anon", []), ("late", []), ("gone", [])])]),
        (Co.ASSESS, [(Step.MAP, [("lost", [])])]),
        (None, [(Step.GROW, [("park", [])])]),
    ]


def test_a_grouped_note_keeps_the_step_it_was_written_at():
    card = outline(_board())[0].steps[0].entries[0]
    assert card.is_group and [m.step for m in card.members] == [Step.FOCUS, Step.MAP]
    assert card.impact == 4 and card.shortlisted
    assert not any(m.is_group for m in card.members)


def test_the_sample_is_read_in_reading_order_and_every_note_once():
    data = demo_workshop()
    listed = [e.id for e in entries(outline(data))]
    assert sorted(listed) == sorted(n.id for n in data.notes)
    # Within each step of a Co, the order is the star's reading order.
    for branch in outline(data):
        for part in branch.steps:
            ids = [e.id for e in part.entries]
            tops = [i for i in rules.reading_order(data.notes_by_id()) if i in ids]
            assert ids == tops
    cos = [b.co for b in outline(data)]
    assert cos == [co for co in (*CO_ORDER, None) if co in cos]
    for branch in outline(data):
        steps = [s.step for s in branch.steps]
        assert steps == [s for s in STEP_ORDER if s in steps]


def test_every_note_once_in_a_large_generated_workshop():
    data = large_workshop(2000)
    listed = [e.id for e in entries(outline(data))]
    assert len(listed) == len(set(listed)) == len(data.notes)


def test_dots_are_counted_for_the_group_and_shown_only_when_revealed():
    data = _board()
    by_id = {e.id: e for e in entries(outline(data))}
    assert by_id["card"].dots == 2  # its own dot and the one given to m1 before grouping
    assert by_id["m1"].dots == 0 and by_id["late"].dots == 1 and by_id["park"].dots == 0
    hidden = dataclasses.replace(data, workshop=Workshop(votes_hidden=True))
    assert all(e.dots is None for e in entries(outline(hidden)))


def test_anonymous_notes_have_no_author():
    by_id = {e.id: e for e in entries(outline(_board()))}
    assert by_id["early"].author == "Ali" and by_id["late"].author == "Table 1"
    assert by_id["anon"].author is None
    assert by_id["gone"].author is None  # its author is no longer a participant


def test_every_branch_lists_all_four_cos_and_five_steps():
    branches = outline(_board(), every_branch=True)
    assert [b.co for b in branches] == [*CO_ORDER, None]
    for branch in branches[:4]:
        assert [s.step for s in branch.steps] == list(STEP_ORDER)
    assert [s.step for s in branches[4].steps] == [Step.GROW]  # only where notes are
    assert [e.id for e in entries(branches)] == [e.id for e in entries(outline(_board()))]


def test_an_empty_workshop_has_an_empty_outline():
    empty = WorkshopData(Workshop(), [], [])
    assert outline(empty) == []
    assert [b.co for b in outline(empty, every_branch=True)] == list(CO_ORDER)
