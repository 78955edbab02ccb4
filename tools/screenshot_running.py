"""Regenerate docs/images/programme-running.png (shown in docs/programme.md): the window at
1600×900 with the sample workshop and a one-day agenda running (issue 19), the banner
showing the block, the time left, what comes next and that the day is ahead. The clock is a fixed one. Runs offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_running.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="costar-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")
os.environ["COSTAR_DATA_DIR"] = str(_tmp / "data")

from costar_desktop.core.demo import demo_workshop  # noqa: E402
from costar_desktop.core.model import Step  # noqa: E402
from costar_desktop.core.programme import Block, Programme  # noqa: E402
from costar_desktop.storage import WorkshopFile  # noqa: E402
from costar_desktop.ui.model.commands_programme import PlanCommand  # noqa: E402
from costar_desktop.ui.shell.app import WindowRegistry, create_application  # noqa: E402

OUT = ROOT / "docs" / "images" / "programme-running.png"


def main() -> int:
    app = create_application()
    path = _tmp / "one-day.costar"
    WorkshopFile.create(path, data=demo_workshop()).close()
    window = WindowRegistry().new_window()
    window.resize(1600, 900)
    window.show()
    if not window.open_path(path):
        return 1
    now = [time.mktime((2027, 3, 4, 9, 30, 0, 0, 0, -1))]
    window.programme_run.now = lambda: now[0]
    plan = Programme(
        "One-day workshop",
        [
            Block("Welcome and why we are here", 20),
            Block("Map: what we already do", 45, step=Step.MAP),
            Block("Break", 15),
            Block("Focus: what matters most", 40, step=Step.FOCUS),
            Block("Lunch", 45),
            Block("People: who will do it with us", 40, step=Step.PEOPLE),
        ],
        day_start=9 * 60 + 30,
    )
    window.editor.push(PlanCommand(window.document, plan, "Put in the agenda"))
    window.programme_run.start()
    now[0] += 16 * 60  # the welcome took 16 of its 20 minutes
    window.programme_run.next_block()
    now[0] += 33 * 60 + 10
    window.programme_run.tick()
    window.statusBar().clearMessage()
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(OUT))
    print("wrote", OUT)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
