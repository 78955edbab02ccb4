"""Fixtures for UI tests: a shown main window on a fresh copy of the sample workshop."""

from __future__ import annotations

import functools
import gc
import warnings
import weakref

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from costar_desktop.ui.shell.app import WindowRegistry, configure_application_names


@pytest.fixture
def messages(monkeypatch):
    """Collect message boxes instead of blocking on them."""
    seen: list[str] = []

    def fake(parent, title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, fake)

    def refuse(parent, title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    return seen


@pytest.fixture
def registry(qapp):
    configure_application_names()
    reg = WindowRegistry()
    yield reg
    reg.close_all()


@pytest.fixture
def open_window(qtbot, registry, demo_file, messages):
    """Makes a main window showing the sample workshop, shown and active (for a test that
    first changes what a window is made with, such as the voice program)."""

    def make():
        w = registry.new_window()
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        assert w.open_path(demo_file), messages
        w.activateWindow()
        w.editor.view.setFocus()
        qtbot.waitUntil(lambda: w.editor.view.hasFocus())
        return w

    return make


@pytest.fixture
def window(open_window):
    """A main window showing the sample workshop, shown and active."""
    return open_window()


@pytest.fixture
def restore_look(qapp):
    """The appearance (theme, sizes, colour options, captions) as it was before the test."""
    from costar_desktop.ui.appearance import appearance

    look = appearance()
    saved = {
        "theme_key": look.theme.key,
        "text_scale": look.text_scale,
        "ui_scale": look.ui_scale,
        "no_colour_only": look.no_colour_only,
        "live_captions": look.live_captions,
    }
    yield look
    look.update(**saved)


@pytest.fixture(autouse=True)
def _no_voice(monkeypatch):
    """Windows are made without a voice program, whatever this computer has, so menus and
    help are the same everywhere (tests/ui/test_speech.py gives them one of its own)."""
    monkeypatch.setenv("COSTAR_VOICE", "none")


@pytest.fixture(autouse=True)
def _default_window_layout(qapp):
    """Each test's window starts with the default size and docks: a window saves its layout
    when it closes, and the next test's window would otherwise start with it."""
    configure_application_names()
    from costar_desktop.ui import settings

    settings.settings().remove("window")
    yield


# Garbage collection between UI tests, napari-style. A full collection walks every object of
# the process (Qt, reportlab, hypothesis: ~190,000) and took ~110 ms after each test: a third
# of the UI tests' time. A window, its document and scene are freed by a young-generation
# collection (~1.5 ms) after almost every test, so that runs after each test; a full one
# runs only when something tracked is still alive, every FULL_COLLECTION_EVERY tests and at
# the end of the session. A window, document or scene that outlives a full collection after
# its test has ended has leaked, and fails that test.
FULL_COLLECTION_EVERY = 50

# Leaks that the check found when it was added (issue 26), each reported to be fixed; their
# tests pass but still say what they leaked (-rA shows it). Remove a line once it is fixed.
KNOWN_LEAKS: set[str] = set()

_live: weakref.WeakSet = weakref.WeakSet()
_tests_since_full_collection = 0


def _tracked_classes() -> list[type]:
    """Our main windows, scenes and documents, wherever the refactors put them."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QGraphicsScene, QMainWindow

    found, todo = [], [QObject]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("costar_desktop.") and (
                issubclass(sub, (QMainWindow, QGraphicsScene)) or sub.__name__ == "WorkshopDocument"
            ):
                found.append(sub)
    return found


def _track(cls: type) -> None:
    """Wrap cls.__init__ so that every instance goes into _live (weakly); once per class
    (tests/reliability's conftest imports these fixtures too)."""
    original = cls.__init__
    if getattr(original, "leak_tracked", False):
        return

    @functools.wraps(original)
    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _live.add(self)

    __init__.leak_tracked = True
    cls.__init__ = __init__


def _leaked() -> list[str]:
    """Collect fully and name what is still alive; forget it, so it is reported once."""
    from PySide6.QtCore import QCoreApplication, QEvent

    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    names = sorted(type(obj).__name__ for obj in _live)
    _live.clear()
    return names


@pytest.fixture(scope="session", autouse=True)
def _track_windows_documents_and_scenes(qapp):
    """Test modules are collected (so their ui modules imported) before this runs."""
    import costar_desktop.ui.shell.app  # noqa: F401  (imports the window, its document and scene)

    classes = _tracked_classes()
    names = {cls.__name__ for cls in classes}
    assert "WorkshopDocument" in names and any(issubclass(c, QMainWindow) for c in classes), (
        f"the leak check misses the window or the document; it found {names}"
    )
    for cls in classes:
        _track(cls)
    yield
    leaked = _leaked()
    assert not leaked, f"left alive at the end of the UI tests: {leaked}"


@pytest.fixture(autouse=True)
def _collect_now_and_then(qapp, request, _track_windows_documents_and_scenes):
    global _tests_since_full_collection
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # pytest drops the test's fixture values (the window) only after the last teardown.
    request.node.funcargs.clear()
    gc.collect(1)
    _tests_since_full_collection += 1
    if not _live and _tests_since_full_collection < FULL_COLLECTION_EVERY:
        return
    _tests_since_full_collection = 0
    leaked = _leaked()
    if not leaked:
        return
    test = request.node.nodeid.split("/")[-1]
    message = f"{test} left alive after a full garbage collection: {', '.join(leaked)}"
    if test.split("[")[0] in KNOWN_LEAKS:
        warnings.warn(f"known leak: {message}", stacklevel=1)
    else:
        pytest.fail(message, pytrace=False)


@pytest.fixture
def modal_driver(monkeypatch):
    """``drive(DialogClass, steps)``: the next dialog of that class is shown and
    ``steps(dialog)`` presses its keys, instead of a modal exec() that would block the test;
    a dialog still open after them is cancelled, so a failure cannot hang the test."""
    from PySide6.QtTest import QTest

    queues: dict[type, list] = {}

    def exec_(dialog):
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        try:
            queues[type(dialog)].pop(0)(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
            # The window is active again, as it is when a modal dialog closes.
            window = dialog.parentWidget().window()
            window.activateWindow()
            QTest.qWaitForWindowActive(window)
        return dialog.result()

    def drive(dialog_class: type, steps) -> None:
        if dialog_class not in queues:
            queues[dialog_class] = []
            monkeypatch.setattr(dialog_class, "exec", exec_)
        queues[dialog_class].append(steps)

    return drive


@pytest.fixture
def document(qapp, demo_file):
    """The sample workshop's document on its own, without a window."""
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.ui.model.document import WorkshopDocument

    doc = WorkshopDocument(WorkshopFile.open(demo_file))
    yield doc
    doc.close()
