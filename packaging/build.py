"""``make dist``: build CoStar Desktop for the machine this runs on, into dist/.

    python packaging/build.py [--skip-installers]

1. draw the icons from resources/icons/costar.svg (packaging/make_icons.py);
2. run PyInstaller on packaging/costar.spec -> dist/costar-desktop/ (one folder);
3. make this system's installers:
   Linux   .tar.gz (+ install.sh), .deb when dpkg-deb exists, .AppImage when appimagetool does
   Windows Inno Setup installer when iscc exists (per-user, Start menu, .costar files)
   macOS   "dist/CoStar Desktop.app" (by the spec) and a .dmg (hdiutil)
4. print what was made, with sizes.

Nothing here downloads anything: PyInstaller and Pillow come from the ``dist`` extra.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metadata  # noqa: E402
from make_icons import make_icons  # noqa: E402

ROOT = metadata.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = metadata.PACKAGING / "costar.spec"


def app_folder() -> Path:
    """The one-folder build (inside the .app on macOS)."""
    return DIST / metadata.FOLDER_NAME


def executable() -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return app_folder() / f"{metadata.EXE_NAME}{suffix}"


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return app_folder()


def folder_size(path: Path) -> int:
    """Bytes in files under ``path`` (symlinks counted once, as links)."""
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def windows_installer() -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(
        os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"), "Inno Setup 6", "ISCC.exe"
    )
    if iscc is None and default.is_file():
        iscc = str(default)
    if iscc is None:
        print("Inno Setup (iscc) not found: skipped the installer; the folder is in dist/")
        return []
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={metadata.VERSION}",
            f"/DAppId={metadata.APP_ID}",
            str(metadata.PACKAGING / "windows" / "costar.iss"),
        ],
        check=True,
    )
    return sorted(DIST.glob(f"costar-desktop-{metadata.VERSION}-windows-*-setup.exe"))


def macos_dmg() -> list[Path]:
    app = DIST / f"{metadata.APP_NAME}.app"
    out = DIST / f"{metadata.artefact_stem()}.dmg"
    subprocess.run(
        ["sh", str(metadata.PACKAGING / "macos" / "make_dmg.sh"), str(app), str(out)], check=True
    )
    return [out]


def installers(icons: dict[str, Path]) -> list[Path]:
    if sys.platform.startswith("linux"):
        import linux_dist

        return linux_dist.build_all(app_folder(), icons, BUILD / "linux", DIST)
    if sys.platform == "win32":
        return windows_installer()
    if sys.platform == "darwin":
        return macos_dmg()
    return []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-installers",
        action="store_true",
        help="only the one-folder app (no .tar.gz/.deb/installer)",
    )
    args = parser.parse_args(argv)
    print(
        f"Building {metadata.APP_NAME} {metadata.VERSION} for {metadata.os_name()} "
        f"{metadata.arch()}"
    )
    icons = make_icons(BUILD / "icons")
    folder = run_pyinstaller()
    made = [] if args.skip_installers else installers(icons)
    print(f"{folder}  {folder_size(folder) / 1e6:.1f} MB (folder)")
    for path in made:
        print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
