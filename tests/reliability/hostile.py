"""Hostile workshop files: a good sample workshop, altered with plain sqlite3 as another
program (or a person with an SQLite tool) could alter it.

Each case is ``(name, spoil, expect)``: ``spoil(path)`` alters a closed file in place, and
``expect`` is what CoStar Desktop must do with it:

* ``"refuse"`` — opened nowhere; a plain message naming the file; the file byte-identical;
* ``"repair"`` — the window offers a repaired copy and the original stays byte-identical;
  export and report read it, listing each repair on stderr.

Used by test_hostile_files.py (storage, CLI and window) and hostile_gui.py (the window in
a child process).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

#: Words every refusal because of the schema contains.
CHANGED = "changed by another program"


def run_sql(path: Path, *statements: str, params: tuple = ()) -> None:
    """Run statements on a closed file as another program would: constraints not enforced
    (CHECK and foreign keys can be switched off by anyone; NOT NULL cannot)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()


def first_note(path: Path, kind: str = "note") -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id FROM notes WHERE kind = ? AND group_id IS NULL ORDER BY rowid LIMIT 1",
            (kind,),
        ).fetchone()[0]
    finally:
        conn.close()


def _set_note(column: str, value) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        run_sql(
            path, f"UPDATE notes SET [{column}] = ? WHERE id = ?", params=(value, first_note(path))
        )

    spoil.__name__ = f"note_{column}"
    return spoil


def _sql(*statements: str) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        run_sql(path, *statements)

    return spoil


def _every_other_note_deleted_on_update(path: Path) -> None:
    # The case that was seen: the app's own next edit ran this and wiped the workshop.
    run_sql(
        path,
        "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM notes WHERE id != new.id; END",
    )


def _votes_deleted_on_update(path: Path) -> None:
    run_sql(
        path, "CREATE TRIGGER no_votes AFTER UPDATE OF text ON notes BEGIN DELETE FROM votes; END"
    )


def _table_became_a_view(path: Path) -> None:
    run_sql(
        path,
        "DROP TABLE people_links",
        "CREATE VIEW people_links AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
        "SELECT x + 1 FROM c) SELECT '' AS person_id, '' AS note_id FROM c",
    )


def _notes_table_loosened(path: Path) -> None:
    """The same columns, without the CHECK constraints (as a "simplify" tool might)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, "
            "'CHECK (step IN (''map'', ''focus'', ''people'', ''market'', ''grow''))', '') "
            "WHERE name = 'notes'"
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.close()


def _generated_column(path: Path) -> None:
    run_sql(
        path, "ALTER TABLE notes ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(text)) VIRTUAL"
    )


def _invalid_utf8_text(path: Path) -> None:
    run_sql(
        path,
        "UPDATE notes SET text = CAST(x'4c756e6368ff20636c7562' AS TEXT) WHERE id = ?",
        params=(first_note(path),),
    )


def _second_workshop_row(path: Path) -> None:
    run_sql(
        path,
        "INSERT INTO workshop (id, title, created, updated) "
        "VALUES ('second', 'Another', '2026-01-01', '2026-01-01')",
    )


def _dangling_links(path: Path) -> None:
    run_sql(
        path,
        "INSERT INTO votes (id, note_id, voter_id, created) "
        "VALUES ('v-gone', 'no-such-note', NULL, '2026-01-01')",
        "INSERT INTO people_links (person_id, note_id) "
        "SELECT id, 'no-such-note' FROM people LIMIT 1",
        "INSERT INTO action_links (action_id, note_id) VALUES ('no-such-action', "
        "(SELECT id FROM notes LIMIT 1))",
    )


def _author_and_group_gone(path: Path) -> None:
    note = first_note(path)
    run_sql(
        path,
        "UPDATE notes SET author_id = 'nobody', group_id = ? WHERE id = ?",
        params=(note, note),
    )


#: (name, spoil, expect, words the message or the list of repairs must hold)
CASES: list[tuple[str, Callable[[Path], None], str, str]] = [
    # --- the schema: refused, whatever the object ------------------------------------
    ("trigger_deleting_notes", _every_other_note_deleted_on_update, "refuse", "trigger “wipe”"),
    ("trigger_deleting_votes", _votes_deleted_on_update, "refuse", "trigger “no_votes”"),
    (
        "extra_view",
        _sql("CREATE VIEW every_note AS SELECT * FROM notes"),
        "refuse",
        "view “every_note”",
    ),
    ("extra_table", _sql("CREATE TABLE notes_backup (x)"), "refuse", "table “notes_backup”"),
    (
        "extra_index",
        _sql("CREATE INDEX by_text ON notes(lower(text))"),
        "refuse",
        "index “by_text”",
    ),
    ("missing_index", _sql("DROP INDEX notes_group"), "refuse", "index “notes_group” is missing"),
    ("statistics", _sql("ANALYZE"), "refuse", "sqlite_stat1"),
    ("table_became_a_view", _table_became_a_view, "refuse", "people_links"),
    ("notes_table_loosened", _notes_table_loosened, "refuse", "table “notes” is not the one"),
    ("generated_column", _generated_column, "refuse", "table “notes” is not the one"),
    ("virtual_table", _sql("CREATE VIRTUAL TABLE search USING fts5(text)"), "refuse", "“search”"),
    ("no_workshop_row", _sql("DELETE FROM workshop"), "refuse", "no workshop details"),
    # --- values: repaired in a copy, and listed --------------------------------------
    ("x_infinite", _set_note("x", float("inf")), "repair", "was not a number"),
    ("y_minus_infinite", _set_note("y", float("-inf")), "repair", "was not a number"),
    ("x_far_away", _set_note("x", 1e300), "repair", "far outside the canvas"),
    ("x_text", _set_note("x", "left"), "repair", "was not a number"),
    ("y_bytes", _set_note("y", b"\x00\x01"), "repair", "was not a number"),
    ("width_zero", _set_note("width", 0.0), "repair", "width was not a size"),
    ("height_huge", _set_note("height", 1e12), "repair", "height was not a size"),
    ("colour_unknown", _set_note("colour", "mauve"), "repair", "colour was not a colour"),
    ("co_unknown", _set_note("co", "co-everything"), "repair", "Co was not one"),
    ("step_unknown", _set_note("step", "dance"), "repair", "step was not one"),
    ("kind_unknown", _set_note("kind", "poster"), "repair", "kind was not one"),
    ("impact_nine", _set_note("impact", 9), "repair", "impact rating was not a whole number"),
    ("impact_text", _set_note("impact", "high"), "repair", "impact rating was not a whole"),
    ("shortlisted_seven", _set_note("shortlisted", 7), "repair", "shortlist was neither"),
    (
        "text_million",
        _set_note("text", "Lunch club " * 100_000),
        "repair",
        "1,100,000 characters long",
    ),
    ("text_bytes", _set_note("text", b"\xffbinary"), "repair", "bytes that are not text"),
    ("text_invalid_utf8", _invalid_utf8_text, "repair", "bytes that are not text"),
    ("text_null_char", _set_note("text", "before\x00after"), "repair", "null character"),
    ("id_bytes", _set_note("id", b"\x01\x02"), "repair", "its id is not a valid id"),
    ("id_long", _set_note("id", "x" * 500), "repair", "its id is not a valid id"),
    ("created_bytes", _set_note("created", b"\x00"), "repair", "was not a date and time"),
    ("author_and_group_gone", _author_and_group_gone, "repair", "its author is not among"),
    ("dangling_links", _dangling_links, "repair", "the dot was left out"),
    ("second_workshop_row", _second_workshop_row, "repair", "holds 2 sets of them"),
    (
        "vote_budget_huge",
        _sql("UPDATE workshop SET vote_budget = 100000"),
        "repair",
        "dots per voter was not a whole number",
    ),
    (
        "current_step_unknown",
        _sql("UPDATE workshop SET current_step = 'lunch'"),
        "repair",
        "current step was not one",
    ),
    (
        "workshop_date_words",
        _sql("UPDATE workshop SET date = 'next Tuesday'"),
        "repair",
        "(“next Tuesday”); it was left empty",
    ),
    (
        "title_long",
        _sql("UPDATE workshop SET title = printf('%.*c', 5000, 'T')"),
        "repair",
        "5,000 characters long",
    ),
    (
        "participant_kind",
        _sql("UPDATE participants SET kind = 'alien'"),
        "repair",
        "kind was not one",
    ),
    (
        "action_due_words",
        _sql("UPDATE actions SET due = 'soon'"),
        "repair",
        "due date was not a date",
    ),
    ("action_status", _sql("UPDATE actions SET status = 'maybe'"), "repair", "status was not one"),
    (
        "audience_unknown",
        _sql("UPDATE market_items SET audience = 'martians'"),
        "repair",
        "audience was not one",
    ),
]

NAMES = [c[0] for c in CASES]
