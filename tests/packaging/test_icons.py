"""The icon script: every size drawn from the SVG, packed into .ico and .icns."""

import make_icons
import pytest
from PIL import Image


@pytest.fixture(scope="module")
def icons(tmp_path_factory, qapp_module):
    return make_icons.make_icons(tmp_path_factory.mktemp("icons"))


@pytest.fixture(scope="module")
def qapp_module():
    # The Qt application of the widget tests, created here first if this module runs alone.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def test_every_png_size_is_drawn_at_its_size(icons):
    for size in make_icons.PNG_SIZES:
        with Image.open(icons["png_dir"] / f"costar-{size}.png") as img:
            assert img.size == (size, size)
            assert img.mode == "RGBA"
            # Transparent corner (rounded square), opaque middle.
            assert img.getpixel((0, 0))[3] == 0
            assert img.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_each_windows_size(icons):
    with Image.open(icons["ico"]) as ico:
        assert set(ico.ico.sizes()) == {(s, s) for s in make_icons.ICO_SIZES}


def test_icns_opens_at_its_largest_size(icons):
    with Image.open(icons["icns"]) as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[:2] == (512, 512)
        icns.load()
        assert icns.size[0] >= 512
