"""The rules that several parts of the app apply, each written once in core.rules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from costar_desktop.core import rules, steps
from costar_desktop.core.model import (
    Action,
    ActionStatus,
    Audience,
    Co,
    Note,
    ParticipantKind,
    Step,
    Vote,
    Workshop,
    WorkshopData,
)
from costar_desktop.core.star import STAR

UI = Path(__file__).resolve().parents[2] / "costar_desktop" / "ui"


def _a_point_in(co: Co | None) -> tuple[float, float]:
    return STAR.note_slots(co, 220.0, 100.0)[0]


# --- a note's Co --------------------------------------------------------------------------


def test_a_note_co_follows_from_its_centre():
    for co in (Co.COMMISSION, Co.DESIGN, Co.DELIVER, Co.ASSESS, None):
        x, y = _a_point_in(co)
        assert rules.note_co(x, y) is co


def test_with_co_sets_the_co_of_where_a_note_lands_whatever_it_held():
    x, y = _a_point_in(Co.DESIGN)
    note = Note(x=0.0, y=0.0, co=Co.ASSESS)
    assert rules.with_co({"x": x, "y": y, "co": Co.ASSESS}, note) == {
        "x": x,
        "y": y,
        "co": Co.DESIGN,
    }


def test_with_co_uses_the_coordinate_a_change_leaves_alone():
    x, y = _a_point_in(Co.DELIVER)
    note = Note(x=x, y=0.0)
    assert rules.with_co({"y": y}, note)["co"] is Co.DELIVER


def test_with_co_leaves_a_change_that_does_not_move_the_note():
    note = Note(x=0.0, y=0.0, co=Co.ASSESS)
    assert rules.with_co({"text": "hello"}, note) == {"text": "hello"}


def test_with_co_of_a_new_note_uses_its_centre():
    x, y = _a_point_in(None)
    assert rules.with_co({"x": x, "y": y, "co": Co.DESIGN})["co"] is None


# --- dots ----------------------------------------------------------------------------------


def _grouped():
    card = Note(id="card", kind="group")
    a = Note(id="a", group_id="card")
    b = Note(id="b")
    return {n.id: n for n in (card, a, b)}


def test_a_dot_on_a_grouped_note_goes_to_its_group():
    notes = _grouped()
    assert rules.dot_target(notes, "a") == "card"
    assert rules.dot_target(notes, "b") == "b"
    assert rules.dot_target(notes, "gone") == "gone"


def test_dot_totals_count_a_grouped_note_s_dots_for_its_group():
    notes = _grouped()
    votes = [
        Vote(note_id="a", voter_id="p"),
        Vote(note_id="card", voter_id="q"),
        Vote(note_id="b", voter_id="p"),
    ]
    totals = rules.dot_totals(votes, notes)
    assert totals == {"card": 2, "b": 1}


def test_the_ranking_counts_dots_by_the_same_rule():
    notes = _grouped()
    votes = [Vote(note_id="a", voter_id="p"), Vote(note_id="card", voter_id="q")]
    data = WorkshopData(Workshop(), [], list(notes.values()), votes)
    assert steps.votes_by_note(data) == rules.dot_totals(votes, notes)
    assert [(r.note.id, r.votes) for r in steps.ranking(data)] == [("card", 2)]


def test_a_voter_s_dots_on_a_note_count_those_on_its_group_and_no_one_else_s():
    notes = _grouped()
    mine_on_card = Vote(note_id="card", voter_id="p")
    mine_on_member = Vote(note_id="a", voter_id="p")
    theirs = Vote(note_id="card", voter_id="q")
    mine_elsewhere = Vote(note_id="b", voter_id="p")
    votes = [mine_on_card, theirs, mine_elsewhere, mine_on_member]
    assert rules.dots_of_voter_on(votes, notes, "p", "a") == [mine_on_card, mine_on_member]
    assert rules.dots_of_voter_on(votes, notes, "p", "card") == [mine_on_card, mine_on_member]
    assert rules.dots_of_voter_on(votes, notes, "q", "b") == []
    assert rules.dots_of_voter_on(votes, notes, None, "b") == []


# --- carrying actions over -------------------------------------------------------------------


def test_carrying_over_copies_the_open_actions_only_with_new_ids_and_no_links():
    open_one = Action(
        action="Train mentors",
        first_step="Ask",
        owner="Sam",
        due="2026-05-01",
        co=Co.DELIVER,
        status=ActionStatus.IN_PROGRESS,
        review_date="2026-06-01",
        note_ids=["n1"],
    )
    done = Action(action="Write leaflet", status=ActionStatus.DONE)
    not_started = Action(action="Book a room")
    carried = rules.carry_over_actions([open_one, done, not_started], "Spring workshop")
    assert [a.action for a in carried] == ["Train mentors", "Book a room"]
    first = carried[0]
    assert first.id != open_one.id and first.note_ids == []
    assert first.carried_from == "Spring workshop"
    assert (
        first.first_step,
        first.owner,
        first.due,
        first.co,
        first.status,
        first.review_date,
    ) == ("Ask", "Sam", "2026-05-01", Co.DELIVER, ActionStatus.IN_PROGRESS, "2026-06-01")


# --- where new notes go ---------------------------------------------------------------------


def _overlaps(p, q, w=220.0, h=100.0):
    return abs(p[0] - q[0]) < w and abs(p[1] - q[1]) < h


def test_a_free_place_is_in_the_co_and_away_from_the_notes_there():
    first = rules.free_place(Co.DESIGN, [])
    assert rules.note_co(*first) is Co.DESIGN
    there = Note(x=first[0], y=first[1])
    second = rules.free_place(Co.DESIGN, [there])
    assert rules.note_co(*second) is Co.DESIGN
    assert second != first
    assert abs(second[0] - first[0]) > 220 * 0.6 or abs(second[1] - first[1]) > 70


def test_a_free_place_near_a_point_is_the_nearest_free_slot_of_the_parking_area():
    import math

    near = (0.0, 0.0)  # the hub of the star
    place = rules.free_place(None, [], near=near)
    assert rules.note_co(*place) is None and not STAR.contains(*place)
    slots = STAR.note_slots(None, 220.0, rules.FREE_PLACE_HEIGHT, rules.FREE_PLACE_GAP)
    assert math.hypot(*place) == min(math.hypot(*p) for p in slots)
    # Taken: the next nearest free one, still in the parking area.
    second = rules.free_place(None, [Note(x=place[0], y=place[1])], near=near)
    assert second != place and rules.note_co(*second) is None
    assert math.hypot(*second) >= math.hypot(*place)
    # Without ``near`` the order is the slots' own, as before.
    assert rules.free_place(None, []) == slots[0]


def test_a_note_started_on_the_ring_of_steps_goes_to_the_parking_area_beside_it():
    assert rules.new_note_place(10.0, -20.0, []) == rules.free_place(None, [], near=(10.0, -20.0))
    assert not STAR.contains(*rules.new_note_place(10.0, -20.0, []))
    inside = _a_point_in(Co.DESIGN)
    assert rules.new_note_place(*inside, []) == inside  # anywhere else: where it was started
    assert rules.new_note_place(-1500.0, 0.0, []) == (-1500.0, 0.0)


def test_the_next_note_goes_beside_the_last_in_the_same_co_and_never_on_another_note():
    after = _a_point_in(Co.COMMISSION)
    last = Note(x=after[0], y=after[1])
    place = rules.next_note_place(after, 220.0, 100.0, [last])
    assert rules.note_co(*place) is Co.COMMISSION
    assert not _overlaps(place, after)
    blocker = Note(x=place[0], y=place[1])
    again = rules.next_note_place(after, 220.0, 100.0, [last, blocker])
    assert rules.note_co(*again) is Co.COMMISSION
    assert not _overlaps(again, after) and not _overlaps(again, place)


# --- the order notes are read in ------------------------------------------------------------


def _note(id, co, x, y, **kw) -> Note:
    return Note(id=id, co=co, x=x, y=y, **kw)


def _by_id(*notes: Note) -> dict[str, Note]:
    return {n.id: n for n in notes}


def test_notes_are_read_by_co_in_the_star_s_order_then_row_by_row_from_the_left():
    notes = _by_id(
        _note("parked", None, -900, -900),
        _note("assess", Co.ASSESS, 0, 0),
        _note("design-low", Co.DESIGN, -300, 200),
        _note("design-right", Co.DESIGN, 300, 0),
        # 10 units lower than "design-right": the same row, read first as it is on the left
        _note("design-left", Co.DESIGN, -300, 10),
        _note("commission", Co.COMMISSION, 500, 500),
    )
    assert rules.reading_order(notes) == [
        "commission",
        "design-left",
        "design-right",
        "design-low",
        "assess",
        "parked",
    ]


def test_a_group_s_notes_follow_its_title_wherever_they_lie():
    notes = _by_id(
        _note("above", Co.DELIVER, 0, -500),
        _note("card", Co.DELIVER, 0, 0, kind="group"),
        _note("member-low", Co.DELIVER, 0, 300, group_id="card"),
        _note("member-high", Co.DELIVER, 0, -900, group_id="card"),
        _note("below", Co.DELIVER, 0, 100),
    )
    assert rules.reading_order(notes) == ["above", "card", "member-high", "member-low", "below"]


def test_only_the_notes_asked_for_and_the_first_part_comes_first():
    notes = _by_id(
        _note("a", Co.COMMISSION, 0, 0, step=Step.MAP),
        _note("b", Co.DESIGN, 0, 0, step=Step.FOCUS),
        _note("c", Co.DELIVER, 0, 0, step=Step.MAP),
        _note("d", None, 0, 0, step=Step.FOCUS),
        _note("card", Co.ASSESS, 0, 0, kind="group", step=Step.MAP),
        _note("member", Co.ASSESS, 0, 50, group_id="card", step=Step.FOCUS),
    )
    assert rules.reading_order(notes, ["d", "a", "gone", "c"]) == ["a", "c", "d"]
    focus_first = rules.reading_order(notes, first=lambda n: n.step == Step.FOCUS)
    # The group goes first whole because one of its notes is picked.
    assert focus_first == ["b", "card", "member", "d", "a", "c"]
    assert rules.reading_order(notes, first=lambda n: False) == rules.reading_order(notes)


def test_the_canvas_walks_the_notes_in_the_rule_s_order_and_keeps_no_copy():
    """Tab on the canvas, the screen reader's list and the spotlight share one order."""
    scene = (UI / "canvas" / "scene.py").read_text(encoding="utf-8")
    assert "rules.reading_order(" in scene
    assert "CO_ORDER" not in scene


# --- looking notes up -----------------------------------------------------------------------


def test_looking_a_note_up_by_id_follows_changes_to_the_list():
    a, b = Note(id="a"), Note(id="b")
    data = WorkshopData(Workshop(), [], [a])
    assert data.note("a") is a and data.note("b") is None
    data.notes.append(b)
    assert data.note("b") is b
    a2 = a.copy(text="changed")
    data.notes[0] = a2
    assert data.note("a") is a2
    data.notes = [b]
    assert data.note("a") is None and data.note("b") is b


def test_looking_a_note_up_does_not_walk_the_notes():
    class Counting(list):
        walks = 0

        def __iter__(self):
            Counting.walks += 1
            return super().__iter__()

    notes = Counting(Note(id=str(i)) for i in range(100))
    data = WorkshopData(Workshop(), [], notes)
    for i in range(100):
        assert data.note(str(i)).id == str(i)
    assert Counting.walks <= 1  # the index is made once


# --- enums -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [Co, Step, ParticipantKind, ActionStatus, Audience])
def test_an_enum_is_made_from_its_text_or_itself(kind):
    member = next(iter(kind))
    assert kind.of(member) is member
    assert kind.of(member.value) is member
    assert kind.of("", None) is None and kind.of(None, member) is member
    with pytest.raises(ValueError):
        kind.of("no such thing")
    with pytest.raises(ValueError):
        kind.of("")


def test_objects_convert_text_to_their_enums():
    assert Note(co="design", step="focus").co is Co.DESIGN
    assert Note(step="focus").step is Step.FOCUS
    assert Action(status="done", co="").status is ActionStatus.DONE
    assert Workshop(current_step=None).current_step is Step.MAP


# --- only the document gives a note its Co ---------------------------------------------------

#: "Which area is the pointer over" for tidying: the pointer's area, not a note's Co.
POINTER_AREA = {"canvas/tidy_actions.py"}
#: Names of fields in words (a merge's conflict over "the Co"): a "co" key, but no change.
FIELD_NAMES = {"tables/words.py"}


def _ui_modules():
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_no_ui_module_works_out_a_note_s_co_itself():
    """The document sets a note's Co from its centre when it adds or moves it: nothing in
    ui/ calls the star's Co look-up, passes a Co into a new note or puts one in a change."""
    found = []
    for path, tree in _ui_modules():
        name = path.relative_to(UI).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == "co_at" and name not in POINTER_AREA:
                    found.append(f"{name}:{node.lineno} calls co_at")
                if called in ("with_co",) and name != "model/document.py":
                    found.append(f"{name}:{node.lineno} calls {called}")
                if called in ("Note", "copy") and any(k.arg == "co" for k in node.keywords):
                    found.append(f"{name}:{node.lineno} gives a note its Co")
            if (
                isinstance(node, ast.Dict)
                and name != "model/document.py"
                and name not in FIELD_NAMES
                and any(isinstance(k, ast.Constant) and k.value == "co" for k in node.keys)
            ):
                found.append(f"{name}:{node.lineno} puts a Co in a change")
    assert not found, found


def test_the_scene_holds_no_dot_totals_of_its_own():
    """The scene asks core's rule for dot totals each time; it keeps no counts of votes."""
    source = (UI / "canvas" / "scene.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    counting = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.AugAssign)
        and isinstance(node.op, ast.Add)
        and isinstance(node.target, ast.Subscript)
    ]
    assert not counting, f"scene.py counts something itself at lines {counting}"
    assert "rules.dot_totals" in source
    assert not any(
        isinstance(node, ast.Attribute)
        and node.attr in ("votes_by_note", "totals")
        and isinstance(node.ctx, ast.Store)
        for node in ast.walk(tree)
    )


def test_a_free_place_covers_no_corner_of_a_large_note():
    """A tall note whose centre is well away still reaches over the first slot: the new
    note goes elsewhere, so none hides another."""
    first = rules.free_place(Co.DESIGN, [])
    tall = Note(x=first[0] + 150.0, y=first[1] + 90.0, width=220.0, height=200.0)
    place = rules.free_place(Co.DESIGN, [tall])
    assert place != first
    assert (
        abs(place[0] - tall.x) >= (220.0 + tall.width) / 2
        or abs(place[1] - tall.y) >= (100.0 + tall.height) / 2
    )
