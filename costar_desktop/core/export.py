"""Export a workshop as JSON, CSV or Markdown, in a documented and stable shape.

The shapes are described in ``docs/file-format.md`` ("Exports"). Fields are only
ever added, never renamed or removed, within one ``format_version``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from costar_desktop import __version__
from costar_desktop.core.model import Note, WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER

EXPORT_FORMAT_VERSION = 1
FORMATS = ("json", "csv", "md")

WORKSHOP_FIELDS = ("id", "title", "date", "venue", "organisation", "facilitator", "created", "updated")
PARTICIPANT_FIELDS = ("id", "name", "kind", "is_group", "created", "updated")
NOTE_FIELDS = ("id", "text", "co", "step", "author", "author_id", "colour",
               "x", "y", "width", "height", "created", "updated")


def _workshop_dict(data: WorkshopData) -> dict[str, Any]:
    w = data.workshop
    return {f: getattr(w, f) for f in WORKSHOP_FIELDS}


def _participant_dicts(data: WorkshopData) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name, "kind": p.kind.value, "is_group": p.is_group,
         "created": p.created, "updated": p.updated}
        for p in data.participants
    ]


def _note_dict(note: Note, data: WorkshopData) -> dict[str, Any]:
    author = data.participant(note.author_id)
    return {
        "id": note.id,
        "text": note.text,
        "co": note.co.value if note.co else None,
        "step": note.step.value,
        "author": author.name if author else None,
        "author_id": note.author_id,
        "colour": note.colour,
        "x": round(note.x, 2),
        "y": round(note.y, 2),
        "width": round(note.width, 2),
        "height": round(note.height, 2),
        "created": note.created,
        "updated": note.updated,
    }


def to_dict(data: WorkshopData) -> dict[str, Any]:
    """The whole workshop as one JSON-ready object."""
    return {
        "format": "costar-export",
        "format_version": EXPORT_FORMAT_VERSION,
        "app_version": __version__,
        "workshop": _workshop_dict(data),
        "participants": _participant_dicts(data),
        "notes": [_note_dict(n, data) for n in data.notes],
    }


def to_json(data: WorkshopData) -> str:
    return json.dumps(to_dict(data), ensure_ascii=False, indent=2) + "\n"


def _csv_text(fields: tuple[str, ...], records: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})
    return buf.getvalue()


def to_csv_tables(data: WorkshopData) -> dict[str, str]:
    """One CSV text per table: ``workshop.csv``, ``participants.csv``, ``notes.csv``."""
    return {
        "workshop.csv": _csv_text(WORKSHOP_FIELDS, [_workshop_dict(data)]),
        "participants.csv": _csv_text(PARTICIPANT_FIELDS, _participant_dicts(data)),
        "notes.csv": _csv_text(NOTE_FIELDS, [_note_dict(n, data) for n in data.notes]),
    }


def _md_escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "  \n  ")


def to_markdown(data: WorkshopData) -> str:
    """A readable summary: details, participants, then notes by Co and step."""
    w = data.workshop
    lines = [f"# {_md_escape(w.title)}", ""]
    for label, value in (("Date", w.date), ("Venue", w.venue),
                         ("Organisation", w.organisation), ("Facilitator", w.facilitator)):
        if value:
            lines.append(f"- **{label}:** {_md_escape(value)}")
    lines += ["", "## Participants and groups", ""]
    if data.participants:
        for p in data.participants:
            kind = p.kind.label + (" (group)" if p.is_group else "")
            lines.append(f"- {_md_escape(p.name)} – {kind}")
    else:
        lines.append("_No participants recorded._")
    sections: list[tuple[str, list[Note]]] = [
        (co.label, [n for n in data.notes if n.co == co]) for co in CO_ORDER
    ]
    sections.append(("Parking area (no Co yet)", [n for n in data.notes if n.co is None]))
    for heading, notes in sections:
        lines += ["", f"## {heading}", ""]
        if not notes:
            lines.append("_No notes._")
            continue
        for step in STEP_ORDER:
            step_notes = [n for n in notes if n.step == step]
            if not step_notes:
                continue
            lines += [f"### {step.label}", ""]
            for n in step_notes:
                author = data.participant(n.author_id)
                by = f" — _{_md_escape(author.name)}_" if author else ""
                lines.append(f"- {_md_escape(n.text)}{by}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_export(data: WorkshopData, fmt: str, out: Path | None) -> list[Path]:
    """Write an export; ``out`` None means standard output (not for CSV). Returns files written."""
    if fmt == "json":
        text = to_json(data)
    elif fmt == "md":
        text = to_markdown(data)
    elif fmt == "csv":
        if out is None:
            raise ValueError("CSV export writes one file per table: give a folder with -o.")
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, content in to_csv_tables(data).items():
            target = out / name
            target.write_text(content, encoding="utf-8-sig", newline="")
            written.append(target)
        return written
    else:
        raise ValueError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if out is None:
        import sys

        sys.stdout.write(text)
        return []
    out.write_text(text, encoding="utf-8")
    return [out]
