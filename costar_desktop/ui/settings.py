"""What the app remembers between runs (QSettings): recent workshops and the last folder
used, the window's layout, the appearance (theme, text size, UI scale, colour option), print
options and whether exports are anonymised. No workshop content.

Where they are kept:

- **When a data folder is chosen** (``$COSTAR_DATA_DIR``, or a portable ``costar-data``
  folder beside the app; see :mod:`costar_desktop.paths`): in ``settings.ini`` inside that
  folder. Nothing is read from or written to the usual places, so a fresh folder is a fresh
  start and a second folder never sees the first one's recent workshops. On Linux, Qt's own
  file-dialog history is kept beside it in ``QtProject.conf`` (:func:`follow_data_folder`).
- **Otherwise**, where they always were: on Linux ``~/.config/CoStar/CoStar Desktop.conf``,
  on Windows the registry under ``HKEY_CURRENT_USER\\Software\\CoStar\\CoStar Desktop``, on
  macOS ``~/Library/Preferences/`` (Qt's native settings for the organisation "CoStar" and
  the application "CoStar Desktop").

Every QSettings the app makes comes from :func:`settings`; :func:`follow_data_folder` points
Qt's own (its file dialogs make theirs) at the same place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from costar_desktop.paths import chosen_data_dir, settings_file

MAX_RECENT = 10

#: Where Qt kept a user's settings files before :func:`follow_data_folder` moved them, per
#: format, so that they can be put back (only tests change the data folder within a process).
_qt_folders: dict[QSettings.Format, str] = {}


def settings(organisation: str | None = None, application: str | None = None) -> QSettings:
    """The app's settings: the data folder's ``settings.ini`` when a data folder is chosen,
    otherwise the platform's usual place. ``organisation`` and ``application`` name the
    usual place before the application's names are set (see ``apply_ui_scale_before_start``)."""
    path = settings_file()
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.NativeFormat,
        QSettings.Scope.UserScope,
        organisation or QCoreApplication.organizationName(),
        application or QCoreApplication.applicationName(),
    )


def follow_data_folder() -> None:
    """Make the settings Qt makes for itself live in the chosen data folder too.

    Qt's file dialogs remember their last folder and history in settings of their own
    (``QSettings(UserScope, "QtProject")``, in Qt's native format). Where that format is a
    file (Linux and other Unix systems) it becomes ``QtProject.conf`` in the data folder;
    settings made in INI format without a path go there too. On Windows and macOS Qt keeps
    its native settings in the registry or a ``com.qtproject.plist`` and cannot move them.
    Without a chosen folder, Qt's defaults are left as they are (or put back)."""
    user = QSettings.Scope.UserScope
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    folder = chosen_data_dir()
    if folder is not None:
        for fmt in formats:
            if fmt not in _qt_folders:  # Qt's answer is <folder>/<organisation>/<app>.<ext>
                probe = Path(QSettings(fmt, user, "o", "a").fileName())
                _qt_folders[fmt] = str(probe.parent.parent)
            QSettings.setPath(fmt, user, str(folder))
    else:
        for fmt, path in _qt_folders.items():
            QSettings.setPath(fmt, user, path)
        _qt_folders.clear()


def recent_files() -> list[Path]:
    """Recently opened workshops that still exist, newest first."""
    value = settings().value("recent_files", [])
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    paths = [Path(v) for v in names]
    return [p for p in paths if p.is_file()]


def add_recent_file(path: Path) -> None:
    path = Path(path).absolute()
    items = [str(path)] + [str(p) for p in recent_files() if p != path]
    s = settings()
    s.setValue("recent_files", items[:MAX_RECENT])
    s.setValue("last_file", str(path))


def last_file() -> Path | None:
    value = settings().value("last_file", "")
    return Path(value) if isinstance(value, str) and value and Path(value).is_file() else None


def tables_folder() -> Path | None:
    """The folder the last hand-out to tables wrote to (a USB stick, say), if it is there:
    where the tables' files are looked for when they come back, also after a restart."""
    value = settings().value("tables_folder", "")
    return Path(value) if isinstance(value, str) and value and Path(value).is_dir() else None


def set_tables_folder(folder: Path) -> None:
    settings().setValue("tables_folder", str(folder))


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    return s.value("window/geometry"), s.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
