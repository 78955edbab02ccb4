"""Map step: the inspiration deck, browsed by Co and dragged (or sent) onto the star."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from costar_desktop.core.inspiration import example, examples
from costar_desktop.core.model import Co, Step
from costar_desktop.core.star import CO_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas import style
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.steps.base import StepPanel
from costar_desktop.ui.widgets import SteadyComboBox

EXAMPLE_MIME = "application/x-costar-example"


class ExampleList(QListWidget):
    """A list whose items can be dragged onto the canvas."""

    def startDrag(self, actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(EXAMPLE_MIME, item.data(Qt.ItemDataRole.UserRole).encode("utf-8"))
        mime.setText(item.text())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


class InspirationPanel(StepPanel):
    """Examples from other services for groups that go quiet."""

    key = "ideas"
    title = QT_TRANSLATE_NOOP("StepTools", "Ideas")
    step = Step.MAP
    watches = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Ideas from elsewhere. Drag one onto the star, or choose it and "
                "press “Put on the star”. It is marked as an example."
            )
        )
        intro.setWordWrap(True)
        self.filter = SteadyComboBox()
        self.filter.setAccessibleName(self.tr("Show ideas for"))
        self.filter.addItem(self.tr("All four Co's"), None)
        for co in CO_ORDER:
            self.filter.addItem(i18n.label(co), co.value)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.list = ExampleList()
        self.list.setFont(style.font(12))
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)
        self.list.setAccessibleName(self.tr("Ideas from elsewhere"))
        self.list.itemActivated.connect(lambda _i: self.put_on_star())
        self.add_button = QPushButton(self.tr("&Put on the star"))
        self.add_button.clicked.connect(self.put_on_star)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)

    def refresh(self, *_args) -> None:
        co = self.filter.currentData()
        self.list.clear()
        for e in examples(Co(co) if co else None):
            where = f"{i18n.label(e.co)} · {i18n.core(e.service)}"
            item = QListWidgetItem(f"{i18n.core(e.text)}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, e.key)
            item.setToolTip(where)
            self.list.addItem(item)

    def put_on_star(self) -> str | None:
        item = self.list.currentItem()
        if item is None or self.editor is None:
            return None
        return self.editor.add_example(example(item.data(Qt.ItemDataRole.UserRole)))
