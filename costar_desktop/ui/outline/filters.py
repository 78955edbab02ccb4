"""The outline's filters: this step only, shortlisted only, and search by words.

A proxy over :class:`~costar_desktop.ui.outline.model.OutlineModel` with Qt's recursive
filtering: a Co, step or group row stays when a note under it matches, so a match is
always read in its place ("Co-design, Focus, group Transport, …"). With no filter on,
every row shows, empty Co's included. With a filter on, Co and step rows show only for
what matches under them: they never match by their own name (a search for "design" finds
notes about design, not all of Co-design).

The step is the step of the row's place in the tree: a grouped note goes with its group.
"Shortlisted only" keeps shortlisted notes and group cards, and the notes of a shortlisted
group (the group was shortlisted as a whole). The search ignores case and looks in each
note's text and its author's name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from costar_desktop.core.model import Step
from costar_desktop.ui.outline.model import KIND_ROLE, SEARCH_ROLE, SHORTLISTED_ROLE, STEP_ROLE


class OutlineFilter(QSortFilterProxyModel):
    """The outline with only the rows the filters let through (and the rows above them)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self._step: Step | None = None
        self._shortlisted_only = False
        self._search = ""

    # --- the filters -----------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        """Only the notes of this step (None: all steps)."""
        return self._step

    def set_step(self, step: Step | None) -> None:
        if step != self._step:
            self.beginFilterChange()
            self._step = step
            self.endFilterChange()

    @property
    def shortlisted_only(self) -> bool:
        """Only shortlisted notes and groups (and the notes of shortlisted groups)."""
        return self._shortlisted_only

    def set_shortlisted_only(self, on: bool) -> None:
        if bool(on) != self._shortlisted_only:
            self.beginFilterChange()
            self._shortlisted_only = bool(on)
            self.endFilterChange()

    @property
    def search(self) -> str:
        """The words searched for (empty: no search)."""
        return self._search

    def set_search(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._search:
            self.beginFilterChange()
            self._search = needle
            self.endFilterChange()

    @property
    def active(self) -> bool:
        """True while any filter leaves rows out."""
        return self._step is not None or self._shortlisted_only or bool(self._search)

    def clear(self) -> None:
        """Every row again."""
        self.beginFilterChange()
        self._step, self._shortlisted_only, self._search = None, False, ""
        self.endFilterChange()

    # --- QSortFilterProxyModel -----------------------------------------------------------

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.active:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(KIND_ROLE) not in ("note", "group"):
            return False  # shown only for what matches under it (recursive filtering)
        if self._step is not None and index.data(STEP_ROLE) != self._step:
            return False
        if self._shortlisted_only and not index.data(SHORTLISTED_ROLE):
            return False
        return not self._search or self._search in index.data(SEARCH_ROLE)
