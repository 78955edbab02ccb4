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
