"""The three looks of the app: default, high contrast and dark — colours only, no Qt.

Every pair of text and background colour here is checked by tests: at least WCAG AA
(4.5:1) in the default and dark themes and AAA (7:1) in the high-contrast theme.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from costar_desktop.core.model import Co
from costar_desktop.core.palette import NoteColour, colour, contrast_ratio


@dataclass(frozen=True)
class Theme:
    key: str
    name: str
    #: Text contrast every pair in this theme reaches.
    min_contrast: float
    # Widgets
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlight_text: str
    disabled_text: str
    # The canvas
    canvas: str
    co_fills: dict[Co, str] = field(default_factory=dict)
    co_line: str = "#4a4a4a"
    label_text: str = "#1d1d1d"
    parking_text: str = "#555555"
    step_fill: str = "#ffffff"
    step_fill_alt: str = "#f2f2f2"
    step_text: str = "#1d1d1d"
    hub_fill: str = "#33415c"
    hub_text: str = "#ffffff"
    selection: str = "#111111"
    focus: str = "#0b57d0"
    # The banner with the step's question
    banner: str = "#33415c"
    banner_text: str = "#ffffff"
    step_button: str = "#e8ecf3"
    step_button_text: str = "#1d1d1d"
    step_button_checked: str = "#ffd54a"
    step_button_checked_text: str = "#000000"
    time_up: str = "#8a1c1c"
    #: How much of their colour notes from other steps keep: they are drawn solid, this
    #: far from the canvas colour. 1.0 where fading text would break the contrast
    #: promise; those notes still say which step they belong to.
    faded_strength: float = 0.35

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background colour) for every kind of text in the theme."""
        pairs = [
            ("window text", self.window_text, self.window),
            ("text", self.text, self.base),
            ("text on alternate rows", self.text, self.alternate_base),
            ("button text", self.button_text, self.button),
            ("selected text", self.highlight_text, self.highlight),
            ("parking label", self.parking_text, self.canvas),
            ("Co names", self.label_text, self.canvas),
            ("step names", self.step_text, self.step_fill),
            ("step names (alternate)", self.step_text, self.step_fill_alt),
            ("hub", self.hub_text, self.hub_fill),
            ("banner", self.banner_text, self.banner),
            ("banner when time is up", self.banner_text, self.time_up),
            ("step buttons", self.step_button_text, self.step_button),
            ("current step button", self.step_button_checked_text, self.step_button_checked),
        ]
        pairs += [
            (f"text on {co.label}", self.label_text, fill) for co, fill in self.co_fills.items()
        ]
        return pairs


def mix(a: str, b: str, t: float) -> str:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    ca = [int(a.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    cb = [int(b.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def note_colours(theme: Theme, key: str | None) -> tuple[str, str]:
    """(fill, ink) of a note colour in a theme: lightened or darkened as little as needed so
    that its text reaches the theme's contrast."""
    entry: NoteColour = colour(key)
    fill, ink = entry.fill, entry.text
    towards = "#ffffff" if ink == "#000000" else "#000000"
    t = 0.0
    while contrast_ratio(fill, ink) < theme.min_contrast and t < 1.0:
        t += 0.05
        fill = mix(entry.fill, towards, t)
    return fill, ink


DEFAULT = Theme(
    key="default",
    name="Default",
    min_contrast=4.5,
    window="#efefef",
    window_text="#1d1d1d",
    base="#ffffff",
    alternate_base="#f4f4f4",
    text="#1d1d1d",
    button="#e6e6e6",
    button_text="#1d1d1d",
    highlight="#2a5db0",
    highlight_text="#ffffff",
    disabled_text="#6b6b6b",
    canvas="#fbfaf7",
    co_fills={
        Co.COMMISSION: "#dcd3f0",
        Co.DESIGN: "#cfe6f7",
        Co.DELIVER: "#d6eed9",
        Co.ASSESS: "#f8e2c8",
    },
)

HIGH_CONTRAST = Theme(
    key="high_contrast",
    name="High contrast",
    min_contrast=7.0,
    window="#ffffff",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f0f0f0",
    text="#000000",
    button="#ffffff",
    button_text="#000000",
    highlight="#000000",
    highlight_text="#ffff00",
    disabled_text="#4d4d4d",
    canvas="#ffffff",
    co_fills={
        Co.COMMISSION: "#ece6ff",
        Co.DESIGN: "#e0f1ff",
        Co.DELIVER: "#e3f7e6",
        Co.ASSESS: "#fff0dc",
    },
    co_line="#000000",
    label_text="#000000",
    parking_text="#000000",
    step_fill="#ffffff",
    step_fill_alt="#eeeeee",
    step_text="#000000",
    hub_fill="#000000",
    hub_text="#ffffff",
    selection="#000000",
    focus="#0000c8",
    banner="#000000",
    banner_text="#ffffff",
    step_button="#ffffff",
    step_button_text="#000000",
    step_button_checked="#ffff00",
    step_button_checked_text="#000000",
    time_up="#7a0000",
    faded_strength=1.0,
)

DARK = Theme(
    key="dark",
    name="Dark",
    min_contrast=4.5,
    window="#202328",
    window_text="#eeeeee",
    base="#17191d",
    alternate_base="#23262c",
    text="#eeeeee",
    button="#30343b",
    button_text="#eeeeee",
    highlight="#7fb0ff",
    highlight_text="#0d0d0d",
    disabled_text="#9a9a9a",
    canvas="#1b1d21",
    co_fills={
        Co.COMMISSION: "#3a3350",
        Co.DESIGN: "#263f54",
        Co.DELIVER: "#284533",
        Co.ASSESS: "#4f3d27",
    },
    co_line="#c8c8c8",
    label_text="#f5f5f5",
    parking_text="#c9c9c9",
    step_fill="#2b2e34",
    step_fill_alt="#33373e",
    step_text="#f5f5f5",
    hub_fill="#a9bde6",
    hub_text="#0d1526",
    selection="#ffffff",
    focus="#ffd54a",
    banner="#0f1520",
    banner_text="#ffffff",
    step_button="#30343b",
    step_button_text="#eeeeee",
    step_button_checked="#ffd54a",
    step_button_checked_text="#000000",
    time_up="#8a1c1c",
    faded_strength=0.45,
)

THEMES: dict[str, Theme] = {t.key: t for t in (DEFAULT, HIGH_CONTRAST, DARK)}


def theme(key: str | None) -> Theme:
    return THEMES.get(key or "default", DEFAULT)
