"""The merge's promises under random edits (Hypothesis): the host and two to four tables
change the same workshop, then the tables are brought back in every order.

- no note is lost: a note goes only if some laptop deleted it and none changed it, and
  every note added anywhere is there; no words are lost either;
- bringing a table back again changes nothing;
- tables whose edits do not conflict give the same workshop in any order;
- every conflict is listed (checked against an independent oracle for one table).
"""

from __future__ import annotations

import copy
import itertools

from hypothesis import HealthCheck, given, settings, strategies as st

from costar_desktop.core.merge import TableSide, diff, plan_merge
from tests.core.test_merge import note, participant, rows_of, vote

BASE_NOTES = 6
COLOURS = ("yellow", "pink", "green", "sky")
WORDS = ("Ask carers", "Peer mentors", "Open the board", "Pay expenses", "Café drop-in", "Ω")

# One edit: (what, which base note, a value).
edits = st.tuples(
    st.sampled_from(("text", "colour", "move", "delete", "add", "vote")),
    st.integers(0, BASE_NOTES - 1),
    st.integers(0, 5),
)


def base_rows() -> dict:
    notes = [note(f"n{i}", x=-1500.0 + i * 200.0) for i in range(BASE_NOTES)]
    return rows_of(*notes, participants=[participant("p1", "Sam", size=50)])


def apply(rows: dict, name: str, ops, slot: int) -> tuple[dict, set]:
    """``ops`` done on a copy of ``rows`` by laptop ``name``; returns it and its tombstones.
    Added notes go to places of their own (row ``slot``), so none lies on another."""
    rows = copy.deepcopy(rows)
    tombs: set = set()
    for n, (what, i, value) in enumerate(ops):
        key = f"n{i}"
        row = rows["notes"].get(key)
        if what == "add":
            new = f"{name}-a{n}"
            rows["notes"][new] = note(
                new, f"{name} adds {n}", x=-1500.0 + n * 200.0, y=1200.0 + slot * 150.0
            )
            rows["notes"].pop(new + "x", None)
            continue
        if row is None:
            continue
        if what == "text":
            rows["notes"][key] = {**row, "text": f"{WORDS[value]} ({name})"}
        elif what == "colour":
            rows["notes"][key] = {**row, "colour": COLOURS[value % len(COLOURS)]}
        elif what == "move":
            rows["notes"][key] = {**row, "y": -1400.0 + 20.0 * (value + 1)}
        elif what == "delete":
            del rows["notes"][key]
            tombs.add(("notes", key))
            for vote_key, v in list(rows["votes"].items()):
                if v["note_id"] == key:
                    del rows["votes"][vote_key]
                    tombs.add(("votes", vote_key))
        elif what == "vote":
            rows["votes"][f"{name}-v{n}"] = vote(f"{name}-v{n}", key, "p1")
    return rows, tombs


def merge_in_order(host: dict, tables: list, order) -> dict:
    sides = [TableSide(f"t{k}", f"Table {k}", *tables[k]) for k in order]
    return plan_merge(host, sides, stamp="S")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    host_ops=st.lists(edits, max_size=8),
    table_ops=st.lists(st.lists(edits, max_size=8), min_size=2, max_size=4),
    data=st.data(),
)
def test_no_note_or_words_lost_and_merging_again_changes_nothing(host_ops, table_ops, data):
    base = base_rows()
    host, _ = apply(base, "host", host_ops, 0)
    tables = []
    for k, ops in enumerate(table_ops):
        rows, tombs = apply(base, f"t{k}", ops, k + 1)
        tables.append((rows, frozenset(tombs), base))
    order = data.draw(st.permutations(range(len(tables))))
    plan = merge_in_order(host, tables, order)
    after = plan.after["notes"]

    laptops = [host] + [t[0] for t in tables]
    for i in range(BASE_NOTES):
        key = f"n{i}"
        changed = any(key in r["notes"] and r["notes"][key] != base["notes"][key] for r in laptops)
        if key not in after:
            assert not changed, f"{key} was changed somewhere, yet it is gone"
            assert any(key not in r["notes"] for r in laptops)
    for r in laptops:
        for key in r["notes"]:
            if key not in base["notes"]:
                assert key in after, f"added note {key} lost"
    texts = {n["text"] for n in after.values()}
    for k, r in enumerate(laptops):
        for key, row in r["notes"].items():
            if key in base["notes"] and row["text"] != base["notes"][key]["text"]:
                assert row["text"] in texts or f"[Table {k - 1}] {row['text']}" in texts

    # Bring every table back again, its file now its baseline: nothing changes.
    again = plan_merge(
        plan.after,
        [TableSide(f"t{k}", f"Table {k}", t[0], t[1], t[0]) for k, t in enumerate(tables)],
        stamp="T",
    )
    assert diff(plan.after, again.after).empty
    assert again.conflicts == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table_ops=st.lists(st.lists(edits, max_size=6), min_size=2, max_size=4))
def test_tables_that_do_not_conflict_merge_the_same_in_any_order(table_ops):
    base = base_rows()
    tables = []
    for k, ops in enumerate(table_ops):
        # Each table edits only its own notes (note i belongs to table i mod the tables).
        own = [(w, i, v) for (w, i, v) in ops if i % len(table_ops) == k]
        rows, tombs = apply(base, f"t{k}", own, k + 1)
        tables.append((rows, frozenset(tombs), base))
    results = []
    for order in itertools.permutations(range(len(tables))):
        plan = merge_in_order(copy.deepcopy(base), tables, order)
        assert plan.conflicts == []
        results.append(plan.after)
    for other in results[1:]:
        assert diff(results[0], other).empty


FIELDS = {"text": ("text",), "colour": ("colour",), "place": ("x", "y")}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(host_ops=st.lists(edits, max_size=8), table_ops=st.lists(edits, max_size=8))
def test_every_conflict_is_listed(host_ops, table_ops):
    base = base_rows()
    host, _ = apply(base, "host", host_ops, 0)
    theirs, tombs = apply(base, "t0", table_ops, 1)
    plan = plan_merge(host, [TableSide("t0", "Table 0", theirs, frozenset(tombs), base)])
    expected = set()
    for i in range(BASE_NOTES):
        key = f"n{i}"
        b, h, t = base["notes"][key], host["notes"].get(key), theirs["notes"].get(key)
        if h is None and t is not None and t != b:
            expected.add((key, "*"))
        elif t is None and h is not None and h != b:
            expected.add((key, "*"))
        elif h is not None and t is not None:
            for name, cols in FIELDS.items():
                hv, tv, bv = ([r[c] for c in cols] for r in (h, t, b))
                if hv != bv and tv != bv and hv != tv:
                    expected.add((key, name))
    listed = {(c.key, c.field or "*") for c in plan.conflicts if c.table == "notes"}
    assert listed == expected
