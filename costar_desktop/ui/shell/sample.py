"""The sample workshop in the user's data folder (no Qt: the window and the app both use it,
so it lives below them and neither imports the other for it)."""

from __future__ import annotations

from pathlib import Path

from costar_desktop.paths import sample_workshop_path
from costar_desktop.storage import WorkshopFile


def ensure_sample_workshop() -> Path:
    """The sample workshop in the user's data folder, written on first use."""
    path = sample_workshop_path()
    if not path.exists():
        from costar_desktop.core.demo import demo_workshop

        data = demo_workshop()
        WorkshopFile.create(path, data=data).close()
    return path
