"""The three-way merge of tables' rows (core/merge.py, core/merge_after.py), case by case."""

from __future__ import annotations

import copy

from costar_desktop.core.merge import (
    BOTH,
    HERE,
    THEIRS,
    TableSide,
    diff,
    plan_merge,
    row_key,
)

WORKSHOP_ID = "w-1"


def note(key: str, text: str = "", x: float = 0.0, y: float = -1400.0, **extra) -> dict:
    """A note row as SQLite holds it (parked above the star unless placed)."""
    row = {
        "id": key,
        "text": text or f"note {key}",
        "x": x,
        "y": y,
        "width": 160.0,
        "height": 100.0,
        "colour": "yellow",
        "author_id": None,
        "co": None,
        "step": "map",
        "created": "2026-12-07T10:00:00.000Z",
        "updated": "2026-12-07T10:00:00.000Z",
        "kind": "note",
        "group_id": None,
        "impact": None,
        "shortlisted": 0,
        "is_example": 0,
    }
    row.update(extra)
    return row


def workshop(**extra) -> dict:
    row = {
        "id": WORKSHOP_ID,
        "title": "Day one",
        "date": "",
        "venue": "",
        "organisation": "",
        "facilitator": "",
        "created": "2026-12-07T09:00:00.000Z",
        "updated": "2026-12-07T09:00:00.000Z",
        "vote_budget": 3,
        "votes_hidden": 0,
        "current_step": "map",
    }
    row.update(extra)
    return row


def participant(key: str, name: str = "", size: int = 1) -> dict:
    return {
        "id": key,
        "name": name or key,
        "kind": "mixed",
        "is_group": 0,
        "created": "2026-12-07T09:00:00.000Z",
        "updated": "2026-12-07T09:00:00.000Z",
        "size": size,
    }


def vote(key: str, note_id: str, voter_id: str | None) -> dict:
    return {"id": key, "note_id": note_id, "voter_id": voter_id, "created": "2026-12-07T11:00Z"}


def rows_of(*notes: dict, votes=(), participants=()) -> dict:
    return {
        "workshop": {WORKSHOP_ID: workshop()},
        "participants": {p["id"]: p for p in participants},
        "notes": {n["id"]: n for n in notes},
        "votes": {v["id"]: v for v in votes},
    }


def side(rows, baseline, tombstones=(), name="Table 1", table_id="t1") -> TableSide:
    return TableSide(table_id, name, rows, frozenset(tombstones), baseline)


def hides(a: dict, b: dict) -> bool:
    """True if one of two note rows lies on more than a third of the other."""
    across = min(a["x"] + a["width"] / 2, b["x"] + b["width"] / 2) - max(
        a["x"] - a["width"] / 2, b["x"] - b["width"] / 2
    )
    down = min(a["y"] + a["height"] / 2, b["y"] + b["height"] / 2) - max(
        a["y"] - a["height"] / 2, b["y"] - b["height"] / 2
    )
    smaller = min(a["width"] * a["height"], b["width"] * b["height"])
    return across > 0 and down > 0 and across * down > smaller / 3


def spaced(n: int) -> list[dict]:
    """n notes side by side in the parking area, none covering another."""
    return [note(f"n{i}", x=-1500.0 + i * 200.0) for i in range(n)]


def test_a_change_on_one_side_is_taken():
    base = rows_of(*spaced(3))
    here = copy.deepcopy(base)
    theirs = copy.deepcopy(base)
    theirs["notes"]["n1"]["text"] = "Peer mentors run the welcome"
    here["notes"]["n2"]["colour"] = "pink"
    plan = plan_merge(here, [side(theirs, base)], stamp="S")
    assert plan.after["notes"]["n1"]["text"] == "Peer mentors run the welcome"
    assert plan.after["notes"]["n1"]["updated"] == "S"
    assert plan.after["notes"]["n2"]["colour"] == "pink"
    assert plan.conflicts == []
    assert plan.tables[0].counts.changed == {"notes": 1}


def test_a_note_added_by_a_table_is_added_and_counted():
    base = rows_of(*spaced(2))
    theirs = copy.deepcopy(base)
    theirs["notes"]["new"] = note("new", "Ask carers first", x=600.0)
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    assert plan.after["notes"]["new"]["text"] == "Ask carers first"
    assert plan.tables[0].counts.added == {"notes": 1}


def test_the_same_change_on_both_sides_is_no_conflict():
    base = rows_of(*spaced(2))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    for rows in (here, theirs):
        rows["notes"]["n0"]["text"] = "Same words"
    plan = plan_merge(here, [side(theirs, base)])
    assert plan.conflicts == []
    assert plan.after["notes"]["n0"]["text"] == "Same words"


def test_different_texts_are_a_conflict_and_keep_both_by_default():
    base = rows_of(*spaced(2))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    here["notes"]["n0"]["text"] = "Host's words"
    theirs["notes"]["n0"]["text"] = "Table's words"
    plan = plan_merge(here, [side(theirs, base, name="Table 3")])
    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.here[0], conflict.theirs[0]) == (
        "text",
        "Host's words",
        "Table's words",
    )
    assert conflict.default == BOTH
    texts = sorted(n["text"] for n in plan.after["notes"].values())
    assert "Host's words" in texts and "[Table 3] Table's words" in texts
    copy_row = next(n for n in plan.after["notes"].values() if n["text"].startswith("[Table 3]"))
    assert not hides(copy_row, plan.after["notes"]["n0"])  # beside the host's note, not on it


def test_a_conflict_answered_theirs_or_here():
    base = rows_of(*spaced(1))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    here["notes"]["n0"]["colour"] = "pink"
    theirs["notes"]["n0"]["colour"] = "green"
    first = plan_merge(here, [side(theirs, base)])
    (conflict,) = first.conflicts
    assert conflict.choices == (HERE, THEIRS) and conflict.default == HERE
    assert first.after["notes"]["n0"]["colour"] == "pink"
    second = plan_merge(here, [side(theirs, base)], {conflict.id: THEIRS})
    assert second.after["notes"]["n0"]["colour"] == "green"


def test_a_place_is_one_field():
    base = rows_of(*spaced(1))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    here["notes"]["n0"]["x"] = -1000.0
    theirs["notes"]["n0"]["y"] = -1300.0
    plan = plan_merge(here, [side(theirs, base)])
    (conflict,) = plan.conflicts
    assert conflict.field == "place"
    assert (plan.after["notes"]["n0"]["x"], plan.after["notes"]["n0"]["y"]) == (-1000.0, -1400.0)


def test_deleted_by_the_table_goes_only_with_a_tombstone():
    base = rows_of(*spaced(3))
    theirs = copy.deepcopy(base)
    del theirs["notes"]["n0"], theirs["notes"]["n1"]
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base, tombstones={("notes", "n0")})])
    assert "n0" not in plan.after["notes"]
    assert "n1" in plan.after["notes"]  # missing without a record: kept
    assert plan.tables[0].missing == [("notes", "n1")]
    assert plan.tables[0].counts.removed == {"notes": 1}


def test_deleted_there_and_edited_here_is_a_conflict_that_keeps_the_note():
    base = rows_of(*spaced(1))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    here["notes"]["n0"]["text"] = "Edited on the shared screen"
    del theirs["notes"]["n0"]
    plan = plan_merge(here, [side(theirs, base, tombstones={("notes", "n0")})])
    (conflict,) = plan.conflicts
    assert conflict.deleted == "theirs" and conflict.default == HERE
    assert plan.after["notes"]["n0"]["text"] == "Edited on the shared screen"
    gone = plan_merge(
        here, [side(theirs, base, tombstones={("notes", "n0")})], {conflict.id: THEIRS}
    )
    assert "n0" not in gone.after["notes"]


def test_deleted_here_and_edited_there_comes_back_by_default():
    base = rows_of(*spaced(1))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del here["notes"]["n0"]
    theirs["notes"]["n0"]["text"] = "Edited at the table"
    plan = plan_merge(here, [side(theirs, base)])
    (conflict,) = plan.conflicts
    assert conflict.deleted == "here" and conflict.default == THEIRS
    assert plan.after["notes"]["n0"]["text"] == "Edited at the table"


def test_deleted_here_and_untouched_there_stays_deleted():
    base = rows_of(*spaced(2))
    here = copy.deepcopy(base)
    del here["notes"]["n0"]
    plan = plan_merge(here, [side(copy.deepcopy(base), base)])
    assert "n0" not in plan.after["notes"] and plan.conflicts == []


def test_clocks_decide_nothing():
    base = rows_of(*spaced(1))
    theirs = copy.deepcopy(base)
    theirs["notes"]["n0"]["updated"] = "2099-01-01T00:00:00.000Z"  # a laptop's clock far ahead
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    assert diff(plan.before, plan.after).empty
    assert plan.tables[0].counts.empty


def test_the_session_state_stays_the_hosts():
    base = rows_of()
    theirs = copy.deepcopy(base)
    theirs["workshop"][WORKSHOP_ID].update(current_step="grow", votes_hidden=1, title="New title")
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    row = plan.after["workshop"][WORKSHOP_ID]
    assert (row["current_step"], row["votes_hidden"], row["title"]) == ("map", 0, "New title")


def test_dots_are_a_union_and_overspending_is_listed_not_dropped():
    people = [participant("p1", "Sam")]
    base = rows_of(*spaced(2), participants=people)
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    for i in range(2):
        here["votes"][f"h{i}"] = vote(f"h{i}", "n0", "p1")
        theirs["votes"][f"t{i}"] = vote(f"t{i}", "n1", "p1")
    plan = plan_merge(here, [side(theirs, base)])
    assert len(plan.after["votes"]) == 4
    assert plan.over_budget == [("Sam", 4, 3)]
    assert plan.tables[0].counts.added == {"dots": 2}


def test_a_dot_on_a_note_deleted_here_goes_and_is_told():
    base = rows_of(*spaced(2))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del here["notes"]["n0"]
    theirs["votes"]["t0"] = vote("t0", "n0", None)
    plan = plan_merge(here, [side(theirs, base)])
    assert plan.after["votes"] == {}
    assert any("dots" in words for words in plan.repairs)


def test_notes_two_tables_add_in_the_same_place_are_spread():
    base = rows_of(*spaced(1))
    one, two = copy.deepcopy(base), copy.deepcopy(base)
    one["notes"]["a"] = note("a", "From table one", x=400.0, y=-300.0, co="design")
    two["notes"]["b"] = note("b", "From table two", x=400.0, y=-300.0, co="design")
    plan = plan_merge(
        copy.deepcopy(base),
        [side(one, base, table_id="t1"), side(two, base, name="Table 2", table_id="t2")],
    )
    a, b = plan.after["notes"]["a"], plan.after["notes"]["b"]
    assert not hides(a, b)
    assert a["co"] == b["co"] == "design"  # spread within the same Co


def test_a_note_moved_on_a_table_keeps_its_new_place():
    base = rows_of(*spaced(2))
    theirs = copy.deepcopy(base)
    theirs["notes"]["n0"].update(x=-1500.0, y=-1000.0)
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    assert (plan.after["notes"]["n0"]["x"], plan.after["notes"]["n0"]["y"]) == (-1500.0, -1000.0)


def test_bringing_the_same_file_back_twice_changes_nothing_the_second_time():
    base = rows_of(*spaced(3))
    here, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs["notes"]["n0"]["text"] = "Changed at the table"
    theirs["notes"]["x"] = note("x", x=900.0, y=900.0)
    here["notes"]["n0"]["text"] = "Changed here"
    first = plan_merge(here, [side(theirs, base)], stamp="S")
    # The table's file is now the baseline it shares with the host.
    second = plan_merge(first.after, [side(theirs, copy.deepcopy(theirs))], stamp="T")
    assert second.after == first.after
    assert second.conflicts == [] and second.tables[0].counts.empty


def test_links_are_keyed_by_their_ends():
    assert row_key("people_links", {"person_id": "p", "note_id": "n"}) == "p n"
    assert row_key("notes", note("n9")) == "n9"


def test_diff_lists_inserts_updates_and_deletes():
    before = rows_of(*spaced(2))
    after = copy.deepcopy(before)
    after["notes"]["n0"]["text"] = "changed"
    del after["notes"]["n1"]
    after["notes"]["n2"] = note("n2")
    changes = diff(before, after)
    assert changes.updates == {"notes": {"n0": {"text": "changed"}}}
    assert changes.deletes == {"notes": ["n1"]}
    assert [r["id"] for r in changes.inserts["notes"]] == ["n2"]
    assert diff(after, after).empty


def test_a_crowded_star_leaves_notes_where_they_are_and_says_so():
    # The whole drawing area packed with notes, each lying on half of its neighbours.
    crowd = [
        note(f"c{i}_{j}", x=-2200.0 + i * 80.0, y=-1700.0 + j * 50.0)
        for i in range(56)
        for j in range(69)
    ]
    base = rows_of(*crowd)
    theirs = copy.deepcopy(base)
    theirs["notes"]["new"] = note("new", "Squeezed in", x=-1350.0, y=-1450.0)
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    assert (plan.after["notes"]["new"]["x"], plan.after["notes"]["new"]["y"]) == (-1350.0, -1450.0)
    assert any("too crowded" in words for words in plan.repairs)


def test_a_tables_notes_moved_off_the_hosts_do_not_land_on_each_other():
    host_notes = [
        note("h1", x=420.0, y=-300.0, co="design"),
        note("h2", x=600.0, y=-300.0, co="design"),
    ]
    base = rows_of(*host_notes)
    theirs = copy.deepcopy(base)
    theirs["notes"]["a"] = note("a", "Peer mentors at the door", x=420.0, y=-300.0, co="design")
    theirs["notes"]["b"] = note("b", "Easy-read menus", x=600.0, y=-300.0, co="design")
    plan = plan_merge(copy.deepcopy(base), [side(theirs, base)])
    after = plan.after["notes"]
    for one, other in [("a", "b"), ("a", "h1"), ("a", "h2"), ("b", "h1"), ("b", "h2")]:
        assert not hides(after[one], after[other]), (one, other)
    assert after["a"]["co"] == after["b"]["co"] == "design"
