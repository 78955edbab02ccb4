"""Starting the GUI: the QApplication, its windows, and the sample workshop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from costar_desktop import APP_ID, APP_NAME, __version__
from costar_desktop.storage.workshop_file import _key
from costar_desktop.ui import i18n, settings
from costar_desktop.ui.appearance import appearance, apply_ui_scale_before_start, mark_fusion
from costar_desktop.ui.icon import app_icon
from costar_desktop.ui.shell import startup_probe
from costar_desktop.ui.shell.main_window import MainWindow

ORGANISATION = "CoStar"


def configure_application_names() -> None:
    """Our names, which also name the usual settings location, and Qt's own settings moved
    into the data folder when one is chosen (``costar_desktop.ui.settings`` says where)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    settings.follow_data_folder()


class WindowRegistry:
    """The app's open windows, so a file is never open in two of them."""

    def __init__(self):
        self.windows: list[MainWindow] = []

    def new_window(self) -> MainWindow:
        window = MainWindow(self)
        self.windows.append(window)
        return window

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def activate_window_for(self, path: Path, exclude: MainWindow | None = None) -> bool:
        """Bring the window showing ``path`` to the front; False if no window shows it."""
        key = _key(Path(path))
        for w in self.windows:
            if w is not exclude and w.document is not None and _key(w.document.path) == key:
                w.show()
                w.raise_()
                w.activateWindow()
                return True
        return False

    def close_all(self) -> None:
        for w in list(self.windows):
            w.close()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, the saved look and the shipped fonts."""
    if QApplication.instance() is None:
        apply_ui_scale_before_start(ORGANISATION, APP_NAME)
    existing = QApplication.instance()
    if existing is None:
        args = list(argv if argv is not None else sys.argv[:1])
        app = QApplication([*args, "-style", "Fusion"])
        mark_fusion(app)
    else:
        assert isinstance(existing, QApplication), "the app's window needs a QApplication"
        app = existing
    configure_application_names()
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # Wayland/desktop menus match the window to its icon
    look = appearance()
    look.load()
    look.load_fonts(first_only=True)
    look.apply(app)
    look.load_remaining_fonts_soon()  # other scripts' fonts, once the window is up
    i18n.install_translators(app)
    return app


class FileOpenHandler(QObject):
    """macOS sends a double-clicked .costar file as an event, not on the command line."""

    def __init__(self, registry: WindowRegistry, parent=None):
        super().__init__(parent)
        self.registry = registry

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open(Path(event.file()))
            return True
        return False

    def open(self, path: Path) -> None:
        if self.registry.activate_window_for(path):
            return
        spare = next((w for w in self.registry.windows if w.document is None), None)
        window = spare or self.registry.new_window()
        window.show()
        window.open_path(path)


def run_gui(path: Path | None = None, sample: bool = False) -> int:
    """Show a window on ``path``, the sample workshop, the last workshop or the welcome page."""
    app = create_application()
    registry = WindowRegistry()
    if sys.platform == "darwin":
        # Only macOS sends files as events. An application-wide filter is called for every
        # event of every widget (thousands before the first paint), so not elsewhere.
        file_opener = FileOpenHandler(registry, app)
        app.installEventFilter(file_opener)
    window = registry.new_window()
    # Storage imports sqlite_utils only when it first writes; that is done once the window
    # is on screen, before anyone can have typed a note. Temporary files that an earlier
    # copy of the app left when it died part-way through a save are removed then too (a
    # look into one, usually empty, folder).
    from costar_desktop.storage.fileio import remove_leftover_temporaries
    from costar_desktop.storage.workshop_file import prepare_for_writing

    def once_painted() -> None:
        prepare_for_writing()
        remove_leftover_temporaries()

    startup_probe.after_first_paint(window, once_painted)
    # Benchmarks only: end after the first paint. Installed last, so it acts first.
    startup_probe.install_if_requested(window)
    window.show()
    if sample:
        window.open_sample()
    elif path is not None:
        window.open_path(path)
    else:
        last = settings.last_file()
        if last is not None:
            window.open_path(last)
    return app.exec()
