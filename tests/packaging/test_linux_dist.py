"""Linux deliverables laid out from a stand-in app folder (no PyInstaller needed)."""

import os
import subprocess
import tarfile

import linux_dist
import make_icons
import metadata
import pytest

APP_ID = metadata.APP_ID


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    return make_icons.make_icons(tmp_path_factory.mktemp("icons"))


@pytest.fixture
def fake_app(tmp_path):
    """A folder shaped like PyInstaller's: an executable and _internal/ with a symlink."""
    app = tmp_path / "app"
    (app / "_internal" / "PySide6").mkdir(parents=True)
    exe = app / "costar"
    exe.write_text('#!/bin/sh\necho costar-ran "$@"\n')
    exe.chmod(0o755)
    (app / "_internal" / "PySide6" / "libQt6Core.so.6").write_bytes(b"\0" * 64)
    os.symlink("PySide6/libQt6Core.so.6", app / "_internal" / "libQt6Core.so.6")
    return app


def test_tarball_unpacks_into_one_versioned_folder(fake_app, icons, tmp_path):
    staged = linux_dist.stage_tarball(fake_app, icons, tmp_path / "work")
    out = linux_dist.build_tarball(staged, tmp_path)
    assert out.name == f"{metadata.artefact_stem()}.tar.gz"
    with tarfile.open(out) as tar:
        names = tar.getnames()
        link = tar.getmember(f"{staged.name}/_internal/libQt6Core.so.6")
        owner = {(m.uid, m.gid) for m in tar.getmembers()}
    assert all(n.split("/")[0] == staged.name for n in names)
    assert f"{staged.name}/costar" in names and f"{staged.name}/install.sh" in names
    assert f"{staged.name}/share/applications/{APP_ID}.desktop" in names
    assert link.issym(), "symlinks stay links (no duplicated Qt libraries)"
    assert owner == {(0, 0)}


def test_install_script_installs_and_removes_for_this_user_only(fake_app, icons, tmp_path):
    staged = linux_dist.stage_tarball(fake_app, icons, tmp_path / "work")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["sh", str(staged / "install.sh")], check=True, env=env, capture_output=True, text=True
    )
    data = home / ".local" / "share"
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{data}/costar-desktop/costar" %f' in desktop
    assert (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (data / "mime/packages" / f"{APP_ID}.xml").is_file()
    ran = subprocess.run([str(home / ".local/bin/costar"), "x"], capture_output=True, text=True)
    assert ran.stdout.strip() == "costar-ran x"

    subprocess.run(
        ["sh", str(staged / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True
    )
    assert not (data / "costar-desktop").exists()
    assert not (home / ".local/bin/costar").exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_deb_tree_and_control(fake_app, icons, tmp_path):
    root = linux_dist.stage_deb(fake_app, icons, tmp_path)
    control = (root / "DEBIAN" / "control").read_text()
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "costar-desktop"
    assert fields["Version"] == metadata.VERSION
    depends = fields["Depends"].split(", ")
    for needed in (
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libegl1",
        "libfontconfig1",
        "libglib2.0-0",
        "libdbus-1-3",
        "libwayland-client0",
        "libcups2",
    ):
        assert needed in depends
    assert int(fields["Installed-Size"]) >= 1
    assert os.readlink(root / "usr/bin/costar") == "/opt/costar-desktop/costar"
    assert (root / "opt/costar-desktop/_internal/libQt6Core.so.6").is_symlink()
    assert (root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    sums = (root / "DEBIAN" / "md5sums").read_text()
    assert "opt/costar-desktop/costar\n" in sums and "DEBIAN" not in sums


def test_appdir_has_apprun_desktop_file_and_icon_at_the_top(fake_app, icons, tmp_path):
    appdir = linux_dist.stage_appdir(fake_app, icons, tmp_path)
    assert os.access(appdir / "AppRun", os.X_OK)
    assert (appdir / f"{APP_ID}.desktop").is_file()
    assert (appdir / f"{APP_ID}.png").is_file()
    assert os.readlink(appdir / ".DirIcon") == f"{APP_ID}.png"
    ran = subprocess.run([str(appdir / "AppRun"), "--version"], capture_output=True, text=True)
    assert ran.stdout.strip() == "costar-ran --version"


def test_appimage_is_skipped_with_a_message_when_the_tool_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("APPIMAGETOOL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert linux_dist.build_appimage(tmp_path / "x.AppDir", tmp_path) is None
    assert "appimagetool not found" in capsys.readouterr().out
