"""Promise: with a read-only file or folder, or a file removed or renamed while open, the app
never says "Saved" for a change that is not in the file, keeps what was typed on screen, and
offers Save As, which writes every note (and then the typed one).

Permissions mean nothing to root, and CI runs as root: the window therefore runs in a child
process as an ordinary user, uid 65534 ("nobody"). If that user cannot reach this project
(a checkout inside a private folder), the child runs in a user namespace as uid 65534 instead:
there it has no privilege over any file, and the files it works on are its own, as they would
be for a normal user. A developer who is not root runs it as themselves. The child reports
what the window showed; this process checks the files on disk.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from costar_desktop.core.demo import demo_workshop
from costar_desktop.storage import WorkshopFile
from tests.reliability.harness import ROOT, child_env, raw_notes, run_driver, torn_commit

UID = GID = 65534
TYPED = "Typed while the file could not be written"
BEFORE = "Saved before the file went away"


def unprivileged() -> tuple[list[str], dict, int | None]:
    """How to run a child as an ordinary user: a command prefix, arguments for subprocess, and
    the uid that should own the files it works on (None: leave them as they are)."""
    if os.geteuid() != 0:
        return [], {}, None
    as_nobody = {"user": UID, "group": GID, "extra_groups": []}
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import costar_desktop.ui.shell.app"],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            timeout=120,
            **as_nobody,
        ).returncode
    except OSError:  # e.g. Python itself lives in root's private home folder
        probe = None
    if probe == 0 and os.environ.get("COSTAR_NONROOT") != "namespace":
        return [], as_nobody, UID
    unshare = shutil.which("unshare")
    assert unshare, "as root, this test needs uid 65534 to read the project, or unshare"
    return [unshare, "--user", f"--map-user={UID}", f"--map-group={GID}"], {}, None


def _own(path: Path, mode: int, owner: int | None) -> None:
    if owner is not None:
        os.chown(path, owner, owner)
    os.chmod(path, mode)


@pytest.fixture(scope="module")
def outcome():
    prefix, popen, owner = unprivileged()
    base = Path(tempfile.mkdtemp(prefix="costar-unwritable-"))
    _own(base, 0o755, owner)
    data = demo_workshop()
    specs, originals = [], {}
    for name, then in (
        ("read-only file", None),
        ("read-only folder", None),
        ("removed while open", "remove"),
        ("renamed while open", "rename"),
        ("hot journal, read-only", None),
    ):
        folder = base / name.replace(" ", "-").replace(",", "")
        folder.mkdir()
        path = folder / "workshop.costar"
        WorkshopFile.create(path, data=data).close()
        if name.startswith("hot journal"):
            torn_commit(path, lambda conn: conn.execute("DELETE FROM notes"))
        originals[name] = {p.name: p.read_bytes() for p in folder.iterdir()}
        for p in folder.iterdir():
            _own(p, 0o444 if name != "read-only folder" and then is None else 0o644, owner)
        _own(
            folder,
            0o555 if name in ("read-only folder", "hot journal, read-only") else 0o755,
            owner,
        )
        out = base / "out" / folder.name
        out.mkdir(parents=True)
        specs.append(
            {
                "name": name,
                "path": str(path),
                "typed": TYPED,
                "then": then,
                "before": BEFORE if then else "",
                "save_as": str(out / "saved.costar"),
            }
        )
    for sub in (
        "out",
        *[f"out/{p.name}" for p in (base / "out").iterdir()],
        "home",
        "config",
        "data",
        "runtime",
    ):
        (base / sub).mkdir(exist_ok=True)
        _own(base / sub, 0o700 if sub == "runtime" else 0o755, owner)
    spec_file = base / "spec.json"
    spec_file.write_text(json.dumps(specs), encoding="utf-8")
    _own(spec_file, 0o644, owner)
    env = child_env(data_dir=base / "data", config_dir=base / "config")
    env.update(
        HOME=str(base / "home"), XDG_RUNTIME_DIR=str(base / "runtime"), PYTHONDONTWRITEBYTECODE="1"
    )
    try:
        run = run_driver(
            "scenarios",
            spec_file,
            env=env,
            user_prefix=prefix,
            module="tests.reliability.gui_driver",
            **popen,
        )
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        results = {r["name"]: r for r in map(json.loads, run.stdout.splitlines())}
        yield {"results": results, "specs": {s["name"]: s for s in specs}, "originals": originals}
    finally:
        for root, dirs, _ in os.walk(base):
            for d in dirs:
                os.chmod(Path(root) / d, stat.S_IRWXU)
        shutil.rmtree(base, ignore_errors=True)


def _check_never_saved_falsely_and_rescued(outcome, name, extra=()):
    r = outcome["results"][name]
    spec = outcome["specs"][name]
    assert r["uid"] != 0, "the window must run as an ordinary user"
    assert r["opened"], r["messages"]
    assert "Not saved" in r["status_after_typing"] and "✓" not in r["status_after_typing"]
    assert r["kept_on_screen"] and not r["typed_in_document"]
    assert r["path_after_save_as"] == spec["save_as"]
    assert "✓ Saved" in r["status_after_save_as"]
    assert r["typed_in_document_after_save_as"]
    saved = [row[0].decode() for row in raw_notes(Path(spec["save_as"])).values()]
    original = [row[0].decode() for row in raw_notes_from(outcome, name).values()]
    assert sorted(saved) == sorted(original + [*extra, TYPED])  # every note, then the typed one
    return r


def raw_notes_from(outcome, name) -> dict:
    folder = Path(tempfile.mkdtemp())
    try:
        for file_name, content in outcome["originals"][name].items():
            (folder / file_name).write_bytes(content)
        return raw_notes(folder / "workshop.costar")
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("name", ["read-only file", "read-only folder"])
def test_a_read_only_workshop_says_so_and_save_as_writes_everything(outcome, name):
    r = _check_never_saved_falsely_and_rescued(outcome, name)
    assert r["read_only"]
    assert "Not saved" in r["status_on_open"] and "read-only" in r["banner_on_open"]
    assert "read-only" in r["banner_after_typing"]
    folder = Path(outcome["specs"][name]["path"]).parent
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == outcome["originals"][name]


@pytest.mark.parametrize("name", ["removed while open", "renamed while open"])
def test_a_workshop_removed_or_renamed_while_open_is_never_saved_into_blindly(outcome, name):
    r = _check_never_saved_falsely_and_rescued(outcome, name, extra=[BEFORE])
    assert not r["read_only"] and "✓ Saved" in r["status_before"]
    assert "moved, renamed, replaced or deleted" in r["banner_after_typing"]
    folder = Path(outcome["specs"][name]["path"]).parent
    if name.startswith("renamed"):
        renamed = raw_notes(folder / "renamed by someone.costar")
        assert BEFORE.encode() in [row[0] for row in renamed.values()]
        assert TYPED.encode() not in [row[0] for row in renamed.values()]


def test_a_crashed_read_only_workshop_is_refused_plainly_and_left_alone(outcome):
    name = "hot journal, read-only"
    r = outcome["results"][name]
    assert r["uid"] != 0 and not r["opened"]
    assert "not closed properly" in r["messages"][-1] and "read-only" in r["messages"][-1]
    folder = Path(outcome["specs"][name]["path"]).parent
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == outcome["originals"][name]
