"""Writing an export (JSON, CSV tables, Markdown) to files or standard output.

What an export says is decided in ``core/export.py`` (plain text from plain data); this
module writes it, all or nothing, through storage's checked writes. The window and
``costar export`` both call :func:`write_export`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from costar_desktop.core.export import FORMATS, to_csv_tables, to_json, to_markdown
from costar_desktop.core.model import WorkshopData
from costar_desktop.storage.fileio import write_file_atomically


def write_export(data: WorkshopData, fmt: str, out: Path | None) -> list[Path]:
    """Write an export; ``out`` None means standard output (not for CSV). Returns files written."""
    if fmt == "json":
        text = to_json(data)
    elif fmt == "md":
        text = to_markdown(data)
    elif fmt == "csv":
        if out is None:
            raise ValueError("CSV export writes one file per table: give a folder with -o.")
        out.mkdir(parents=True, exist_ok=True)
        return [
            _write(out / name, content.encode("utf-8-sig"))
            for name, content in to_csv_tables(data).items()
        ]
    else:
        raise ValueError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if out is None:
        sys.stdout.write(text)
        return []
    # Lines end as a text file's do on this system (as Path.write_text wrote them).
    return [_write(out, text.replace("\n", os.linesep).encode("utf-8"))]


def _write(target: Path, data: bytes) -> Path:
    """Write one file all or nothing; a pipe, device or folder in its place is refused
    (``NotARegularFile``) instead of waiting forever for a reader or being replaced."""
    write_file_atomically(target, data)
    return target
