"""Translations: complete, compiled, up to date with the code, and loaded for the language."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from costar_desktop.core.model import Co, Step
from costar_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent  # the venv's scripts: pyside6-lupdate, pyside6-lrelease


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.find("name").text or "", m.find("source").text or ""): m.find("translation")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "tools" / "check_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_german_translation_is_complete_and_keeps_placeholders_and_accelerators():
    assert _checker().check_file(TS_DIR / "costar_de.ts") == []
    german = _messages(TS_DIR / "costar_de.ts")
    assert len(german) > 400
    assert all(t is not None and t.get("type") is None and t.text for t in german.values())


def test_template_and_german_list_the_same_strings():
    assert set(_messages(TS_DIR / "costar.ts")) == set(_messages(TS_DIR / "costar_de.ts"))


def test_every_context_is_one_the_code_uses_at_run_time():
    # A context such as "", "window" or "self.panel" means lupdate saw a tr() call that
    # Qt will look up under another name: that string would never be translated.
    for ctx, _source in _messages(TS_DIR / "costar.ts"):
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", ctx), ctx


def test_the_translations_are_up_to_date_with_the_code(tmp_path):
    """`make translations` has been run: lupdate finds nothing new in the sources."""
    lupdate = str(BIN / "pyside6-lupdate")
    target = tmp_path / "check.ts"
    shutil.copy(TS_DIR / "costar.ts", target)
    sources = sorted(str(p) for p in (ROOT / "costar_desktop" / "ui").rglob("*.py"))
    out = subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert set(_messages(target)) == set(_messages(TS_DIR / "costar.ts")), (
        "Strings changed in the code: run `make translations` and translate the new ones."
    )


def test_the_compiled_german_file_matches_its_source(tmp_path):
    lrelease = str(BIN / "pyside6-lrelease")
    out = tmp_path / "de.qm"
    subprocess.run(
        [lrelease, "-removeidentical", str(TS_DIR / "costar_de.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert out.read_bytes() == (TS_DIR / "costar_de.qm").read_bytes()


@pytest.fixture
def german(qapp):
    loaded = i18n.install_translators(qapp, QLocale("de"))
    yield loaded
    i18n.install_translators(qapp, QLocale("en"))


def test_a_german_system_gets_german_words(german, registry, qtbot, demo_file, messages):
    assert any(p.endswith("costar_de.qm") for p in german)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert i18n.label(Co.DESIGN) == "Co-Gestalten" and i18n.label(Step.MAP) == "Sammeln"
    window = registry.new_window()
    qtbot.addWidget(window)
    window.show()
    window.open_path(demo_file)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&Datei"
    assert "Sammeln" in window.editor.banner.question.text()
    window.editor.start_note_at(window.editor.view.mapToScene(window.editor.view.rect().center()))
    window.editor.scene.draft.text_item.setPlainText("Hallo")
    window.editor.scene.draft.finish_editing("enter")
    assert window.undo_action.text().endswith(QCoreApplication.translate("commands", "Add note"))
    assert QCoreApplication.translate("commands", "Add note") != "Add note"


def test_without_a_translation_the_english_words_stay(qapp):
    loaded = i18n.install_translators(qapp, QLocale("fi"))
    assert not any("costar_" in p for p in loaded)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    i18n.install_translators(qapp, QLocale("en"))


def test_the_running_days_words_are_german_on_a_german_system(german):
    """The banner's words while the programme runs are made of pieces (a count, a title):
    each piece must reach lupdate as a literal, or the room reads English."""
    from costar_desktop.ui.programme.run import day_words, minutes_words, time_left_words

    said = [time_left_words(12 * 60), time_left_words(-3 * 60), day_words(6), day_words(-4)]
    said += [minutes_words(15), time_left_words(12 * 60, paused=True)]
    for english in ("left", "over", "behind", "ahead", "minutes", "paused"):
        assert not any(english in words for words in said), said
