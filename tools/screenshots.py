"""Regenerate the screenshots in docs/images/: the main window, each theme, presentation
mode (the overview), the spotlight, a live caption, a Co flown to and the 'do not rely on
colour' option. Runs offscreen:

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
from costar_desktop.ui.canvas import view as view_module  # noqa: E402
from costar_desktop.ui.shell.app import WindowRegistry, create_application  # noqa: E402
from costar_desktop.ui.shell.sample import ensure_sample_workshop  # noqa: E402

OUT = ROOT / "docs" / "images"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(window, name: str) -> None:
    window.grab().save(str(OUT / name))
    print("wrote", OUT / name)


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
    save(window, "presentation-mode.png")
    # The spotlight on the second note in reading order.
    window.menu_actions["view.spotlight"].trigger()
    settle(app)
    window.spotlight.view.walk(+1)
    settle(app)
    save(window, "spotlight.png")
    window.menu_actions["view.spotlight"].trigger()
    settle(app)
    # A Co flown to (no animation for a still picture).
    view_module.FLIGHT_MS = 0
    window.menu_actions["view.zoom_to.design"].trigger()
    settle(app)
    save(window, "zoom-to-co.png")
    window.menu_actions["view.zoom_to.design"].trigger()
    settle(app)
    # A note being typed, with its live caption.
    window.presentation.bar.add_note.click()
    settle(app)
    item = window.editor.scene.editing_item()
    if item is not None:
        item.text_item.setPlainText(
            "Getting to the day centre is hard when the bus only comes twice a day"
        )
    settle(app)
    save(window, "live-caption.png")
    window.editor.finish_editing()
    window.document.undo()
    window.presentation.leave()
    registry.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
