"""Helpers for the reliability tests: crash states, child processes, another user.

The children run ``python -m tests.reliability.driver`` (see driver.py) from the project
folder with a clean environment, headless.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
V1_FILE = ROOT / "tests" / "fixtures" / "schema-v1-sample.costar"


def raw_notes(path: Path) -> dict[str, tuple]:
    """Every note's stored bytes, read by plain SQLite (which also rolls back a crash)."""
    conn = sqlite3.connect(path)
    try:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, CAST(text AS BLOB), x, y, colour, author_id, co, step FROM notes"
            )
        }
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
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTEST_CURRENT_TEST")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    if data_dir is not None:
        env["COSTAR_DATA_DIR"] = str(data_dir)
    if config_dir is not None:
        env["XDG_CONFIG_HOME"] = str(config_dir)
    return env


def driver_command(*args: str, module: str = "tests.reliability.driver") -> list[str]:
    return [sys.executable, "-m", module, *map(str, args)]


def run_driver(
    *args,
    env=None,
    timeout=120,
    user_prefix=(),
    input=None,
    module: str = "tests.reliability.driver",
    **popen,
):
    return subprocess.run(
        [*user_prefix, *driver_command(*args, module=module)],
        cwd=ROOT,
        env=env or child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
        **popen,
    )


# --- notes that a child writes and the parent can regenerate ---------------------------------

_ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyz ",
    "ŵŷâêîôû łódź ",
    "Ελληνικά ",
    "Русский ",
    "العربية ",
    "中文日本語한국어 ",
    "🙂👩🏽‍🦯✅ ",
)


def note_fields(series: int, n: int) -> dict:
    """The n-th note of a series, the same every time: id, text, position and colour."""
    import random
    import uuid

    rng = random.Random(series * 100_003 + n)
    size = rng.choice((rng.randint(1, 60), rng.randint(60, 400), rng.randint(2000, 9000)))
    alphabet = rng.choice(_ALPHABETS)
    body = "".join(rng.choice(alphabet) for _ in range(size))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "text": f"[{series}:{n}] {body}".rstrip() or f"[{series}:{n}]",
        "x": round(rng.uniform(-1400, 1400), 3),
        "y": round(rng.uniform(-1100, 1100), 3),
        "colour": rng.choice(("yellow", "orange", "sky", "green", "blue", "red", "pink", "white")),
    }


def stored_notes(conn: sqlite3.Connection) -> dict[str, tuple]:
    """id -> (text bytes, x, y, colour) as stored."""
    return {
        r[0]: r[1:] for r in conn.execute("SELECT id, CAST(text AS BLOB), x, y, colour FROM notes")
    }


def expected_row(fields: dict) -> tuple:
    return (fields["text"].encode("utf-8"), fields["x"], fields["y"], fields["colour"])


# --- children that are started ahead of time and told when to begin ---------------------------


class Child:
    """A driver process that imports everything, says WARM, and waits for "GO …"."""

    def __init__(
        self,
        *args: str,
        env: dict | None = None,
        user_prefix=(),
        module: str = "tests.reliability.driver",
    ):
        self.proc = subprocess.Popen(
            [*user_prefix, *driver_command(*args, module=module)],
            cwd=ROOT,
            env=env or child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._buffer = b""
        self.lines: list[str] = []

    def read_line(self, watchdog: float = 60.0) -> str:
        """The next line the child prints ('' when it has ended). The watchdog only stops a
        hung test; no result depends on how long anything takes."""
        import select

        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], watchdog)
            if not ready:
                self.kill()
                raise AssertionError(f"child silent for {watchdog} s: {self.stderr_text()}")
            chunk = os.read(fd, 65536)
            if not chunk:
                line, self._buffer = self._buffer, b""
                return line.decode()
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        text = line.decode()
        self.lines.append(text)
        return text

    def expect(self, word: str) -> None:
        while True:
            line = self.read_line()
            if line.split(" ", 1)[0] == word:
                return
            if line == "":
                raise AssertionError(f"child ended before {word}: {self.stderr_text()}")

    def go(self, *words: object) -> None:
        self.proc.stdin.write(("GO " + " ".join(map(str, words)) + "\n").encode())
        self.proc.stdin.flush()

    def send(self, line: str) -> None:
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()  # SIGKILL: no clean-up code runs in the child

    def finish(self) -> tuple[list[str], str]:
        """Wait for the end (after kill() or a natural exit); every line it printed, and stderr."""
        out, err = self.proc.communicate(timeout=60)
        rest = (self._buffer + out).decode(errors="replace").splitlines()
        self._buffer = b""
        self.lines.extend(rest)
        self._stderr = err.decode(errors="replace")
        return self.lines, self._stderr

    def stderr_text(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        try:
            return self.proc.stderr.read().decode(errors="replace")
        except (OSError, ValueError):
            return getattr(self, "_stderr", "")


class WarmPool:
    """Keeps ``size`` children warming up ahead of use, so a kill loop never waits for Python
    and Qt to import."""

    def __init__(self, args: tuple, size: int = 2, env: dict | None = None):
        from collections import deque

        self.args, self.env = args, env
        self.ready = deque(Child(*args, env=env) for _ in range(size))

    def take(self, more_needed: bool = True) -> Child:
        child = self.ready.popleft()
        if more_needed:
            self.ready.append(Child(*self.args, env=self.env))
        child.expect("WARM")
        return child

    def close(self) -> None:
        while self.ready:
            child = self.ready.popleft()
            child.kill()
            child.finish()


# --- watchdogs ---------------------------------------------------------------------------------


@contextmanager
def alarm(seconds: int = 10):
    """Turn a hang in this process into a failure: after ``seconds`` the block is interrupted
    (an ``open()`` waiting on a pipe, a layout that runs away) with a TimeoutError. Only
    stops Python code; a query that never returns needs a child process instead."""

    def fail(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


class ChildServer:
    """One driver child that answers a JSON line for each path sent to it (the fuzzers' way
    of opening files); restarted if a file kills it. A silent child counts as hung."""

    def __init__(self, mode: str, hang_seconds: float):
        self.mode = mode
        self.hang_seconds = hang_seconds
        self.child = None

    def ask(self, path) -> dict:
        if self.child is None:
            self.child = Child(self.mode)
            self.child.expect("WARM")
            self.child.go()
        self.child.send(str(path))
        try:
            line = self.child.read_line(watchdog=self.hang_seconds)
        except AssertionError:
            self.close()
            return {"outcome": "hung"}
        if not line:
            _lines, stderr = self.child.finish()
            self.child = None
            return {"outcome": "died", "stderr": stderr[-2000:]}
        return json.loads(line)

    def close(self):
        if self.child is not None:
            self.child.kill()
            self.child.finish()
            self.child = None
