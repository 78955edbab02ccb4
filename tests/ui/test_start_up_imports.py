"""The window starts without what it only needs later: heavy libraries (printing, writing),
and the dialogs, modules and panels that the first window does not show."""

import os
import subprocess
import sys

import pytest

CODE = """
import sys
from costar_desktop.ui.shell.app import WindowRegistry, create_application
from costar_desktop.ui.steps.panels import STEP_PANELS
app = create_application()
window = WindowRegistry().new_window()
window.show()
assert window.open_path(sys.argv[1])
window.editor.view.viewport().repaint()
heavy = ("reportlab", "pypdfium2", "PIL", "uharfbuzz", "sqlite_utils", "click", "dateutil")
print("heavy:", sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
current = STEP_PANELS[window.editor.current_step]
shown = [k for k, dock in window.step_tools.docks.items() if dock is window.step_tools.docks[current]]
later = ["PySide6.QtPrintSupport", "_strptime", "uuid", "hashlib", "json",
         "costar_desktop.ui.shell.dialogs", "costar_desktop.ui.shell.help", "costar_desktop.core.export",
         "costar_desktop.core.demo"]
print("shown:", sorted(shown))
print("made:", sorted(window.step_tools.panels))
print("later:", [m for m in later if m in sys.modules])
import PySide6.QtWidgets
print("unused widget classes made:", sorted(
    name for name in ("QWizard", "QCalendarWidget", "QMdiArea", "QColorDialog", "QFontDialog")
    if name in vars(PySide6.QtWidgets)))
"""


@pytest.fixture(scope="module")
def first_window(tmp_path_factory):
    """What a process that opens the sample workshop in a window has loaded and made."""
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.storage import WorkshopFile

    tmp = tmp_path_factory.mktemp("start")
    path = tmp / "sample.costar"
    WorkshopFile.create(path, data=demo_workshop()).close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COSTAR_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    return dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)


def test_opening_a_workshop_in_a_window_loads_no_heavy_library(first_window):
    assert first_window["heavy"] == "[]", first_window


def test_what_the_first_window_does_not_show_is_loaded_later(first_window):
    """Printing, dialogs, help, exports are loaded when first used: each was a few
    milliseconds of every start. The step panels' classes are imported (each declares its
    dock), but only the current step's panels are made."""
    assert first_window["later"] == "[]", first_window
    assert first_window["made"] == first_window["shown"], first_window  # only the current dock


def test_pyside_makes_no_class_for_widget_kinds_the_window_never_uses(first_window):
    """PySide makes a widget's Python class on first use. Handed a widget that Qt made (the
    canvas's viewport was one), it first makes the classes of every widget kind Qt has, to
    find the right one: about 10 ms of each start. The canvas makes its own viewport."""
    assert first_window["unused widget classes made"] == "[]", first_window
