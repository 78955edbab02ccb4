"""Schema version 2: the five steps' data, and upgrading files from version 1."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from costar_desktop.core.model import (
    NOTE_KIND_GROUP,
    Action,
    ActionStatus,
    Audience,
    Co,
    CoProducer,
    MarketItem,
    Note,
    ParticipantKind,
    Step,
    Vote,
)
from costar_desktop.storage import SCHEMA_VERSION, SaveFailed, WorkshopFile

V1_FILE = Path(__file__).parent.parent / "fixtures" / "schema-v1-sample.costar"


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def test_a_file_written_by_version_1_is_upgraded_and_keeps_every_note(tmp_path):
    path = tmp_path / "old.costar"
    shutil.copy(V1_FILE, path)
    before = sqlite3.connect(path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 1
    old_notes = before.execute("SELECT id, text, x, y, co, step, author_id FROM notes").fetchall()
    before.close()
    with WorkshopFile.open(path) as wf:
        notes = {n.id: n for n in wf.notes()}
        assert wf.workshop().vote_budget == 3 and wf.workshop().current_step == Step.MAP
    assert len(notes) == len(old_notes) == 32
    for nid, text, x, y, co, step, author in old_notes:
        n = notes[nid]
        assert (n.text, n.x, n.y, n.co.value if n.co else None, n.step.value, n.author_id) == (
            text,
            x,
            y,
            co,
            step,
            author,
        )
        assert n.kind == "note" and n.group_id is None and not n.shortlisted
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_upgraded_file_has_the_same_shape_as_a_new_one(tmp_path):
    old = tmp_path / "old.costar"
    shutil.copy(V1_FILE, old)
    WorkshopFile.open(old).close()
    new = tmp_path / "new.costar"
    WorkshopFile.create(new).close()
    a, b = sqlite3.connect(old), sqlite3.connect(new)
    tables = [
        r[0] for r in b.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    assert tables == [
        r[0] for r in a.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    for t in tables:
        assert _columns(a, t) == _columns(b, t), t


def test_votes_people_market_and_actions_round_trip(tmp_path, demo_data):
    path = tmp_path / "w.costar"
    WorkshopFile.create(path, data=demo_data).close()
    data = WorkshopFile.read(path)
    assert len(data.votes) == len(demo_data.votes) == 12
    assert [sorted(p.note_ids) for p in data.people] == [
        sorted(p.note_ids) for p in demo_data.people
    ]
    assert [(m.sceptic_says, m.audience) for m in data.market_items] == [
        (m.sceptic_says, m.audience) for m in demo_data.market_items
    ]
    assert [(a.action, a.owner, a.due, a.status, sorted(a.note_ids)) for a in data.actions] == [
        (a.action, a.owner, a.due, a.status, sorted(a.note_ids)) for a in demo_data.actions
    ]
    groups = [n for n in data.notes if n.kind == NOTE_KIND_GROUP]
    assert len(groups) == 1
    assert len([n for n in data.notes if n.group_id == groups[0].id]) == 2


def test_every_step_write_is_on_disk(tmp_path):
    path = tmp_path / "w.costar"
    with WorkshopFile.create(path) as wf:
        note = Note(text="Peer mentors")
        wf.add_notes([note])
        wf.update_settings(vote_budget=5, votes_hidden=True, current_step=Step.FOCUS)
        wf.add_votes([Vote(note_id=note.id)])
        wf.update_notes({note.id: {"impact": 4, "shortlisted": True}})
        person = CoProducer(role="Mentor", kind=ParticipantKind.VOLUNTEER, note_ids=[note.id])
        wf.add_person(person)
        wf.update_person(person.id, could_bring="Time", note_ids=[])
        item = MarketItem(sceptic_says="Too slow", audience=Audience.BOARD)
        wf.add_market_item(item)
        wf.update_market_item(item.id, our_answer="It was faster")
        action = Action(action="Pilot", owner="Sam", due="2027-01-01", note_ids=[note.id])
        wf.add_actions([action])
        wf.update_action(action.id, status=ActionStatus.DONE, co=Co.DELIVER)
    data = WorkshopFile.read(path)
    w = data.workshop
    assert (w.vote_budget, w.votes_hidden, w.current_step) == (5, True, Step.FOCUS)
    assert data.notes[0].impact == 4 and data.notes[0].shortlisted
    assert len(data.votes) == 1
    assert data.people[0].could_bring == "Time" and data.people[0].note_ids == []
    assert data.market_items[0].our_answer == "It was faster"
    assert data.actions[0].status == ActionStatus.DONE and data.actions[0].co == Co.DELIVER
    assert data.actions[0].note_ids == [note.id]


def test_deleting_notes_and_restoring_them_brings_back_what_hung_on_them(tmp_path, demo_data):
    path = tmp_path / "w.costar"
    with WorkshopFile.create(path, data=demo_data) as wf:
        group = next(n for n in wf.notes() if n.kind == NOTE_KIND_GROUP)
        before = wf.snapshot()
        dep = wf.note_dependants([group.id])
        assert len(dep.votes) == 3 and len(dep.members) == 2 and dep.people_links
        wf.delete_notes([group.id])
        after = wf.snapshot()
        assert all(v.note_id != group.id for v in after.votes)
        assert all(n.group_id is None for n in after.notes)
        wf.restore_notes([group], dep)
        restored = wf.snapshot()
    assert sorted(v.id for v in restored.votes) == sorted(v.id for v in before.votes)
    assert [sorted(p.note_ids) for p in restored.people] == [
        sorted(p.note_ids) for p in before.people
    ]
    assert {n.id: n.group_id for n in restored.notes} == {n.id: n.group_id for n in before.notes}


def test_bad_values_are_refused_and_nothing_changes(tmp_path):
    with WorkshopFile.create(tmp_path / "w.costar") as wf:
        note = Note(text="x")
        wf.add_notes([note])
        with pytest.raises(SaveFailed, match="impact rating was not a whole number from 1 to 5"):
            wf.update_notes({note.id: {"impact": 9}})
        with pytest.raises(SaveFailed, match="dots per voter was not a whole number from 0"):
            wf.update_settings(vote_budget=-1)
        with pytest.raises(SaveFailed):
            wf.add_market_item(MarketItem(sceptic_says="y" * 20_001))
        assert wf.note(note.id).impact is None
        assert wf.market_items() == []
