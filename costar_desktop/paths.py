"""Where resources and user data live, from a source checkout and from a frozen bundle.

**The data folder** holds everything CoStar Desktop keeps about a user apart from the
workshop files themselves (those are wherever the user saves them):

- ``backups/``: automatic backups of every workshop opened, and their ``index.json``;
- ``Sample workshop.costar``: the sample, written on first use;
- ``unfinished/``: notes of saves in progress, so a crash's temporary files can be tidied;
- ``settings.ini``: the settings (recent workshops, last folder, window layout, appearance,
  print and export options), and on Linux ``QtProject.conf`` (Qt's file-dialog history),
  **only when the folder was chosen** (below). Otherwise settings stay where Qt keeps them on
  each platform, as they always have (``costar_desktop.ui.settings`` says where).

Which folder that is, first match wins:

1. ``$COSTAR_DATA_DIR``, when set (tests, scripts, a folder of the user's choice);
2. *portable use*: a folder named ``costar-data`` beside the installed app, when the app is
   a frozen bundle and that folder exists (made by the user, e.g. on a USB stick). "Beside
   the app" is the folder holding the ``costar`` executable; for a macOS ``.app`` the folder
   holding the ``.app``; for an AppImage the folder holding the ``.AppImage`` file;
3. otherwise the platform's per-user data folder (``platformdirs``): on Linux
   ``~/.local/share/CoStar Desktop``, on Windows ``%LOCALAPPDATA%\\CoStar Desktop``, on macOS
   ``~/Library/Application Support/CoStar Desktop``.

In cases 1 and 2 the data folder is *chosen*: everything, settings included, is in it, and
nothing is read from or written to the usual places, so a fresh folder is a fresh start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "CoStar Desktop"
SAMPLE_FILE_NAME = "Sample workshop.costar"
#: The environment variable that chooses the data folder.
DATA_DIR_VARIABLE = "COSTAR_DATA_DIR"
#: A folder of this name beside a frozen app makes it portable (see the module's docstring).
PORTABLE_DIR_NAME = "costar-data"
#: The settings file inside a chosen data folder.
SETTINGS_FILE_NAME = "settings.ini"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The ``resources/`` folder, first match wins:

    1. a frozen bundle: ``resources/`` inside the bundle (packaging/costar.spec puts it there);
    2. installed from the wheel: ``costar_desktop/resources/`` inside the package;
    3. a source checkout (and an editable install): ``resources/`` beside the package.
    """
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    """A file inside ``resources/``."""
    return resources_dir().joinpath(*parts)


def _beside_the_app() -> Path | None:
    """The folder a user sees the frozen app in (None when running from source)."""
    if not is_frozen():
        return None
    exe = Path(sys.executable).absolute()
    appdir, appimage = os.environ.get("APPDIR"), os.environ.get("APPIMAGE")
    if appdir and appimage and exe.is_relative_to(Path(appdir).absolute()):
        return Path(appimage).absolute().parent  # the image is mounted read-only elsewhere
    macos, contents, bundle = exe.parent, exe.parent.parent, exe.parent.parent.parent
    if macos.name == "MacOS" and contents.name == "Contents" and bundle.suffix == ".app":
        return bundle.parent
    return exe.parent


def portable_data_dir() -> Path | None:
    """The ``costar-data`` folder beside the frozen app, if there is one."""
    folder = _beside_the_app()
    if folder is None:
        return None
    candidate = folder / PORTABLE_DIR_NAME
    return candidate if candidate.is_dir() else None


def chosen_data_dir() -> Path | None:
    """The data folder the user chose (``$COSTAR_DATA_DIR``, else a portable ``costar-data``
    folder beside the app), or None for the platform's usual places. Not created here."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).absolute()
    return portable_data_dir()


def user_data_dir() -> Path:
    """The data folder (the module's docstring says which and what is in it); created on demand."""
    path = chosen_data_dir()
    if path is None:
        import platformdirs  # imported when first needed: it is not on the start-up path

        path = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path | None:
    """The settings file inside a chosen data folder; None when settings stay in the
    platform's usual place (no folder chosen). The folder is not created here: Qt makes it
    when it first writes a setting."""
    folder = chosen_data_dir()
    return None if folder is None else folder / SETTINGS_FILE_NAME


def sample_workshop_path() -> Path:
    return user_data_dir() / SAMPLE_FILE_NAME


def default_documents_dir() -> Path:
    """Where New and Save As propose to put workshops."""
    import platformdirs

    docs = platformdirs.user_documents_path()
    return docs if docs.is_dir() else Path.home()
