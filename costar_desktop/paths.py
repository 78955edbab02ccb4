"""Where resources and user data live, from a source checkout and from a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "CoStar Desktop"
SAMPLE_FILE_NAME = "Sample workshop.costar"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package from source, inside the bundle when frozen."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file inside ``resources/``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user folder for the sample workshop and (later) backups; created on demand.

    ``COSTAR_DATA_DIR`` overrides it (tests and portable installs use this).
    """
    override = os.environ.get("COSTAR_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # imported when first needed: it is not on the start-up path

        path = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sample_workshop_path() -> Path:
    return user_data_dir() / SAMPLE_FILE_NAME


def default_documents_dir() -> Path:
    """Where New and Save As propose to put workshops."""
    import platformdirs

    docs = platformdirs.user_documents_path()
    return docs if docs.is_dir() else Path.home()
