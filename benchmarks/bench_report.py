"""Printing speed: the workshop report and the action plan against plain reportlab.

The baseline is reportlab's own Platypus building a plain document (Helvetica, no
fallback fonts, no shaping, one pass) with the same text in the same order: notes by Co,
notes by step, and the actions as a table with a repeated header. Fonts are loaded before
timing (a first PDF in a fresh process pays about 0.2 s more for that; see its own row).
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import time
from xml.sax.saxutils import escape

from costar_desktop.core.demo import large_workshop

NOTES, ACTIONS = 1000, 200
RUNS = 3


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain_report(data, with_notes: bool) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    body, head = styles["BodyText"], styles["Heading2"]
    story = []
    if with_notes:
        for order in ("co", "step"):
            story.append(Paragraph(f"Notes by {order}", styles["Heading1"]))
            key = (lambda n: n.co.value if n.co else "~") if order == "co" else (lambda n: n.step.value)
            for i, note in enumerate(sorted(data.notes, key=key), start=1):
                story.append(Paragraph(f"<b>{i}</b> {escape(note.text)}", body))
    story.append(Paragraph("Action plan", head))
    rows = [["Action", "First step", "Owner", "Due", "Co", "Status"]]
    for a in data.actions:
        rows.append([Paragraph(escape(t), body) for t in
                     (a.action, a.first_step, a.owner, a.due, a.co.label if a.co else "–", a.status.label)])
    width = (A4[0] if with_notes else A4[1]) - 72
    story.append(Table(rows, colWidths=[width * f for f in (0.3, 0.25, 0.15, 0.1, 0.1, 0.1)], repeatRows=1))
    SimpleDocTemplate(io.BytesIO(), pagesize=A4 if with_notes else landscape(A4)).build(story)


def _cold_start() -> float:
    code = ("import io, time\n"
            "from costar_desktop.core.demo import demo_workshop\n"
            "data = demo_workshop()\n"
            "t = time.perf_counter()\n"
            "from costar_desktop.report import build_pdf\n"
            "build_pdf(data, 'action-plan', io.BytesIO())\n"
            "print(time.perf_counter() - t)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return float(out.stdout.strip())


def run() -> list[dict]:
    from costar_desktop.report import build_pdf

    data = large_workshop(NOTES, action_count=ACTIONS)
    build_pdf(data, "action-plan", io.BytesIO())  # load fonts once, as an open app has
    rows = []
    for what, kind, with_notes, target in (
        (f"report, {NOTES:,} notes + {ACTIONS} actions", "report", True, 2.0),
        (f"action plan, {ACTIONS} actions", "action-plan", False, 0.5),
    ):
        ours = _median(lambda: build_pdf(data, kind, io.BytesIO()))
        base = _median(lambda: _plain_report(data, with_notes))
        rows.append({"what": what, "ours": ours, "baseline": base, "ratio": ours / base, "unit": "s",
                     "target": f"< {target} s", "ok": ours < target})
    rows.append({"what": "first action plan in a fresh process (fonts load)", "ours": _cold_start(),
                 "baseline": None, "ratio": None, "unit": "s", "target": "", "ok": None})
    return rows
