"""The window's privacy option: anonymise names in exports and printed PDFs."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from costar_desktop import output
from costar_desktop.ui.i18n import translate
from costar_desktop.core.model import WorkshopData
from costar_desktop.ui import settings

SETTING = "privacy/anonymise_exports"


def install_anonymise_option(window) -> QAction:
    """Add a remembered "Anonymise names" check box to the File → Export menu."""
    action = QAction(translate("Privacy", "&Anonymise names (e.g. “Service user 3”)"), window)
    action.setCheckable(True)
    action.setChecked(settings.settings().value(SETTING, False, type=bool))
    tip = translate("Privacy", "Exports and PDFs show each participant's kind and a number instead "
                    "of their name, notes' authors and co-producers included")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.toggled.connect(lambda on: settings.settings().setValue(SETTING, bool(on)))
    menu = _export_menu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    window.anonymise_action = action
    return action


def _export_menu(window) -> QMenu | None:
    first = next(iter(window.export_actions.values()), None)
    if first is None:
        return None
    for obj in first.associatedObjects():
        if isinstance(obj, QMenu):
            return obj
    return None


def anonymise_chosen(window) -> bool:
    """Whether the user chose File → Export → Anonymise names (for exports and PDFs alike)."""
    action = getattr(window, "anonymise_action", None)
    return action is not None and action.isChecked()


def export_data(window) -> WorkshopData:
    """Everything in the open workshop's file, anonymised if the option is on: what
    ``costar export`` writes for that file (``costar_desktop.output``)."""
    return output.outgoing(output.file_data(window.document.store),
                           anonymise=anonymise_chosen(window))
