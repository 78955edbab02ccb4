"""The tables of a ``.costar`` file and the migrations between schema versions.

``PRAGMA application_id`` marks a file as ours; ``PRAGMA user_version`` holds the
schema version. A new file is made by creating version 1 and then running every
migration, so an upgraded old file and a fresh file always have the same shape.
Every table and column is described in ``docs/file-format.md``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from costar_desktop.core.merge import KEY_COLUMNS, MERGED_TABLES
from costar_desktop.core.model import MAX_TABLE_SIZE
from costar_desktop.core.programme import MAX_BLOCK_MINUTES

#: "CStr" in ASCII. Marks an SQLite file as a CoStar workshop.
APPLICATION_ID = 0x43537472

#: The version written by this build of CoStar Desktop.
SCHEMA_VERSION = 6

_CO_VALUES = "('commission', 'design', 'deliver', 'assess')"
_STEP_VALUES = "('map', 'focus', 'people', 'market', 'grow')"
_KIND_VALUES = (
    "('service_user', 'carer', 'family', 'volunteer', 'staff', 'manager', 'partner', "
    "'community', 'mixed')"
)

SCHEMA_V1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE workshop (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    colour TEXT NOT NULL,
    author_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    co TEXT CHECK (co IS NULL OR co IN {_CO_VALUES}),
    step TEXT NOT NULL CHECK (step IN {_STEP_VALUES}),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX notes_author ON notes(author_id);
CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    voter_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
    created TEXT NOT NULL
);
CREATE INDEX votes_note ON votes(note_id);
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE market_items (
    id TEXT PRIMARY KEY,
    sceptic_says TEXT NOT NULL,
    our_answer TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    first_step TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    co TEXT CHECK (co IS NULL OR co IN {_CO_VALUES}),
    status TEXT NOT NULL DEFAULT 'not_started',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

MIGRATION_V2 = """
ALTER TABLE workshop ADD COLUMN vote_budget INTEGER NOT NULL DEFAULT 3;
ALTER TABLE workshop ADD COLUMN votes_hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workshop ADD COLUMN current_step TEXT NOT NULL DEFAULT 'map';
ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'group'));
ALTER TABLE notes ADD COLUMN group_id TEXT REFERENCES notes(id) ON DELETE SET NULL;
ALTER TABLE notes ADD COLUMN impact INTEGER CHECK (impact IS NULL OR impact BETWEEN 1 AND 5);
ALTER TABLE notes ADD COLUMN shortlisted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN is_example INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notes_group ON notes(group_id);
CREATE INDEX votes_voter ON votes(voter_id);
ALTER TABLE people ADD COLUMN inside INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN could_bring TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN involvement TEXT NOT NULL DEFAULT '';
CREATE TABLE people_links (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, note_id)
);
ALTER TABLE actions ADD COLUMN review_date TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
CREATE TABLE action_links (
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, note_id)
);
"""


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Version 2: the five steps (settings, groups, impact, shortlist, people, actions)."""
    for statement in _statements(MIGRATION_V2):
        conn.execute(statement)


MIGRATION_V3 = f"""
ALTER TABLE participants ADD COLUMN size INTEGER NOT NULL DEFAULT 1
    CHECK (size BETWEEN 1 AND {MAX_TABLE_SIZE})
"""


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Version 3: how many people a participant stands for (a table of eight gets eight
    people's dots)."""
    for statement in _statements(MIGRATION_V3):
        conn.execute(statement)


MIGRATION_V4 = f"""
CREATE TABLE inbox (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    co TEXT CHECK (co IS NULL OR co IN {_CO_VALUES}),
    step TEXT NOT NULL CHECK (step IN {_STEP_VALUES}),
    kind TEXT CHECK (kind IS NULL OR kind IN {_KIND_VALUES}),
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    received TEXT NOT NULL
)
"""


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Version 4: the inbox, where notes written on phones wait for the facilitator (a
    phone is told "Received" only once its note is saved here)."""
    for statement in _statements(MIGRATION_V4):
        conn.execute(statement)


#: Version 5's tables that version 1 made with ``id TEXT PRIMARY KEY``, which lets a row
#: hold no key at all (an old quirk of SQLite's), and the link tables that point at them.
#: Made again by migration 5 with ``NOT NULL`` on the key and nothing else changed: the
#: same columns in the same order, the same CHECKs, defaults, references and indexes
#: (the links' are as version 2 made them). Parents before children.
REBUILT_V5 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE workshop (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    vote_budget INTEGER NOT NULL DEFAULT 3,
    votes_hidden INTEGER NOT NULL DEFAULT 0,
    current_step TEXT NOT NULL DEFAULT 'map'
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 1 CHECK (size BETWEEN 1 AND {MAX_TABLE_SIZE})
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    colour TEXT NOT NULL,
    author_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    co TEXT CHECK (co IS NULL OR co IN {_CO_VALUES}),
    step TEXT NOT NULL CHECK (step IN {_STEP_VALUES}),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'group')),
    group_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
    impact INTEGER CHECK (impact IS NULL OR impact BETWEEN 1 AND 5),
    shortlisted INTEGER NOT NULL DEFAULT 0,
    is_example INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_author ON notes(author_id);
CREATE INDEX notes_group ON notes(group_id);
CREATE TABLE votes (
    id TEXT PRIMARY KEY NOT NULL,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    voter_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
    created TEXT NOT NULL
);
CREATE INDEX votes_note ON votes(note_id);
CREATE INDEX votes_voter ON votes(voter_id);
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    inside INTEGER NOT NULL DEFAULT 0,
    could_bring TEXT NOT NULL DEFAULT '',
    involvement TEXT NOT NULL DEFAULT ''
);
CREATE TABLE people_links (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, note_id)
);
CREATE TABLE market_items (
    id TEXT PRIMARY KEY NOT NULL,
    sceptic_says TEXT NOT NULL,
    our_answer TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE actions (
    id TEXT PRIMARY KEY NOT NULL,
    action TEXT NOT NULL,
    first_step TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    co TEXT CHECK (co IS NULL OR co IN {_CO_VALUES}),
    status TEXT NOT NULL DEFAULT 'not_started',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    review_date TEXT NOT NULL DEFAULT '',
    carried_from TEXT NOT NULL DEFAULT ''
);
CREATE TABLE action_links (
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, note_id)
)
"""

#: The tables migration 5 makes again, parents before children (the order their rows go
#: back in; they are dropped the other way round), with the key column that had no NOT NULL.
_REBUILT: dict[str, str | None] = {
    "meta": "key",
    "workshop": "id",
    "participants": "id",
    "notes": "id",
    "votes": "id",
    "people": "id",
    "people_links": None,
    "market_items": "id",
    "actions": "id",
    "action_links": None,
}

#: Tables whose deleted rows are remembered (by key, never any text) in ``tombstones``,
#: with the key of a row: its id, or both ids of a link (ids never hold a space). Taken
#: from the merge's own table of keys, so a trigger's key is always the one the merge
#: looks up (core.merge.row_key).
TOMBSTONED: dict[str, tuple[str, ...]] = {
    table: KEY_COLUMNS.get(table, ("id",)) for table in MERGED_TABLES if table != "workshop"
}


def _tombstone_key(row: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"{row}.{c}" for c in columns)


#: Two triggers per table: a deleted row leaves a tombstone (a cascade's too, as the
#: note's dots when a note goes); a row that comes back (undo) takes its tombstone away.
#: One statement each (their bodies hold semicolons, so they are not split).
TOMBSTONE_TRIGGERS = tuple(
    statement
    for table, key in TOMBSTONED.items()
    for statement in (
        f"CREATE TRIGGER {table}_deleted AFTER DELETE ON {table}\n"
        f"BEGIN INSERT OR IGNORE INTO tombstones (tbl, key) "
        f"VALUES ('{table}', {_tombstone_key('old', key)}); END",
        f"CREATE TRIGGER {table}_added AFTER INSERT ON {table}\n"
        f"BEGIN DELETE FROM tombstones WHERE tbl = '{table}' "
        f"AND key = {_tombstone_key('new', key)}; END",
    )
)

#: Version 5's new tables: what was deleted (for bringing tables' files back), the
#: breakouts a host handed out, the merges it took in, and which table a table's file is.
MIGRATION_V5 = f"""
CREATE TABLE tombstones (
    tbl TEXT NOT NULL CHECK (tbl IN ({", ".join(f"'{t}'" for t in TOMBSTONED)})),
    key TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE TABLE breakouts (
    id TEXT PRIMARY KEY NOT NULL,
    handed_out TEXT NOT NULL,
    ended TEXT
);
CREATE TABLE breakout_tables (
    id TEXT PRIMARY KEY NOT NULL,
    breakout_id TEXT NOT NULL REFERENCES breakouts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    baseline BLOB,
    UNIQUE (breakout_id, position)
);
CREATE TABLE merges (
    id TEXT PRIMARY KEY NOT NULL,
    table_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    merged TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE table_of (
    breakout_id TEXT PRIMARY KEY NOT NULL,
    table_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    workshop_id TEXT NOT NULL,
    handed_out TEXT NOT NULL
)
"""


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    """Version 5: every key ``NOT NULL``; tombstones, breakouts and merges (breakout
    tables: a workshop handed out to several laptops and brought back).

    SQLite cannot add ``NOT NULL`` to a column, so the tables are made again. With foreign
    keys on (they cannot be turned off inside a transaction), dropping a parent would run
    its ON DELETE actions — a note's dots would go — so every row is read first, children
    are dropped before their parents, and the rows go back with their rowids (the order
    the app reads them in) and their values byte for byte. A row with no key gets a
    placeholder that is not a valid id, so the values check that follows the upgrade
    repairs it and tells (and a file that needs repairs is not upgraded). Links that
    pointed at nothing before (written by another program) point at nothing after: turning
    ``defer_foreign_keys`` off again forgets them, as the file had them, and the values
    check judges them.
    """
    saved = {table: _take_rows(conn, table) for table in _REBUILT}
    for table in reversed(_REBUILT):  # children first: no ON DELETE has a row to act on
        conn.execute(f"DROP TABLE {table}")
    for statement in _statements(REBUILT_V5):
        conn.execute(statement)
    for table, key in _REBUILT.items():
        if key is not None:
            _fill_missing_keys(saved[table], key)
    # A group card may come after the notes in it: the links are checked at the commit.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    try:
        for table, (columns, table_rows) in saved.items():
            _put_rows(conn, table, columns, table_rows)
    finally:
        conn.execute("PRAGMA defer_foreign_keys = OFF")
    for statement in (*_statements(MIGRATION_V5), *TOMBSTONE_TRIGGERS):
        conn.execute(statement)


MIGRATION_V6 = f"""
CREATE TABLE agenda (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND {MAX_BLOCK_MINUTES}),
    step TEXT CHECK (step IS NULL OR step IN {_STEP_VALUES}),
    method TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    started TEXT NOT NULL DEFAULT '',
    ran_seconds INTEGER CHECK (ran_seconds IS NULL OR ran_seconds >= 0),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE programme (
    id TEXT PRIMARY KEY NOT NULL CHECK (id = 'day'),
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    day_start INTEGER NOT NULL DEFAULT 570 CHECK (day_start BETWEEN 0 AND 1439),
    running_id TEXT REFERENCES agenda(id) ON DELETE SET NULL,
    elapsed REAL NOT NULL DEFAULT 0,
    resumed REAL,
    extra_minutes INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL
)
"""


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """Version 6: the programme (issue 19): the agenda's blocks with what actually
    happened to each, and one row for the day (its start, the block running now). Only
    new tables: nothing already in the file is touched."""
    for statement in _statements(MIGRATION_V6):
        conn.execute(statement)


#: A table's rows as migration 5 holds them: its columns, and per row the rowid and each
#: value with its SQLite type (text as its bytes, so text that is not UTF-8 survives).
_Taken = tuple[list[str], list[list[tuple[str, object]]]]


def _take_rows(conn: sqlite3.Connection, table: str) -> _Taken:
    columns = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
    picks = ", ".join(
        f"typeof([{c}]), CASE typeof([{c}]) WHEN 'text' THEN CAST([{c}] AS BLOB) ELSE [{c}] END"
        for c in ["rowid", *columns]
    )
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        found = conn.execute(f"SELECT {picks} FROM [{table}] ORDER BY rowid").fetchall()
    finally:
        conn.text_factory = factory
    return columns, [
        [(kind.decode(), value) for kind, value in zip(row[::2], row[1::2], strict=True)]
        for row in found
    ]


def _fill_missing_keys(taken: _Taken, key: str) -> None:
    """Give a row with no key (NULL) a placeholder that no valid id can be (it has spaces)."""
    columns, table_rows = taken
    at = columns.index(key) + 1  # after the rowid
    used = {value for row in table_rows for kind, value in [row[at]] if kind == "text"}
    n = 0
    for row in table_rows:
        if row[at][0] == "null":
            while True:
                n += 1
                placeholder = f" null {n}".encode()
                if placeholder not in used:
                    break
            row[at] = ("text", placeholder)


def _put_rows(
    conn: sqlite3.Connection,
    table: str,
    columns: list[str],
    table_rows: list[list[tuple[str, object]]],
) -> None:
    names = ", ".join(f"[{c}]" for c in ["rowid", *columns])
    slots = ", ".join(["CASE ? WHEN 'text' THEN CAST(? AS TEXT) ELSE ? END"] * (len(columns) + 1))
    conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({slots})",
        ([p for kind, value in row for p in (kind, value, value)] for row in table_rows),
    )


#: Migration functions by the version they produce. Each runs inside one transaction
#: and must leave the file valid for exactly that version.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2,
    3: _migrate_to_3,
    4: _migrate_to_4,
    5: _migrate_to_5,
    6: _migrate_to_6,
}


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table of the newest schema on an empty database (inside a transaction)."""
    for statement in _statements(SCHEMA_V1):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    migrate(conn, 1)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file at ``from_version`` up to :data:`SCHEMA_VERSION` (inside a transaction)."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


# --- the schema a file must have -------------------------------------------------------

#: A row of ``sqlite_master``: type, name, table, sql (None for automatic indexes).
_MasterRow = tuple[str, str, str, str | None]

#: ``sqlite_master`` rows (type, name, table, sql) by schema version, made once per process.
_EXPECTED: dict[int, frozenset[_MasterRow]] = {}


def expected_schema(version: int) -> frozenset[_MasterRow]:
    """Every table and index this build creates for a file at ``version`` (1 …
    :data:`SCHEMA_VERSION`), as ``(type, name, tbl_name, sql)`` rows of ``sqlite_master``.

    Made by running the same statements a real file gets, on an empty database in memory,
    so an upgraded old file and a new one compare equal to it by construction.
    """
    if version not in _EXPECTED:
        if not 1 <= version <= SCHEMA_VERSION:
            raise ValueError(f"no schema version {version}")
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for statement in _statements(SCHEMA_V1):
                conn.execute(statement)
            for step in range(2, version + 1):
                MIGRATIONS[step](conn)
            _EXPECTED[version] = frozenset(_master_rows(conn))
        finally:
            conn.close()
    return _EXPECTED[version]


def _master_rows(conn: sqlite3.Connection) -> list[_MasterRow]:
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in an open file's schema is not exactly what this build creates for ``version``.

    Empty when the file's schema is ours. Each entry is a clause that names one object, in
    words a facilitator's IT helper can act on ("it holds a trigger “wipe” that CoStar
    Desktop never makes").
    Reads ``sqlite_master`` only; nothing in the file runs.
    """
    expected = expected_schema(version)
    found = _master_rows(conn)
    by_name = {(r[0], r[1]): r for r in expected}
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for row in found:
        kind, name = str(row[0]), str(row[1])
        key = (row[0], row[1])
        seen.add(key)
        if row in expected:
            continue
        label = _KIND_WORDS.get(kind, kind)
        if key in by_name:
            problems.append(f"its {label} “{_short(name)}” is not the one CoStar Desktop makes")
        else:
            problems.append(
                f"it holds {_article(label)} {label} “{_short(name)}” that "
                "CoStar Desktop never makes"
            )
    for kind, name, *_ in sorted(expected - set(found)):
        if (kind, name) not in seen:
            problems.append(f"its {_KIND_WORDS.get(kind, kind)} “{name}” is missing")
    return problems


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def table_is_ours(conn: sqlite3.Connection, table: str, version: int) -> bool:
    """True if ``table`` in an open file is exactly the table this build makes for
    ``version`` (so reading from it runs nothing of another program's)."""
    if not 1 <= version <= SCHEMA_VERSION:
        return False
    mine = [r for r in expected_schema(version) if r[0] == "table" and r[1] == table]
    found = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name = ?", (table,)
    ).fetchall()
    return bool(mine) and found == mine


_KIND_WORDS = {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}


def _short(name: str, limit: int = 40) -> str:
    name = "".join(ch if ch.isprintable() else "?" for ch in name)
    return name if len(name) <= limit else name[: limit - 1] + "…"
