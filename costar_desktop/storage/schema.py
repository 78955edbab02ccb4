"""The tables of a ``.costar`` file and the migrations between schema versions.

``PRAGMA application_id`` marks a file as ours; ``PRAGMA user_version`` holds the
schema version. A new file is made by creating version 1 and then running every
migration, so an upgraded old file and a fresh file always have the same shape.
Every table and column is described in ``docs/file-format.md``.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

#: "CStr" in ASCII. Marks an SQLite file as a CoStar workshop.
APPLICATION_ID = 0x43537472

#: The version written by this build of CoStar Desktop.
SCHEMA_VERSION = 2

_CO_VALUES = "('commission', 'design', 'deliver', 'assess')"
_STEP_VALUES = "('map', 'focus', 'people', 'market', 'grow')"

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


#: Migration functions by the version they produce. Each runs inside one transaction
#: and must leave the file valid for exactly that version.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _migrate_to_2}


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
