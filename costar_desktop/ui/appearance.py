"""How the app looks: theme, text size, UI scale, "do not rely on colour", live captions in
presentation mode, shipped fonts.

Settings are remembered with the app's other settings (``costar_desktop.ui.settings`` says
where: in the data folder's ``settings.ini`` when one is chosen). Text size, theme and the
colour option apply at once; the UI scale (Qt's scale factor) applies from the next start.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from costar_desktop.core.themes import DEFAULT, Theme, theme
from costar_desktop.paths import resources_dir
from costar_desktop.ui.settings import settings

MIN_SCALE, MAX_SCALE = 1.0, 2.5
BASE_UI_POINT_SIZE = 11.0
#: Fonts we ship, in the order Qt should try them (the PDF uses the same families).
FONT_FAMILIES = [
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Gurmukhi",
    "Noto Sans Gujarati",
    "Noto Sans Tamil",
    "Noto Sans Thai",
    "Noto Sans Ethiopic",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    # The symbol fonts before the CJK one: WenQuanYi also has arrows and shapes (◀ ▶ ★ ✕),
    # drawn small for CJK text, and the floating bar's buttons are made of them.
    "Noto Sans Symbols",
    "Noto Sans Symbols2",  # so the font names itself (not "Symbols 2")
    "WenQuanYi Micro Hei",
    "Noto Emoji",
]


def _clamp(value, low: float = MIN_SCALE, high: float = MAX_SCALE) -> float:
    try:
        return max(low, min(high, float(value)))
    except (TypeError, ValueError):
        return low


def apply_ui_scale_before_start(organisation: str, application: str) -> float:
    """Read the saved UI scale and hand it to Qt; call before the QApplication exists."""
    scale = _clamp(settings(organisation, application).value("appearance/ui_scale", 1.0))
    if scale != 1.0 and "QT_SCALE_FACTOR" not in os.environ:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    return scale


#: A Qt property of the application: set once it has the Fusion style (see Appearance.apply).
FUSION_PROPERTY = "costar_fusion"


def mark_fusion(app: QApplication) -> None:
    """Say that ``app`` has the Fusion style already, so that it is not set again."""
    app.setProperty(FUSION_PROPERTY, True)


class Appearance(QObject):
    """The current look. One per application: :func:`appearance`."""

    #: The theme, text size or colour option changed.
    changed = Signal()

    def __init__(self):
        super().__init__()
        self.theme: Theme = DEFAULT
        self.text_scale = 1.0
        self.ui_scale = 1.0
        self.no_colour_only = False
        #: In presentation mode, a note being typed is shown large along the bottom.
        self.live_captions = True
        self.fonts_loaded: list[str] = []

    # --- settings ---------------------------------------------------------------------

    def load(self) -> None:
        s = settings()
        key = s.value("appearance/theme", "default")
        self.theme = theme(key if isinstance(key, str) else None)
        self.text_scale = _clamp(s.value("appearance/text_scale", 1.0))
        self.ui_scale = _clamp(s.value("appearance/ui_scale", 1.0))
        self.no_colour_only = s.value("appearance/no_colour_only", False) in (True, "true", "1", 1)
        self.live_captions = s.value("appearance/live_captions", True) in (True, "true", "1", 1)

    def save(self) -> None:
        s = settings()
        s.setValue("appearance/theme", self.theme.key)
        s.setValue("appearance/text_scale", self.text_scale)
        s.setValue("appearance/ui_scale", self.ui_scale)
        s.setValue("appearance/no_colour_only", self.no_colour_only)
        s.setValue("appearance/live_captions", self.live_captions)

    def update(
        self,
        *,
        theme_key: str | None = None,
        text_scale: float | None = None,
        ui_scale: float | None = None,
        no_colour_only: bool | None = None,
        live_captions: bool | None = None,
    ) -> None:
        """Change settings, remember them and show them."""
        if theme_key is not None:
            self.theme = theme(theme_key)
        if text_scale is not None:
            self.text_scale = _clamp(text_scale)
        if ui_scale is not None:
            self.ui_scale = _clamp(ui_scale)
        if no_colour_only is not None:
            self.no_colour_only = bool(no_colour_only)
        if live_captions is not None:
            self.live_captions = bool(live_captions)
        self.save()
        self.apply()

    # --- applying ----------------------------------------------------------------------

    def apply(self, app: QApplication | None = None) -> None:
        if app is None:
            instance = QApplication.instance()
            if not isinstance(instance, QApplication):
                return
            app = instance
        if not app.property(FUSION_PROPERTY):
            # Fusion: the one style that follows our palettes on every system. An app made by
            # create_application() already has it (from its arguments, which spares making
            # Python types for QStyle's hundreds of values at start-up).
            app.setStyle("Fusion")
            mark_fusion(app)
        app.setPalette(self.palette())
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(BASE_UI_POINT_SIZE * self.text_scale)
        app.setFont(font)
        self.changed.emit()

    def palette(self) -> QPalette:
        t = self.theme
        p = QPalette()
        roles = {
            QPalette.ColorRole.Window: t.window,
            QPalette.ColorRole.WindowText: t.window_text,
            QPalette.ColorRole.Base: t.base,
            QPalette.ColorRole.AlternateBase: t.alternate_base,
            QPalette.ColorRole.Text: t.text,
            QPalette.ColorRole.Button: t.button,
            QPalette.ColorRole.ButtonText: t.button_text,
            QPalette.ColorRole.Highlight: t.highlight,
            QPalette.ColorRole.HighlightedText: t.highlight_text,
            QPalette.ColorRole.ToolTipBase: t.base,
            QPalette.ColorRole.ToolTipText: t.text,
            QPalette.ColorRole.PlaceholderText: t.disabled_text,
            QPalette.ColorRole.BrightText: t.highlight_text,
        }
        for role, value in roles.items():
            p.setColor(role, QColor(value))
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled_text))
        return p

    # --- fonts -------------------------------------------------------------------------

    def load_fonts(self, first_only: bool = False) -> list[str]:
        """Register the shipped fonts with Qt (Noto Sans first; the rest may come later)."""
        folder = resources_dir() / "fonts"
        files = sorted(p for p in folder.glob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
        first = [p for p in files if p.name.startswith("NotoSans-")]
        rest = [p for p in files if p not in first]
        for path in first + ([] if first_only else rest):
            if path.name in self.fonts_loaded:
                continue
            if QFontDatabase.addApplicationFont(str(path)) >= 0:
                self.fonts_loaded.append(path.name)
        return self.fonts_loaded

    def load_remaining_fonts_soon(self) -> None:
        QTimer.singleShot(0, lambda: self.load_fonts())


_appearance: Appearance | None = None


def appearance() -> Appearance:
    global _appearance
    if _appearance is None:
        _appearance = Appearance()
    return _appearance
