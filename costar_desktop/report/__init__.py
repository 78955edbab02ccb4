"""Printing: PDFs of the action plan, the workshop report, blank templates, the programme
(the facilitator's run sheet and the participants' agenda handout) and the outline (every
note as a nested list).

    from costar_desktop.report import build_pdf, KINDS
    build_pdf(data, "action-plan", Path("plan.pdf"), paper="a4", easy_read=False)

No Qt here (tests/test_layers.py checks it). reportlab is imported only when a PDF is
built, so importing this package costs nothing at start-up.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import BinaryIO

from costar_desktop.core.model import WorkshopData

KINDS = ("action-plan", "report", "templates", "run-sheet", "agenda", "outline")
#: The kinds printed from the workshop's agenda: refused while it has no blocks.
PROGRAMME_KINDS = ("run-sheet", "agenda")
#: What printing a kind of the programme says when the agenda has no blocks.
NO_BLOCKS = "The agenda has no blocks yet. Plan the day in the Agenda panel first."
PAPERS = ("a4", "letter")
GROUP_BY = ("owner", "date")

KIND_LABELS = {
    "action-plan": "Action plan",
    "report": "Workshop report",
    "templates": "Blank templates",
    "run-sheet": "Run sheet (the day's plan, for the facilitator)",
    "agenda": "Agenda handout (for participants)",
    "outline": "Outline (every note as a nested list)",
}


def check_arguments(kind: str, paper: str, group_by: str) -> None:
    """Raise ValueError with a plain sentence if an argument is not one we know."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of PDF “{kind}”: choose one of {', '.join(KINDS)}.")
    if paper not in PAPERS:
        raise ValueError(f"Unknown paper size “{paper}”: choose a4 or letter.")
    if group_by not in GROUP_BY:
        raise ValueError(f"Actions can be grouped by owner or by date, not by “{group_by}”.")


def build_pdf(
    data: WorkshopData,
    kind: str,
    out: pathlib.Path | BinaryIO,
    *,
    paper: str = "a4",
    easy_read: bool = False,
    group_by: str = "owner",
    progress: Callable[[float], None] | None = None,
) -> None:
    """Write one PDF of ``kind`` for the workshop to ``out`` (a path or a binary file).

    ``paper`` is "a4" or "letter"; ``easy_read`` uses large type and plain headings;
    ``group_by`` ("owner" or "date") orders the action plan. ``progress`` is called with
    numbers from 0.0 to 1.0 while the PDF is built. A bad argument, or a kind of the programme
    while the agenda has no blocks (:data:`NO_BLOCKS`), raises ValueError.
    """
    check_arguments(kind, paper, group_by)
    if not isinstance(data, WorkshopData):
        raise ValueError("build_pdf needs the workshop's data (a WorkshopData).")
    if kind in PROGRAMME_KINDS and not data.programme.blocks:
        raise ValueError(NO_BLOCKS)
    from costar_desktop.report.build import build

    build(data, kind, out, paper=paper, easy_read=easy_read, group_by=group_by, progress=progress)


__all__ = [
    "KINDS",
    "NO_BLOCKS",
    "PROGRAMME_KINDS",
    "PAPERS",
    "GROUP_BY",
    "KIND_LABELS",
    "build_pdf",
    "check_arguments",
]
