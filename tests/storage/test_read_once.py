"""Opening a file reads it once: the check at open also serves the window's first read."""

from costar_desktop.core.model import Note
from costar_desktop.storage import WorkshopFile


def test_the_first_snapshot_after_opening_reuses_the_check_read(demo_file, monkeypatch):
    calls = []
    real = WorkshopFile._read_tables

    def counting(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(WorkshopFile, "_read_tables", counting)
    wf = WorkshopFile.open(demo_file)
    try:
        first = wf.snapshot()
        assert len(calls) == 1  # the check at open; the snapshot did not read again
        second = wf.snapshot()
        assert len(calls) == 2  # later snapshots read the file
        assert [n.id for n in first.notes] == [n.id for n in second.notes]
        assert first.notes[0] is not second.notes[0]  # never the same objects twice
    finally:
        wf.close()


def test_a_write_before_the_first_snapshot_is_in_it(demo_file):
    wf = WorkshopFile.open(demo_file)
    try:
        wf.add_notes([Note(text="Written before anyone read")])
        assert "Written before anyone read" in [n.text for n in wf.snapshot().notes]
    finally:
        wf.close()
