"""The app's side of the room's load test, for bench_room.py.

``python benchmarks/room_load.py WORKDIR SECONDS PHONES`` (offscreen): a window with a
2,000-note workshop at the Focus step opens its room on 127.0.0.1, starts
benchmarks/room_phones.py against it, and while the phones run measures the Qt event
loop's lag (a 5 ms timer's lateness) and the process's CPU time. Then it closes the room
and checks the workshop file against what each phone was told: notes lost, notes stored
twice, dots lost or counted twice. One JSON line on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = 2000
TICK_MS = 5


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(workdir: Path, seconds: float, phones: int) -> dict:
    from PySide6.QtCore import QSettings, QTimer

    from costar_desktop.core.demo import large_workshop
    from costar_desktop.core.model import Step
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.ui.shell.app import WindowRegistry, create_application

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(workdir))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    os.environ["COSTAR_DATA_DIR"] = str(workdir / "data")
    app = create_application()
    path = workdir / "room.costar"
    data = large_workshop(NOTES, action_count=50)
    data.workshop.current_step = Step.FOCUS
    data.workshop.vote_budget = 5
    WorkshopFile.create(path, data=data).close()
    window = WindowRegistry().new_window()
    window.resize(1920, 1080)
    window.show()
    window.open_path(path)
    app.processEvents()
    assert window.room.open_room("127.0.0.1", 0)
    room = window.room.controller
    # To a file, not a pipe: what 200 phones report is far more than a pipe holds, and the
    # phones would wait to write it while this process waits for them to end.
    told_path = workdir / "phones.json"
    told_file = told_path.open("w", encoding="utf-8")
    phones_run = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "room_phones.py"),
            str(room.server.port),
            room.join_code,
            str(seconds),
            str(phones),
        ],
        stdout=told_file,
    )
    lags: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lags.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    cpu_before, wall_before = _cpu(), time.perf_counter()
    timer.start()
    while phones_run.poll() is None:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    cpu = (_cpu() - cpu_before) / (time.perf_counter() - wall_before)
    told_file.close()
    told = json.loads(told_path.read_text(encoding="utf-8").splitlines()[-1])
    for _ in range(20):  # what is still in the queue is written
        app.processEvents()
        time.sleep(0.01)
    document = window.document
    voters = {p["token"]: room.participant_of(p["token"]) for p in told["phones"]}
    window.room.close_room()
    texts = [n.text for n in document.store.inbox()] + [n.text for n in document.store.notes()]
    received = {text for p in told["phones"] for text in p["received"].values()}
    stored = {t: texts.count(t) for t in set(texts) if t.startswith("Phone ")}
    lost = len(received - set(stored))
    twice = sum(n - 1 for n in stored.values() if n > 1)
    votes = document.store.votes()
    dots_wrong = 0
    for phone in told["phones"]:
        voter = voters.get(phone["token"])
        have = sum(1 for v in votes if v.voter_id == voter) if voter else 0
        dots_wrong += abs(have - sum(phone["mine"].values()))
    latencies = sorted(x for p in told["phones"] for x in p["latencies"])
    window.close()
    return {
        "notes_received": len(received),
        "notes_lost": lost,
        "notes_twice": twice,
        "dots_given": len(votes),
        "dots_wrong": dots_wrong,
        "requests": len(latencies),
        "resends": sum(p["resends"] for p in told["phones"]),
        "latencies_ms": [x * 1000 for x in latencies],
        "lag_ms": lags,
        "cpu_share": cpu,
    }


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]))
    print(json.dumps(result))
