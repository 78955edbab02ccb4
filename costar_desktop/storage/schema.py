"""The tables of a ``.costar`` file and the migrations between schema versions.

``PRAGMA application_id`` marks a file as ours; ``PRAGMA user_version`` holds the
schema version. A new file is made by creating version 1 and then running every
migration, so an upgraded old file and a fresh file always have the same shape.
Every table and column is described in ``docs/file-format.md``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from costar_desktop.core.model import MAX_TABLE_SIZE

#: "CStr" in ASCII. Marks an SQLite file as a CoStar workshop.
APPLICATION_ID = 0x43537472

#: The version written by this build of CoStar Desktop.
SCHEMA_VERSION = 4

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


#: Migration functions by the version they produce. Each runs inside one transaction
#: and must leave the file valid for exactly that version.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2,
    3: _migrate_to_3,
    4: _migrate_to_4,
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
