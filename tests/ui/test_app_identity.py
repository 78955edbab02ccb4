"""The app's icon and desktop identity, and the first-paint probe used by the benchmark."""

import os
import subprocess
import sys

from costar_desktop import APP_ID
from costar_desktop.ui.icon import app_icon
from costar_desktop.ui.shell.app import create_application
from costar_desktop.ui.shell.startup_probe import ENV_VAR


def test_application_has_the_star_icon_and_desktop_name(qapp):
    app = create_application()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()
    assert app.desktopFileName() == APP_ID


def test_icon_draws_at_any_size(qapp):
    for size in (16, 48, 256):
        image = app_icon().pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_first_paint_probe_makes_the_app_quit_after_showing_its_window(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COSTAR_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env[ENV_VAR] = "1"
    out = subprocess.run(
        [sys.executable, "-m", "costar_desktop", "--sample"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "data" / "Sample workshop.costar").is_file()
