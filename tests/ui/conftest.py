"""Fixtures for UI tests: a shown main window on a fresh copy of the sample workshop."""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QMessageBox

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
def window(qtbot, registry, demo_file, messages):
    """A main window showing the sample workshop, shown and active."""
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


@pytest.fixture(autouse=True)
def _default_window_layout(qapp):
    """Each test's window starts with the default size and docks: a window saves its layout
    when it closes, and the next test's window would otherwise start with it."""
    configure_application_names()
    from costar_desktop.ui import settings

    settings.settings().remove("window")
    yield


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp):
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
