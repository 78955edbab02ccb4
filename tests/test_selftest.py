"""`costar --self-test`: one line per check, and a non-zero exit when any check fails."""

import importlib.util
import io
import os
import subprocess
import sys

import pytest

from costar_desktop import selftest

# The self-test starts the room's server on 127.0.0.1 (its "room server" check): here, as
# under tests/room, sockets are allowed to 127.0.0.1 alone.
from tests.room.conftest import no_network  # noqa: F401

REPORT_AVAILABLE = importlib.util.find_spec("costar_desktop.report") is not None


def _run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def test_every_check_but_the_pdfs_passes_here(qapp):
    code, lines = _run()
    assert lines[0].startswith("CoStar Desktop ") and "self-test" in lines[0]
    checks = [line for line in lines[1:-1]]
    names = [line.split(":", 1)[0][6:] for line in checks]
    for name in (
        "resources",
        "Qt platforms",
        "step panels",
        "create workshop",
        "add notes",
        "move note",
        "delete and undo",
        "render canvas",
        "read back",
        "sample workshop",
        "export JSON",
        "room dialog",
        "breakout tables",
    ):
        assert name in names
        assert checks[names.index(name)].startswith("ok  "), checks[names.index(name)]
    pdf_lines = [line for line in checks if line.split(":", 1)[0][6:].startswith("PDF")]
    if REPORT_AVAILABLE:
        from costar_desktop.report import KINDS

        # One line per kind of PDF, each kind named (the outline joined them in issue 29).
        assert [line.split(":", 1)[0][10:] for line in pdf_lines] == list(KINDS)
        assert all(line.startswith("ok  ") for line in pdf_lines)
        assert any(line.startswith("ok    print pages: page 1 of ") for line in checks)
        assert code == 0 and lines[-1] == "self-test passed"
    else:
        # Until the report module lands, the self-test says so and fails: never a fake pass.
        assert pdf_lines == [line for line in checks if line.startswith("FAIL")]
        assert "report module not available" in pdf_lines[0]
        assert code == 1 and lines[-1].startswith("self-test FAILED: 1 check")


def test_a_failing_check_fails_the_run_and_says_why(qapp, monkeypatch):
    def broken(self):
        raise selftest.CheckFailed("the sky fell")

    monkeypatch.setattr(selftest.SelfTest, "check_move", broken)
    code, lines = _run()
    assert code == 1
    assert any(line.startswith("FAIL  move note: the sky fell") for line in lines)
    # The checks after it still run.
    assert any(line.startswith("ok    read back") for line in lines)


def test_a_panel_that_cannot_be_made_fails_the_run(qapp, monkeypatch):
    from costar_desktop.ui.steps import panels
    from costar_desktop.ui.steps.inspiration import InspirationPanel

    class BrokenPanel(InspirationPanel):
        def __init__(self):
            raise ImportError("No module named 'something_the_bundle_lacks'")

    monkeypatch.setattr(panels, "PANEL_CLASSES", (*panels.PANEL_CLASSES, BrokenPanel))
    code, lines = _run()
    assert code == 1
    line = next(line for line in lines if line.startswith("FAIL  step panels:"))
    assert "the BrokenPanel panel cannot be made" in line


def test_a_windowed_run_keeps_its_lines_in_the_data_folder(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)  # a windowed Windows exe has no standard output
    code = selftest.run_self_test()
    kept = (tmp_path / "self-test.txt").read_text(encoding="utf-8").splitlines()
    assert kept[0].startswith("CoStar Desktop ") and "self-test" in kept[0]
    assert any(line.startswith("ok    create workshop") for line in kept)
    assert (code == 0) == (kept[-1] == "self-test passed")


def test_an_unexpected_error_becomes_a_line_too(qapp, monkeypatch):
    def crash(self):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(selftest.SelfTest, "check_json", crash)
    code, lines = _run()
    assert code == 1
    assert "FAIL  export JSON: ZeroDivisionError: division by zero" in "\n".join(lines)


def test_a_missing_document_fails_the_checks_that_need_it(qapp, monkeypatch):
    def refuse(self):
        raise selftest.CheckFailed("disk full")

    monkeypatch.setattr(selftest.SelfTest, "check_create", refuse)
    code, lines = _run()
    text = "\n".join(lines)
    assert code == 1
    assert "FAIL  add notes: no open workshop (an earlier check failed)" in text


def test_qt_that_cannot_load_is_one_plain_failure(monkeypatch):
    def no_qt():
        raise ImportError("libGL.so.1: cannot open shared object file")

    monkeypatch.setattr(selftest, "_application", no_qt)
    code, lines = _run()
    assert code == 1
    assert lines[1] == (
        "FAIL  Qt: could not start (libGL.so.1: cannot open shared object "
        "file); see the system packages in the README"
    )


def test_pdf_check_rejects_a_file_that_is_not_a_pdf(tmp_path):
    test = selftest.SelfTest(tmp_path)
    test.data = object()

    def fake_build(data, kind, out_path, **kwargs):
        out_path.write_bytes(b"not a pdf")

    check = test._pdf_check(fake_build, "report")
    with pytest.raises(selftest.CheckFailed, match="not a complete PDF"):
        check()


def test_pdf_check_accepts_a_complete_pdf(tmp_path):
    test = selftest.SelfTest(tmp_path)
    test.data = object()
    seen = []

    def fake_build(data, kind, out_path, **kwargs):
        seen.append((data, kind))
        out_path.write_bytes(b"%PDF-1.4\n" + b"x" * 2048 + b"\n%%EOF\n")

    assert test._pdf_check(fake_build, "action-plan")().endswith("KB")
    assert seen == [(test.data, "action-plan")]


def test_print_check_needs_the_pdf_it_draws(tmp_path):
    with pytest.raises(selftest.CheckFailed, match="no action-plan.pdf to draw"):
        selftest.SelfTest(tmp_path).check_print_pages("action-plan")


def test_command_line_flag_runs_it_in_a_new_process():
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    out = subprocess.run(
        [sys.executable, "-m", "costar_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert out.returncode == (0 if REPORT_AVAILABLE else 1), out.stderr
    assert "ok    render canvas" in out.stdout
    assert out.stdout.rstrip().splitlines()[-1].startswith("self-test ")
