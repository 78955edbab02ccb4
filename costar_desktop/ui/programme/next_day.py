"""Programme → Continue on a new day…: a course of several days goes on in a copy of the
day before's workshop (issue 19: "day 2 continues from day 1's file").

The open workshop is saved as a new file, exactly as File → Save As… does it (the day
before's file stays as it was, what ran in it included), and the window goes on in the copy.
The next day's programme then goes in as one undo step: the shipped course's next day when
the agenda is a shipped course's day, else the one the facilitator picks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from costar_desktop.core.programme import NEXT_DAY, SHIPPED, Programme, shipped_programmes
from costar_desktop.paths import resource
from costar_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from costar_desktop.ui.programme.tools import ProgrammeTools


def next_programme(current: Programme | None) -> Programme | None:
    """The shipped programme for the day after ``current``, if ``current`` is a shipped
    course's day with a next one (read afresh: its blocks get their own ids)."""
    if current is None:
        return None
    shipped = dict(zip(SHIPPED, shipped_programmes(resource("programmes")), strict=True))
    for key, programme in shipped.items():
        if programme.name == current.name and key in NEXT_DAY:
            return shipped[NEXT_DAY[key]]
    return None


def next_day_dialog(tools: ProgrammeTools) -> bool:
    """Ask where the next day's workshop goes, then :func:`continue_on_new_day`."""
    document = tools.window.document
    if document is None:
        return False
    suggested = document.path.with_name(
        translate("Programme", "%1 – next day.costar").replace("%1", document.path.stem)
    )
    chosen, _ = QFileDialog.getSaveFileName(
        tools.window,
        translate("Programme", "Save the next day's workshop as"),
        str(suggested),
        translate("Programme", "CoStar workshops (*.costar)"),
    )
    if not chosen:
        return False
    path = Path(chosen)
    if path.suffix != ".costar":
        path = path.with_name(path.name + ".costar")
    return continue_on_new_day(tools, path)


def continue_on_new_day(tools: ProgrammeTools, target: Path) -> bool:
    """Go on in a copy of the open workshop at ``target`` and put the next day's programme
    in (or let the facilitator choose one); False if the copy could not be written."""
    current = tools.programme()
    if not tools.window.save_as(target):
        return False
    following = next_programme(current)
    if following is None:
        return tools.put_in_dialog()
    done = tools.put_in(following, ask=False)
    tools.show_agenda(True)
    return done
