"""Read aloud: finding the computer's voice and giving it the words (ui/shell/speech.py).

The voice programs themselves (espeak-ng, say, PowerShell) are not run here: a small Python
program stands in for them and writes what it was given to a file.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from costar_desktop.ui.shell import speech
from costar_desktop.ui.shell.speech import MAX_CHARS, Voice, VoiceProgram, find_voice, spoken_text


def _fake_voice(tmp_path: Path, name: str = "fake", code: int = 0, wait: bool = False):
    """A voice program that writes its standard input to NAME-heard.txt and its process id
    to NAME-pid.txt (and then, if ``wait``, goes on until it is killed)."""
    out = tmp_path / f"{name}-heard.txt"
    pid = tmp_path / f"{name}-pid.txt"
    script = tmp_path / f"{name}.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, sys, time
            data = sys.stdin.buffer.read()
            open({str(pid)!r}, "w").write(str(os.getpid()))
            open({str(out)!r}, "wb").write(data)
            while {wait!r}:
                time.sleep(0.05)
            sys.exit({code})
            """
        ),
        encoding="utf-8",
    )
    return VoiceProgram(sys.executable, (str(script),), name), out


def _gone(pid_file: Path) -> bool:
    """Whether the process whose id is in ``pid_file`` has ended (and been reaped)."""
    try:
        os.kill(int(pid_file.read_text()), 0)
    except ProcessLookupError:
        return True
    return False


def test_each_system_has_its_own_voice_program(monkeypatch):
    monkeypatch.delenv("COSTAR_VOICE", raising=False)
    have = {"espeak-ng", "spd-say", "say", "powershell"}

    def which(name):
        return f"/bin/{name}" if name in have else None

    linux = find_voice("linux", which)
    assert linux is not None and linux.name == "espeak-ng" and "--stdin" in linux.arguments
    have.discard("espeak-ng")
    assert find_voice("linux", which).name == "spd-say"
    assert find_voice("darwin", which).name == "say"
    windows = find_voice("win32", which)
    assert windows is not None and windows.name == "powershell"
    # The words never go on the command line.
    assert all("Speak(" not in a or "ReadToEnd" in a for a in windows.arguments)
    have.clear()
    assert find_voice("linux", which) is None  # read aloud is then hidden


def test_costar_voice_chooses_another_program_or_none(monkeypatch):
    monkeypatch.setenv("COSTAR_VOICE", "none")
    assert find_voice("linux", lambda name: f"/bin/{name}") is None
    monkeypatch.setenv("COSTAR_VOICE", "my-voice")
    chosen = find_voice("linux", lambda name: f"/opt/{name}")
    assert chosen == VoiceProgram("/opt/my-voice", (), "my-voice")
    monkeypatch.setenv("COSTAR_VOICE", "missing")
    assert find_voice("linux", lambda name: None) is None


def test_spoken_text_is_cut_and_cleaned():
    assert (
        spoken_text("  Dementia café \x00 every Tuesday\x1b  ") == "Dementia café   every Tuesday"
    )
    long = "word " * 5000
    cut = spoken_text(long)
    assert len(cut) <= MAX_CHARS + 2 and cut.endswith(" …")
    assert spoken_text("   ") == ""


def test_the_voice_hears_the_words_on_its_standard_input(qtbot, tmp_path):
    program, heard = _fake_voice(tmp_path)
    voice = Voice(program)
    text = "Carers’ forum 🙂 — مرحبا — 你好 — नमस्ते"
    with qtbot.waitSignal(voice.speaking_changed, timeout=10_000) as started:
        assert voice.say(text)
    assert started.args == [True]
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=10_000)
    assert heard.read_text(encoding="utf-8") == text


def test_saying_something_new_stops_what_was_being_said(qtbot, tmp_path):
    slow, slow_heard = _fake_voice(tmp_path, "slow", wait=True)
    voice = Voice(slow)
    assert voice.say("first note")
    qtbot.waitUntil(slow_heard.exists, timeout=10_000)
    slow_pid = tmp_path / "slow-pid.txt"
    assert voice.speaking() and not _gone(slow_pid)
    quick, quick_heard = _fake_voice(tmp_path, "quick")
    voice.program = quick
    assert voice.say("second note")
    assert _gone(slow_pid)  # stopped at once, before the new words
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=10_000)
    assert quick_heard.read_text(encoding="utf-8") == "second note"
    # And stop() silences a voice at once.
    voice.program = slow
    slow_heard.unlink()
    voice.say("third")
    qtbot.waitUntil(slow_heard.exists, timeout=10_000)
    assert voice.speaking() and not _gone(slow_pid)
    voice.stop()
    assert not voice.speaking() and _gone(slow_pid)


def test_no_voice_or_no_words_says_nothing(tmp_path):
    assert not Voice(None).say("hello")
    assert not Voice(None).available()
    program, heard = _fake_voice(tmp_path)
    assert not Voice(program).say("  \n ")
    assert not heard.exists()


@pytest.mark.parametrize("missing", [False, True])
def test_a_voice_that_fails_gives_a_plain_message(qtbot, tmp_path, missing):
    if missing:
        program = VoiceProgram(str(tmp_path / "no-such-voice"), (), "no-such-voice")
    else:
        program, _heard = _fake_voice(tmp_path, code=2)
    voice = Voice(program)
    with qtbot.waitSignal(voice.failed, timeout=10_000) as failed:
        voice.say("hello")
    assert program.name in failed.args[0]
    assert not voice.speaking()


def test_a_frozen_app_gives_the_voice_the_systems_libraries(monkeypatch):
    monkeypatch.setattr(speech, "is_frozen", lambda: True)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/costar/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert speech.voice_environment().value("LD_LIBRARY_PATH") == "/usr/local/lib"
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert not speech.voice_environment().contains("LD_LIBRARY_PATH")
    monkeypatch.setattr(speech, "is_frozen", lambda: False)
    assert speech.voice_environment().value("LD_LIBRARY_PATH") == "/opt/costar/_internal"


# --- the window: View → Read the note aloud ------------------------------------------------


@pytest.fixture
def voiced_window(open_window, tmp_path, monkeypatch):
    """A window whose computer has a voice: a stand-in program that writes what it heard."""
    program, heard = _fake_voice(tmp_path)
    script = tmp_path / "voice"
    script.write_text(f"#!/bin/sh\nexec {program.program} {program.arguments[0]}\n")
    script.chmod(0o755)
    monkeypatch.setenv("COSTAR_VOICE", str(script))
    return open_window(), heard


def test_without_a_voice_read_aloud_is_hidden(window):
    action = window.menu_actions["view.read_aloud"]
    assert not action.isVisible()
    assert "R" not in [keys for keys, _what in window.menu_actions.help_rows()]
    window.menu_actions["view.spotlight"].trigger()
    assert not window.spotlight.view.read_aloud.isVisible()


def test_r_in_the_spotlight_reads_the_spotlighted_note(voiced_window, qtbot):
    window, heard = voiced_window
    assert window.menu_actions["view.read_aloud"].isVisible()
    assert ("R", "Read the note aloud") in window.menu_actions.help_rows()
    QTest.keyClick(window.editor.view, Qt.Key.Key_F9)
    spotlight = window.spotlight.view
    assert spotlight.isVisible() and spotlight.read_aloud.isVisible()
    QTest.keyClick(spotlight.words, Qt.Key.Key_Right)
    reading = spotlight.reading
    QTest.keyClick(spotlight.words, Qt.Key.Key_R)
    qtbot.waitUntil(heard.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not window.read_aloud.voice.speaking(), timeout=10_000)
    said = heard.read_text(encoding="utf-8")
    assert said.startswith(reading.words) and reading.lines[0] in said
    # The big button does the same; reading changes nothing in the workshop.
    heard.unlink()
    undo_count = window.document.undo_stack.count()
    spotlight.read_aloud.click()
    qtbot.waitUntil(heard.exists, timeout=10_000)
    assert window.document.undo_stack.count() == undo_count


def test_r_on_the_canvas_reads_the_selected_note(voiced_window, qtbot):
    window, heard = voiced_window
    note = next(n for n in window.document.notes.values() if not n.is_group and n.author_id)
    window.editor.scene.select_one(note.id)
    QTest.keyClick(window.editor.view, Qt.Key.Key_R)
    qtbot.waitUntil(heard.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not window.read_aloud.voice.speaking(), timeout=10_000)
    said = heard.read_text(encoding="utf-8")
    author = window.document.participants[note.author_id].name
    assert author in said and said.endswith(note.text)


def test_with_nothing_selected_the_status_bar_says_what_to_do(voiced_window):
    window, heard = voiced_window
    window.editor.scene.clearSelection()
    window.menu_actions["view.read_aloud"].trigger()
    assert "Select one note" in window.statusBar().currentMessage()
    assert not window.read_aloud.voice.speaking()
