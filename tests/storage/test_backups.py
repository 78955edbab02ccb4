"""Automatic backups: where they go, what they hold, which are kept, and restoring them."""

import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from costar_desktop.core.model import Note
from costar_desktop.paths import user_data_dir
from costar_desktop.storage import SaveFailed, WorkshopFile, backups, fileio
from costar_desktop.storage.backups import (
    INTERVAL_SECONDS,
    KEEP_DAYS,
    KEEP_RECENT,
    BackupScheduler,
    BackupStore,
)
from tests.reliability.harness import V1_FILE, raw_notes

START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc).timestamp()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, t: float = START):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    return BackupStore(tmp_path / "data" / "backups", clock)


def test_a_backup_is_a_checked_complete_copy_in_the_data_folder_named_by_the_workshop(
    demo_file, clock
):
    store = BackupStore(clock=clock)  # the real default folder (the tests' data folder)
    with WorkshopFile.open(demo_file) as wf:
        backup = store.backup_file(wf, "opened")
        workshop_id = wf.workshop().id
    assert backup.path.parent == user_data_dir() / "backups"
    assert backup.path.parent != demo_file.parent
    assert backup.path.name == (
        f"{workshop_id}__20261102T090000000000Z__opened__{backups.source_key(demo_file)}.costar"
    )
    assert backup.workshop_id == workshop_id and backup.reason == "opened"
    assert raw_notes(backup.path) == raw_notes(demo_file)
    info = backups.read_info(backup.path)
    assert info.good and info.note_count == len(raw_notes(demo_file)) - _group_cards(demo_file)
    assert not [p for p in backup.path.parent.iterdir() if p.name.startswith(".")]


def _group_cards(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM notes WHERE kind = 'group'").fetchone()[0]
    finally:
        conn.close()


def test_an_unchanged_workshop_is_not_backed_up_twice(demo_file, store, clock):
    with WorkshopFile.open(demo_file) as wf:
        assert store.backup_file(wf, "opened") is not None
        clock.advance(60)
        assert store.backup_file(wf, "opened") is None
        wf.add_notes([Note(text="new")])
        clock.advance(60)
        assert store.backup_file(wf, "timed") is not None
        assert len(store.list(wf.workshop().id)) == 2


def test_keeps_the_newest_few_and_one_a_day_for_two_weeks(tmp_path, store, clock):
    taken = []
    with WorkshopFile.create(tmp_path / "small.costar") as wf:
        for i in range(30 * 6):  # every 4 hours for 30 days, with an edit each time
            wf.add_notes([Note(text=f"edit {i}")])
            taken.append(store.backup_file(wf, "timed").taken)
            clock.advance(4 * 3600)
        clock.advance(-4 * 3600)
        store.prune(wf.workshop().id)
        kept = [b.taken for b in store.list(wf.workshop().id)]
    # The policy, worked out independently from every backup ever taken:
    now = datetime.fromtimestamp(clock(), timezone.utc)
    newest_first = sorted(taken, reverse=True)
    expected = set(newest_first[:KEEP_RECENT])
    for day in {t.date() for t in taken if t >= now - timedelta(days=KEEP_DAYS)}:
        expected.add(max(t for t in taken if t.date() == day))
    assert kept == sorted(expected, reverse=True)
    assert len({t.date() for t in kept}) >= KEEP_DAYS
    assert min(kept) >= now - timedelta(days=KEEP_DAYS)


def test_old_backups_are_kept_when_nothing_newer_exists(demo_file, store, clock):
    with WorkshopFile.open(demo_file) as wf:
        for i in range(3):
            wf.add_notes([Note(text=f"edit {i}")])
            store.backup_file(wf, "timed")
            clock.advance(3600)
        clock.advance(90 * 86400)
        assert store.prune(wf.workshop().id) == []
        assert len(store.list(wf.workshop().id)) == 3


def test_a_copy_that_fails_the_check_replaces_nothing(demo_file, store, clock, monkeypatch):
    real = fileio.write_verified_copy

    class Corrupting:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, dst):  # a copy that goes wrong on its way to the disk
            self.conn.backup(dst)
            name = dst.execute("PRAGMA database_list").fetchone()[2]
            with open(name, "r+b") as fh:
                header = bytearray(fh.read(100))
                header[24:28] = (int.from_bytes(header[24:28], "big") + 1).to_bytes(4, "big")
                fh.seek(0)
                fh.write(header)
                fh.seek(4096)
                fh.write(bytes(8192))

    with WorkshopFile.open(demo_file) as wf:
        for i in range(KEEP_RECENT + 2):
            wf.add_notes([Note(text=f"edit {i}")])
            store.backup_file(wf, "timed")
            clock.advance(600)
        before = sorted(p.name for p in store.folder.iterdir())
        monkeypatch.setattr(
            fileio, "write_verified_copy", lambda source, target: real(Corrupting(source), target)
        )
        wf.add_notes([Note(text="one more")])
        with pytest.raises(SaveFailed, match="did not check out"):
            store.backup_file(wf, "timed")
    assert sorted(p.name for p in store.folder.iterdir()) == before


def test_leftovers_of_a_crashed_backup_are_never_listed_and_are_cleared_later(
    demo_file, store, clock
):
    with WorkshopFile.open(demo_file) as wf:
        workshop_id = wf.workshop().id
        leftover = store.folder / f".{workshop_id}.costar.1234abcd.pending"
        (store.folder / f"{workshop_id}__not-a-time__opened__12345678.costar").write_bytes(b"?")
        leftover.write_bytes(b"half a backup")
        assert store.list(workshop_id) == []
        store.backup_file(wf, "opened")
        assert leftover.exists()  # young: it may belong to a backup still being written
        old = os.path.getmtime(leftover) - 2 * backups.LEFTOVER_AGE
        os.utime(leftover, (old, old))
        wf.add_notes([Note(text="x")])
        store.backup_file(wf, "timed")
    assert not leftover.exists()


def test_opening_an_old_file_backs_it_up_before_upgrading_it(tmp_path):
    path = tmp_path / "old.costar"
    shutil.copy(V1_FILE, path)
    before = raw_notes(path)
    WorkshopFile.open(path).close()
    store = BackupStore()
    workshop_id = backups.workshop_id_of(path)
    saved = [b for b in store.list(workshop_id) if b.reason == "before-update"]
    assert saved, "no backup before the upgrade"
    conn = sqlite3.connect(saved[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert raw_notes(saved[0].path) == before


def test_the_scheduler_backs_up_on_open_and_after_ten_minutes_of_editing(demo_file, store, clock):
    scheduler = BackupScheduler(store)
    with WorkshopFile.open(demo_file) as wf:
        assert scheduler.opened(wf).reason == "opened"
        for minute in range(9):
            wf.add_notes([Note(text=f"minute {minute}")])
            clock.advance(60)
            assert scheduler.edited(wf) is None
        assert scheduler.tick(wf) is None  # 9 minutes: not yet
        clock.advance(INTERVAL_SECONDS - 9 * 60)
        backup = scheduler.tick(wf)
        assert backup is not None and backup.reason == "timed"
        clock.advance(2 * INTERVAL_SECONDS)
        assert scheduler.tick(wf) is None  # no edits since: nothing to back up
        wf.add_notes([Note(text="later")])
        assert scheduler.edited(wf).reason == "timed"
        assert len(store.list(wf.workshop().id)) == 3


def test_a_failing_backup_never_stops_the_workshop(demo_file, tmp_path, clock):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    scheduler = BackupScheduler(BackupStore(blocked / "backups", clock))
    with WorkshopFile.open(demo_file) as wf:
        assert scheduler.opened(wf) is None
        assert "could not be written" in scheduler.problem
        wf.add_notes([Note(text="still saved")])
    assert "still saved" in [n.text for n in WorkshopFile.read(demo_file).notes]


def test_a_damaged_file_is_set_aside_never_deleted_and_a_backup_restored(demo_file, store):
    with WorkshopFile.open(demo_file) as wf:
        store.backup_file(wf, "opened")
        workshop_id = wf.workshop().id
    expected = raw_notes(demo_file)
    data = bytearray(demo_file.read_bytes())
    data[4096:12288] = bytes(8192)
    demo_file.write_bytes(bytes(data))
    Path(f"{demo_file}-journal").write_bytes(b"not a journal of the backup")
    assert store.workshop_id_for(demo_file) == workshop_id
    backup, info = store.newest_good(workshop_id)
    assert info.good and info.note_count > 0
    aside = backups.set_aside_damaged(demo_file)
    assert aside.name == "demo.costar.damaged"
    assert aside.read_bytes() == bytes(data)
    assert Path(f"{aside}-journal").exists() and not Path(f"{demo_file}-journal").exists()
    backups.restore(backup, demo_file)
    assert raw_notes(demo_file) == expected
    with WorkshopFile.open(demo_file) as wf:
        assert wf.integrity_ok()
    demo_file.write_bytes(bytes(data))
    assert backups.set_aside_damaged(demo_file).name == "demo.costar.damaged-2"


def test_the_workshop_of_an_unreadable_file_is_found_by_its_path(demo_file, store):
    with WorkshopFile.open(demo_file) as wf:
        store.backup_file(wf, "opened")
        workshop_id = wf.workshop().id
    demo_file.write_bytes(os.urandom(5000))
    assert backups.workshop_id_of(demo_file) is None
    assert store.workshop_id_for(demo_file) == workshop_id


@pytest.mark.parametrize(
    "seconds, words",
    [(5, "less than a minute"), (60, "1 minute"), (3 * 3600 + 5, "3 hours"), (86400 * 2, "2 days")],
)
def test_ages_in_words(seconds, words):
    assert backups.describe_age(seconds) == words


def test_a_damaged_file_gets_its_own_backup_before_a_copy_of_the_same_workshop(
    demo_file, store, clock
):
    copy = demo_file.with_name("copy.costar")
    with WorkshopFile.open(demo_file) as wf:
        store.backup_file(wf, "opened")
        wf.save_as(copy)
    clock.advance(60)
    with WorkshopFile.open(copy) as wf:
        wf.add_notes([Note(text="only in the copy")])
        newer = store.backup_file(wf, "timed")
    workshop_id = backups.workshop_id_of(demo_file)
    own, _ = store.newest_good(workshop_id, source=demo_file)
    assert own.source == backups.source_key(demo_file) and own.taken < newer.taken
    assert store.newest_good(workshop_id)[0] == newer
    assert store.source_name(newer) == "copy.costar"


def test_backup_names_are_read_back_to_the_microsecond_and_odd_names_are_ignored(tmp_path):
    moment = datetime(2026, 2, 28, 23, 59, 58, 654321, tzinfo=timezone.utc)
    name = f"abc__{backups._stamp(moment)}__opened__12345678{backups.SUFFIX}"
    assert backups._parse(tmp_path / name).taken == moment
    for stamp in (
        "20261326T090507123456Z",  # month 13
        "20260230T090507123456Z",  # 30 February
        "2026022xT090507123456Z",  # not a digit
        "20260228 235958654321Z",  # no T
        "20260228T235958654321",  # too short, no Z
        "٢٠٢٦0228T235958654321Z",
    ):  # digits of another script
        assert backups._parse(tmp_path / f"abc__{stamp}__opened__12345678{backups.SUFFIX}") is None


def test_a_backup_changed_by_another_program_is_never_offered(demo_file, store, clock):
    """A backup is trusted no more than a file: one whose schema is not ours is not good."""
    from tests.reliability.hostile import run_sql

    with WorkshopFile.open(demo_file) as wf:
        first = store.backup_file(wf, "opened")
        workshop_id = wf.workshop().id
    clock.advance(60)
    with WorkshopFile.open(demo_file) as wf:
        wf.add_notes([Note(text="Written after the first backup")])
        second = store.backup_file(wf, "timed")
    run_sql(second.path, "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes; END")
    assert not backups.read_info(second.path).good
    assert backups.read_info(first.path).good
    assert store.newest_good(workshop_id)[0].path == first.path


def test_the_workshop_id_is_read_only_from_a_workshop_table_that_is_ours(demo_file, store):
    """To find the backups of a file refused as changed, its id is read — unless its
    workshop table itself was changed (then reading it could run another program's SQL)."""
    from tests.reliability.hostile import run_sql

    with WorkshopFile.open(demo_file) as wf:
        workshop_id = wf.workshop().id
    run_sql(demo_file, "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes; END")
    assert backups.workshop_id_of(demo_file) == workshop_id
    run_sql(
        demo_file,
        "ALTER TABLE workshop RENAME TO old_workshop",
        "CREATE VIEW workshop AS SELECT 'chosen by the view' AS id",
    )
    assert backups.workshop_id_of(demo_file) is None  # the view is never read


def test_a_named_pipe_is_never_waited_for_when_backups_look_into_files(tmp_path):
    """The damaged-file offer reads the refused file's workshop id, and the restore list
    reads each backup: a pipe in either place answers at once, as unreadable."""
    import faulthandler

    pipe = tmp_path / "pipe.costar"
    os.mkfifo(pipe)
    faulthandler.dump_traceback_later(60, exit=True)  # a regression ends the run, not hangs it
    try:
        assert backups.workshop_id_of(pipe) is None
        assert not backups.read_info(pipe).good
    finally:
        faulthandler.cancel_dump_traceback_later()
