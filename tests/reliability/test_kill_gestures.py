"""Promise: one gesture is one transaction. However the app is killed during a compound
gesture on a large workshop, the file afterwards is exactly as it was before the gesture,
or exactly as after it, never part of it.

One test: a child process (gesture_driver.py) opens a large workshop as the window does and
makes compound gestures through the undo commands (move hundreds of notes, group and
ungroup, dots on many notes at once, delete notes that have dots and links, remove a
participant with their notes and dots, add linked actions, undo, redo, …). Before each
gesture it prints a digest of the whole file (``BEFORE k``), and just before the gesture's
COMMIT a digest of the after-state it is committing (``COMMIT k``), then ``DONE k``. The
parent kills it with SIGKILL at random moments (after 0–3 gestures: 0–30 ms after the next
one began, or 0–3 ms after its COMMIT line; or while it opens the file), KILLS times in a
row on the same file (COSTAR_GESTURE_KILLS, COSTAR_GESTURE_SEED); after each kill it
opens the file as the app would (rolling back an interrupted transaction) and requires
``integrity_check`` ok and the digest of the whole file to be the BEFORE digest of the last
gesture, or its COMMIT digest once that was printed (only that one once DONE was printed),
and nothing else. It counts where the kills landed and fails if none landed inside a
gesture, or none after a COMMIT line before DONE, so it cannot pass by missing the moment.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import Counter, defaultdict, deque
from pathlib import Path

import pytest

from costar_desktop.storage import WorkshopFile
from tests.reliability.gesture_driver import canonical_digest
from tests.reliability.harness import Child, WarmPool

KILLS = int(os.environ.get("COSTAR_GESTURE_KILLS", "80"))
SEED = int(os.environ.get("COSTAR_GESTURE_SEED", "23"))
MODULE = "tests.reliability.gesture_driver"


@pytest.fixture(scope="module")
def big_workshop(tmp_path_factory) -> Path:
    """1,500 notes across the star (some in 20 groups), 12 participants who wrote them,
    400 dots, 5 co-producers and 8 actions linked to notes, 3 sceptics' worries: written
    through WorkshopFile in one transaction."""
    from costar_desktop.core.model import (
        NOTE_KIND_GROUP,
        Action,
        Co,
        CoProducer,
        MarketItem,
        Note,
        Participant,
        ParticipantKind,
        Step,
        Vote,
        Workshop,
        new_id,
    )
    from costar_desktop.core.palette import PALETTE
    from costar_desktop.core.star import STAR

    rng = random.Random(1500)
    path = tmp_path_factory.mktemp("gestures") / "big.costar"
    left, top, right, bottom = STAR.note_bounds()

    def place() -> tuple[float, float]:
        return (
            round(rng.uniform(left * 0.8, right * 0.8), 2),
            round(rng.uniform(top * 0.8, bottom * 0.8), 2),
        )

    participants = [
        Participant(
            id=new_id(rng),
            name=f"Participant {i}",
            kind=rng.choice(list(ParticipantKind)),
            is_group=i % 4 == 0,
        )
        for i in range(12)
    ]
    cards, notes = [], []
    for g in range(20):
        x, y = place()
        cards.append(
            Note(
                id=new_id(rng),
                text=f"Theme {g}",
                kind=NOTE_KIND_GROUP,
                x=x,
                y=y,
                colour="white",
                co=STAR.co_at(x, y),
                height=60.0,
            )
        )
    for i in range(1500 - len(cards)):
        x, y = place()
        size = rng.choice((rng.randint(3, 80), rng.randint(80, 400), rng.randint(400, 2000)))
        alphabet = rng.choice(
            ("abcdefghij klmnop ", "ŵŷâêîôû łódź ", "Ελληνικά ", "中文日本語 🙂 ")
        )
        notes.append(
            Note(
                id=new_id(rng),
                text=f"[{i}] " + "".join(rng.choice(alphabet) for _ in range(size)),
                x=x,
                y=y,
                colour=rng.choice(PALETTE).key,
                author_id=rng.choice(participants).id,
                co=STAR.co_at(x, y),
                step=rng.choice((Step.MAP, Step.MAP, Step.FOCUS)),
                group_id=rng.choice(cards).id if rng.random() < 0.1 else None,
                impact=rng.choice((None, None, 1, 3, 5)),
                shortlisted=rng.random() < 0.05,
            )
        )
    votable = [n.id for n in cards + notes if n.group_id is None]
    ids = [n.id for n in notes]
    wf = WorkshopFile.create(path, Workshop(title="A large workshop"))
    try:
        with wf.transaction():
            for p in participants:
                wf.add_participant(p)
            wf.add_notes(cards + notes)
            wf.add_votes(
                Vote(
                    id=new_id(rng),
                    note_id=rng.choice(votable),
                    voter_id=rng.choice(participants).id,
                )
                for _ in range(400)
            )
            for i in range(5):
                wf.add_person(
                    CoProducer(
                        id=new_id(rng),
                        role=f"Role {i}",
                        note_ids=rng.sample(ids, rng.randint(10, 40)),
                    )
                )
            for i in range(3):
                wf.add_market_item(MarketItem(id=new_id(rng), sceptic_says=f"Worry {i}"))
            wf.add_actions(
                [
                    Action(
                        id=new_id(rng),
                        action=f"Action {i}",
                        co=rng.choice(list(Co)),
                        note_ids=rng.sample(ids, rng.randint(5, 15)),
                    )
                    for i in range(8)
                ]
            )
    finally:
        wf.close()
    return path


class GesturePool(WarmPool):
    """A :class:`WarmPool` of gesture_driver children."""

    def __init__(self, path: Path, size: int):
        self.args, self.env = (str(path),), None
        self.ready = deque(self._start() for _ in range(size))

    def _start(self) -> Child:
        return Child(*self.args, module=MODULE)

    def take(self, more_needed: bool = True) -> Child:
        child = self.ready.popleft()
        if more_needed:
            self.ready.append(self._start())
        child.expect("WARM")
        return child


def _expect(child: Child, word: str) -> None:
    """Wait for the child's next line that starts with ``word``; if it ends first, say why."""
    try:
        child.expect(word)
    except AssertionError:
        child.kill()
        lines, stderr = child.finish()
        raise AssertionError(f"child ended before {word}: {lines[-5:]} {stderr}") from None


def _read(lines: list[str]):
    """The child's report: BEFORE and COMMIT digests by gesture, the gestures DONE, names."""
    befores, commits, done, names = {}, defaultdict(list), set(), {}
    for line in lines:
        words = line.split()
        if not words:
            continue
        assert words[0] in ("WARM", "BEFORE", "COMMIT", "DONE"), f"child said {line!r}"
        if words[0] == "BEFORE":
            befores[int(words[1])], names[int(words[1])] = words[2], words[3]
        elif words[0] == "COMMIT":
            commits[int(words[1])].append(words[2])
        elif words[0] == "DONE":
            done.add(int(words[1]))
    return befores, commits, done, names


def test_gestures_are_all_or_nothing_under_sigkill(big_workshop, tmp_path):
    path = tmp_path / "big.costar"
    shutil.copyfile(big_workshop, path)
    journal = Path(f"{path}-journal")
    rng = random.Random(SEED)
    with WorkshopFile.open(path) as wf:
        known = canonical_digest(wf.conn)  # the file as the last round left it
    landed: Counter = Counter()
    killed_in: Counter = Counter()
    gestures_done = 0
    pool = GesturePool(path, size=3)
    try:
        for round_ in range(KILLS):
            child = pool.take(more_needed=round_ < KILLS - 3)
            child.go(rng.randrange(2**32))
            aim = rng.random()
            if aim < 0.1:  # while it opens the file (which the last round rolled back)
                time.sleep(rng.uniform(0, 0.1))
            else:
                for _ in range(rng.randint(0, 3)):
                    _expect(child, "DONE")
                if aim < 0.4:  # right on a commit: before, during or after it
                    _expect(child, "COMMIT")
                    time.sleep(rng.choice((0, rng.uniform(0, 0.003))))
                else:  # anywhere from the start of a gesture on: inside it, mostly
                    _expect(child, "BEFORE")
                    time.sleep(rng.uniform(0, 0.03))
            child.kill()
            lines, stderr = child.finish()
            assert "Traceback" not in stderr, stderr
            befores, commits, done, names = _read(lines)
            torn = journal.exists() and journal.stat().st_size > 0

            with WorkshopFile.open(path) as wf:  # rolls back what the kill cut off
                assert wf.integrity_ok(), f"round {round_}"
                found = canonical_digest(wf.conn)

            where = f"round {round_}"
            if not befores:
                expected, moment = {known}, "while opening"
            else:
                last = max(befores)
                assert sorted(befores) == list(range(last + 1)), where
                assert befores[0] == known, f"{where}: the child did not open what was there"
                for k in range(last):  # every finished gesture: one commit, the next starts there
                    assert k in done and len(commits[k]) == 1, (where, k, names[k], commits[k])
                    assert befores[k + 1] == commits[k][0], (where, k, names[k])
                assert len(commits[last]) <= 1, (where, names[last], "committed twice")
                before = befores[last]
                after = commits[last][0] if commits[last] else None
                where += f", gesture {last} ({names[last]})"
                if last in done:
                    assert after is not None, f"{where}: DONE without a commit"
                    expected, moment = {after}, "between gestures (after DONE)"
                elif after is not None:
                    expected, moment = {before, after}, "after a COMMIT line"
                    killed_in[names[last]] += 1
                else:
                    expected, moment = {before}, "inside a gesture, before its commit"
                    killed_in[names[last]] += 1
                gestures_done += len(done)
            assert found in expected, (
                f"{where}: after the kill ({moment}) the file is neither as before the "
                f"gesture nor as after it: half a gesture was saved"
            )
            if moment == "after a COMMIT line":
                moment += ": gesture kept" if found == after else ": gesture rolled back"
            landed[moment] += 1
            landed["with a journal left to roll back"] += torn
            known = found
    finally:
        pool.close()

    before_commit = landed["inside a gesture, before its commit"]
    after_commit = (
        landed["after a COMMIT line: gesture kept"]
        + landed["after a COMMIT line: gesture rolled back"]
    )
    print(
        f"\n{KILLS} kills (seed {SEED}), {gestures_done} gestures done; "
        f"{before_commit + after_commit} killed with a gesture in progress:"
    )
    for moment, n in sorted(landed.items()):
        print(f"  {n:4} {moment}")
    print("  gestures killed part-way:", dict(sorted(killed_in.items())))
    assert before_commit > 0, "no kill landed inside a gesture: the test tested nothing"
    assert after_commit > 0, "no kill landed between a COMMIT line and DONE"
