"""The data that goes out: read from the workshop file, names replaced when asked, and a PDF
made from it with the options the user chose."""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from costar_desktop.core.model import WorkshopData
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.values import Repair


@dataclass(frozen=True)
class PdfOptions:
    """One PDF's choices: the same for ``costar report`` and File → Export PDF… / Print…."""

    kind: str = "action-plan"
    paper: str = "a4"
    easy_read: bool = False
    group_by: str = "owner"
    #: Replace people's names with their kind and a number (core.anonymise).
    anonymise: bool = False


def read_file(path: pathlib.Path) -> tuple[WorkshopData, list[Repair]]:
    """Everything in a workshop file on disk, as exports and reports print it (texts whole),
    with the values that had to be repaired on the way; the file is never changed."""
    return WorkshopFile.read_all(path)


def file_data(store: WorkshopFile) -> WorkshopData:
    """Everything the open workshop's file holds: the read :func:`read_file` makes, on the
    connection the window already has. Not the window's cache, which should equal it but is
    a second copy: reading the file is the one way that ``costar`` can do too."""
    return store.snapshot()


def outgoing(data: WorkshopData, *, anonymise: bool) -> WorkshopData:
    """``data`` as it may leave the room: with names replaced when ``anonymise`` is set."""
    if not anonymise:
        return data
    from costar_desktop.core.anonymise import anonymise as replace_names

    return replace_names(data)


def write_pdf(
    data: WorkshopData,
    options: PdfOptions,
    out: pathlib.Path | BinaryIO,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Build the PDF ``options`` describe from ``data`` and write it to ``out`` (a path,
    written all or nothing, or a binary stream). Raises ValueError for an unknown option."""
    from costar_desktop import report  # looked up at call time: tests replace build_pdf

    report.check_arguments(options.kind, options.paper, options.group_by)
    report.build_pdf(
        outgoing(data, anonymise=options.anonymise),
        options.kind,
        out,
        paper=options.paper,
        easy_read=options.easy_read,
        group_by=options.group_by,
        progress=progress,
    )
