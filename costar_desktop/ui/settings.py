"""What the app remembers between runs (QSettings): recent files and window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[Path]:
    """Recently opened workshops that still exist, newest first."""
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    paths = [Path(v) for v in (value or [])]
    return [p for p in paths if p.is_file()]


def add_recent_file(path: Path) -> None:
    path = Path(path).absolute()
    items = [str(path)] + [str(p) for p in recent_files() if p != path]
    s = settings()
    s.setValue("recent_files", items[:MAX_RECENT])
    s.setValue("last_file", str(path))


def last_file() -> Path | None:
    value = settings().value("last_file", "")
    return Path(value) if value and Path(value).is_file() else None


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    return s.value("window/geometry"), s.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
