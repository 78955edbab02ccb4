"""How PDFs are named: ``costar report`` into a folder and the window's proposed file name."""

from __future__ import annotations

from pathlib import Path


def pdf_name(stem: str | None, kind: str, easy_read: bool) -> str:
    """``STEM-KIND[-easy-read].pdf`` for a workshop file named ``STEM.costar``; blank templates
    printed without a workshop are ``templates[-easy-read].pdf``."""
    suffix = "-easy-read" if easy_read else ""
    if stem is None:
        return f"{kind}{suffix}.pdf"
    return f"{stem}-{kind}{suffix}.pdf"


def with_pdf_suffix(path: Path) -> Path:
    """``path``, with ``.pdf`` added when the name chosen does not end in it (any case)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
