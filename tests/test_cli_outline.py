"""`costar report --kind outline`, run as an organiser would: a separate process, no display.
(5,000 notes are printed in process, in tests/report/test_outline_pdf.py.)"""

from __future__ import annotations

from pypdf import PdfReader

from costar_desktop.storage import WorkshopFile
from tests.test_cli import costar


def _text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_help_names_the_outline():
    result = costar("report", "--help")
    assert result.returncode == 0
    assert "outline" in result.stdout and "nested list" in result.stdout


def test_outline_in_large_type_and_anonymised_into_a_folder(tmp_path, demo_file):
    folder = tmp_path / "out"
    folder.mkdir()
    result = costar(
        "report", demo_file, "--kind", "outline", "--easy-read", "--anonymise", "-o", f"{folder}/"
    )
    assert result.returncode == 0, result.stderr
    assert [p.name for p in folder.iterdir()] == ["demo-outline-easy-read.pdf"]
    text = _text(folder / "demo-outline-easy-read.pdf")
    assert "Our board as a list" in text and "Group: " in text
    for person in WorkshopFile.read(demo_file).participants:
        assert person.name not in text


def test_outline_needs_a_workshop_file(tmp_path):
    result = costar("report", "--kind", "outline", "-o", tmp_path / "x.pdf")
    assert result.returncode == 1
    assert result.stderr.strip() == "costar: Give the workshop file to print the outline from."
