"""One setting moves everything: with ``COSTAR_DATA_DIR`` set, the app's settings (recent
workshops, window layout, appearance, print and export options, and on Linux Qt's own
file-dialog history) live in that folder beside the backups and the sample, and nowhere else.

"The usual settings" below are the platform's settings location (on Linux a file under
``$XDG_CONFIG_HOME``). Qt reads that location once per process, so the tests that fill it or
check it stays empty move it with ``QSettings.setPath`` to a temporary folder; those run on
Linux only, where the location is a folder of files (Windows keeps it in the registry).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from costar_desktop import APP_NAME
from costar_desktop.core.themes import theme
from costar_desktop.ui import settings
from costar_desktop.ui.appearance import Appearance, apply_ui_scale_before_start
from costar_desktop.ui.shell.app import ORGANISATION, configure_application_names
from costar_desktop.ui.shell.startup_probe import ENV_VAR

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="settings are files under XDG_CONFIG_HOME on Linux only",
)

SETTINGS_FILE = "settings.ini"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def _user_folder(fmt: QSettings.Format) -> str:
    """Where Qt puts a user's settings of format ``fmt`` now (``<folder>/<org>/<app>.ext``)."""
    return str(Path(QSettings(fmt, QSettings.Scope.UserScope, "o", "a").fileName()).parent.parent)


@pytest.fixture
def usual_settings(tmp_path, monkeypatch, qapp):
    """The platform's settings location, moved to an empty temporary folder for this test;
    HOME is an empty folder too. Yields the settings folder."""
    folder = tmp_path / "usual-config"
    folder.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(home))
    _use_data_folder(monkeypatch, None)  # Qt's own settings back in the usual place first
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    before = {fmt: _user_folder(fmt) for fmt in formats}
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    _use_data_folder(monkeypatch, None)
    for fmt, path in before.items():
        QSettings.setPath(fmt, QSettings.Scope.UserScope, path)
    assert _files(home) == []


def _use_data_folder(monkeypatch, folder: Path | None) -> None:
    """Start as the app would with ``COSTAR_DATA_DIR=folder`` (unset when None)."""
    if folder is None:
        monkeypatch.delenv("COSTAR_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("COSTAR_DATA_DIR", str(folder))
    configure_application_names()


def _welcome_list(registry, qtbot) -> list[Path]:
    """The workshops a new window's welcome page lists."""
    w = registry.new_window()
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.welcome
    items = [w.welcome.recent_list.item(i) for i in range(w.welcome.recent_list.count())]
    w.close()
    return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]


def _open(registry, qtbot, path: Path) -> None:
    w = registry.new_window()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.close()


def _recent(ini: QSettings) -> list[Path]:
    return [Path(p) for p in ini.value("recent_files", [], type=list)]


def _ini(folder: Path) -> QSettings:
    """The settings file inside a data folder, read afresh from the disk."""
    path = folder / SETTINGS_FILE
    assert path.is_file(), _files(folder)
    return QSettings(str(path), QSettings.Format.IniFormat)


@linux_only
def test_a_fresh_data_folder_lists_no_recent_workshops_even_when_the_usual_settings_do(
    usual_settings, monkeypatch, registry, qtbot, messages, demo_file, tmp_path
):
    _use_data_folder(monkeypatch, None)
    settings.add_recent_file(demo_file)
    s = settings.settings()
    s.setValue("appearance/theme", "dark")
    s.setValue("appearance/ui_scale", 2.0)
    del s
    assert _files(usual_settings), "the usual settings hold a recent workshop"
    assert _welcome_list(registry, qtbot) == [demo_file]

    _use_data_folder(monkeypatch, tmp_path / "fresh")
    assert _welcome_list(registry, qtbot) == []
    assert settings.recent_files() == []
    assert settings.last_file() is None
    look = Appearance()
    look.load()
    assert look.theme.key == "default"
    monkeypatch.setenv("QT_SCALE_FACTOR", "1")  # so that the next line only reads
    assert apply_ui_scale_before_start(ORGANISATION, APP_NAME) == 1.0


@linux_only
def test_opening_a_workshop_records_it_in_the_data_folder_and_nowhere_else(
    usual_settings, monkeypatch, registry, qtbot, messages, demo_file, tmp_path
):
    data = tmp_path / "data"
    _use_data_folder(monkeypatch, data)
    _open(registry, qtbot, demo_file)
    ini = _ini(data)
    assert _recent(ini) == [demo_file]
    assert Path(ini.value("last_file")) == demo_file
    assert str(demo_file) in (data / SETTINGS_FILE).read_text(encoding="utf-8")
    assert _files(usual_settings) == []
    _use_data_folder(monkeypatch, None)
    assert settings.recent_files() == []


def test_a_second_data_folder_does_not_see_the_first_ones_recent_files(
    monkeypatch, registry, qtbot, messages, demo_file, tmp_path
):
    first, second = tmp_path / "first", tmp_path / "second"
    _use_data_folder(monkeypatch, first)
    _open(registry, qtbot, demo_file)
    assert _welcome_list(registry, qtbot) == [demo_file]

    _use_data_folder(monkeypatch, second)
    assert _welcome_list(registry, qtbot) == []
    assert not (second / SETTINGS_FILE).exists() or not _recent(_ini(second))

    _use_data_folder(monkeypatch, first)
    assert _welcome_list(registry, qtbot) == [demo_file]


def test_a_workshop_whose_name_has_a_comma_and_accents_comes_back_from_the_ini_file(
    monkeypatch, registry, qtbot, messages, demo_file, tmp_path
):
    """An INI file writes lists as comma-separated text and one-item lists as plain text."""
    data = tmp_path / "data"
    _use_data_folder(monkeypatch, data)
    odd = tmp_path / "Café, June – Ω.costar"
    odd.write_bytes(demo_file.read_bytes())
    _open(registry, qtbot, odd)
    assert settings.recent_files() == [odd]
    assert _recent(_ini(data)) == [odd]
    _open(registry, qtbot, demo_file)
    assert _recent(_ini(data)) == [demo_file, odd]
    assert settings.recent_files() == [demo_file, odd]
    assert settings.last_file() == demo_file


def test_window_layout_and_appearance_follow_the_data_folder(
    monkeypatch, registry, qtbot, messages, demo_file, tmp_path
):
    data, other = tmp_path / "data", tmp_path / "other"
    _use_data_folder(monkeypatch, data)
    w = registry.new_window()
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    w.close()  # a window saves its layout when it closes
    look = Appearance()
    look.theme, look.text_scale, look.ui_scale = theme("high_contrast"), 1.5, 1.75
    look.save()
    ini = _ini(data)
    assert ini.value("window/geometry") and ini.value("window/state")
    assert ini.value("appearance/theme") == "high_contrast"
    assert float(ini.value("appearance/ui_scale")) == 1.75

    again = Appearance()
    again.load()
    assert (again.theme.key, again.text_scale) == ("high_contrast", 1.5)
    monkeypatch.setenv("QT_SCALE_FACTOR", "1")  # so that the next lines only read
    assert apply_ui_scale_before_start(ORGANISATION, APP_NAME) == 1.75

    _use_data_folder(monkeypatch, other)
    assert settings.window_state() == (None, None)
    fresh = Appearance()
    fresh.load()
    assert fresh.theme.key == "default"
    assert apply_ui_scale_before_start(ORGANISATION, APP_NAME) == 1.0


@linux_only
def test_qts_own_file_dialog_history_stays_in_the_data_folder(monkeypatch, qapp, tmp_path):
    """Qt's file dialog remembers its last folder in settings of its own ("QtProject"): a
    folder name can say whose workshop it was, so it stays in the data folder too (where Qt
    keeps these in files: on Windows and macOS they are in the registry or a plist)."""
    data = tmp_path / "data"
    _use_data_folder(monkeypatch, data)
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_own.fileName()).parent == data
    del qt_own
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.deleteLater()
    del dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert any(p.name.startswith("QtProject") for p in _files(data)), _files(data)


def test_the_real_app_writes_its_settings_into_the_data_folder_only(tmp_path):
    """``python -m costar_desktop --sample`` with COSTAR_DATA_DIR set, ended after its first
    paint: the sample, and the settings naming it, are in the data folder; the usual
    settings and data locations (and the home folder) stay empty."""
    data, config, xdg_data, home = (tmp_path / n for n in ("data", "config", "xdg-data", "home"))
    for folder in (config, xdg_data, home):
        folder.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COSTAR_DATA_DIR=str(data),
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(xdg_data),
        HOME=str(home),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    env[ENV_VAR] = "1"
    out = subprocess.run(
        [sys.executable, "-m", "costar_desktop", "--sample"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    sample = data / "Sample workshop.costar"
    assert sample.is_file()
    ini = _ini(data)
    assert _recent(ini) == [sample]
    assert _files(config) == []
    assert _files(xdg_data) == []
    if sys.platform.startswith("linux"):  # elsewhere the system may keep its own files there
        assert _files(home) == []
