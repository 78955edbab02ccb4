"""The application's icon (resources/icons/costar.svg) for windows, the taskbar and dialogs."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from costar_desktop.paths import resource

ICON_FILE = ("icons", "costar.svg")


def app_icon() -> QIcon:
    """The star icon; Qt's SVG icon engine draws it sharp at every size asked for.

    Returns an empty icon (Qt's default then shows) if the file is missing.
    """
    path = resource(*ICON_FILE)
    return QIcon(str(path)) if path.is_file() else QIcon()
