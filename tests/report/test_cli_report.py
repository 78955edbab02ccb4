"""`costar report`, run as an organiser would: a separate process, no display."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader

from costar_desktop.storage import WorkshopFile
from tests.report.conftest import mixed_workshop
from tests.test_cli import costar


def _pages(path) -> int:
    return len(PdfReader(str(path)).pages)


def test_report_of_one_file(tmp_path, demo_file):
    out = tmp_path / "plan.pdf"
    result = costar(
        "report",
        demo_file,
        "--kind",
        "action-plan",
        "--paper",
        "letter",
        "--group-by",
        "date",
        "-o",
        out,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert float(reader.pages[0].mediabox.width) == 792.0
    assert "Due in December 2026" in reader.pages[0].extract_text()


def test_several_files_at_once_make_one_pdf_each(tmp_path, demo_file):
    other = tmp_path / "other.costar"
    WorkshopFile.create(other, data=mixed_workshop()).close()
    folder = tmp_path / "out"
    result = costar(
        "report", demo_file, other, "--kind", "report", "--easy-read", "-o", f"{folder}/"
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in folder.iterdir())
    assert made == ["demo-report-easy-read.pdf", "other-report-easy-read.pdf"]
    assert all(_pages(folder / name) >= 4 for name in made)


def test_templates_need_no_workshop(tmp_path):
    out = tmp_path / "templates.pdf"
    result = costar("report", "--kind", "templates", "-o", out)
    assert result.returncode == 0, result.stderr
    assert _pages(out) == 3


def test_errors_are_one_plain_sentence(tmp_path, demo_file):
    cases = [
        (["report", "--kind", "report", "-o", tmp_path / "x.pdf"], "Give the workshop file"),
        (
            ["report", tmp_path / "missing.costar", "--kind", "report", "-o", tmp_path / "x.pdf"],
            "no file called",
        ),
        (["report", demo_file, demo_file, "--kind", "report", "-o", tmp_path / "o"], "same name"),
        (
            [
                "report",
                demo_file,
                "--kind",
                "report",
                "-o",
                tmp_path / "nofolder" / "deeper" / "x.pdf",
            ],
            None,
        ),
    ]
    for args, message in cases[:3]:
        result = costar(*args)
        assert result.returncode == 1
        assert result.stderr.startswith("costar: ") and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    # A missing output folder is created.
    result = costar(*cases[3][0])
    assert result.returncode == 0, result.stderr


def test_report_does_not_load_qt():
    code = (
        "import sys\n"
        "from costar_desktop import cli\n"
        "from costar_desktop.report import build_pdf\n"
        "from costar_desktop.core.demo import demo_workshop\n"
        "import io; build_pdf(demo_workshop(), 'report', io.BytesIO())\n"
        "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


def test_importing_the_report_package_does_not_load_reportlab():
    code = (
        "import sys\n"
        "import costar_desktop.report, costar_desktop.cli\n"
        "print(any(m.startswith('reportlab') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
