"""Regenerate the screenshots in docs/images/: the main window, each theme, presentation
mode and the 'do not rely on colour' option. Runs offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="costar-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")
os.environ["COSTAR_DATA_DIR"] = str(_tmp / "data")

from PySide6.QtWidgets import QApplication  # noqa: E402

from costar_desktop.core.model import Step  # noqa: E402
from costar_desktop.ui.appearance import appearance  # noqa: E402
from costar_desktop.ui.shell.app import WindowRegistry, create_application  # noqa: E402
from costar_desktop.ui.shell.sample import ensure_sample_workshop  # noqa: E402

OUT = ROOT / "docs" / "images"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    app = create_application([sys.argv[0]])
    appearance().load_fonts()
    registry = WindowRegistry()
    window = registry.new_window()
    window.resize(1600, 1000)
    window.show()
    window.open_path(ensure_sample_workshop())
    settle(app)
    window.editor.view.fit_star()
    settle(app)
    window.grab().save(str(OUT / "main-window.png"))
    print("wrote", OUT / "main-window.png")
    window.editor.go_to_step(Step.FOCUS)
    settle(app)
    shots = [
        ("theme-default.png", "default", False),
        ("theme-high-contrast.png", "high_contrast", False),
        ("theme-dark.png", "dark", False),
        ("no-colour-only.png", "default", True),
    ]
    for name, theme, no_colour in shots:
        appearance().update(theme_key=theme, no_colour_only=no_colour, text_scale=1.0)
        window.editor.view.fit_star()
        settle(app)
        window.grab().save(str(OUT / name))
        print("wrote", OUT / name)
    appearance().update(theme_key="default", no_colour_only=False)
    window.presentation.enter()
    window.showNormal()
    window.setGeometry(0, 0, 1920, 1080)
    settle(app)
    window.editor.view.fit_star()
    settle(app)
    window.grab().save(str(OUT / "presentation-mode.png"))
    print("wrote", OUT / "presentation-mode.png")
    window.presentation.leave()
    registry.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
