"""A workshop whose values need repairs opens as a repaired copy; the original is kept.

Storage refuses such a file with :class:`NeedsRepair`, which lists each value in words and
carries the workshop with those values repaired (storage/values.py). Here the facilitator
reads the list and chooses: a copy beside the file ("NAME (repaired).costar") is written
from the repaired workshop and opened, or nothing happens. The original is never written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from costar_desktop.storage import StorageError, WorkshopFile
from costar_desktop.storage.errors import NeedsRepair
from costar_desktop.storage.values import describe_repairs
from costar_desktop.ui.i18n import translate


def repaired_copy_path(path: Path) -> Path:
    """A free name beside ``path`` for its repaired copy: "NAME (repaired).costar", then
    "NAME (repaired 2).costar"…"""
    for n in range(1, 1000):
        label = "repaired" if n == 1 else f"repaired {n}"
        candidate = path.with_name(f"{path.stem} ({label}){path.suffix or '.costar'}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    raise StorageError(f"There are too many repaired copies of “{path.name}” beside it.", path)


def offer_repaired_copy(window, path: Path, error: NeedsRepair) -> bool:
    """Ask whether to open a repaired copy of ``path``; write and open it if so.

    Returns True if the copy is open in ``window``; False if the facilitator said no or it
    could not be written (which they are told)."""
    path = Path(path)
    try:
        target = repaired_copy_path(path)
    except StorageError as exc:
        window.report_error(translate("Repair", "Cannot open this workshop"), exc.message)
        return False
    question = (
        error.message
        + "\n\n"
        + translate(
            "Repair",
            "CoStar Desktop can open a repaired copy, “%1”, beside it. These values "
            "would be repaired:",
        ).replace("%1", target.name)
        + "\n"
        + describe_repairs(error.repairs)
        + "\n\n"
        + translate("Repair", "Open the repaired copy? “%1” stays exactly as it is.").replace(
            "%1", path.name
        )
    )
    answer = QMessageBox.question(
        window,
        translate("Repair", "Open a repaired copy?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        store = WorkshopFile.create(target, data=error.data, inbox=error.inbox)
    except StorageError as exc:
        # Often a read-only folder (a locked USB stick): offer another place.
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            translate("Repair", "Save the repaired copy as"),
            str(Path.home() / target.name),
            "CoStar workshops (*.costar)",
        )
        if not chosen:
            window.report_error(translate("Repair", "Not repaired"), exc.message)
            return False
        try:
            store = WorkshopFile.create(
                Path(chosen), data=error.data, inbox=error.inbox, overwrite=True
            )
        except StorageError as exc2:
            window.report_error(translate("Repair", "Not repaired"), exc2.message)
            return False
    window.attach_store(store)
    window.statusBar().showMessage(
        translate(
            "Repair", "Opened a repaired copy of “%1”; the original was not changed."
        ).replace("%1", path.name),
        15000,
    )
    return True
