"""Carrying a plan over: the open actions of an earlier workshop, copied into this one."""

from __future__ import annotations

from pathlib import Path

from costar_desktop.core.model import Action, WorkshopData
from costar_desktop.core.rules import carry_over_actions
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.values import Repair


def carried_over(data: WorkshopData) -> list[Action]:
    """New copies (new ids, no linked notes) of the actions in ``data`` that are not done,
    each marked with the title of the workshop it came from; in the order they were agreed."""
    return carry_over_actions(data.actions, data.workshop.title)


def open_actions_from(path: Path) -> tuple[str, list[Action], list[Repair]]:
    """The title of an earlier workshop, copies of its open actions (:func:`carried_over`) and
    the values that had to be repaired to bring them in; that file is never changed. Texts are
    cut to what the app keeps, as they go into another workshop."""
    data, repairs = WorkshopFile.read_all(path, within_limits=True)
    return data.workshop.title, carried_over(data), repairs
