"""Breakout tables' lines (core/breakouts.py): what a table's file brought back, from a
summary that may come from anywhere; in exports, and anonymised like people's names."""

from __future__ import annotations

import copy
import json

import pytest

from costar_desktop.core import export
from costar_desktop.core.anonymise import anonymise
from costar_desktop.core.breakouts import (
    MAX_COUNT,
    UNNAMED_TABLE,
    anonymous_names,
    breakout_line,
    sentence,
)
from costar_desktop.core.model import (
    BreakoutLine,
    Note,
    Participant,
    ParticipantKind,
    Workshop,
    WorkshopData,
)

STAMP = "2026-11-26T14:05:00.000Z"


def _line(table_id: str, name: str, **summary) -> BreakoutLine:
    return breakout_line(table_id, name, STAMP, summary)


def test_a_sound_summary_is_kept_whole_and_told():
    summary = {
        "added": {"notes": 14, "dots": 6},
        "changed": {"notes": 2},
        "removed": {"notes": 1},
        "conflicts": 2,
        "missing": 1,
    }
    line = breakout_line("t3", "Table 3", STAMP, summary)
    assert line.summary() == summary
    assert (line.table_id, line.table, line.merged) == ("t3", "Table 3", STAMP)
    assert sentence(line) == (
        "Table 3 added 14 notes and 6 dots, changed 2 notes and removed 1 note; "
        "2 changes were decided by the facilitator."
    )


@pytest.mark.parametrize(
    "summary",
    [
        None,
        [],
        "added 3 notes",
        42,
        {"added": None, "changed": [1], "removed": "x", "conflicts": None},
        {"added": {"notes": True, "dots": 2.0, "groups": "3", "actions": None}},
        {"added": {"notes": -1, "dots": MAX_COUNT + 1, "worries": 10**4000}},
        {"added": {"notes": float("inf")}, "conflicts": float("nan"), "missing": -5},
        {"added": {"bombs": 3, "notes ": 2, "NOTES": 2}, "unknown": {"notes": 9}},
        {"added": {"co_producer_links": 4}},  # links are told with what they link
    ],
)
def test_a_hostile_summary_is_told_as_no_changes(summary):
    line = breakout_line("t1", "Table 1", STAMP, summary)
    assert line.summary() == {
        "added": {},
        "changed": {},
        "removed": {},
        "conflicts": 0,
        "missing": 0,
    }
    assert sentence(line) == "Table 1 brought back no changes."


def test_the_sound_parts_of_a_mixed_summary_are_kept_in_the_order_kinds_are_told():
    line = _line(
        "t",
        "Table 2",
        added={"dots": 3, "bombs": 2, "notes": 10**30, "groups": 1},
        removed={"worries": 2, "notes": "many"},
        conflicts=10**30,
    )
    assert list(line.added.items()) == [("groups", 1), ("dots", 3)]
    assert line.removed == {"worries": 2}
    assert line.conflicts == 0
    assert sentence(line) == "Table 2 added 1 group and 3 dots and removed 2 sceptics' worries."


@pytest.mark.parametrize(
    ("name", "told"),
    [
        ("", UNNAMED_TABLE),
        ("   \n\t ", UNNAMED_TABLE),
        (None, UNNAMED_TABLE),
        (7, UNNAMED_TABLE),
        ("Table\n3", "Table 3"),
        ("x" * 500, "x" * 100),
    ],
)
def test_a_table_s_name_is_one_line_never_empty_never_long(name, told):
    assert breakout_line("t", name, STAMP, {}).table == told


def test_tables_are_numbered_in_the_order_they_first_came_back():
    lines = [_line("b", "Table 2"), _line("a", "Amira's table"), _line("b", "Table 2")]
    assert anonymous_names(lines) == {"b": "Table 1", "a": "Table 2"}


def _workshop_with_breakouts() -> WorkshopData:
    amira = Participant(name="Amira Haddad", kind=ParticipantKind.SERVICE_USER)
    return WorkshopData(
        Workshop(title="Table day", facilitator="Sam Okafor"),
        [amira],
        [
            Note(text="[Amira's table] Evening sessions", author_id=amira.id),
            Note(text="Ask Amira Haddad and Sam's crew"),
        ],
        breakouts=[
            _line("t-sam", "Sam's crew", added={"notes": 2}),
            _line("t-amira", "Amira's table", added={"notes": 1}, conflicts=1),
            _line("t-sam", "Sam's crew", changed={"notes": 1}),
        ],
    )


def test_anonymising_names_tables_by_number_everywhere_and_leaves_the_input():
    data = _workshop_with_breakouts()
    before = copy.deepcopy(data)
    out = anonymise(data)
    assert data == before
    assert [b.table for b in out.breakouts] == ["Table 1", "Table 2", "Table 1"]
    assert [b.summary() for b in out.breakouts] == [b.summary() for b in data.breakouts]
    # Mentions in free text follow, as a participant's name does.
    assert [n.text for n in out.notes] == [
        "[Table 2] Evening sessions",
        "Ask Service user 1 and Table 1",
    ]
    everything = export.to_json(out) + export.to_markdown(out)
    for name in ("Amira", "Sam"):
        assert name not in everything


def test_json_and_markdown_exports_carry_the_lines():
    data = _workshop_with_breakouts()
    found = json.loads(export.to_json(data))["breakouts"]
    assert found[1] == {
        "table": "Amira's table",
        "table_id": "t-amira",
        "merged": STAMP,
        "added": {"notes": 1},
        "changed": {},
        "removed": {},
        "conflicts": 1,
        "missing": 0,
        "sentence": "Amira's table added 1 note; 1 change was decided by the facilitator.",
    }
    md = export.to_markdown(data)
    assert md.endswith(
        "## Breakout tables\n\n"
        "- Sam's crew added 2 notes.\n"
        "- Amira's table added 1 note; 1 change was decided by the facilitator.\n"
        "- Sam's crew changed 1 note.\n"
    )
    # CSV keeps its tables: one file per table of the workshop, as before.
    assert "breakouts.csv" not in export.to_csv_tables(data)


def test_without_breakouts_exports_say_nothing_of_them():
    data = WorkshopData(Workshop(title="Plain"), [], [Note(text="One")])
    assert json.loads(export.to_json(data))["breakouts"] == []
    assert "Breakout" not in export.to_markdown(data)
