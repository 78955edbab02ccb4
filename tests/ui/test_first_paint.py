"""The start-up benchmark's hook: `costar FILE` ends by itself once its window is painted."""

import os
import subprocess
import sys

from PySide6.QtWidgets import QMainWindow

from costar_desktop.ui import first_paint


def test_costar_exits_after_its_first_paint_when_asked(tmp_path, demo_file):
    env = dict(os.environ, COSTAR_QUIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen",
               COSTAR_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-m", "costar_desktop", str(demo_file)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_nothing_is_installed_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv(first_paint.ENV_VAR, raising=False)
    window = QMainWindow()
    assert first_paint.install_if_requested(window) is False
    assert not hasattr(window, "_exit_after_first_paint")
