"""Promise: the app sends nothing anywhere — it never opens an internet socket.

In-process, tests/conftest.py makes any Python socket use fail every test. Here the real
app runs in a child process (GUI headless: add, undo, redo, anonymised export, Save As,
quit; then ``costar export`` and ``costar demo``) under three watchers, one of them in the
kernel, so native code (Qt, SQLite, libc) is watched too. See netwatch.py.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys

from costar_desktop.storage import WorkshopFile
from tests.reliability.harness import ROOT, child_env


def _watch(*args, tmp_path):
    env = child_env(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "tests.reliability.netwatch", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_watchers_see_a_socket_opened_on_purpose(tmp_path):
    run = _watch("--canary", "-", tmp_path=tmp_path)
    seen = json.loads(run.stdout.splitlines()[-1])
    assert "socket.__new__ family=2" in seen["python_events"]
    if platform.machine() in ("x86_64", "aarch64"):
        assert seen["seccomp"] and "Current thread" in run.stderr  # the kernel trapped it


def test_the_real_app_opens_no_internet_socket(demo_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = _watch(demo_file, out, tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.splitlines()[-1])
    assert seen == {
        "seccomp": platform.system() == "Linux" and platform.machine() in ("x86_64", "aarch64"),
        "python_events": [],
        "inet_sockets_open": [],
    }
    assert "Current thread" not in run.stderr, run.stderr  # nothing trapped by the kernel
    # ...and the app really did its work while being watched:
    copy = WorkshopFile.read(out / "copy.costar")
    assert "A note typed while we watch the network" in [n.text for n in copy.notes]
    assert json.loads((out / "export.json").read_text(encoding="utf-8"))["notes"]
    assert (out / "export.md").read_text(encoding="utf-8").startswith("# ")
    assert (out / "demo.costar").is_file()
