"""Packaging budget: the frozen app's size on disk and its start-up against the source.

- the one-folder app (dist/costar-desktop/) under 150 MB;
- the Linux .tar.gz under 70 MB;
- launch to a painted main window (the sample workshop open) no more than 1.3× the same
  start from source. Each start is a whole new process, timed from outside: the app is
  told to quit right after its first paint (COSTAR_QUIT_AFTER_FIRST_PAINT), so the time
  covers loading Python and Qt, opening the file and drawing the star. One warm-up, then
  the median of RUNS starts, alternating frozen and source so both see the same machine.

Builds dist/ first (packaging/build.py) when it is missing. MB here is 1,000,000 bytes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "costar-desktop"
RUNS = 7
SIZE_BUDGET_MB = 150.0
TARBALL_BUDGET_MB = 70.0
START_RATIO_BUDGET = 1.3


def _executable() -> Path:
    return APP / ("costar.exe" if sys.platform == "win32" else "costar")


def _tarball() -> Path | None:
    found = sorted(DIST.glob("costar-desktop-*-linux-*.tar.gz"))
    return found[-1] if found else None


def _ensure_built() -> None:
    if _executable().exists() and (_tarball() is not None or not sys.platform.startswith("linux")):
        return
    try:
        import PyInstaller  # noqa: F401 - only to know whether a build can be made here
    except ImportError:
        raise RuntimeError(
            "no build in dist/ and no PyInstaller here: run `make dist` first"
        ) from None
    print("bench_packaging: no build in dist/, running packaging/build.py …", file=sys.stderr)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)


def folder_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def _start_once(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        cmd, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def start_times(runs: int = RUNS) -> tuple[float, float]:
    """Median seconds from launch to first paint: (frozen, source)."""
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as tmp:
        env = dict(
            os.environ,
            COSTAR_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            COSTAR_QUIT_AFTER_FIRST_PAINT="1",
        )
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # As in bench_startup: the source start may write and use Python's bytecode cache,
        # as a user's Python does after its first start (the frozen app has its bytecode
        # built in). Without it every source start compiled our modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        frozen_cmd = [str(_executable()), "--sample"]
        source_cmd = [sys.executable, "-m", "costar_desktop", "--sample"]
        _start_once(source_cmd, env)  # writes the sample workshop and warms caches
        _start_once(frozen_cmd, env)
        frozen, source = [], []
        for _ in range(runs):
            frozen.append(_start_once(frozen_cmd, env))
            source.append(_start_once(source_cmd, env))
    return statistics.median(frozen), statistics.median(source)


def run() -> list[dict]:
    _ensure_built()
    rows = []
    size = folder_mb(APP)
    rows.append(
        {
            "what": "packaging: one-folder app on disk",
            "ours": size,
            "baseline": None,
            "ratio": None,
            "unit": "MB",
            "target": f"< {SIZE_BUDGET_MB:.0f} MB",
            "ok": size < SIZE_BUDGET_MB,
        }
    )
    tarball = _tarball()
    if tarball is not None:
        mb = tarball.stat().st_size / 1e6
        rows.append(
            {
                "what": "packaging: Linux .tar.gz",
                "ours": mb,
                "baseline": None,
                "ratio": None,
                "unit": "MB",
                "target": f"< {TARBALL_BUDGET_MB:.0f} MB",
                "ok": mb < TARBALL_BUDGET_MB,
            }
        )
    frozen, source = start_times()
    ratio = frozen / source
    rows.append(
        {
            "what": "packaging: start to painted window, frozen vs source",
            "ours": frozen,
            "baseline": source,
            "ratio": ratio,
            "unit": "s",
            "target": f"≤ {START_RATIO_BUDGET}× source",
            "ok": ratio <= START_RATIO_BUDGET,
        }
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
