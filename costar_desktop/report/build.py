"""Making one PDF: choose the builder for the kind, build it in memory, write it out.

The page machinery the builders share (PagedDocument, footers, Progress) is in pages.py, so
the builders never import this module back.
"""

from __future__ import annotations

import io
import pathlib
from typing import BinaryIO

from costar_desktop.core.model import WorkshopData
from costar_desktop.report.limits import printable_data
from costar_desktop.report.pages import Progress, ProgressCallback
from costar_desktop.report.styles import look


def write_output(pdf: bytes, out: pathlib.Path | BinaryIO) -> None:
    """Write the finished PDF: to a file atomically (all or nothing), or to a stream.

    A file is written beside the target under a recorded temporary name (removed at the
    next start if the process dies first) and renamed over it; a pipe, device or folder in
    the target's place is refused (``NotARegularFile``) instead of being written into.
    """
    if hasattr(out, "write"):
        out.write(pdf)
        return
    from costar_desktop.storage.fileio import write_file_atomically

    write_file_atomically(pathlib.Path(out), pdf)


def build(
    data: WorkshopData,
    kind: str,
    out: pathlib.Path | BinaryIO,
    *,
    paper: str,
    easy_read: bool,
    group_by: str,
    progress: ProgressCallback | None,
) -> None:
    """Build the PDF of ``kind`` in memory, then write it to ``out``."""
    lk = look(easy_read)
    # Every text within its print limit, once, before anything measures it (limits.py).
    data = printable_data(data, lk.word("text_cut"), kind)
    buffer = io.BytesIO()
    if progress is not None:
        progress(0.0)
    if kind == "action-plan":
        from costar_desktop.report.action_plan import build_action_plan

        build_action_plan(data, buffer, paper, lk, group_by, Progress(progress, 0.0, 0.95))
    elif kind == "report":
        from costar_desktop.report.workshop_report import build_report

        build_report(data, buffer, paper, lk, group_by, progress)
    elif kind == "outline":
        from costar_desktop.report.outline import build_outline_pdf

        build_outline_pdf(data, buffer, paper, lk, Progress(progress, 0.0, 0.95))
    elif kind in ("run-sheet", "agenda"):
        from costar_desktop.report.programme import build_programme_pdf

        build_programme_pdf(data, kind, buffer, paper, lk, Progress(progress, 0.0, 0.95))
    else:
        from costar_desktop.report.templates import build_templates

        build_templates(data, buffer, paper, lk, Progress(progress, 0.0, 0.95))
    write_output(buffer.getvalue(), out)
    if progress is not None:
        progress(1.0)
