"""Files as older versions of CoStar Desktop wrote them, made from a file of this build.

The old schema is made by the same statements the migrations run (version 1's tables, then
each migration up to the old version), so it is exactly what that version made; the rows
are copied with their rowids, in the columns that version had.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from costar_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_V1, _statements


def write_old_version(source: Path, target: Path, version: int) -> None:
    """``source`` (a closed file of this build) as version ``version`` wrote it."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for statement in _statements(SCHEMA_V1):
            conn.execute(statement)
        for step in range(2, version + 1):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("ATTACH DATABASE ? AS new", (str(source),))
        conn.execute("BEGIN")
        for table in table_names(conn):
            rowid = ["rowid"] if _has_rowid(conn, table) else []  # tombstones has none
            columns = ", ".join([*rowid, *column_names(conn, table)])
            conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE new")
    finally:
        conn.close()


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM main.{table} LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]


def column_names(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA main.table_info({table})")]


def rows_in_columns(path: Path, shape: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of the tables ``shape`` names, in the columns it names (an old version's),
    each value as its type and its bytes ("text:4869"), with its rowid; read by plain
    SQLite. So an upgraded file can be compared with what it was."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table, columns in shape.items():
            values = ", ".join(_exactly(c) for c in columns)
            if _has_rowid(conn, table):
                sql = f"SELECT rowid, {values} FROM [{table}] ORDER BY rowid"
            else:  # tombstones: no rowids; in the order of its values
                sql = f"SELECT 0, {values} FROM [{table}] ORDER BY 2, 3"
            found[table] = conn.execute(sql).fetchall()
        return found
    finally:
        conn.close()


def _exactly(column: str) -> str:
    """A value's type and bytes (text that is not UTF-8 too; a real to its last digit)."""
    c = f"[{column}]"
    return (
        f"typeof({c}) || ':' || "
        f"CASE typeof({c}) WHEN 'real' THEN printf('%!.17g', {c}) ELSE hex({c}) END"
    )


def value_of(exactly: str) -> str | None:
    """The text :func:`rows_in_columns` gives for a text value, back (None for NULL)."""
    kind, data = exactly.split(":", 1)
    return None if kind == "null" else bytes.fromhex(data).decode()


def shape_of(path: Path) -> dict[str, list[str]]:
    """Each table's columns."""
    conn = sqlite3.connect(path)
    try:
        return {table: column_names(conn, table) for table in table_names(conn)}
    finally:
        conn.close()
