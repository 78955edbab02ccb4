"""Promise: killed during an upgrade, a backup or Save As, every file opens in its old or its
new state — never broken — and nothing acknowledged is lost.

Each test kills a child process (SIGKILL) at random moments while it does the risky thing,
ROUNDS times. The exact worst moment of a commit (new pages written, journal not yet
cleared) is also made without timing in tests/storage/test_settings_and_recovery.py.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from costar_desktop.core.demo import large_workshop
from costar_desktop.core.model import Vote
from costar_desktop.storage import SCHEMA_VERSION, WorkshopFile, backups
from costar_desktop.storage.backups import KEEP_RECENT, BackupStore
from costar_desktop.storage.schema import expected_schema
from tests.reliability.harness import (
    V1_FILE,
    WarmPool,
    child_env,
    expected_row,
    note_fields,
    raw_notes,
    stored_notes,
)
from tests.storage.old_files import rows_in_columns, shape_of, write_old_version

ROUNDS = 12


def _kill_rounds(pool: WarmPool, rounds: int):
    """Yield each child after GO; the caller decides when to kill it."""
    for r in range(rounds):
        yield r, pool.take(more_needed=r < rounds - len(pool.ready))


def _plain_sqlite_version(
    path: Path, shape: dict[str, list[str]], rows: dict[str, list], old_version: int
) -> int:
    """Open a copy of the file and its journal with SQLite alone: old or new, never broken,
    every row of the old file kept (its dots and links too)."""
    side = path.with_name("plain-" + path.name)
    shutil.copyfile(path, side)
    journal = Path(f"{path}-journal")
    if journal.exists():
        shutil.copyfile(journal, Path(f"{side}-journal"))
    conn = sqlite3.connect(side)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        schema = frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()
    assert version in (old_version, SCHEMA_VERSION)
    assert schema == expected_schema(version), "schema and version disagree"
    assert rows_in_columns(side, shape) == rows
    return version


def _old_file(tmp_path: Path, old_version: int) -> Path:
    """The version 1 file from the past, or a large version 4 file (the upgrade to 5 makes
    every table again: the longer it takes, the more kills land inside it)."""
    if old_version == 1:
        return V1_FILE
    new, old = tmp_path / "new.costar", tmp_path / f"v{old_version}.costar"
    data = large_workshop(3000)
    voters = data.participants
    # Dots and links: what a dropped note would take with it (ON DELETE CASCADE).
    data.votes = [
        Vote(note_id=n.id, voter_id=voters[i % len(voters)].id)
        for i, n in enumerate(data.notes[::3])
    ]
    for i, person in enumerate(data.people):
        person.note_ids = [n.id for n in data.notes[i::50]]
    for i, action in enumerate(data.actions):
        action.note_ids = [n.id for n in data.notes[i::70]]
    WorkshopFile.create(new, data=data).close()
    write_old_version(new, old, old_version)
    return old


@pytest.mark.parametrize("old_version", [1, 4, 5])
def test_killed_while_upgrading_an_old_file(tmp_path, old_version):
    source = _old_file(tmp_path, old_version)
    shape = shape_of(source)
    rows = rows_in_columns(source, shape)
    assert rows["notes"]
    if old_version > 1:
        assert rows["votes"] and rows["people_links"] and rows["action_links"]
    data = tmp_path / "data"
    rng = random.Random(2)
    pool = WarmPool(("migrate",), env=child_env(data_dir=data))
    try:
        calibrate = tmp_path / "calibrate.costar"
        shutil.copyfile(source, calibrate)
        child = pool.take()
        start = time.perf_counter()
        child.go(calibrate)
        child.expect("DONE")
        duration = time.perf_counter() - start  # a whole backup + upgrade, here and now
        child.finish()
        versions = []
        for r, child in _kill_rounds(pool, ROUNDS):
            path = tmp_path / f"round{r}.costar"
            shutil.copyfile(source, path)
            child.go(path)
            time.sleep(rng.uniform(0, duration * 1.2))
            child.kill()
            lines, stderr = child.finish()
            assert "Traceback" not in stderr, stderr
            versions.append(_plain_sqlite_version(path, shape, rows, old_version))
            with WorkshopFile.open(path) as wf:  # the app's own recovery, then the upgrade
                assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
                assert wf.integrity_ok()
            assert rows_in_columns(path, shape) == rows
    finally:
        pool.close()
    for backup_file in (data / "backups").glob("*.costar"):
        assert backups.read_info(backup_file).good, backup_file.name
        assert rows_in_columns(backup_file, shape) == rows
    print(f"\nversion on disk after each kill: {versions}")


def test_killed_while_backing_up(demo_file, tmp_path):
    data = tmp_path / "data"
    rng = random.Random(3)
    acknowledged: dict[str, tuple] = {}
    last_made = None
    pool = WarmPool(("backup", demo_file), env=child_env(data_dir=data))
    try:
        for series, child in _kill_rounds(pool, ROUNDS):
            child.go(series)
            child.expect("READY")
            for _ in range(rng.randint(0, 6)):
                child.read_line()
            time.sleep(rng.uniform(0, 0.01))
            child.kill()
            lines, stderr = child.finish()
            assert "Traceback" not in stderr, stderr
            for n in [int(l.split()[1]) for l in lines if l.startswith("ACK ")]:
                fields = note_fields(series, n)
                acknowledged[fields["id"]] = expected_row(fields)
            with WorkshopFile.open(demo_file) as wf:
                assert wf.integrity_ok()
                stored = stored_notes(wf.conn)
                workshop_id = wf.workshop().id
            assert all(stored.get(i) == row for i, row in acknowledged.items())
            made = [l.split()[1] for l in lines if l.startswith("BACKUP ") and l != "BACKUP -"]
            last_made = made[-1] if made else last_made
            store = BackupStore(data / "backups")
            listed = store.list(workshop_id)
            if last_made:  # the newest acknowledged backup is kept (unless 8 newer ones are)
                assert last_made in [b.path.name for b in listed] or len(listed) >= KEEP_RECENT
            for b in listed:  # a listed backup is always complete and readable
                assert backups.read_info(b.path).good, b.path.name
    finally:
        pool.close()
    assert acknowledged


def _series_notes(path: Path, series: int) -> list[int]:
    """Which notes of the series a file holds (it must be the first m of them)."""
    with WorkshopFile.open(path) as wf:
        assert wf.integrity_ok(), path.name
        stored = stored_notes(wf.conn)
    held = []
    for n in range(200):
        fields = note_fields(series, n)
        if fields["id"] in stored:
            assert stored[fields["id"]] == expected_row(fields)
            held.append(n)
    assert held == list(range(len(held))), f"{path.name} holds a mixture: {held}"
    return held


def test_killed_during_save_as(demo_file, tmp_path):
    rng = random.Random(4)
    pool = WarmPool(("save-as",), size=2)
    try:
        for series, child in _kill_rounds(pool, ROUNDS):
            folder = tmp_path / f"round{series}"
            folder.mkdir()
            source = folder / "source.costar"
            shutil.copyfile(demo_file, source)
            base = raw_notes(source)
            a, b = folder / "a.costar", folder / "b.costar"
            child.go(series, source, a, b)
            child.expect("READY")
            for _ in range(rng.randint(0, 7)):
                child.read_line()
            time.sleep(rng.uniform(0, 0.01))
            child.kill()
            lines, stderr = child.finish()
            assert "Traceback" not in stderr, stderr
            must_hold: dict[str, int] = {}
            for line in lines:
                word, *rest = line.split()
                if word in ("ACK", "SAVED"):
                    n, name = int(rest[0]), rest[1]
                    must_hold[name] = max(must_hold.get(name, -1), n)
            for path in (source, a, b):
                if not path.exists():
                    assert path.name not in must_hold
                    continue
                held = _series_notes(path, series)
                assert len(held) - 1 >= must_hold.get(path.name, -1), (path.name, lines)
                assert set(base) <= set(raw_notes(path))
    finally:
        pool.close()
