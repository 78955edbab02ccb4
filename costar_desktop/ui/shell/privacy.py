"""The window's privacy option: anonymise names in exports and printed PDFs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from costar_desktop import output
from costar_desktop.core.model import WorkshopData
from costar_desktop.ui import settings

SETTING = "privacy/anonymise_exports"


class PrivacyOption(QObject):
    """File → Export → Anonymise names: a remembered check box (``window.privacy``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.anonymise_action = window.menu_actions["file.export.anonymise"]
        self.anonymise_action.setChecked(settings.settings().value(SETTING, False, type=bool))
        window.menu_actions.on(
            "file.export.anonymise", lambda on: settings.settings().setValue(SETTING, bool(on))
        )

    def chosen(self) -> bool:
        """Whether names are to be replaced (for exports and PDFs alike)."""
        return self.anonymise_action.isChecked()

    def export_data(self) -> WorkshopData:
        """Everything in the open workshop's file, anonymised if the option is on: what
        ``costar export`` writes for that file (``costar_desktop.output``)."""
        return output.outgoing(
            output.file_data(self.window.document.store), anonymise=self.chosen()
        )
