"""`make bench`: run every benchmarks/bench_*.py, print one table, write results.json.

Each bench module has ``run() -> list[dict]``; a row holds
``what``, ``ours``, ``baseline`` (or None), ``ratio`` (or None), ``unit``, ``target`` (text)
and ``ok`` (True/False/None when there is no target). Figures go into docs/performance.md
by hand, with the machine and the date.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _modules(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if names:
        found = [p for p in found if any(n in p.stem for n in names)]
    return found


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fmt(value, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:,.3f} {unit}" if value < 10 else f"{value:,.1f} {unit}"


def _load_average() -> str:
    """The machine's load while measuring (figures depend on it; see docs/performance.md)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    for path in _modules(argv):
        print(f"running {path.stem} …", file=sys.stderr)
        started = time.perf_counter()
        try:
            rows += _load(path).run()
        except Exception as exc:  # noqa: BLE001 - one benchmark that cannot run must not hide the rest
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"{path.stem} could not run: {reason}", file=sys.stderr)
            rows.append(
                {
                    "what": f"{path.stem}: not run (see above)",
                    "ours": None,
                    "baseline": None,
                    "ratio": None,
                    "unit": "",
                    "target": "",
                    "ok": None,
                }
            )
        print(f"  {path.stem}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    width = max([len(r["what"]) for r in rows] + [4])
    print(f"\nload average {_load_average()}", file=sys.stderr)
    print(f"{'what':<{width}}  {'ours':>14}  {'baseline':>14}  {'ratio':>7}  target")
    for r in rows:
        ratio = "–" if r.get("ratio") is None else f"{r['ratio']:.2f}×"
        mark = {True: "ok", False: "MISSED", None: ""}[r.get("ok")]
        print(
            f"{r['what']:<{width}}  {_fmt(r['ours'], r['unit']):>14}  "
            f"{_fmt(r.get('baseline'), r['unit']):>14}  {ratio:>7}  {r['target']} {mark}"
        )
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE
        ).stdout.strip()
    except OSError:
        commit = ""
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "commit": commit,
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
        "load_average": _load_average(),
        "rows": rows,
    }
    (HERE / "results.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    missed = [r["what"] for r in rows if r.get("ok") is False]
    if missed:
        print(f"\n{len(missed)} target(s) missed: {', '.join(missed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
