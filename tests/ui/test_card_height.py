"""The PDF's star and the canvas agree on how tall each note is.

The canvas lays a note's words out with Qt; the PDF with its own text engine, at the
canvas's size and width (report/star_drawing.py ``card_height``); both take the card's
height from core/note_card.py. Here the canvas's heights are read from real note items.

The canvas runs in a child process: it needs the shipped fonts loaded into Qt (the
PDF's are the same files), and loading them here would change the fonts every later
test in this process draws with.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from costar_desktop.core.demo import demo_workshop, large_workshop
from costar_desktop.core.model import Note, Step, Workshop, WorkshopData
from costar_desktop.report.star_drawing import card_height
from costar_desktop.storage import WorkshopFile
from tests.report.conftest import SCRIPTS

LINE = 26.0  # one line of note text on the canvas at 100 % text size

_CANVAS = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from costar_desktop.ui.appearance import appearance
appearance().load_fonts()
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.model.document import WorkshopDocument
document = WorkshopDocument(WorkshopFile.open(sys.argv[1]))
scene = CanvasScene(document.geometry)
scene.set_document(document)
print(json.dumps({item.note_id: item.rect().height() for item in scene.note_items()}))
scene.set_document(None)
document.close()
"""


def canvas_heights(tmp_path, data: WorkshopData) -> dict[str, float]:
    """The height of every note card as the canvas lays it out (default text size)."""
    path = tmp_path / "canvas.costar"
    WorkshopFile.create(path, data=data).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _CANVAS, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _differences(tmp_path, data: WorkshopData) -> list[tuple[float, str]]:
    canvas = canvas_heights(tmp_path, data)
    notes = [n for n in data.notes if not n.is_group]
    assert {n.id for n in notes} <= set(canvas)
    return [(card_height(n) - canvas[n.id], n.text[:60]) for n in notes]


@pytest.mark.parametrize("which", ["sample", "generated"])
def test_the_pdf_draws_sample_and_generated_notes_as_tall_as_the_canvas(tmp_path, which):
    data = demo_workshop() if which == "sample" else large_workshop(200)
    diffs = _differences(tmp_path, data)
    assert all(abs(d) < LINE for d, _ in diffs), [x for x in diffs if abs(x[0]) >= LINE]
    # Measured: every one exactly (kerning as Qt's, each line's height as Qt's). A line
    # broken elsewhere on another system may differ by a line; most must still agree.
    exact = sum(1 for d, _ in diffs if abs(d) < 0.5)
    assert exact >= 0.95 * len(diffs), [x for x in diffs if abs(x[0]) >= 0.5]


def test_notes_in_every_script_and_shape_are_as_tall_as_on_the_canvas(tmp_path):
    texts = [
        *SCRIPTS.values(),
        "",
        "One line\n",
        "First\n\nThird",
        "Peer mentors share. " * 40,
        "a" * 300,
        "نصمم الخدمة معا مع الأهالي " * 8,
        "我们一起设计新的服务" * 12,
        "Meet at the café – نصمم الخدمة – 我们一起 – हम मिलकर 😀 every Monday",
    ]
    notes = [
        Note(
            id=f"n{i:02d}",
            text=t,
            x=-1200.0 + 20 * i,
            y=-900.0,
            step=Step.MAP,
            width=300.0 if i % 5 == 4 else 220.0,
        )
        for i, t in enumerate(texts)
    ]
    diffs = _differences(tmp_path, WorkshopData(Workshop(title="Scripts"), [], notes))
    assert all(abs(d) < LINE for d, _ in diffs), [x for x in diffs if abs(x[0]) >= LINE]
