"""Our own simple pictures for easy read, drawn from SVG files onto PDF pages.

The pictures live in ``resources/pictures/*.svg``: bold, high-contrast line drawings on a
100 × 100 grid. The files are the one source of truth: the same file opens in any browser
or drawing program, and this module reads it and draws it with reportlab's path
operators, so the PDF stays vector and sharp at any size.

reportlab cannot read SVG by itself, so this is a small reader for the part of SVG our
files use, and nothing more:

* elements ``svg`` (its ``viewBox``), ``g`` (grouping and inherited style only),
  ``path``, ``circle``, ``ellipse``, ``rect`` (with ``rx``), ``line``, ``polyline``,
  ``polygon``; ``title`` and ``desc`` are read as the picture's words and not drawn;
* path commands M, L, H, V, C, Q, A and Z, absolute and relative;
* style attributes ``fill``, ``stroke``, ``stroke-width``, ``stroke-linecap`` and
  ``stroke-linejoin``, inherited from ``svg`` and ``g`` as in SVG, with colours written
  ``#rgb``, ``#rrggbb``, ``black``, ``white`` or ``none``.

Anything else (a transform, a gradient, text, CSS) raises :class:`PictureError` naming
the file and what it met, so a picture can never print differently from how it looks in
a browser without a test noticing.
"""

from __future__ import annotations

import functools
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from costar_desktop.core.model import Co, Step
from costar_desktop.paths import resource

#: The picture of each Co and each step, and the ones every easy-read action uses.
CO_PICTURES = {
    Co.COMMISSION: "co-commission",
    Co.DESIGN: "co-design",
    Co.DELIVER: "co-deliver",
    Co.ASSESS: "co-assess",
}
STEP_PICTURES = {
    Step.MAP: "step-map",
    Step.FOCUS: "step-focus",
    Step.PEOPLE: "step-people",
    Step.MARKET: "step-market",
    Step.GROW: "step-grow",
}
PERSON = "person"
DATE = "date"
#: An action that belongs to no Co, and the worksheet's blocks: our star.
GENERAL = "general"
ALL_PICTURES = (*CO_PICTURES.values(), *STEP_PICTURES.values(), PERSON, DATE, GENERAL)

_SVG = "{http://www.w3.org/2000/svg}"
_STYLE_KEYS = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")
_KNOWN_ATTRIBUTES = {
    "svg": {"viewBox", "width", "height", "version", "role", "aria-labelledby"},
    "g": set(),
    "path": {"d"},
    "circle": {"cx", "cy", "r"},
    "ellipse": {"cx", "cy", "rx", "ry"},
    "rect": {"x", "y", "width", "height", "rx"},
    "line": {"x1", "y1", "x2", "y2"},
    "polyline": {"points"},
    "polygon": {"points"},
}
_NAMED_COLOURS = {"black": "#000000", "white": "#ffffff"}
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_TOKEN = re.compile(r"[MmLlHhVvCcQqAaZz]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "A": 7, "Z": 0}


class PictureError(ValueError):
    """A picture file that this reader cannot draw exactly."""


#: One step of a path: ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",).
Op = (
    tuple[Literal["M", "L"], float, float]
    | tuple[Literal["C"], float, float, float, float, float, float]
    | tuple[Literal["Z"]]
)


@dataclass(frozen=True)
class Shape:
    """One outline to draw: its path in picture units and how it is painted."""

    ops: tuple[Op, ...]
    fill: str | None
    stroke: str | None
    stroke_width: float
    linecap: int
    linejoin: int


@dataclass(frozen=True)
class Picture:
    name: str
    width: float
    height: float
    shapes: tuple[Shape, ...]
    #: What the picture shows, from its <title> (for people who cannot see it).
    title: str = ""


def pictures_dir() -> Path:
    return resource("pictures")


def _colour(value: str, where: str) -> str | None:
    value = value.strip().lower()
    if value == "none":
        return None
    value = _NAMED_COLOURS.get(value, value)
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return "#" + "".join(c * 2 for c in value[1:])
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return value
    raise PictureError(f"{where}: colour “{value}” is not one this reader knows")


def _number(value: str | None, where: str, default: float | None = None) -> float:
    if value is None:
        if default is None:
            raise PictureError(f"{where}: a number is missing")
        return default
    try:
        return float(value)
    except ValueError:
        raise PictureError(f"{where}: “{value}” is not a number") from None


def _arc(
    x1: float,
    y1: float,
    rx: float,
    ry: float,
    angle: float,
    large: bool,
    sweep: bool,
    x2: float,
    y2: float,
) -> list[Op]:
    """An SVG elliptical arc as cubic Béziers (SVG 1.1, appendix F.6: endpoint to centre
    parameterisation, then one curve for each quarter turn or less)."""
    if (x1, y1) == (x2, y2):
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", x2, y2)]
    phi = math.radians(angle % 360)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos_p * dx + sin_p * dy, -sin_p * dx + cos_p * dy
    grow = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry)
    if grow > 1:  # radii too small to reach: scale them up, as SVG says
        rx, ry = rx * math.sqrt(grow), ry * math.sqrt(grow)
    num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
    den = rx * rx * yp * yp + ry * ry * xp * xp
    k = math.sqrt(max(num / den, 0.0)) if den else 0.0
    if large == sweep:
        k = -k
    cxp, cyp = k * rx * yp / ry, -k * ry * xp / rx
    cx = cos_p * cxp - sin_p * cyp + (x1 + x2) / 2
    cy = sin_p * cxp + cos_p * cyp + (y1 + y2) / 2

    def angle_of(ux: float, uy: float) -> float:
        return math.atan2(uy, ux)

    start = angle_of((xp - cxp) / rx, (yp - cyp) / ry)
    end = angle_of((-xp - cxp) / rx, (-yp - cyp) / ry)
    delta = end - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    t = 4 / 3 * math.tan(step / 4)

    def point(a: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(a), ry * math.sin(a)
        return cx + cos_p * ex - sin_p * ey, cy + sin_p * ex + cos_p * ey

    def tangent(a: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(a), ry * math.cos(a)
        return cos_p * ex - sin_p * ey, sin_p * ex + cos_p * ey

    ops: list[Op] = []
    a = start
    for i in range(pieces):
        b = a + step
        (ax, ay), (bx, by) = point(a), point(b)
        (tax, tay), (tbx, tby) = tangent(a), tangent(b)
        if i == pieces - 1:
            bx, by = x2, y2
        ops.append(("C", ax + t * tax, ay + t * tay, bx - t * tbx, by - t * tby, bx, by))
        a = b
    return ops


def parse_path(d: str, where: str = "path") -> tuple[Op, ...]:
    """The commands of an SVG path's ``d`` as absolute M, L, C and Z operations."""
    tokens = _TOKEN.findall(d)
    leftover = _TOKEN.sub("", d).replace(",", "").strip()
    if leftover:
        raise PictureError(f"{where}: path command or character “{leftover[:10]}” is not supported")
    ops: list[Op] = []
    x = y = 0.0
    start = (0.0, 0.0)
    i = 0
    command = None
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
        elif command is None:
            raise PictureError(f"{where}: a path must begin with a command")
        upper = command.upper()
        relative = command != upper
        n = _ARGS[upper]
        if upper == "Z":
            ops.append(("Z",))
            x, y = start
            command = None
            continue
        args = tokens[i : i + n]
        if len(args) < n or any(a.isalpha() for a in args):
            raise PictureError(f"{where}: {command} needs {n} numbers")
        v = [float(a) for a in args]
        i += n
        ox, oy = (x, y) if relative else (0.0, 0.0)
        if upper == "M":
            x, y = ox + v[0], oy + v[1]
            ops.append(("M", x, y))
            start = (x, y)
            command = "l" if relative else "L"  # further pairs are lines
        elif upper == "L":
            x, y = ox + v[0], oy + v[1]
            ops.append(("L", x, y))
        elif upper == "H":
            x = (x if relative else 0.0) + v[0]
            ops.append(("L", x, y))
        elif upper == "V":
            y = (y if relative else 0.0) + v[0]
            ops.append(("L", x, y))
        elif upper == "C":
            ops.append(("C", ox + v[0], oy + v[1], ox + v[2], oy + v[3], ox + v[4], oy + v[5]))
            x, y = ox + v[4], oy + v[5]
        elif upper == "Q":
            qx, qy, ex, ey = ox + v[0], oy + v[1], ox + v[2], oy + v[3]
            ops.append(
                (
                    "C",
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    ex + 2 / 3 * (qx - ex),
                    ey + 2 / 3 * (qy - ey),
                    ex,
                    ey,
                )
            )
            x, y = ex, ey
        else:  # A
            if v[3] not in (0.0, 1.0) or v[4] not in (0.0, 1.0):
                raise PictureError(f"{where}: arc flags must be 0 or 1, written apart")
            ex, ey = ox + v[5], oy + v[6]
            ops.extend(_arc(x, y, v[0], v[1], v[2], bool(v[3]), bool(v[4]), ex, ey))
            x, y = ex, ey
    return tuple(ops)


def _points(value: str, where: str) -> list[tuple[float, float]]:
    numbers = [_number(n, where) for n in re.split(r"[\s,]+", value.strip()) if n]
    if len(numbers) % 2 or len(numbers) < 4:
        raise PictureError(f"{where}: points must be pairs of numbers, at least two")
    return list(zip(numbers[::2], numbers[1::2], strict=True))  # an even count, checked above


def _ellipse_ops(cx: float, cy: float, rx: float, ry: float) -> tuple[Op, ...]:
    return (
        ("M", cx + rx, cy),
        *_arc(cx + rx, cy, rx, ry, 0, False, True, cx - rx, cy),
        *_arc(cx - rx, cy, rx, ry, 0, False, True, cx + rx, cy),
        ("Z",),
    )


def _rect_ops(x: float, y: float, w: float, h: float, r: float) -> tuple[Op, ...]:
    r = min(r, w / 2, h / 2)
    if r <= 0:
        return (("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",))
    return (
        ("M", x + r, y),
        ("L", x + w - r, y),
        *_arc(x + w - r, y, r, r, 0, False, True, x + w, y + r),
        ("L", x + w, y + h - r),
        *_arc(x + w, y + h - r, r, r, 0, False, True, x + w - r, y + h),
        ("L", x + r, y + h),
        *_arc(x + r, y + h, r, r, 0, False, True, x, y + h - r),
        ("L", x, y + r),
        *_arc(x, y + r, r, r, 0, False, True, x + r, y),
        ("Z",),
    )


def _shape_ops(tag: str, el: ET.Element, where: str) -> tuple[Op, ...]:
    a = el.attrib
    if tag == "path":
        return parse_path(a.get("d", ""), where)
    if tag == "circle":
        r = _number(a.get("r"), where)
        return _ellipse_ops(_number(a.get("cx"), where, 0), _number(a.get("cy"), where, 0), r, r)
    if tag == "ellipse":
        return _ellipse_ops(
            _number(a.get("cx"), where, 0),
            _number(a.get("cy"), where, 0),
            _number(a.get("rx"), where),
            _number(a.get("ry"), where),
        )
    if tag == "rect":
        return _rect_ops(
            _number(a.get("x"), where, 0),
            _number(a.get("y"), where, 0),
            _number(a.get("width"), where),
            _number(a.get("height"), where),
            _number(a.get("rx"), where, 0),
        )
    if tag == "line":
        return (
            ("M", _number(a.get("x1"), where, 0), _number(a.get("y1"), where, 0)),
            ("L", _number(a.get("x2"), where, 0), _number(a.get("y2"), where, 0)),
        )
    points = _points(a.get("points", ""), where)
    ops: list[Op] = [("M", *points[0]), *(("L", px, py) for px, py in points[1:])]
    if tag == "polygon":
        ops.append(("Z",))
    return tuple(ops)


def _walk(el: ET.Element, inherited: dict[str, str], shapes: list[Shape], where: str) -> None:
    for child in el:
        tag = child.tag.removeprefix(_SVG)
        if tag in ("title", "desc"):
            continue
        if tag not in _KNOWN_ATTRIBUTES or tag == "svg":
            raise PictureError(f"{where}: <{tag}> is not supported")
        unknown = set(child.attrib) - _KNOWN_ATTRIBUTES[tag] - set(_STYLE_KEYS) - {"id"}
        if unknown:
            raise PictureError(f"{where}: <{tag}> attribute {sorted(unknown)[0]} is not supported")
        style = {**inherited, **{k: v for k, v in child.attrib.items() if k in _STYLE_KEYS}}
        if tag == "g":
            _walk(child, style, shapes, where)
            continue
        fill = _colour(style.get("fill", "black"), where)
        stroke = _colour(style.get("stroke", "none"), where)
        cap, join = style.get("stroke-linecap", "butt"), style.get("stroke-linejoin", "miter")
        if cap not in _CAPS or join not in _JOINS:
            raise PictureError(f"{where}: line ends “{cap}” or corners “{join}” are not supported")
        shapes.append(
            Shape(
                _shape_ops(tag, child, f"{where} <{tag}>"),
                fill,
                stroke,
                _number(style.get("stroke-width"), where, 1.0),
                _CAPS[cap],
                _JOINS[join],
            )
        )


def parse_svg(text: str, name: str = "picture") -> Picture:
    """A picture from the text of an SVG file (the subset described above)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise PictureError(f"{name}: not well-formed XML ({exc})") from None
    if root.tag.removeprefix(_SVG) != "svg":
        raise PictureError(f"{name}: the file is not an SVG picture")
    unknown = set(root.attrib) - _KNOWN_ATTRIBUTES["svg"] - set(_STYLE_KEYS)
    if unknown:
        raise PictureError(f"{name}: <svg> attribute {sorted(unknown)[0]} is not supported")
    box = [
        _number(v, name)
        for v in root.attrib.get("viewBox", "0 0 100 100").replace(",", " ").split()
    ]
    if len(box) != 4 or box[0] or box[1] or box[2] <= 0 or box[3] <= 0:
        raise PictureError(f"{name}: viewBox must be “0 0 width height”")
    inherited = {k: v for k, v in root.attrib.items() if k in _STYLE_KEYS}
    shapes: list[Shape] = []
    _walk(root, inherited, shapes, name)
    title = root.find(f"{_SVG}title")
    if title is None:
        title = root.find("title")
    words = (title.text or "").strip() if title is not None else ""
    return Picture(name, box[2], box[3], tuple(shapes), words)


@functools.cache
def picture(name: str) -> Picture:
    """The picture ``resources/pictures/<name>.svg``, read once."""
    path = pictures_dir() / f"{name}.svg"
    return parse_svg(path.read_text(encoding="utf-8"), path.name)


def _rgb(hex_colour: str) -> str:
    return " ".join(f"{int(hex_colour[i : i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


@functools.cache
def _operators(pic: Picture) -> str:
    """The picture as PDF path operators in its own units (y down), made once: drawing
    the same picture again costs one string (formatting every number through reportlab's
    path object took 2 ms a picture)."""
    ops: list[str] = []
    for shape in pic.shapes:
        if shape.fill:
            ops.append(f"{_rgb(shape.fill)} rg")
        if shape.stroke:
            ops.append(
                f"{_rgb(shape.stroke)} RG {_num(shape.stroke_width)} w {shape.linecap} J "
                f"{shape.linejoin} j"
            )
        for op in shape.ops:
            if op[0] == "M":
                ops.append(f"{_num(op[1])} {_num(op[2])} m")
            elif op[0] == "L":
                ops.append(f"{_num(op[1])} {_num(op[2])} l")
            elif op[0] == "C":
                ops.append(" ".join(_num(v) for v in op[1:]) + " c")
            else:
                ops.append("h")
        # Fill with the non-zero winding rule, as SVG does by default.
        paint = {(True, True): "B", (True, False): "f", (False, True): "S", (False, False): "n"}
        ops.append(paint[bool(shape.fill), bool(shape.stroke)])
    return "\n".join(ops)


def draw_picture(canv: Any, name: str | Picture, x: float, y: float, size: float) -> None:
    """Draw picture ``name`` (or a parsed picture) in a square ``size`` points wide whose
    lower-left corner is at (``x``, ``y``) on a reportlab canvas (PDF y grows upwards; SVG
    y grows downwards). Written as raw PDF operators inside q … Q, so the canvas's own
    colours and line settings are untouched."""
    if getattr(canv, "dry_run", False):
        return
    pic = name if isinstance(name, Picture) else picture(name)
    scale = size / max(pic.width, pic.height)
    left = x + (size - pic.width * scale) / 2
    top = y + size - (size - pic.height * scale) / 2
    canv.addLiteral(f"q {scale:.5f} 0 0 {-scale:.5f} {left:.3f} {top:.3f} cm\n{_operators(pic)}\nQ")
