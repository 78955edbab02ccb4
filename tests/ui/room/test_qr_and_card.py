"""The QR code drawn is segno's matrix, module for module; the card the room reads is
large enough for the back of the room, in full and compact form."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas.readable import JOIN_CODE_PX_AT_1080, px_for
from costar_desktop.ui.room.card import COMPACT_QR_SHARE, RoomCard, grouped
from costar_desktop.ui.room.qr import QUIET_ZONE, QrCode, qr_image, qr_matrix

URL = "http://192.168.1.20:8080/#482913"


def dark(color: QColor) -> bool:
    return color.lightness() < 128


def test_the_matrix_is_segnos_at_level_m():
    code = segno.make_qr(URL, error="m", boost_error=False)
    assert code.error == "M"
    assert qr_matrix(URL) == [[bool(m) for m in row] for row in code.matrix]


@pytest.mark.parametrize("size", [(200, 200), (333, 290), (541, 700)])
def test_the_widget_draws_the_matrix_module_for_module(qtbot, size):
    qr = QrCode(URL)
    qtbot.addWidget(qr)
    qr.resize(*size)
    qr.show()
    qtbot.waitExposed(qr)
    image = qr.grab().toImage()
    matrix = qr.matrix()
    assert matrix == qr_matrix(URL)
    module = qr.module_size()
    assert module == min(size) // (len(matrix) + 2 * QUIET_ZONE)
    drawn = [
        [dark(image.pixelColor(qr.module_centre(r, c).toPoint())) for c in range(len(row))]
        for r, row in enumerate(matrix)
    ]
    assert drawn == matrix
    # The quiet zone is white all round: the module just outside each corner.
    n = len(matrix)
    for r, c in ((-1, -1), (-QUIET_ZONE, n), (n, -1), (n + QUIET_ZONE - 1, n + QUIET_ZONE - 1)):
        assert not dark(image.pixelColor(qr.module_centre(r, c).toPoint()))
    assert qr.accessibleName() == "QR code to join the room"
    assert qr.accessibleDescription() == URL


def test_the_image_for_printing_has_whole_pixel_modules():
    image = qr_image(URL, 400)
    assert (image.width(), image.height()) == (400, 400)
    matrix = qr_matrix(URL)
    modules = len(matrix) + 2 * QUIET_ZONE
    module = 400 // modules
    offset = (400 - module * modules) // 2 + QUIET_ZONE * module
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            # Every pixel of the module, not only its centre: edges are sharp.
            x, y = offset + c * module, offset + r * module
            for dx, dy in ((0, 0), (module - 1, 0), (0, module - 1), (module - 1, module - 1)):
                assert dark(image.pixelColor(x + dx, y + dy)) == value


def test_the_code_is_shown_in_threes():
    assert grouped("482913") == "482 913"
    assert grouped("1234") == "1234"


def _card(qtbot, compact=False, height=1080):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1920, height)
    card = RoomCard(host, compact=compact)
    card.set_room(URL, "http://192.168.1.20:8080", "482913", True)
    host.show()
    qtbot.waitExposed(host)
    card.resize(card.sizeHint())
    card.show()
    return host, card


@pytest.mark.parametrize("height", [1080, 720])
def test_the_full_card_is_readable_from_the_back(qtbot, height):
    _host, card = _card(qtbot, height=height)
    least = px_for(JOIN_CODE_PX_AT_1080, height, appearance().text_scale)
    assert card.address_label.font().pixelSize() >= round(least)
    assert card.code_label.font().pixelSize() >= round(least)
    assert card.code_label.text() == "482 913"
    assert card.qr.url() == URL and card.qr.isVisible()
    assert card.qr.height() >= 0.4 * height
    for label in (card.words, card.address_label, card.code_label):
        assert card.rect().contains(label.geometry()), label.objectName()
        assert not label.geometry().intersects(card.qr.geometry())
    assert "Scan the code" in card.words.text()
    assert "482913" in card.code_label.accessibleName()


def test_the_compact_card_is_a_quarter_of_the_height_with_the_code(qtbot):
    _host, card = _card(qtbot, compact=True)
    assert abs(card.qr.height() - COMPACT_QR_SHARE * 1080) <= 2
    assert card.code_label.isVisible() and card.address_label.isVisible()
    assert not card.words.isVisible()
    assert card.code_label.font().pixelSize() >= round(px_for(JOIN_CODE_PX_AT_1080, 1080))
    for label in (card.code_label, card.address_label):
        assert card.rect().contains(label.geometry()), label.objectName()
        assert label.sizeHint().width() <= label.width()
    assert card.height() < 0.45 * 1080


@pytest.mark.parametrize("compact", [False, True])
def test_when_joining_stops_the_code_goes_and_the_card_says_so(qtbot, compact):
    _host, card = _card(qtbot, compact=compact)
    card.set_joining(False)
    assert not card.joining()
    assert not card.qr.isVisible() and not card.code_label.isVisible()
    assert card.stopped_label.isVisible()
    assert "not taking new phones" in card.stopped_label.text()
    assert "not taking new phones" in card.accessibleDescription()
    assert "482" not in card.accessibleDescription()
    card.set_joining(True)
    assert card.qr.isVisible() and card.code_label.isVisible()
    assert not card.stopped_label.isVisible()
