"""Promise: every note the app has acknowledged survives the app being killed at any moment.

One test: a child process adds notes through the document and its undo commands (the
path the window uses) and prints ``ACK n`` after each commit; the parent kills it with
SIGKILL at a random moment — while it opens the file (and rolls back the last crash), or
while it is adding notes — KILLS times in a row on the same file. After each kill the file
is opened as the app would open it: ``PRAGMA integrity_check`` must be ok and every
acknowledged note must be there, byte for byte, including those of every earlier round.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from costar_desktop.storage import WorkshopFile
from tests.reliability.harness import WarmPool, expected_row, note_fields, stored_notes

KILLS = int(os.environ.get("COSTAR_KILLS", "100"))
SEED = int(os.environ.get("COSTAR_KILL_SEED", "5"))


def test_notes_survive_sigkill_at_random_moments(demo_file):
    rng = random.Random(SEED)
    pool = WarmPool(("add-notes", demo_file), size=3)
    acknowledged: dict[str, tuple] = {}
    rounds_with_acks = torn = 0
    journal = Path(f"{demo_file}-journal")
    try:
        for series in range(KILLS):
            child = pool.take(more_needed=series < KILLS - 3)
            child.go(series)
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0, 0.02))  # while opening, and rolling back the last crash
            else:  # while adding notes: after a few of them, part-way into the next commit
                child.expect("READY")
                for _ in range(rng.randint(0, 4)):
                    child.expect("ACK")
                time.sleep(rng.uniform(0, 0.008))
            child.kill()
            lines, stderr = child.finish()
            assert "Traceback" not in stderr, stderr
            assert not [l for l in lines if l.startswith("FAILED")], (lines, stderr)
            acks = [int(l.split()[1]) for l in lines if l.startswith("ACK ")]
            rounds_with_acks += bool(acks)
            for n in acks:
                fields = note_fields(series, n)
                acknowledged[fields["id"]] = expected_row(fields)
            torn += journal.exists() and journal.stat().st_size > 0

            with WorkshopFile.open(demo_file) as wf:  # recovers, as the next start would
                assert wf.integrity_ok(), f"round {series}"
                stored = stored_notes(wf.conn)
            missing = [i for i in acknowledged if i not in stored]
            assert not missing, f"round {series}: {len(missing)} acknowledged notes lost"
            changed = [i for i, row in acknowledged.items() if stored[i] != row]
            assert not changed, f"round {series}: notes changed: {changed[:3]}"
    finally:
        pool.close()
    assert acknowledged, "no child ever acknowledged a note: the test tested nothing"
    print(
        f"\n{KILLS} kills, {rounds_with_acks} with acknowledged notes, "
        f"{len(acknowledged)} notes acknowledged, {torn} killed inside a transaction"
    )
