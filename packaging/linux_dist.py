"""Linux deliverables made from the one-folder build (dist/costar-desktop/).

- a ``.tar.gz`` that runs where it is unpacked and has a per-user ``install.sh``;
- a ``.deb`` (``dpkg-deb``) that installs into /opt with a menu entry and file type;
- an AppDir, turned into an ``.AppImage`` when ``appimagetool`` is on the PATH.

Each ``stage_*`` function only lays out files (tests run them on a fake app folder);
the ``build_*`` functions call the external tools.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import metadata
from make_icons import HICOLOR_SIZES

LINUX = metadata.PACKAGING / "linux"

#: Debian packages the app loads from the system (see bundle_rules.SYSTEM_LIBRARIES).
#: Found by listing the NEEDED entries of every bundled binary that the bundle does not
#: carry (`readelf -d`) and asking `dpkg -S` which package ships each; recorded in
#: docs/packaging.md. Transitive dependencies come with these.
DEB_DEPENDS = (
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libuuid1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libcups2",
)
#: Only for the GTK platform theme (native file dialogs on GNOME) and GLX drawing.
DEB_RECOMMENDS = ("libgtk-3-0", "libxcb-glx0")


def deb_arch(arch: str | None = None) -> str:
    arch = arch or metadata.arch()
    return {"x86_64": "amd64", "arm64": "arm64", "i686": "i386"}.get(arch, arch)


def _copy_app(app_dir: Path, dest: Path) -> None:
    shutil.copytree(app_dir, dest, symlinks=True)


def stage_share(share: Path, icons: dict[str, Path], exec_path: str) -> None:
    """share/applications, metainfo, mime and hicolor icons under ``share``."""
    app_id = metadata.APP_ID
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "applications" / f"{app_id}.desktop").write_text(
        metadata.desktop_entry(exec_path), encoding="utf-8"
    )
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    (share / "metainfo" / f"{app_id}.metainfo.xml").write_text(
        metadata.metainfo_xml(time.strftime("%Y-%m-%d")), encoding="utf-8"
    )
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    (share / "mime" / "packages" / f"{app_id}.xml").write_text(
        metadata.mime_xml(), encoding="utf-8"
    )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons["svg"], scalable / f"{app_id}.svg")
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons["png_dir"] / f"costar-{size}.png", folder / f"{app_id}.png")


# --- .tar.gz --------------------------------------------------------------------------


def stage_tarball(app_dir: Path, icons: dict[str, Path], work: Path) -> Path:
    """``work/costar-desktop-VERSION-linux-ARCH/``: the app, share/ and install.sh."""
    top = work / metadata.artefact_stem()
    if top.exists():
        shutil.rmtree(top)
    _copy_app(app_dir, top)
    stage_share(top / "share", icons, metadata.EXE_NAME)
    script = (LINUX / "install.sh.in").read_text(encoding="utf-8")
    script = (
        script.replace("@APP_ID@", metadata.APP_ID)
        .replace("@APP_NAME@", metadata.APP_NAME)
        .replace("@ICON_SIZES@", " ".join(str(s) for s in HICOLOR_SIZES))
    )
    (top / "install.sh").write_text(script, encoding="utf-8")
    (top / "install.sh").chmod(0o755)
    return top


def build_tarball(staged: Path, out_dir: Path) -> Path:
    """Pack the staged folder; owners are reset so the archive unpacks as the user."""
    out = out_dir / f"{staged.name}.tar.gz"

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(staged, arcname=staged.name, filter=reset)
    return out


# --- .deb -----------------------------------------------------------------------------


def _installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            total += path.stat().st_size
    return max(1, total // 1024)


def control_text(installed_kib: int, arch: str | None = None) -> str:
    return (
        f"Package: {metadata.DEB_NAME}\n"
        f"Version: {metadata.VERSION}\n"
        f"Architecture: {deb_arch(arch)}\n"
        f"Maintainer: {metadata.PUBLISHER} <costar-desktop@example.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {metadata.APP_NAME} - run co-production workshops offline\n"
        " Service users, carers and staff put sticky notes on an interactive\n"
        " Co-Production Star around one shared screen, walk through the five steps\n"
        " and print the action plan. Works with no internet; one .costar file per\n"
        " workshop.\n"
    )


def stage_deb(app_dir: Path, icons: dict[str, Path], work: Path) -> Path:
    """The package tree: /opt/costar-desktop, /usr/bin/costar, /usr/share/…, DEBIAN/."""
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / metadata.FOLDER_NAME
    _copy_app(app_dir, opt)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / metadata.EXE_NAME).symlink_to(
        f"/opt/{metadata.FOLDER_NAME}/{metadata.EXE_NAME}"
    )
    stage_share(root / "usr" / "share", icons, metadata.EXE_NAME)
    doc = root / "usr" / "share" / "doc" / metadata.DEB_NAME
    doc.mkdir(parents=True)
    shutil.copyfile(metadata.ROOT / "LICENSE", doc / "copyright")
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_text(_installed_size_kib(root)), encoding="utf-8")
    sums = []
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and not path.is_symlink()
            and "DEBIAN" not in path.relative_to(root).parts
        ):
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    return root


def build_deb(root: Path, out_dir: Path) -> Path | None:
    """``dpkg-deb --build``; None (and a message) where dpkg-deb is not installed."""
    tool = shutil.which("dpkg-deb")
    if tool is None:
        print("dpkg-deb not found: skipped the .deb (install the 'dpkg' package to build it)")
        return None
    out = out_dir / f"{metadata.DEB_NAME}_{metadata.VERSION}_{deb_arch()}.deb"
    subprocess.run(
        [tool, "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


# --- AppImage -------------------------------------------------------------------------


def stage_appdir(app_dir: Path, icons: dict[str, Path], work: Path) -> Path:
    """An AppDir: AppRun, the .desktop file and icon at the top, the app in usr/lib."""
    appdir = work / f"{metadata.APP_NAME.replace(' ', '_')}.AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    _copy_app(app_dir, appdir / "usr" / "lib" / metadata.FOLDER_NAME)
    stage_share(appdir / "usr" / "share", icons, metadata.EXE_NAME)
    shutil.copyfile(LINUX / "AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    app_id = metadata.APP_ID
    shutil.copyfile(
        appdir / "usr/share/applications" / f"{app_id}.desktop", appdir / f"{app_id}.desktop"
    )
    shutil.copyfile(icons["png_dir"] / "costar-256.png", appdir / f"{app_id}.png")
    os.symlink(f"{app_id}.png", appdir / ".DirIcon")
    return appdir


def build_appimage(appdir: Path, out_dir: Path) -> Path | None:
    """Run appimagetool (``$APPIMAGETOOL`` or on the PATH); None where it is missing."""
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if not tool:
        print(
            f"appimagetool not found: AppDir staged at {appdir}; "
            "see docs/packaging.md to turn it into an .AppImage"
        )
        return None
    out = out_dir / f"{metadata.artefact_stem()}.AppImage"
    env = dict(os.environ, ARCH=metadata.arch().replace("arm64", "aarch64"))
    subprocess.run([tool, str(appdir), str(out)], check=True, env=env)
    return out


def build_all(app_dir: Path, icons: dict[str, Path], work: Path, out_dir: Path) -> list[Path]:
    """Every Linux deliverable that the tools on this machine can make."""
    work.mkdir(parents=True, exist_ok=True)
    made = [build_tarball(stage_tarball(app_dir, icons, work), out_dir)]
    deb = build_deb(stage_deb(app_dir, icons, work), out_dir)
    appimage = build_appimage(stage_appdir(app_dir, icons, work), out_dir)
    return made + [p for p in (deb, appimage) if p is not None]
