"""Opening and reading a workshop must not pay for sqlite_utils; writing still works."""

import subprocess
import sys

CODE = """
import sys
from costar_desktop.storage import WorkshopFile
from costar_desktop.core.model import Note
import costar_desktop.ui.shell.app  # the window's modules, as at start-up
wf = WorkshopFile.open(sys.argv[1])
data = wf.snapshot()
assert data.notes and wf.note(data.notes[0].id) is not None
wf.note_dependants([n.id for n in data.notes])
print("before write:", "sqlite_utils" in sys.modules)
wf.add_notes([Note(text="after the first paint")])
print("after write:", "sqlite_utils" in sys.modules)
wf.close()
print("notes:", len(WorkshopFile.read(sys.argv[1]).notes))
"""


def test_reading_does_not_import_sqlite_utils_and_the_first_write_does(demo_file, demo_data):
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(demo_file)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "before write: False" in out.stdout
    assert "after write: True" in out.stdout
    assert f"notes: {len(demo_data.notes) + 1}" in out.stdout
