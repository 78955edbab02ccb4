"""One open ``.costar`` workshop file.

Every write commits to disk before the method returns, unless it runs inside a unit of
work (:meth:`WorkshopFile.transaction`), which commits all its writes together when it
ends. A write that cannot be made raises :class:`SaveFailed` and leaves the file as it was
before the whole unit. The file is opened once,
checked (application id, schema version, SQLite's quick check) before anything is
written, and locked so that no other window or program can open it at the same time.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from costar_desktop import __version__
from costar_desktop.core.breakouts import breakout_line
from costar_desktop.core.model import (
    Action,
    BreakoutLine,
    CoProducer,
    InboxNote,
    MarketItem,
    Note,
    Participant,
    Vote,
    Workshop,
    WorkshopData,
    now_iso,
)
from costar_desktop.storage import faults, fileio, rows, values
from costar_desktop.storage.agenda_store import AgendaStoreMixin
from costar_desktop.storage.breakout_store import BreakoutStoreMixin
from costar_desktop.storage.checks import (  # noqa: F401 - inspect_file etc. are public here too
    _READ_ERRORS,
    SQLITE_MAGIC,
    STORAGE_PRAGMAS,
    _check_header,
    _configure,
    _connect,
    _lock_error,
    inspect_file,
)
from costar_desktop.storage.errors import (
    AlreadyOpen,
    ChangedByAnotherProgram,
    FileDamaged,
    NeedsRepair,
    SaveFailed,
    StorageError,
    describe_write_error,
)
from costar_desktop.storage.inbox_store import READ_INBOX, InboxStoreMixin
from costar_desktop.storage.schema import (
    SCHEMA_VERSION,
    create_schema,
    migrate,
    schema_differences,
)
from costar_desktop.storage.steps_store import (  # noqa: F401 - NoteDependants is public here too
    NoteDependants,
    StepsStoreMixin,
    cards_first,
)

if TYPE_CHECKING:
    import sqlite_utils

# sqlite_utils (with click, dateutil and pluggy) takes longer to import than the rest of
# storage together, so it is imported when the first change is written: opening and
# reading a file use plain sqlite3, and the window starts without it (docs/performance.md).

FILE_SUFFIX = ".costar"

#: Files open in this process, by normalised real path (a second window is refused).
_open_paths: set[str] = set()
_open_paths_lock = threading.Lock()


#: What SQLite's quick check says of a value that breaks a rule of the table (not damage).
_BROKEN_RULE = re.compile(r"^(CHECK constraint failed in \w+|NULL value in \w+\.\w+)$")


class _UndoUpgrade(Exception):
    """Rolls an upgrade back: the file needs repairs, which go into a copy instead."""


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _check_schema(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse a file whose schema is not exactly the one this build makes for ``version``."""
    problems = schema_differences(conn, version)
    if problems:
        more = f", and {_count(len(problems) - 1, 'other change')}" if len(problems) > 1 else ""
        raise ChangedByAnotherProgram(
            f"“{path.name}” was changed by another program: {problems[0]}{more}. "
            "CoStar Desktop does not open such a file, because what was changed could alter "
            "or delete notes. It was not changed.",
            path,
        )


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def prepare_for_writing() -> None:
    """Import what the first write needs now, at a quiet moment, not during the first save."""
    import sqlite_utils  # noqa: F401


def _backup_before_update(conn: sqlite3.Connection, path: Path) -> None:
    """Keep a copy of an old file in the backups folder before upgrading it in place."""
    from costar_desktop.storage.backups import BackupStore

    try:
        BackupStore().backup_connection(conn, path, reason="before-update")
    except Exception:  # noqa: BLE001 - the upgrade is one transaction and safe without it
        pass


_fsync_path = fileio.fsync_path


class WorkshopFile(AgendaStoreMixin, BreakoutStoreMixin, InboxStoreMixin, StepsStoreMixin):
    """An open workshop file. Use :meth:`open` or :meth:`create`, then :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.read_only = read_only
        self._lock = threading.RLock()
        self._closed = False
        #: How deep in units of work (:meth:`transaction`); whether the one open must fail.
        self._depth = 0
        self._doomed = False
        #: What open() read to check the file, kept for the first snapshot() (the window's):
        #: a file of thousands of notes is then read once when opened, not twice.
        self._unread: WorkshopData | None = None
        #: What the path named when the file was opened; see :meth:`_check_still_there`.
        self._identity = fileio.identity(path)
        #: Values that were repaired as the file was read (only ever for reading; see open).
        self.repairs: list[values.Repair] = []
        #: The inbox as open() checked it (for a repaired copy; see NeedsRepair).
        self._checked_inbox: list[InboxNote] = []

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite_utils on the open connection, made (and imported) on first use."""
        if self._db is None or self._db.conn is not self.conn:
            import sqlite_utils

            self._db = sqlite_utils.Database(
                self.conn, execute_plugins=False, recursive_triggers=False
            )
        return self._db

    @db.setter
    def db(self, value: sqlite_utils.Database) -> None:
        self._db = value

    # --- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, for_reading: bool = False) -> WorkshopFile:
        """Open an existing workshop file, refusing anything that is not one of ours.

        A file whose values need repairs (storage/values.py) is refused with
        :class:`NeedsRepair`, which carries the repaired workshop for a copy; with
        ``for_reading`` (export, report) it opens, with the repairs in :attr:`repairs` and
        texts longer than the app's limits kept whole.
        """
        path = Path(path).absolute()
        _, version = inspect_file(path)
        key = _key(path)
        with _open_paths_lock:
            if key in _open_paths:
                raise AlreadyOpen(
                    f"“{path.name}” is already open in another CoStar window. "
                    "Switch to that window to work on it.",
                    path,
                )
            _open_paths.add(key)
        try:
            wf, data, repairs = cls._open_checked(path, version, for_reading)
            inbox = wf._checked_inbox
        except BaseException:
            with _open_paths_lock:
                _open_paths.discard(key)
            raise
        try:
            if repairs and not for_reading:
                raise NeedsRepair(
                    f"“{path.name}” holds {_count(len(repairs), 'value')} that CoStar Desktop "
                    f"cannot use as {'it is' if len(repairs) == 1 else 'they are'}. It was "
                    "not changed.",
                    path,
                    repairs,
                    data,
                    inbox,
                )
            # Everything was read to check it: the window's first snapshot() gets that.
            wf._unread = data
            wf.repairs = repairs
            wf._lock_for_writing()
        except StorageError:
            wf.close()
            raise
        except _READ_ERRORS as exc:
            wf.close()
            raise FileDamaged(
                f"“{path.name}” cannot be read as a workshop: some of its contents are "
                f"damaged ({type(exc).__name__}). It was not changed.",
                path,
            ) from None
        except BaseException:
            wf.close()
            raise
        return wf

    @classmethod
    def _open_checked(
        cls, path: Path, version: int, for_reading: bool = False
    ) -> tuple[WorkshopFile, WorkshopData, list[values.Repair]]:
        """Open, check the header, SQLite's quick check, the schema and every value; upgrade
        an old file. Returns the open file, what it holds and the repairs that needs."""
        read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
        conn = _connect(path, read_only)
        try:
            try:
                _configure(conn)
                # Read first, under a shared lock (kept until close in exclusive locking
                # mode): SQLite rolls back a change cut off by a crash here, and the checks
                # below never write, so a file we refuse keeps every byte. The exclusive
                # lock is taken only once the file has passed (:meth:`_lock_for_writing`).
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                refusal = _lock_error(path, exc, read_only)
                if refusal is None:
                    raise
                raise refusal from exc
            # The header read before SQLite opened the file can be stale: a change that was
            # cut off by a crash is rolled back only now, under our lock (this matters for
            # an interrupted upgrade, whose new version number may already be in the header).
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_header(path, application_id, version)
            # Before anything is read: a trigger, view or changed table would run, or
            # change what is read, when the app reads or writes (docs/reliability.md).
            _check_schema(path, conn, version)
            # The schema is ours, so a value that breaks one of its rules (CHECK, NOT NULL)
            # was written by another program: the value checks below repair it. Anything
            # else SQLite's check finds is damage.
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            broken_rules = result != ["ok"]
            if broken_rules and not all(_BROKEN_RULE.match(str(line)) for line in result):
                raise FileDamaged(
                    f"“{path.name}” is damaged: SQLite's check found problems. It was not "
                    "changed. Try a backup copy of the workshop.",
                    path,
                )
            wf = cls(path, conn, read_only)
            within_limits = not for_reading
            if version < SCHEMA_VERSION:
                import sqlite_utils

                if read_only:
                    raise SaveFailed(
                        f"“{path.name}” was saved by an older version of CoStar Desktop and "
                        "must be updated, but it is read-only. Copy it to a folder you can "
                        "write to, then open the copy.",
                        path,
                    )
                _backup_before_update(conn, path)
                try:
                    with sqlite_utils.Database(conn, execute_plugins=False).atomic():
                        migrate(conn, version)
                        # Every row is read in the new shape; a file that needs repairs is
                        # not upgraded (the copy gets them), so it keeps every byte.
                        data, repairs = wf._read_everything(within_limits)
                        if repairs and not for_reading:
                            raise _UndoUpgrade
                except _UndoUpgrade:
                    pass
            else:
                data, repairs = wf._read_everything(within_limits)
            if broken_rules and not repairs:
                raise FileDamaged(
                    f"“{path.name}” is damaged: SQLite's check found values that break the "
                    "file's rules. It was not changed. Try a backup copy of the workshop.",
                    path,
                )
        except StorageError:
            conn.close()
            raise
        except _READ_ERRORS as exc:
            conn.close()
            raise FileDamaged(
                f"“{path.name}” cannot be read as a workshop: it is damaged or incomplete "
                f"({type(exc).__name__}). It was not changed.",
                path,
            ) from None
        except BaseException:
            conn.close()
            raise
        return wf, data, repairs

    def _lock_for_writing(self) -> None:
        """Take the exclusive lock and keep it until close: no other program may use the file."""
        if self.read_only:
            return
        try:
            self.conn.execute("BEGIN EXCLUSIVE")
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise _lock_error(self.path, exc, False) or describe_write_error(
                exc, self.path
            ) from None

    @classmethod
    def create(
        cls,
        path: Path | str,
        workshop: Workshop | None = None,
        participants: Iterable[Participant] = (),
        notes: Iterable[Note] = (),
        overwrite: bool = False,
        data: WorkshopData | None = None,
        inbox: Iterable[InboxNote] = (),
    ) -> WorkshopFile:
        """Write a new workshop file (complete, or not at all) and open it.

        ``data`` (everything, including votes, people, market items and actions) may be
        given instead of the separate ``workshop``, ``participants`` and ``notes``.
        ``inbox``: phones' notes waiting for the facilitator (a repaired copy keeps them).
        """
        if data is not None:
            workshop, participants, notes = data.workshop, data.participants, data.notes
        path = Path(path).absolute()
        fileio.refuse_unless_regular(path, missing_ok=True)
        if path.exists() and not overwrite:
            raise SaveFailed(f"“{path.name}” already exists; choose another name.", path)
        if _key(path) in _open_paths or fileio.locked_by_another_program(path):
            raise AlreadyOpen(f"“{path.name}” is open in a CoStar window; close it first.", path)
        workshop = workshop or Workshop()
        import sqlite_utils

        try:
            # Recorded while it exists, so a crash here leaves nothing behind for good.
            with fileio.pending_temporary(path) as tmp:
                conn = sqlite3.connect(str(tmp), isolation_level=None)
                try:
                    conn.execute("PRAGMA journal_mode = DELETE")
                    db = sqlite_utils.Database(conn, execute_plugins=False)
                    with db.atomic():
                        create_schema(conn)
                        db.table("meta").insert_all(
                            [
                                {"key": "created_by", "value": f"CoStar Desktop {__version__}"},
                                {"key": "created", "value": now_iso()},
                            ]
                        )
                        db.table("workshop").insert(rows.workshop_to_row(workshop))
                        db.table("participants").insert_all(
                            rows.participant_to_row(p) for p in participants
                        )
                        db.table("notes").insert_all(rows.note_to_row(n) for n in notes)
                        if data is not None:
                            db.table("votes").insert_all(rows.vote_to_row(v) for v in data.votes)
                            for p in data.people:
                                db.table("people").insert(rows.person_to_row(p))
                                db.table("people_links").insert_all(
                                    {"person_id": p.id, "note_id": n} for n in p.note_ids
                                )
                            db.table("market_items").insert_all(
                                rows.market_to_row(m) for m in data.market_items
                            )
                            for a in data.actions:
                                db.table("actions").insert(rows.action_to_row(a))
                                db.table("action_links").insert_all(
                                    {"action_id": a.id, "note_id": n} for n in a.note_ids
                                )
                        db.table("inbox").insert_all(rows.inbox_to_row(i) for i in inbox)
                finally:
                    conn.close()
                _fsync_path(tmp)
                fileio.drop_stale_journal(path)
                os.replace(tmp, path)
                _fsync_path(path.parent, directory=True)
        except (sqlite3.Error, OSError) as exc:
            raise describe_write_error(exc, path) from exc
        return cls.open(path)

    @classmethod
    def read(cls, path: Path | str) -> WorkshopData:
        """Open, read everything and close: for export and reports (see :meth:`read_all`)."""
        return cls.read_all(path)[0]

    @classmethod
    def read_all(
        cls, path: Path | str, within_limits: bool = False
    ) -> tuple[WorkshopData, list[values.Repair]]:
        """Open, read everything and close; with the repairs its values needed, to be told.

        ``within_limits`` cuts texts longer than the app keeps (for what is put into another
        workshop); otherwise they are read whole, as an export or a report prints them.
        """
        wf = cls.open(path, for_reading=True)
        try:
            if within_limits:
                wf._unread = None
                return wf.read_checked(within_limits=True)
            return wf.snapshot(), wf.repairs
        finally:
            wf.close()

    def close(self) -> None:
        """Close the file and release its lock. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._unread = None
            try:
                self.conn.close()
            finally:
                with _open_paths_lock:
                    _open_paths.discard(_key(self.path))

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------

    def _query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, through plain sqlite3 (reading never needs sqlite_utils)."""
        self._check_open()
        cursor = self.conn.execute(sql, tuple(params))
        names = [d[0] for d in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    #: How each table is read: its columns in the order of the rules (storage/values.py).
    #: Links come in the order of the notes they point at (a left join: a link to a
    #: missing note is read too, and then judged by the checks).
    _READS = {
        table: f"SELECT {', '.join(f'[{c}]' for c in values.columns(table))} "
        f"FROM [{table}] ORDER BY rowid"
        for table in values.TABLES
    }
    _READS[values.INBOX] = READ_INBOX
    _READS["people_links"] = (
        "SELECT l.person_id, l.note_id FROM people_links l LEFT JOIN "
        "notes n ON n.id = l.note_id ORDER BY n.rowid, l.rowid"
    )
    _READS["action_links"] = (
        "SELECT l.action_id, l.note_id FROM action_links l LEFT JOIN "
        "notes n ON n.id = l.note_id ORDER BY n.rowid, l.rowid"
    )

    #: One note (and any other row with its id), the group card it belongs to and its
    #: author: all that the checks need to judge that note's row and its links.
    _READ_ONE_NOTE = {
        "participants": (
            f"SELECT {', '.join(f'[{c}]' for c in values.columns('participants'))} "
            "FROM participants WHERE id IN (SELECT author_id FROM notes "
            "WHERE id = :id) ORDER BY rowid"
        ),
        "notes": (
            f"SELECT {', '.join(f'[{c}]' for c in values.columns('notes'))} FROM notes "
            "WHERE id = :id OR id IN (SELECT group_id FROM notes WHERE id = :id) "
            "ORDER BY rowid"
        ),
    }

    def _read_tables(
        self,
        tables: Iterable[str] = values.TABLES,
        reads: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> tuple[dict[str, list[dict[str, Any]]], bool]:
        """Every row of these tables as it is in the file (or the rows that ``reads``, a
        query per table with ``params``, picks), and whether some text held bytes that are
        not UTF-8 (then read again with those bytes kept, to be repaired)."""
        tables = tuple(tables)
        queries = {t: (reads or {}).get(t, self._READS[t]) for t in tables}
        self._check_open()

        def read() -> dict[str, list[Any]]:
            return {
                t: self.conn.execute(sql, params or {}).fetchall() for t, sql in queries.items()
            }

        try:
            return read(), False
        except sqlite3.OperationalError as exc:  # how Python's sqlite3 says "not UTF-8"
            if "decode" not in str(exc):
                raise
        except UnicodeDecodeError:
            pass
        self.conn.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
        try:
            return read(), True
        finally:
            self.conn.text_factory = str

    def read_checked(
        self,
        within_limits: bool = True,
        tables: Iterable[str] = values.TABLES,
        reads: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> tuple[WorkshopData, list[values.Repair]]:
        """Everything in the file as plain objects, every value checked, and the repairs
        that made them (empty for a file the app wrote itself). See storage/values.py.

        ``tables`` reads only some tables (the workshop's row is always read): the rest of
        the result is then empty, and links into tables not read count as broken.
        ``reads`` reads only some rows of a table (a query per table, with ``params``)."""
        wanted = dict.fromkeys(("workshop", *tables))
        with self._lock:
            self._check_open()
            rows_by_table, bad_bytes = self._read_tables(wanted, reads, params)
            try:
                return values.check_tables(
                    rows_by_table, within_limits=within_limits, bad_bytes=bad_bytes
                )
            except values.FileRefused as exc:
                raise FileDamaged(
                    f"“{self.path.name}” cannot be opened: {exc}. It was not changed.", self.path
                ) from None

    def _read_everything(self, within_limits: bool) -> tuple[WorkshopData, list[values.Repair]]:
        """Every table checked, the inbox too (kept in ``_checked_inbox``), in one read;
        and all the repairs they needed."""
        with self._lock:
            self._check_open()
            rows_by_table, bad_bytes = self._read_tables((*values.TABLES, values.INBOX))
            inbox_rows = rows_by_table.pop(values.INBOX)
            try:
                data, repairs = values.check_tables(
                    rows_by_table, within_limits=within_limits, bad_bytes=bad_bytes
                )
            except values.FileRefused as exc:
                raise FileDamaged(
                    f"“{self.path.name}” cannot be opened: {exc}. It was not changed.", self.path
                ) from None
            self._checked_inbox, inbox_repairs = values.check_inbox(
                inbox_rows, within_limits=within_limits, bad_bytes=bad_bytes
            )
            return data, repairs + inbox_repairs

    def snapshot(self) -> WorkshopData:
        """Everything in the file as plain objects, with each bringing-back of a breakout
        table's file (:meth:`breakout_lines`)."""
        with self._lock:
            self._check_open()
            kept, self._unread = self._unread, None
            data = kept if kept is not None else self.read_checked()[0]
            data.breakouts = self.breakout_lines()
            return data

    def breakout_lines(self) -> list[BreakoutLine]:
        """Each bringing-back of a table's file kept here, in the order it happened, as the
        report and exports tell it: the parts of a record a merge could not have written
        are left out (see core/breakouts.py)."""
        return [
            breakout_line(r.table_id, r.table_name, r.merged, r.summary)
            for r in self.merge_records()
        ]

    def workshop(self) -> Workshop:
        return self.read_checked(tables=())[0].workshop

    def participants(self) -> list[Participant]:
        return self.read_checked(tables=("participants",))[0].participants

    def notes(self) -> list[Note]:
        return self.read_checked(tables=("participants", "notes"))[0].notes

    def note(self, note_id: str) -> Note | None:
        """The note with this id, or None; read as :meth:`notes` reads it (every value
        checked by storage's rules), but only its own row, its group card's and its
        author's, not every note."""
        data = self.read_checked(
            tables=("participants", "notes"), reads=self._READ_ONE_NOTE, params={"id": note_id}
        )[0]
        return next((n for n in data.notes if n.id == note_id), None)

    def votes(self) -> list[Vote]:
        return self.read_checked()[0].votes

    def people(self) -> list[CoProducer]:
        return self.read_checked()[0].people

    def market_items(self) -> list[MarketItem]:
        return self.read_checked()[0].market_items

    def actions(self) -> list[Action]:
        return self.read_checked()[0].actions

    def integrity_ok(self) -> bool:
        with self._lock:
            self._check_open()
            return self.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    # --- writing ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work: every write inside it is saved together when it ends, or none is.

        A unit opened inside another joins it (no savepoint): the outermost one commits.
        A write that fails anywhere inside dooms the whole unit, even if the caller catches
        the :class:`SaveFailed`; the unit is then rolled back and ends in SaveFailed too.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                except BaseException:
                    self._doomed = True
                    raise
                finally:
                    self._depth -= 1
                return
            self._check_writable()
            self._unread = None
            self._depth, self._doomed = 1, False
            try:
                self.conn.execute("BEGIN")
                try:
                    yield
                    if self._doomed:
                        raise SaveFailed(self._doomed_message, self.path)
                    faults.reached("commit")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self._roll_back()
                    raise
            except (sqlite3.Error, OSError) as exc:
                raise describe_write_error(exc, self.path) from exc
            finally:
                self._depth, self._doomed = 0, False

    @property
    def in_transaction(self) -> bool:
        """True inside a unit of work (see :meth:`transaction`)."""
        return self._depth > 0

    _doomed_message = "Not saved: part of the change could not be written, so none of it was."

    def _roll_back(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the disk is gone: SQLite rolls the change back from its journal on next open

    def _check_writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise SaveFailed(
                f"Not saved: “{self.path.name}” is read-only. Use File → Save As… to "
                "save the workshop somewhere you can write to.",
                self.path,
            )
        self._check_still_there()

    @contextmanager
    def _writing(self) -> Iterator[sqlite_utils.Database]:
        """Some statements of a unit of work (the caller's, or one of their own)."""
        with self.transaction():
            try:
                yield self.db
                faults.reached("write")
            except (sqlite3.Error, OSError) as exc:
                raise describe_write_error(exc, self.path) from exc

    def update_workshop(self, **changes: Any) -> Workshop:
        """Change workshop details (title, date, venue, organisation, facilitator)."""
        row = rows.workshop_change_to_row({k: str(v) for k, v in changes.items()})
        current = self.workshop()
        row["updated"] = now_iso()
        with self._writing() as db:
            db.table("workshop").update(current.id, row)
        return self.workshop()

    def add_participant(self, participant: Participant) -> None:
        with self._writing() as db:
            db.table("participants").insert(rows.participant_to_row(participant))

    def update_participant(self, participant_id: str, **changes: Any) -> str:
        """Change a participant; returns the new ``updated`` timestamp."""
        row = rows.participant_change_to_row(changes)
        row["updated"] = stamp = now_iso()
        with self._writing() as db:
            db.table("participants").update(participant_id, row)
        return stamp

    def delete_participant(self, participant_id: str) -> None:
        """Remove a participant; their notes keep their text but lose their author."""
        with self._writing() as db:
            db.table("participants").delete(participant_id)

    def add_notes(self, notes: Iterable[Note]) -> None:
        """Insert notes in one transaction (group cards first)."""
        notes = cards_first(notes)
        with self._writing() as db:
            db.table("notes").insert_all(rows.note_to_row(n) for n in notes)

    def update_notes(self, changes: Mapping[str, Mapping[str, Any]]) -> str:
        """Apply ``{note_id: {field: value}}`` in one transaction; returns the timestamp used."""
        stamp = now_iso()
        prepared = {}
        for note_id, change in changes.items():
            row = rows.note_change_to_row(dict(change))
            row["updated"] = stamp
            prepared[note_id] = row
        # One UPDATE statement per set of columns, run for every note that changes them
        # (a drag of 500 notes is one statement run 500 times, not 500 look-ups and updates).
        batches: dict[tuple[str, ...], list[list[Any]]] = {}
        for note_id, row in prepared.items():
            batches.setdefault(tuple(row), []).append([*row.values(), note_id])
        with self._writing() as db:
            for columns, params in batches.items():
                assignments = ", ".join(f"[{c}] = ?" for c in columns)  # names from Note.EDITABLE
                db.conn.executemany(f"UPDATE notes SET {assignments} WHERE id = ?", params)
        return stamp

    def delete_notes(self, note_ids: Iterable[str]) -> None:
        """Remove notes in one transaction (``secure_delete`` wipes their text)."""
        ids = list(note_ids)
        with self._writing() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM notes WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    def save_as(self, target: Path | str) -> Path:
        """Write a complete copy through SQLite's backup API; the copy replaces ``target``.

        This file stays open; the caller decides whether to switch to the copy.
        """
        target = Path(target).absolute()
        if _key(target) == _key(self.path):
            if fileio.identity(self.path) != self._identity:
                self._rewrite_in_place()
            return target
        if _key(target) in _open_paths:
            raise AlreadyOpen(
                f"“{target.name}” is open in another CoStar window; close it there first.",
                target,
            )
        if fileio.locked_by_another_program(target):
            raise AlreadyOpen(
                f"“{target.name}” is open in another copy of CoStar Desktop; close it there "
                "first, or choose another name.",
                target,
            )
        self.write_copy(target)
        return target

    def _rewrite_in_place(self) -> None:
        """The file was deleted, renamed or replaced while open: write it again where it was,
        from what this connection still holds, and carry on in the new file."""
        with self._lock:
            self._check_open()
            if fileio.locked_by_another_program(self.path):
                raise AlreadyOpen(
                    f"“{self.path.name}” is now open in another copy of CoStar Desktop; "
                    "choose another name.",
                    self.path,
                )
            self.write_copy(self.path)
            self.conn.close()  # before the new file gets a journal under the same name
            try:
                fresh = WorkshopFile._open_checked(self.path, SCHEMA_VERSION)[0]
                fresh._lock_for_writing()
            except sqlite3.Error as exc:
                raise describe_write_error(exc, self.path) from exc
            self.conn, self.db, self.read_only = fresh.conn, fresh.db, fresh.read_only
            self._identity = fresh._identity

    def write_copy(self, target: Path | str) -> Path:
        """Write a complete, checked copy of this file to ``target`` (all or nothing)."""
        target = Path(target).absolute()
        try:
            with self._lock:
                self._check_open()
                if self._depth:  # the copy would hold half of a change
                    raise RuntimeError("a copy cannot be written inside a unit of work")
                return fileio.write_verified_copy(self.conn, target)
        except fileio.CopyNotVerified:
            raise SaveFailed(
                f"Not saved: the copy “{target.name}” did not check out, so it "
                "was not kept. Try another place.",
                target,
            ) from None
        except (sqlite3.Error, OSError) as exc:
            raise describe_write_error(exc, target) from exc

    # --- helpers ------------------------------------------------------------------

    def _check_still_there(self) -> None:
        """Refuse to write if the path no longer names the file we hold open.

        After a rename, a delete or a replacement, SQLite would keep writing into a file
        nobody can find (or, after a crash, could not roll back); "Saved" would be false.
        """
        if fileio.identity(self.path) != self._identity:
            raise SaveFailed(
                f"Not saved: “{self.path.name}” was moved, renamed, replaced or deleted while "
                "it was open, so changes can no longer be saved into it. Use File → Save As… "
                "to save the whole workshop again.",
                self.path,
            )

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("This workshop file has been closed.", self.path)
