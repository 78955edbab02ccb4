"""Read aloud: finding the computer's voice and giving it the words (ui/shell/speech.py).

The voice programs themselves (espeak-ng, say, PowerShell) are not run here: a small Python
program stands in for them and writes what it was given to a file.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from costar_desktop.ui.shell import speech
from costar_desktop.ui.shell.speech import MAX_CHARS, Voice, VoiceProgram, find_voice, spoken_text


def _fake_voice(tmp_path: Path, name: str = "fake", code: int = 0, wait: bool = False):
    """A voice program that writes its standard input to heard.txt (and then, if ``wait``,
    waits for its standard input to be closed a second time: never, so it must be killed)."""
    out = tmp_path / f"{name}-heard.txt"
    script = tmp_path / f"{name}.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys, time
            data = sys.stdin.buffer.read()
            open({str(out)!r}, "wb").write(data)
            while {wait!r}:
                time.sleep(0.05)
            sys.exit({code})
            """
        ),
        encoding="utf-8",
    )
    return VoiceProgram(sys.executable, (str(script),), name), out


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
    first = voice._process
    assert voice.speaking()
    quick, quick_heard = _fake_voice(tmp_path, "quick")
    voice.program = quick
    assert voice.say("second note")
    assert first is not None and first.state() == first.ProcessState.NotRunning
    qtbot.waitUntil(lambda: not voice.speaking(), timeout=10_000)
    assert quick_heard.read_text(encoding="utf-8") == "second note"
    # And stop() silences a voice at once.
    voice.program = slow
    voice.say("third")
    qtbot.waitUntil(lambda: voice.speaking(), timeout=10_000)
    voice.stop()
    assert not voice.speaking()


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
    assert speech._clean_environment().value("LD_LIBRARY_PATH") == "/usr/local/lib"
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert not speech._clean_environment().contains("LD_LIBRARY_PATH")
    monkeypatch.setattr(speech, "is_frozen", lambda: False)
    assert speech._clean_environment().value("LD_LIBRARY_PATH") == "/opt/costar/_internal"
