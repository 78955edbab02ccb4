"""The rules for every value (storage/values.py): what a repair does to a row and its links,
and that reading and writing agree — whatever is read can be written, and reading what was
written needs no repair."""

from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from costar_desktop.core.model import Note, Vote, Workshop
from costar_desktop.storage import rows
from costar_desktop.storage.agenda_store import programme_rows
from costar_desktop.storage.values import RULES, check_tables


def _tables(notes=(), votes=(), **more):
    return {
        "workshop": [rows.workshop_to_row(Workshop())],
        "notes": [rows.note_to_row(n) if isinstance(n, Note) else n for n in notes],
        "votes": [rows.vote_to_row(v) if isinstance(v, Vote) else v for v in votes],
        **more,
    }


def test_a_second_row_with_the_same_id_gets_a_new_one_and_both_are_kept():
    a = Note(text="First")
    b = rows.note_to_row(Note(text="Second"))
    b["id"] = a.id
    data, repairs = check_tables(_tables([a, b]))
    assert [n.text for n in data.notes] == ["First", "Second"]
    assert data.notes[0].id == a.id and data.notes[1].id != a.id
    assert "its id was the same as another's" in str(repairs[0])


def test_links_follow_a_bad_id_to_its_new_one():
    note = rows.note_to_row(Note(text="Blob id"))
    note["id"] = b"\x01\x02"
    vote = rows.vote_to_row(Vote(note_id="x"))
    vote["note_id"] = b"\x01\x02"
    data, repairs = check_tables(_tables([note], [vote]))
    assert data.votes[0].note_id == data.notes[0].id
    assert len(repairs) == 1 and "its id is not a valid id" in str(repairs[0])


def test_group_links_must_point_at_a_group_card_other_than_the_note():
    card = Note(text="Card", kind="group")
    member = Note(text="Member", group_id=card.id)
    own = rows.note_to_row(Note(text="Its own group"))
    own["group_id"] = own["id"]
    to_note = Note(text="Grouped under a note", group_id=member.id)
    nested = Note(text="Nested card", kind="group", group_id=card.id)
    data, repairs = check_tables(_tables([card, member, own, to_note, nested]))
    groups = {n.text: n.group_id for n in data.notes}
    assert groups == {
        "Card": None,
        "Member": card.id,
        "Its own group": None,
        "Grouped under a note": None,
        "Nested card": None,
    }
    assert len(repairs) == 3 and all("it is now on its own" in str(r) for r in repairs)


def test_a_note_far_away_is_brought_to_the_edge_and_one_at_no_place_is_parked():
    far = Note(text="Far", x=0.0, y=0.0)
    lost = Note(text="Lost")
    tables = _tables([far, lost])
    tables["notes"][0]["x"] = 1e300
    tables["notes"][1]["y"] = math.inf
    data, repairs = check_tables(tables)
    from costar_desktop.core.star import STAR

    left, top, right, bottom = STAR.note_bounds()
    assert data.notes[0].x == right and data.notes[0].y == 0.0
    assert left <= data.notes[1].x <= right and top <= data.notes[1].y <= bottom
    assert STAR.co_at(data.notes[1].x, data.notes[1].y) is None  # the parking area
    assert "brought back to the edge" in str(repairs[0])
    assert "parking area" in str(repairs[1])


def test_long_texts_are_cut_for_editing_and_kept_whole_for_reading():
    note = rows.note_to_row(Note(text="x"))
    note["text"] = "é" * 25_000
    cut, told = check_tables(_tables([note]))
    whole, nothing = check_tables(_tables([note]), within_limits=False)
    assert len(cut.notes[0].text) == 20_000 and "25,000 characters long" in str(told[0])
    assert len(whole.notes[0].text) == 25_000 and nothing == []


def test_a_cut_never_splits_a_letter_from_its_accent():
    note = rows.note_to_row(Note(text="x"))
    note["text"] = "a" * 19_999 + "e\u0301" + "z" * 10
    data, _ = check_tables(_tables([note]))
    assert data.notes[0].text == "a" * 19_999  # the e and its accent go together


# --- reading and writing agree -----------------------------------------------------------

# Texts without "\r" and "\u2029": writing makes every line end "\n" (core.model.clean_text),
# which is how the app stores line ends, not a repair of a bad value.
words = st.text(st.characters(blacklist_characters="\r\u2029"), max_size=30)
odd = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    words,
    st.binary(max_size=8).filter(lambda b: b"\r" not in b),
    st.sampled_from(["map", "design", "group", "note", "yellow", "2026-02-29", "", "x" * 600]),
)


def _row(table: str, draw) -> dict:
    return {column: draw(odd) for column in RULES[table]}


@settings(max_examples=300)
@given(st.data())
def test_whatever_is_read_can_be_written_and_reads_back_without_repairs(data):
    tables = {
        table: [_row(table, data.draw) for _ in range(data.draw(st.integers(1, 3)))]
        for table in RULES
    }
    first, _repairs = check_tables(tables)
    written = {
        "workshop": [rows.workshop_to_row(first.workshop)],
        "participants": [rows.participant_to_row(p) for p in first.participants],
        "notes": [rows.note_to_row(n) for n in first.notes],
        "votes": [rows.vote_to_row(v) for v in first.votes],
        "people": [rows.person_to_row(p) for p in first.people],
        "market_items": [rows.market_to_row(m) for m in first.market_items],
        "actions": [rows.action_to_row(a) for a in first.actions],
        "people_links": [
            {"person_id": p.id, "note_id": n} for p in first.people for n in p.note_ids
        ],
        "action_links": [
            {"action_id": a.id, "note_id": n} for a in first.actions for n in a.note_ids
        ],
    }
    written["agenda"], day = programme_rows(first.programme)
    written["programme"] = [day]
    second, repairs = check_tables(written)
    assert repairs == []
    assert second == first


@settings(max_examples=200)
@given(st.data())
def test_whatever_inbox_is_read_can_be_written_and_reads_back_without_repairs(data):
    from costar_desktop.storage.values import check_inbox

    raw = [_row("inbox", data.draw) for _ in range(data.draw(st.integers(1, 3)))]
    first, _repairs = check_inbox(raw)
    second, repairs = check_inbox([rows.inbox_to_row(i) for i in first])
    assert repairs == []
    assert second == first
