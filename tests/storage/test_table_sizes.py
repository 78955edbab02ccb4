"""Schema version 3: how many people a participant stands for (fair dots for tables)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from costar_desktop.core import steps
from costar_desktop.core.demo import demo_workshop
from costar_desktop.core.model import MAX_TABLE_SIZE, Participant, Vote
from costar_desktop.storage import SCHEMA_VERSION, SaveFailed, WorkshopFile
from costar_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_V1, _statements


def _version_2_copy(new: Path, old: Path) -> None:
    """``old`` written as version 2 wrote it: the same rows, without participants' size."""
    conn = sqlite3.connect(old, isolation_level=None)
    for statement in _statements(SCHEMA_V1):
        conn.execute(statement)
    MIGRATIONS[2](conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("ATTACH DATABASE ? AS new", (str(new),))
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO participants SELECT id, name, kind, is_group, created, updated "
        "FROM new.participants"
    )
    for table in (
        "meta",
        "workshop",
        "notes",
        "votes",
        "people",
        "people_links",
        "market_items",
        "actions",
        "action_links",
    ):
        conn.execute(f"INSERT INTO {table} SELECT * FROM new.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE new")
    conn.close()


def test_a_version_2_file_is_upgraded_and_every_participant_stands_for_one(tmp_path):
    assert SCHEMA_VERSION >= 3
    new, old = tmp_path / "new.costar", tmp_path / "old.costar"
    data = demo_workshop()
    WorkshopFile.create(new, data=data).close()
    _version_2_copy(new, old)
    with WorkshopFile.open(old) as wf:
        read = wf.snapshot()
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [p.size for p in read.participants] == [1] * len(data.participants)
    assert sorted(n.id for n in read.notes) == sorted(n.id for n in data.notes)
    assert len(read.votes) == len(data.votes)
    with WorkshopFile.open(new) as wf:  # and has the shape of a new file
        shape = sorted(wf.conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    conn = sqlite3.connect(old)
    assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()) == shape
    conn.close()


def test_a_tables_size_is_saved_and_gives_each_of_its_people_the_dots(tmp_path):
    path = tmp_path / "sizes.costar"
    WorkshopFile.create(path).close()
    table = Participant(name="Table 3", is_group=True, size=8)
    manager = Participant(name="Locality manager")
    with WorkshopFile.open(path) as wf:
        wf.add_participant(table)
        wf.add_participant(manager)
        wf.update_participant(manager.id, size=1)
        data = wf.snapshot()
    assert {p.name: p.size for p in data.participants} == {"Table 3": 8, "Locality manager": 1}
    budget = data.workshop.vote_budget
    assert steps.vote_budget(data, table.id) == 8 * budget
    assert steps.vote_budget(data, manager.id) == budget
    data.votes.extend(Vote(note_id="n", voter_id=table.id) for _ in range(5))
    assert steps.votes_left(data, table.id) == 8 * budget - 5


@pytest.mark.parametrize("size", [0, -3, MAX_TABLE_SIZE + 1, 2.5, "8"])
def test_a_size_a_table_cannot_have_is_not_saved(tmp_path, size):
    path = tmp_path / "bad.costar"
    WorkshopFile.create(path).close()
    with WorkshopFile.open(path) as wf:
        with pytest.raises(SaveFailed, match="number of people at the table"):
            wf.add_participant(
                Participant(name="Table", is_group=True, size=size)
                if not isinstance(size, str)
                else _raw(size)
            )
        assert wf.participants() == []


def _raw(size):
    p = Participant(name="Table", is_group=True)
    p.size = size  # as a phone or a merge might bring it, unchecked
    return p
