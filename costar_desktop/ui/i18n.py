"""Words on screen in the user's language: loading translations and translating core labels.

User-visible strings in the UI go through ``self.tr()`` or ``translate("Context", …)``.
Labels that live in the Qt-free core (the Co's, the steps, kinds, statuses, the step
questions, the ideas deck, colour names) are translated here, in the "core" context; the
list of them for ``make translations`` is generated into ``core_strings.py``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from costar_desktop.core.steps import STEP_GUIDES
from costar_desktop.paths import resources_dir

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``make translations`` (lupdate finds it by this name) and return it
    untranslated, as Qt's does; typed as a str, where PySide6's returns an object."""
    return text


def core(text: str) -> str:
    """A label from the core, in the user's language."""
    return QCoreApplication.translate("core", text)


def label(member) -> str:
    """The translated label of a Co, step, kind, status or audience."""
    return core(member.label)


def question(step) -> str:
    return core(STEP_GUIDES[step].question)


def hint(step) -> str:
    return core(STEP_GUIDES[step].hint)


def translations_dir():
    return resources_dir() / "translations"


def ui_locale() -> QLocale:
    """The language to show: ``COSTAR_LANG`` if set (e.g. "de"), otherwise the system's."""
    override = os.environ.get("COSTAR_LANG")
    return QLocale(override) if override else QLocale.system()


_installed: list[QTranslator] = []


def install_translators(app, locale: QLocale | None = None) -> list[str]:
    """Load our translation and Qt's own for ``locale``; returns the files loaded."""
    locale = locale or ui_locale()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "costar", "_", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(ours.filePath())
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(qt.filePath())
    return loaded
