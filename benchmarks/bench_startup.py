"""Start-up and memory: `costar FILE` against a bare PySide6 window, whole processes.

Each start is a new process timed from outside, from launch until the process ends
right after its first paint (COSTAR_QUIT_AFTER_FIRST_PAINT, see
costar_desktop/ui/shell/startup_probe.py; the baseline, benchmarks/bare_window.py, stops the
same way). So a figure covers starting Python, importing Qt and our code, opening the
file, building the window and drawing the star with every note.

- the sample workshop (`costar demo`, 33 notes);
- a generated workshop with 5,000 notes and 200 actions (`costar demo --notes 5000
  --actions 200`), and the peak memory (resident set) of that process.

Two reference rows (no target) put the same starts beside benchmarks/plain_window.py:
plain PySide6 building a window with CoStar's parts (menus, tool bar, docks, status bar,
a star and one rect + text item per note of the same file). They show how much of each
start is Qt's own work for what the window shows, which the bare window never pays.

One warm-up start of each, then RUNS starts of each in turn, so all of them see the same
machine; the median is reported. Python's bytecode cache is allowed (a user's Python
writes it on the first start), even where the environment turns it off.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 5
BIG_NOTES, BIG_ACTIONS = 5000, 200
START_RATIO = 2.0
OPEN_RATIO = 2.5
MEMORY_MB = 300.0


def _environment(tmp: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        COSTAR_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        COSTAR_QUIT_AFTER_FIRST_PAINT="1",
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# Linux counts a process's memory from before its exec() in its peak (ru_maxrss), so a
# child forked from this (large) benchmark process would report at least our own size.
# A small launcher process starts each measured process and reports its time and peak.
_LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - started
scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB on Linux
print(elapsed, usage.ru_maxrss * scale, os.waitstatus_to_exitcode(status))
"""


def start_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launch to the end of the process, and its peak memory in MB."""
    with tempfile.TemporaryFile() as err:
        if hasattr(os, "wait4") and hasattr(os, "posix_spawn"):
            out = subprocess.run(
                [sys.executable, "-c", _LAUNCHER, *cmd],
                env=env,
                timeout=120,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
            elapsed, peak, code = out.stdout.split()[-3:]
            elapsed, peak, code = float(elapsed), float(peak) / 1e6, int(code)
        else:
            started = time.perf_counter()
            code = subprocess.run(
                cmd, env=env, timeout=120, stdout=subprocess.DEVNULL, stderr=err
            ).returncode
            elapsed, peak = time.perf_counter() - started, None
        if code != 0:
            err.seek(0)
            raise RuntimeError(
                f"{cmd} failed ({code}):\n" + err.read().decode("utf-8", "replace")[-2000:]
            )
    return elapsed, peak


def _make_workshops(tmp: Path, env: dict[str, str]) -> tuple[Path, Path]:
    sample, big = tmp / "sample.costar", tmp / "big.costar"
    costar = [sys.executable, "-m", "costar_desktop"]
    subprocess.run([*costar, "demo", str(sample)], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [*costar, "demo", str(big), "--notes", str(BIG_NOTES), "--actions", str(BIG_ACTIONS)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return sample, big


def measure(runs: int = RUNS) -> dict[str, dict[str, float | None]]:
    """Median seconds and peak MB for the bare window, the sample and the big workshop."""
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as name:
        tmp = Path(name)
        env = _environment(tmp)
        sample, big = _make_workshops(tmp, env)
        commands = {
            "bare": [sys.executable, str(HERE / "bare_window.py")],
            "sample": [sys.executable, "-m", "costar_desktop", str(sample)],
            "big": [sys.executable, "-m", "costar_desktop", str(big)],
            # References, not targets: plain Qt building a window with the same parts.
            "plain_sample": [sys.executable, str(HERE / "plain_window.py"), str(sample)],
            "plain_big": [sys.executable, str(HERE / "plain_window.py"), str(big)],
        }
        for cmd in commands.values():
            start_once(cmd, env)  # bytecode caches, the disk cache, font caches
        seen: dict[str, list[tuple[float, float | None]]] = {k: [] for k in commands}
        for _ in range(runs):
            for key, cmd in commands.items():
                seen[key].append(start_once(cmd, env))
    result = {}
    for key, values in seen.items():
        peaks = [p for _, p in values if p is not None]
        result[key] = {
            "seconds": statistics.median(t for t, _ in values),
            "peak_mb": statistics.median(peaks) if peaks else None,
        }
    return result


def run() -> list[dict]:
    m = measure()
    bare, sample, big = m["bare"]["seconds"], m["sample"]["seconds"], m["big"]["seconds"]
    rows = [
        {
            "what": "start to painted window, sample workshop",
            "ours": sample,
            "baseline": bare,
            "ratio": sample / bare,
            "unit": "s",
            "target": f"≤ {START_RATIO}× bare window",
            "ok": sample / bare <= START_RATIO,
        },
        {
            "what": f"open {BIG_NOTES:,} notes until the canvas is painted",
            "ours": big,
            "baseline": bare,
            "ratio": big / bare,
            "unit": "s",
            "target": f"≤ {OPEN_RATIO}× bare window",
            "ok": big / bare <= OPEN_RATIO,
        },
    ]
    # What plain Qt needs for the same window (benchmarks/plain_window.py): how much of
    # each start is the libraries' own work. Shown for reading the rows above; no target.
    for key, label in (("sample", "start, sample workshop"), ("big", f"open {BIG_NOTES:,} notes")):
        plain = m[f"plain_{key}"]["seconds"]
        rows.append(
            {
                "what": f"{label}: against plain Qt with the same parts",
                "ours": m[key]["seconds"],
                "baseline": plain,
                "ratio": m[key]["seconds"] / plain,
                "unit": "s",
                "target": f"(reference; plain Qt is {plain / bare:.1f}× the bare window)",
                "ok": None,
            }
        )
    peak, bare_peak = m["big"]["peak_mb"], m["bare"]["peak_mb"]
    if peak is not None:
        rows.append(
            {
                "what": f"peak memory, {BIG_NOTES:,} notes open",
                "ours": peak,
                "baseline": bare_peak,
                "ratio": peak / bare_peak,
                "unit": "MB",
                "target": f"≤ {MEMORY_MB:.0f} MB",
                "ok": peak <= MEMORY_MB,
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
