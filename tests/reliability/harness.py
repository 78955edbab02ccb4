"""Helpers for the reliability tests: crash states, child processes, another user.

The children run ``python -m tests.reliability.driver`` (see driver.py) from the project
folder with a clean environment, headless.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
V1_FILE = ROOT / "tests" / "fixtures" / "schema-v1-sample.costar"


def raw_notes(path: Path) -> dict[str, tuple]:
    """Every note's stored bytes, read by plain SQLite (which also rolls back a crash)."""
    conn = sqlite3.connect(path)
    try:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT id, CAST(text AS BLOB), x, y, colour, author_id, co, step FROM notes")}
    finally:
        conn.close()


def disk_notes(path: Path) -> dict[str, tuple]:
    """Like :func:`raw_notes`, for a file that is open (and locked): reads a byte copy of
    the file alone, so it also proves that no side file is needed."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.costar"
        shutil.copyfile(path, copy)
        return raw_notes(copy)


def torn_commit(path: Path, change: Callable[[sqlite3.Connection], object]) -> None:
    """Leave ``path`` as a crash in the middle of committing ``change`` would.

    The change is committed, but its journal is kept (through a second name for it), so
    the file holds the new pages and a valid journal that undoes them is beside it.
    """
    journal = Path(f"{path}-journal")
    kept = path.with_name(path.name + ".kept-journal")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        change(conn)
        assert journal.exists(), "the change wrote nothing"
        os.link(journal, kept)
        conn.execute("COMMIT")
    finally:
        conn.close()
    os.replace(kept, journal)


def child_env(data_dir: Path | None = None, config_dir: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTEST_CURRENT_TEST")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    if data_dir is not None:
        env["COSTAR_DATA_DIR"] = str(data_dir)
    if config_dir is not None:
        env["XDG_CONFIG_HOME"] = str(config_dir)
    return env


def driver_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.reliability.driver", *map(str, args)]


def run_driver(*args, env=None, timeout=120, user_prefix=(), input=None):
    return subprocess.run([*user_prefix, *driver_command(*args)], cwd=ROOT, env=env or child_env(),
                          capture_output=True, text=True, timeout=timeout, input=input)
