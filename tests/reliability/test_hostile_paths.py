"""Only regular files are opened: a named pipe, a device, a socket or a folder — given
directly or through a symlink — is refused at once with one plain sentence, as a workshop
to open or read, as the output of an export or a report, in the command line and in the
window. No hang (each child has a watchdog, each in-process call an alarm), no traceback,
and the pipe or device is still there afterwards, not replaced by a file.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from costar_desktop.storage import NotARegularFile, NotAWorkshopFile, WorkshopFile, inspect_file
from tests.reliability.harness import alarm, child_env, run_driver

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

WATCHDOG = 30  # seconds; only stops a hung test, nothing here takes more than a second or two

_KINDS = {
    "pipe": "a named pipe",
    "folder": "a folder",
    "socket": "a socket",
    "null": "a device",
    "zero": "a device",
}


@pytest.fixture
def hostile(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """name -> (path, the sentence the user must see), for every kind, direct and linked.

    Made afresh for each test: after a regression one test's pipe may have become a file.
    """
    folder = tmp_path_factory.mktemp("h")  # short: a socket's path must fit in 108 bytes
    os.mkfifo(folder / "pipe.costar")
    (folder / "folder.costar").mkdir()
    # The tests may not bind sockets (tests/conftest.py); a child makes the socket file.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import socket, sys\nsocket.socket(socket.AF_UNIX).bind(sys.argv[1])",
            str(folder / "socket.costar"),
        ],
        check=True,
        timeout=WATCHDOG,
    )
    direct = {
        "pipe": folder / "pipe.costar",
        "folder": folder / "folder.costar",
        "socket": folder / "socket.costar",
        "null": Path("/dev/null"),
        "zero": Path("/dev/zero"),
    }
    cases = {}
    for kind, path in direct.items():
        assert path.exists() and not path.is_file()
        cases[kind] = (path, f"“{path.name}” is {_KINDS[kind]}, not a file.")
        link = folder / f"link-to-{kind}.costar"
        link.symlink_to(path)
        cases[f"link-to-{kind}"] = (
            link,
            f"“{link.name}” points to “{os.path.realpath(path)}”, which is "
            f"{_KINDS[kind]}, not a file.",
        )
    return cases


ALL = [
    "pipe",
    "folder",
    "socket",
    "null",
    "zero",
    "link-to-pipe",
    "link-to-folder",
    "link-to-socket",
    "link-to-null",
    "link-to-zero",
]


def _kinds_unchanged(hostile) -> None:
    """Nothing was replaced: every pipe, socket, device, folder and link is what it was."""
    for name, (path, _) in hostile.items():
        mode = os.stat(path).st_mode
        want = {
            "pipe": stat.S_ISFIFO,
            "folder": stat.S_ISDIR,
            "socket": stat.S_ISSOCK,
            "null": stat.S_ISCHR,
            "zero": stat.S_ISCHR,
        }[name.removeprefix("link-to-")]
        assert want(mode), name
        assert name.startswith("link-to-") == path.is_symlink(), name


# Should the check ever be lost, a run as root (as CI runs) would write a file over /dev/null
# (a temporary file made in /dev, renamed over it). These guards refuse any rename onto a
# device's folder in the tests' processes, so a regression fails instead.
_GUARD = """
import os
_replace, _rename = os.replace, os.rename
def _guarded(real):
    def rename(src, dst, *args, **kwargs):
        if os.path.realpath(dst).startswith("/dev/"):
            # An OSError, so that the code's own clean-up runs as for any failed rename.
            raise PermissionError(f"test guard: something tried to replace {dst}")
        return real(src, dst, *args, **kwargs)
    return rename
os.replace, os.rename = _guarded(_replace), _guarded(_rename)
"""
_COSTAR = (
    _GUARD
    + """
import runpy, sys
sys.argv[0] = "costar"
runpy.run_module("costar_desktop", run_name="__main__", alter_sys=True)
"""
)


@pytest.fixture(autouse=True)
def no_renames_onto_devices():
    namespace: dict = {}
    saved = os.replace, os.rename
    exec(_GUARD, namespace)
    try:
        yield
    finally:
        os.replace, os.rename = saved


def _costar_all(runs: dict[str, list[str]], cwd: Path) -> dict[str, subprocess.CompletedProcess]:
    """Run several ``costar`` commands side by side, each under the watchdog (and the guard)."""
    env = child_env()  # this test's own data folder (COSTAR_DATA_DIR) included
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-c", _COSTAR, *map(str, args)],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, args in runs.items()
    }
    results = {}
    try:
        for name, proc in procs.items():
            try:
                out, err = proc.communicate(timeout=WATCHDOG)
            except subprocess.TimeoutExpired:
                pytest.fail(f"costar {' '.join(map(str, runs[name]))} hung")
            results[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return results


def _refused_plainly(result: subprocess.CompletedProcess, message: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr == f"costar: {message}\n"
    assert result.stdout == ""


# --- storage, in this process ------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL)
def test_opening_or_reading_refuses_at_once_with_whose_file_it_is(hostile, name):
    path, message = hostile[name]
    for attempt in (inspect_file, WorkshopFile.open, WorkshopFile.read):
        with alarm(), pytest.raises(NotARegularFile) as caught:
            attempt(path)
        assert caught.value.message == message
        assert caught.value.path.name == path.name
    _kinds_unchanged(hostile)


def test_the_refusal_is_a_kind_of_not_a_workshop_file():
    """Code that caught a folder as NotAWorkshopFile before still catches all of these."""
    assert issubclass(NotARegularFile, NotAWorkshopFile)


def test_a_missing_file_keeps_its_message(tmp_path):
    with pytest.raises(NotAWorkshopFile, match="There is no file called “gone.costar”"):
        WorkshopFile.open(tmp_path / "gone.costar")
    (tmp_path / "dangling.costar").symlink_to(tmp_path / "nowhere")
    with pytest.raises(NotAWorkshopFile, match="There is no file called “dangling.costar”"):
        WorkshopFile.open(tmp_path / "dangling.costar")


@pytest.mark.parametrize("name", ["pipe", "socket", "zero", "link-to-pipe", "link-to-null"])
def test_exports_pdfs_and_copies_refuse_a_target_that_is_not_a_file(
    hostile, name, demo_data, demo_file
):
    from costar_desktop.output.exports import write_export
    from costar_desktop.report import build_pdf

    path, message = hostile[name]
    with alarm(30):
        for fmt in ("json", "md"):
            with pytest.raises(NotARegularFile, match=message):
                write_export(demo_data, fmt, path)
        with pytest.raises(NotARegularFile, match=message):
            build_pdf(demo_data, "templates", path)
        with WorkshopFile.open(demo_file) as wf, pytest.raises(NotARegularFile, match=message):
            wf.write_copy(path)
    _kinds_unchanged(hostile)


def test_a_csv_table_that_is_a_pipe_is_refused(tmp_path, demo_data):
    from costar_desktop.output.exports import write_export

    os.mkfifo(tmp_path / "notes.csv")
    with alarm(), pytest.raises(NotARegularFile, match="“notes.csv” is a named pipe"):
        write_export(demo_data, "csv", tmp_path)
    assert stat.S_ISFIFO(os.stat(tmp_path / "notes.csv").st_mode)


def test_a_file_swapped_for_a_pipe_after_the_first_look_is_still_refused(tmp_path, monkeypatch):
    """The descriptor is checked after opening (without blocking), not only the name before."""
    from costar_desktop.storage import fileio

    pipe = tmp_path / "swapped.costar"
    os.mkfifo(pipe)
    monkeypatch.setattr(fileio, "refuse_unless_regular", lambda path, missing_ok=False: None)
    with alarm(), pytest.raises(NotARegularFile, match="“swapped.costar” is a named pipe"):
        fileio.open_regular(pipe)


def test_a_regular_file_is_read_with_blocking_reads(tmp_path):
    from costar_desktop.storage import fileio

    path = tmp_path / "plain.bin"
    path.write_bytes(b"x" * 5000)
    with fileio.open_regular(path) as fh:
        if hasattr(os, "O_NONBLOCK"):
            import fcntl

            assert not fcntl.fcntl(fh.fileno(), fcntl.F_GETFL) & os.O_NONBLOCK
        assert fh.read() == b"x" * 5000


# --- the command line, in child processes ------------------------------------------------------


def test_export_and_report_refuse_each_kind_as_input(hostile, tmp_path):
    runs = {}
    for name in ALL:
        path = hostile[name][0]
        runs[f"export {name}"] = ["export", path, "--format", "json"]
        runs[f"report {name}"] = ["report", path, "--kind", "report", "-o", tmp_path / "r.pdf"]
        runs[f"open {name}"] = ["report", path, "--kind", "action-plan", "-o", tmp_path]
    results = _costar_all(runs, tmp_path)
    for what, result in results.items():
        _refused_plainly(result, hostile[what.split(" ", 1)[1]][1])
    assert sorted(os.listdir(tmp_path)) == []  # no PDF, no leftover
    _kinds_unchanged(hostile)


def test_export_report_and_demo_refuse_each_kind_as_output(hostile, demo_file, tmp_path):
    runs = {}
    for name in ALL:
        path = hostile[name][0]
        runs[f"json {name}"] = ["export", demo_file, "--format", "json", "-o", path]
        runs[f"md {name}"] = ["export", demo_file, "--format", "md", "-o", path]
        runs[f"demo {name}"] = ["demo", path, "--force"]
        if "folder" not in name:  # -o FOLDER means "one PDF per workshop in that folder"
            runs[f"report {name}"] = ["report", demo_file, "--kind", "report", "-o", path]
    before = demo_file.read_bytes()
    results = _costar_all(runs, tmp_path)
    for what, result in results.items():
        _refused_plainly(result, hostile[what.split(" ", 1)[1]][1])
    assert demo_file.read_bytes() == before
    _kinds_unchanged(hostile)
    assert os.listdir(hostile["folder"][0]) == []


# --- the window, in a child process ------------------------------------------------------------


def _window_tries_to_open(path, tmp_path):
    """A window in a child process opens ``path``; what it printed (a hang fails)."""
    env = child_env(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    try:
        out = run_driver(
            "try-open", path, module="tests.reliability.gui_driver", env=env, timeout=WATCHDOG
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the window hung opening it")
    assert out.returncode == 0, out.stderr
    return out


@pytest.mark.parametrize("name", ["pipe", "link-to-zero", "link-to-socket"])
def test_the_window_says_why_and_offers_no_backup(hostile, name, tmp_path):
    path, message = hostile[name]
    out = _window_tries_to_open(path, tmp_path)
    assert "Traceback" not in out.stderr
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    # One message, the refusal; a backup offer would be a second (a question).
    assert shown == {"opened": False, "messages": [message], "welcome_page": True}
    _kinds_unchanged(hostile)


def test_no_backup_is_offered_for_a_pipe_where_a_backed_up_workshop_was(
    tmp_path, monkeypatch, demo_data
):
    """Nothing is damaged: restoring would set the pipe aside as "damaged" for nothing."""
    from costar_desktop.storage.backups import BackupStore

    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "workshop.costar"
    with WorkshopFile.create(path, data=demo_data) as wf:
        assert BackupStore().backup_file(wf, "open") is not None
    path.unlink()
    os.mkfifo(path)
    out = _window_tries_to_open(path, tmp_path)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {
        "opened": False,
        "messages": ["“workshop.costar” is a named pipe, not a file."],
        "welcome_page": True,
    }
    assert stat.S_ISFIFO(os.lstat(path).st_mode)


def test_an_output_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link(
    tmp_path, demo_data
):
    from costar_desktop.output.exports import write_export

    real = tmp_path / "kept" / "plan.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "plan.md"
    link.symlink_to(real)
    assert write_export(demo_data, "md", link) == [link]
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("#")
    assert sorted(p.name for p in real.parent.iterdir()) == ["plan.md"]  # nothing left over


def test_an_output_gets_the_permissions_an_ordinary_file_would(tmp_path, demo_data):
    from costar_desktop.output.exports import write_export

    mask = os.umask(0o022)
    try:
        [out] = write_export(demo_data, "json", tmp_path / "w.json")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644
