"""Read aloud: a note spoken by the computer's own voice, offline (issue 27).

Every desktop system this app runs on already has voices, and a program that speaks with
them: Windows has its speech voices (SAPI), reached through PowerShell's System.Speech; macOS
has ``say``; Linux has eSpeak NG (``espeak-ng``), eSpeak or Speech Dispatcher (``spd-say``)
when the user installed one. We run that program, with fixed arguments and no shell, and give
it the words on its standard input — never on its command line — so nothing a note says can
become part of a command. Nothing is added to the installers, and nothing goes near a
network. Where no such program is found, read aloud is hidden.

Why not a Python speech library: pyttsx3 (the usual choice) would reach the same voices, but
on Linux it writes each sentence to a temporary file and plays it through ``os.system``, on
Windows it generates COM wrappers at run time (which a frozen app cannot write) and needs
pywin32, and on macOS it pulls in PyObjC — more to ship and more to go wrong than starting
the system's own program.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, QProcess, QProcessEnvironment, Signal

from costar_desktop.paths import is_frozen
from costar_desktop.ui.canvas import accessibility

#: A note may hold 20,000 characters; the voice reads the start of it.
MAX_CHARS = 3000

# PowerShell reads the words from its standard input as UTF-8 and speaks them with the
# default voice; it ends with 3 when Windows has no voice installed.
_POWERSHELL_SCRIPT = (
    "$ErrorActionPreference='Stop';"
    "[Console]::InputEncoding=[Text.Encoding]::UTF8;"
    "Add-Type -AssemblyName System.Speech;"
    "$s=New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    "if($s.GetInstalledVoices().Count -eq 0){exit 3};"
    "$s.Speak([Console]::In.ReadToEnd())"
)


@dataclass(frozen=True)
class VoiceProgram:
    """A program that speaks what it reads on its standard input."""

    #: The program's full path.
    program: str
    arguments: tuple[str, ...]
    #: Its name, for the menu's tip and for messages ("espeak-ng").
    name: str


def find_voice(
    platform: str | None = None, which: Callable[[str], str | None] = shutil.which
) -> VoiceProgram | None:
    """The first voice program this computer has, or None.

    ``COSTAR_VOICE`` names another program (for a voice of one's own, and for tests); it
    is given the words on its standard input like the others. ``COSTAR_VOICE=none`` turns
    read aloud off.
    """
    chosen = os.environ.get("COSTAR_VOICE", "").strip()
    if chosen.lower() == "none":
        return None
    if chosen:
        path = which(chosen)
        return VoiceProgram(path, (), os.path.basename(chosen)) if path else None
    platform = sys.platform if platform is None else platform
    candidates: list[tuple[str, tuple[str, ...]]]
    if platform.startswith("win"):
        candidates = [
            (
                "powershell",
                ("-NoProfile", "-NonInteractive", "-Command", _POWERSHELL_SCRIPT),
            )
        ]
    elif platform == "darwin":
        candidates = [("say", ("-f", "-"))]
    else:
        candidates = [
            ("espeak-ng", ("--stdin",)),
            ("espeak", ("--stdin",)),
            ("spd-say", ("--pipe-mode", "--wait")),
        ]
    for name, arguments in candidates:
        path = which(name)
        if path:
            return VoiceProgram(path, arguments, name)
    return None


def voice_environment() -> QProcessEnvironment:
    """The system's environment for the voice program: a frozen Linux app points the
    library path into its own folder, where the system's programs find the wrong libraries
    (PyInstaller keeps the original beside it)."""
    env = QProcessEnvironment.systemEnvironment()
    if is_frozen():
        original = env.value("LD_LIBRARY_PATH_ORIG", "")
        if original:
            env.insert("LD_LIBRARY_PATH", original)
        else:
            env.remove("LD_LIBRARY_PATH")
    return env


def spoken_text(text: str) -> str:
    """The words as the voice gets them: at most :data:`MAX_CHARS` characters, without
    control characters (a voice may read them out or stop at them)."""
    cleaned = "".join(
        c if c.isprintable() or c in "\n\t" else " " for c in text[: MAX_CHARS + 1]
    ).strip()
    if len(cleaned) > MAX_CHARS:
        cleaned = cleaned[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return cleaned


class Voice(QObject):
    """Says one thing at a time: saying something new stops what was being said."""

    #: Speaking started (True) or ended (False).
    speaking_changed = Signal(bool)
    #: The voice program could not be started or failed: a plain message.
    failed = Signal(str)

    def __init__(self, program: VoiceProgram | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self._process: QProcess | None = None

    def available(self) -> bool:
        return self.program is not None

    def speaking(self) -> bool:
        return (
            self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning
        )

    def say(self, text: str) -> bool:
        """Start saying ``text`` (stopping what was being said). False if there is no voice
        or nothing to say."""
        words = spoken_text(text)
        if self.program is None or not words:
            return False
        self.stop()
        process = QProcess(self)
        process.setProcessEnvironment(voice_environment())
        process.setProgram(self.program.program)
        process.setArguments(list(self.program.arguments))
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.setStandardOutputFile(QProcess.nullDevice())
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start()
        process.write(QByteArray(words.encode("utf-8")))
        process.closeWriteChannel()
        self.speaking_changed.emit(True)
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()
        self.speaking_changed.emit(False)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess) or process is not self._process:
            return  # one that was stopped
        self._process = None
        process.deleteLater()
        self.speaking_changed.emit(False)
        if status == QProcess.ExitStatus.NormalExit and code != 0 and self.program is not None:
            self.failed.emit(
                self.tr("The computer's voice (%1) could not read the note.").replace(
                    "%1", self.program.name
                )
            )

    def _error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if (
            not isinstance(process, QProcess)
            or process is not self._process
            or error != QProcess.ProcessError.FailedToStart
        ):
            return
        self._process = None
        process.deleteLater()
        self.speaking_changed.emit(False)
        if self.program is not None:
            self.failed.emit(
                self.tr("The computer's voice (%1) could not be started.").replace(
                    "%1", self.program.name
                )
            )


class ReadAloud(QObject):
    """View → Read the note aloud (R; a button in the spotlight): the spotlighted note, or
    the one selected note, said by the computer's voice (``window.read_aloud``). Hidden when
    the computer has no voice program."""

    def __init__(self, window, program: VoiceProgram | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.voice = Voice(program if program is not None else find_voice(), self)
        self.voice.failed.connect(self._failed)
        self.action = window.menu_actions.on("view.read_aloud", self.read)
        self.action.setVisible(self.voice.available())
        # Leaving the spotlight ends what it was saying.
        window.menu_actions["view.spotlight"].toggled.connect(
            lambda on: None if on else self.voice.stop()
        )

    def words(self) -> str:
        """What is read: the spotlighted note (its words, then who wrote it, its Co and
        step), else the one selected note as a screen reader names it; empty when there is
        neither."""
        spotlight = self.window.spotlight
        reading = spotlight.view.reading if spotlight.shown() and spotlight.view else None
        if reading is not None:
            return ".\n".join([reading.words, *reading.lines[:1]])
        editor = self.window.editor
        if editor is None:
            return ""
        selected = editor.selected_note_ids()
        if len(selected) != 1 or selected[0] not in editor.document.notes:
            return ""
        return accessibility.note_name(editor.document, editor.document.notes[selected[0]])

    def read(self) -> None:
        text = self.words()
        if not text.strip():
            self.window.statusBar().showMessage(
                self.tr("Select one note (or open the spotlight) to have it read aloud."), 8000
            )
            return
        self.voice.say(text)

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
