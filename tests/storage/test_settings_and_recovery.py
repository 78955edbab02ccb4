"""The storage settings are in force, and a change cut off by a crash is rolled back on open.

A crash in the middle of a commit is made exactly, without timing: :func:`torn_commit`
keeps the journal of a committed transaction, so the file holds the new pages while a
journal that undoes them sits beside it — the state a power cut leaves after SQLite has
written the database but before it has cleared the journal.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from costar_desktop.core.model import Note
from costar_desktop.storage import SCHEMA_VERSION, WorkshopFile
from costar_desktop.storage.schema import migrate
from costar_desktop.storage.workshop_file import STORAGE_PRAGMAS
from tests.reliability.harness import V1_FILE, raw_notes, torn_commit
from tests.storage.old_files import rows_in_columns, shape_of, write_old_version


def test_every_storage_setting_is_in_force_while_a_file_is_open(demo_file):
    wf = WorkshopFile.open(demo_file)
    try:
        got = {
            name: str(wf.conn.execute(f"PRAGMA {name}").fetchone()[0]).upper()
            for name, _ in STORAGE_PRAGMAS
        }
    finally:
        wf.close()
    assert got == {
        "locking_mode": "EXCLUSIVE",
        "journal_mode": "DELETE",
        "journal_size_limit": "0",
        "synchronous": "3",
        "fullfsync": "1",
        "foreign_keys": "1",
        "secure_delete": "1",
        "trusted_schema": "0",
        "cell_size_check": "1",
    }


def test_between_commits_the_journal_beside_the_file_is_empty(demo_file):
    """So the .costar file alone is complete, and no old page images lie beside it."""
    journal = Path(f"{demo_file}-journal")
    with WorkshopFile.open(demo_file) as wf:
        for i in range(3):
            wf.add_notes([Note(text=f"note {i} " + "x" * 3000)])
            assert not journal.exists() or journal.stat().st_size == 0
    assert not journal.exists()


def test_a_second_connection_cannot_write_while_the_file_is_open(demo_file):
    with WorkshopFile.open(demo_file):
        other = sqlite3.connect(demo_file, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO meta VALUES ('x', 'y')")
        other.close()


@pytest.mark.parametrize("old_version", [1, 4])
def test_an_upgrade_cut_off_during_its_commit_opens_as_the_old_file_and_is_redone(
    tmp_path, demo_file, old_version
):
    """Regression: the header (version 2) was trusted before the crash was rolled back.
    Version 4 to 5 makes every table again: still all of the old file, or all of the new."""
    path = tmp_path / "old.costar"
    if old_version == 1:
        shutil.copy(V1_FILE, path)
    else:
        write_old_version(demo_file, path, old_version)
    before = raw_notes(path)
    shape = shape_of(path)
    rows = rows_in_columns(path, shape)
    torn_commit(path, lambda conn: migrate(conn, old_version))
    assert int.from_bytes(path.read_bytes()[60:64], "big") == SCHEMA_VERSION  # "new"
    with WorkshopFile.open(path) as wf:
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert wf.integrity_ok()
        assert {n.id for n in wf.snapshot().notes} == set(before)
    assert raw_notes(path) == before
    assert rows_in_columns(path, shape) == rows
    assert not Path(f"{path}-journal").exists()


def test_an_edit_cut_off_during_its_commit_is_rolled_back(demo_file):
    before = raw_notes(demo_file)
    torn_commit(demo_file, lambda conn: conn.execute("DELETE FROM notes"))
    with WorkshopFile.open(demo_file) as wf:
        assert wf.integrity_ok()
    assert raw_notes(demo_file) == before


def test_save_as_over_a_file_with_a_leftover_journal_does_not_mix_them(tmp_path, demo_file):
    target = tmp_path / "target.costar"
    WorkshopFile.create(target, data=None).close()
    torn_commit(target, lambda conn: conn.execute("UPDATE workshop SET title = 'torn'"))
    expected = raw_notes(demo_file)
    with WorkshopFile.open(demo_file) as wf:
        wf.save_as(target)
    assert raw_notes(target) == expected
    with WorkshopFile.open(target) as copy:
        assert copy.integrity_ok()
        assert copy.workshop().title != "torn"
