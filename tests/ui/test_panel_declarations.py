"""Each step panel declares itself (key, title, dock, step, the signals it watches) and the
step tools make the docks from the one list of them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Signal

from costar_desktop.core.star import STEP_ORDER
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.steps.panels import PANEL_CLASSES, STEP_PANELS

ROOT = Path(__file__).resolve().parents[2]


def test_each_panel_declares_a_key_a_title_and_signals_of_the_document():
    keys = [cls.key for cls in PANEL_CLASSES]
    assert all(keys) and len(keys) == len(set(keys))
    root = ET.parse(ROOT / "resources" / "translations" / "costar.ts").getroot()
    known = {
        (c.find("name").text, m.find("source").text)
        for c in root.iter("context")
        for m in c.iter("message")
    }
    document_signals = [
        getattr(WorkshopDocument, n)
        for n in dir(WorkshopDocument)
        if isinstance(getattr(WorkshopDocument, n, None), Signal)
    ]
    for cls in PANEL_CLASSES:
        assert ("StepTools", cls.title) in known, cls
        assert cls.dock in ("", *keys) and cls.dock != cls.key, cls
        for signal in cls.watches:
            assert isinstance(signal, Signal), cls
            assert any(signal is s for s in document_signals), cls


def test_every_step_brings_one_panel_to_the_front():
    assert set(STEP_PANELS) == set(STEP_ORDER)


def test_the_docks_follow_the_declarations(window):
    tools = window.step_tools
    for cls in PANEL_CLASSES:
        dock = tools.docks[cls.key]
        assert dock.objectName() == f"dock_{cls.dock or cls.key}"
        assert (
            window.dockWidgetArea(dock)
            == next(c for c in PANEL_CLASSES if c.key == (cls.dock or cls.key)).area
        )
