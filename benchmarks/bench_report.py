"""Printing speed: the workshop report and the action plan against plain reportlab.

The baseline is reportlab's own Platypus building a plain document (Helvetica, no
fallback fonts, no shaping, one pass) with the same text in the same order: notes by Co,
notes by step, and the actions as a table with a repeated header. Fonts are loaded before
timing (a first PDF in a fresh process pays about 0.2 s more for that; see its own row).

The last row is `costar report` itself, a whole process (Python, reading the file, fonts,
the PDF written to disk), against a fresh Python process that reads the same file and
builds the plain document above into a file.
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from costar_desktop.core.demo import large_workshop

NOTES, ACTIONS = 1000, 200
RUNS = 3
HERE = Path(__file__).resolve().parent
CLI_RATIO, CLI_SECONDS = 5.0, 2.0


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain_report(data, with_notes: bool, out=None) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    body, head = styles["BodyText"], styles["Heading2"]
    story = []
    if with_notes:
        for order in ("co", "step"):
            story.append(Paragraph(f"Notes by {order}", styles["Heading1"]))
            key = (
                (lambda n: n.co.value if n.co else "~")
                if order == "co"
                else (lambda n: n.step.value)
            )
            for i, note in enumerate(sorted(data.notes, key=key), start=1):
                story.append(Paragraph(f"<b>{i}</b> {escape(note.text)}", body))
    story.append(Paragraph("Action plan", head))
    rows = [["Action", "First step", "Owner", "Due", "Co", "Status"]]
    for a in data.actions:
        rows.append(
            [
                Paragraph(escape(t), body)
                for t in (
                    a.action,
                    a.first_step,
                    a.owner,
                    a.due,
                    a.co.label if a.co else "–",
                    a.status.label,
                )
            ]
        )
    width = (A4[0] if with_notes else A4[1]) - 72
    story.append(
        Table(rows, colWidths=[width * f for f in (0.3, 0.25, 0.15, 0.1, 0.1, 0.1)], repeatRows=1)
    )
    SimpleDocTemplate(
        out if out is not None else io.BytesIO(), pagesize=A4 if with_notes else landscape(A4)
    ).build(story)


def _cold_start() -> float:
    code = (
        "import io, time\n"
        "from costar_desktop.core.demo import demo_workshop\n"
        "data = demo_workshop()\n"
        "t = time.perf_counter()\n"
        "from costar_desktop.report import build_pdf\n"
        "build_pdf(data, 'action-plan', io.BytesIO())\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return float(out.stdout.strip())


_PLAIN_PROCESS = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[3])\n"
    "from bench_report import _plain_report\n"
    "from costar_desktop.storage import WorkshopFile\n"
    "_plain_report(WorkshopFile.read(sys.argv[1]), True, sys.argv[2])\n"
)


def _whole_process(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        cmd, env=env, check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def _cli_row() -> dict:
    """`costar report` on a file, against plain reportlab in a fresh process; medians."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps its bytecode cache
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as name:
        tmp = Path(name)
        workshop, ours_pdf, plain_pdf = tmp / "big.costar", tmp / "ours.pdf", tmp / "plain.pdf"
        costar = [sys.executable, "-m", "costar_desktop"]
        subprocess.run(
            [*costar, "demo", str(workshop), "--notes", str(NOTES), "--actions", str(ACTIONS)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ours_cmd = [*costar, "report", str(workshop), "--kind", "report", "-o", str(ours_pdf)]
        plain_cmd = [sys.executable, "-c", _PLAIN_PROCESS, str(workshop), str(plain_pdf), str(HERE)]
        _whole_process(ours_cmd, env)  # bytecode and disk caches
        _whole_process(plain_cmd, env)
        ours, plain = [], []
        for _ in range(RUNS):
            ours.append(_whole_process(ours_cmd, env))
            plain.append(_whole_process(plain_cmd, env))
    ours_s, plain_s = statistics.median(ours), statistics.median(plain)
    return {
        "what": f"costar report, {NOTES:,} notes + {ACTIONS} actions (process)",
        "ours": ours_s,
        "baseline": plain_s,
        "ratio": ours_s / plain_s,
        "unit": "s",
        "target": f"≤ {CLI_RATIO:.0f}× plain, < {CLI_SECONDS:.0f} s",
        "ok": ours_s / plain_s <= CLI_RATIO and ours_s < CLI_SECONDS,
    }


LONG = 1_000_000


def _long_text_rows(build_pdf) -> list[dict]:
    """The sample with one note and one action of a million characters (a file changed
    outside the app), against the sample itself: what printing them up to their limits
    costs. Latin words, and Arabic without spaces (shaped, cut inside words). Each run
    starts with empty layout and shape caches, as `costar report` does."""
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.report import text

    def fresh(data, kind):
        text._LAYOUT_CACHE.clear()
        text._SHAPE_CACHE.clear()
        build_pdf(data, kind, io.BytesIO())

    rows = []
    for script, unit in (("Latin", "Peer mentors visit every week. "), ("Arabic", "نصمم")):
        long = demo_workshop()
        words = (unit * (LONG // len(unit) + 1))[:LONG]
        long.notes[0].text = long.actions[0].action = words
        plain = demo_workshop()
        for kind, target in (("report", 3.0), ("action-plan", 1.0)):
            ours = _median(lambda long=long, kind=kind: fresh(long, kind))
            base = _median(lambda plain=plain, kind=kind: fresh(plain, kind))
            rows.append(
                {
                    "what": f"{kind}, sample + 1,000,000-character {script} note and action",
                    "ours": ours,
                    "baseline": base,
                    "ratio": ours / base,
                    "unit": "s",
                    "target": f"< {target:.0f} s",
                    "ok": ours < target,
                }
            )
    return rows


def run() -> list[dict]:
    from costar_desktop.report import build_pdf

    data = large_workshop(NOTES, action_count=ACTIONS)
    build_pdf(data, "action-plan", io.BytesIO())  # load fonts once, as an open app has
    rows = []
    for what, kind, with_notes, target in (
        (f"report, {NOTES:,} notes + {ACTIONS} actions", "report", True, 2.0),
        (f"action plan, {ACTIONS} actions", "action-plan", False, 0.5),
    ):
        ours = _median(lambda kind=kind: build_pdf(data, kind, io.BytesIO()))
        base = _median(lambda with_notes=with_notes: _plain_report(data, with_notes))
        rows.append(
            {
                "what": what,
                "ours": ours,
                "baseline": base,
                "ratio": ours / base,
                "unit": "s",
                "target": f"< {target} s",
                "ok": ours < target,
            }
        )
    rows += _long_text_rows(build_pdf)
    rows.append(
        {
            "what": "first action plan in a fresh process (fonts load)",
            "ours": _cold_start(),
            "baseline": None,
            "ratio": None,
            "unit": "s",
            "target": "",
            "ok": None,
        }
    )
    rows.append(_cli_row())
    return rows
