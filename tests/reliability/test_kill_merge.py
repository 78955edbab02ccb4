"""Promise: bringing tables' files back is one transaction. However the app is killed
during a merge, the host afterwards is exactly as it was before the merge, or exactly as
after it, never part of it.

A child process (merge_driver.py) merges three tables' files, each with hundreds of notes
added, edited, moved and deleted and dots given, into a 1,500-note host, printing a digest
of the whole host before the merge and just before its COMMIT. The parent kills it with
SIGKILL at random moments, on a fresh copy of the host each round; after each kill it
opens the host as the app would (rolling back an interrupted transaction) and requires
``integrity_check`` ok and the digest to be BEFORE, or COMMIT once that was printed. It
counts where the kills landed and fails if none landed inside the writes or none after
COMMIT was printed, so it cannot pass by always killing too early or too late.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from costar_desktop.storage import WorkshopFile
from tests.reliability.gesture_driver import canonical_digest
from tests.reliability.harness import Child

KILLS = int(os.environ.get("COSTAR_MERGE_KILLS", "24"))
SEED = int(os.environ.get("COSTAR_MERGE_SEED", "28"))


@pytest.fixture(scope="module")
def handed_out(tmp_path_factory, big_workshop_for_merge) -> tuple[Path, list[Path]]:
    """The host and three tables' files, each table busy for a day."""
    from costar_desktop.core.model import Note, Vote, new_id
    from costar_desktop.storage.breakout import hand_out

    folder = tmp_path_factory.mktemp("sticks")
    with WorkshopFile.open(big_workshop_for_merge) as host:
        done = hand_out(host, ["Carers", "Staff", "Young people"], folder)
    rng = random.Random(2800)
    for k, path in enumerate(done.files):
        with WorkshopFile.open(path) as table, table.transaction():
            notes = table.notes()
            table.add_notes(
                Note(text=f"Table {k} idea {i}", x=rng.uniform(-900, 900), y=rng.uniform(-700, 700))
                for i in range(300)
            )
            table.update_notes(
                {n.id: {"text": f"{n.text[:40]} (table {k})"} for n in rng.sample(notes, 150)}
            )
            table.delete_notes(n.id for n in rng.sample(notes, 40))
            alive = [n.id for n in table.notes() if n.group_id is None]
            table.add_votes(Vote(id=new_id(rng), note_id=rng.choice(alive)) for _ in range(60))
    return big_workshop_for_merge, done.files


@pytest.fixture(scope="module")
def big_workshop_for_merge(tmp_path_factory) -> Path:
    from costar_desktop.cli import main

    path = tmp_path_factory.mktemp("host") / "host.costar"
    assert main(["demo", str(path), "--notes", "1500"]) == 0
    return path


def test_a_merge_is_all_or_nothing_under_sigkill(handed_out, tmp_path):
    source_host, tables = handed_out
    rng = random.Random(SEED)
    landed: Counter = Counter()
    for round_ in range(KILLS):
        host = tmp_path / "host.costar"
        for leftover in (host, Path(f"{host}-journal")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(source_host, host)
        child = Child(str(host), *map(str, tables), module="tests.reliability.merge_driver")
        child.expect("WARM")
        child.go()
        child.expect("BEFORE")
        aim = rng.random()
        if aim < 0.4:  # right on the commit: before, during or after it
            child.expect("COMMIT")
            time.sleep(rng.choice((0.0, rng.uniform(0, 0.004))))
        elif aim < 0.8:  # inside the writes
            child.expect("WRITING")
            time.sleep(rng.uniform(0, 0.05))
        else:  # while it reads and plans
            time.sleep(rng.uniform(0, 0.3))
        child.kill()
        lines, stderr = child.finish()
        assert "Traceback" not in stderr, stderr
        before = next(line.split()[1] for line in lines if line.startswith("BEFORE"))
        commit = [line.split()[1] for line in lines if line.startswith("COMMIT")]
        done = any(line == "DONE" for line in lines)
        with WorkshopFile.open(host) as wf:
            assert wf.integrity_ok(), f"round {round_}"
            found = canonical_digest(wf.conn)
        if done:
            assert found == commit[0], f"round {round_}: done, but not what was committed"
            landed["after it returned"] += 1
        elif commit:
            assert found in (before, commit[0]), f"round {round_}: part of a merge"
            landed["after COMMIT was printed" if found == commit[0] else "COMMIT rolled back"] += 1
        else:
            assert found == before, f"round {round_}: part of a merge before its commit"
            writing = any(line == "WRITING" for line in lines)
            landed["inside the writes" if writing else "while planning"] += 1
    print(dict(landed))
    assert landed["inside the writes"] > 0
    assert (
        landed["after COMMIT was printed"]
        + landed["COMMIT rolled back"]
        + landed["after it returned"]
        > 0
    )
