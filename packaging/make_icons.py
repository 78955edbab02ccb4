"""Turn the one drawn icon (resources/icons/costar.svg) into what each platform wants.

    python packaging/make_icons.py [OUT_DIR]        (default: build/icons)

Writes ``png/costar-SIZE.png`` for every size in :data:`PNG_SIZES`, ``costar.ico``
(Windows: the exe, the installer, the .costar file type) and ``costar.icns`` (macOS).
Qt's SVG renderer draws every size from the vector itself, so small sizes are crisp
rather than shrunk copies; Pillow only packs the finished pictures into .ico/.icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "costar.svg"

#: Sizes drawn as PNG; Linux installs 16-512 into the hicolor theme.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(svg: Path, out_dir: Path, sizes=PNG_SIZES) -> dict[int, Path]:
    """Draw ``svg`` at each size into ``out_dir/costar-SIZE.png``; returns {size: path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"costar-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"make_icons: could not write {path}")
        written[size] = path
    return written


def _images(pngs: dict[int, Path], sizes):
    from PIL import Image

    return [Image.open(pngs[s]).convert("RGBA") for s in sizes]


def write_ico(pngs: dict[int, Path], path: Path) -> Path:
    """A Windows icon holding each of :data:`ICO_SIZES` as drawn (not rescaled)."""
    images = _images(pngs, ICO_SIZES)
    largest = images[-1]
    largest.save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return path


def write_icns(pngs: dict[int, Path], path: Path) -> Path:
    """A macOS icon holding each of :data:`ICNS_SIZES` as drawn."""
    images = _images(pngs, ICNS_SIZES)
    largest = images[-1]
    largest.save(path, format="ICNS", append_images=images[:-1])
    return path


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Everything at once; returns {"png_dir", "ico", "icns", "svg"}."""
    out_dir = Path(out_dir)
    pngs = render_pngs(svg, out_dir / "png")
    return {
        "png_dir": out_dir / "png",
        "ico": write_ico(pngs, out_dir / "costar.ico"),
        "icns": write_icns(pngs, out_dir / "costar.icns"),
        "svg": svg,
    }


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    made = make_icons(out)
    for key, path in made.items():
        print(f"{key:8} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
