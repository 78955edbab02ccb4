"""The window starts without the heavy libraries it only needs later (printing, writing)."""

import os
import subprocess
import sys

CODE = """
import sys
from costar_desktop.ui.app import WindowRegistry, create_application
app = create_application()
window = WindowRegistry().new_window()
window.show()
assert window.open_path(sys.argv[1])
window.editor.view.viewport().repaint()
heavy = ("reportlab", "pypdfium2", "PIL", "uharfbuzz", "sqlite_utils", "click", "dateutil")
print("loaded:", sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
"""


def test_opening_a_workshop_in_a_window_loads_no_heavy_library(demo_file, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COSTAR_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", CODE, str(demo_file)], capture_output=True,
                         text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "loaded: []" in out.stdout, out.stdout


LATER = """
import sys
from costar_desktop.ui.app import WindowRegistry, create_application
from costar_desktop.ui.steps.tools import PANEL_CLASSES, STEP_PANELS
app = create_application()
window = WindowRegistry().new_window()
window.show()
assert window.open_path(sys.argv[1])
window.editor.view.viewport().repaint()
current = STEP_PANELS[window.editor.current_step]
shown = [k for k, dock in window.step_tools.docks.items() if dock is window.step_tools.docks[current]]
later = ["PySide6.QtPrintSupport", "_strptime", "uuid", "hashlib", "json",
         "costar_desktop.ui.dialogs", "costar_desktop.ui.help", "costar_desktop.core.export",
         "costar_desktop.core.demo"]
later += [f"costar_desktop.ui.steps.{PANEL_CLASSES[k][0]}" for k in PANEL_CLASSES if k not in shown]
print("shown:", sorted(shown))
print("made:", sorted(window.step_tools.panels))
print("loaded:", [m for m in later if m in sys.modules])
"""


def test_what_the_first_window_does_not_show_is_loaded_later(demo_file, tmp_path):
    """Printing, dialogs, help, exports and the panels of other steps are loaded when first
    used: each was a few milliseconds of every start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COSTAR_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", LATER, str(demo_file)], capture_output=True,
                         text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert lines["loaded"] == "[]", out.stdout
    assert lines["made"] == lines["shown"], out.stdout  # only the current step's dock is filled
