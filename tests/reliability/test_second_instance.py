"""Promise: a workshop open in one copy of the app is refused plainly by a second copy, and
the first one keeps working. (Two windows of one process: tests/ui/test_main_window.py.)"""

from __future__ import annotations

import json

from costar_desktop.storage import WorkshopFile
from tests.reliability.harness import Child, run_driver

GUI = "tests.reliability.gui_driver"


def test_a_second_app_is_refused_plainly_and_the_first_keeps_working(demo_file):
    first = Child("hold", demo_file, module=GUI)
    try:
        first.expect("READY")
        before = demo_file.read_bytes()
        second = run_driver("try-open", demo_file, module=GUI)
        assert second.returncode == 0 and "Traceback" not in second.stderr, second.stderr
        told = json.loads(second.stdout.splitlines()[-1])
        assert not told["opened"] and told["welcome_page"]
        assert told["messages"] == [
            "“demo.costar” is already open in another CoStar window or on another computer. "
            "Close it there first, then try again."
        ]
        assert demo_file.read_bytes() == before
        first.send("add Still working after the refusal")
        assert first.read_line().startswith("ACK ✓ Saved")
        first.send("quit")
        first.expect("CLOSED")
    finally:
        first.kill()
        lines, stderr = first.finish()
    assert "Traceback" not in stderr, stderr
    texts = [n.text for n in WorkshopFile.read(demo_file).notes]
    assert "Still working after the refusal" in texts
