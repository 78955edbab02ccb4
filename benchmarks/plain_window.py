"""A reference for the start-up rows: plain PySide6 building a window with CoStar's parts.

Not a target (the issue's targets compare with the bare window, bare_window.py); this says
how much of a start is Qt's own work for what CoStar shows, so the table separates our cost
from the libraries'. The window has what CoStar's first window has, built the plainest way:

- a menu bar with six menus and about as many actions with shortcuts (~100);
- a tool bar with four actions and two combo boxes; a status bar with three labels;
- four tabbed docks on the right, the front one a list of the 26 example ideas;
- a QGraphicsView with a star of four polygons and five ring segments with labels, and
  one QGraphicsRectItem + QGraphicsSimpleTextItem per note of the workshop file, read with
  plain sqlite3 (no checks, no model), fitted to the view.

    python benchmarks/plain_window.py WORKSHOP.costar

It stops like the bare window: right after the window's first paint.
"""

import math
import sqlite3
import sys

from bare_window import ExitAfterFirstPaint  # this folder: the bare window's way of stopping
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QListWidget,
    QMainWindow,
    QTabWidget,
    QToolBar,
)

MENUS = {"&File": 18, "&Edit": 16, "&View": 10, "&Steps": 40, "&Help": 2, "&Timer": 9}
COLOURS = ["#ffe680", "#a8e6a3", "#9fd3ff", "#ffb3c7", "#ffc98a", "#d7c2ff"]


def star(scene: QGraphicsScene, radius: float = 1000.0) -> None:
    pen = QPen(QColor("#333333"), 4)
    for k in range(4):  # four sectors
        a0, a1 = math.radians(90 * k - 45), math.radians(90 * k + 45)
        points = [QPointF(0, 0)] + [
            QPointF(
                radius * math.cos(a0 + (a1 - a0) * i / 8), radius * math.sin(a0 + (a1 - a0) * i / 8)
            )
            for i in range(9)
        ]
        scene.addPolygon(QPolygonF(points), pen, QBrush(QColor(COLOURS[k])))
    for k in range(5):  # five ring segments, each with its label
        a0, a1 = math.radians(72 * k), math.radians(72 * k + 72)
        outer = [
            QPointF(320 * math.cos(a0 + (a1 - a0) * i / 6), 320 * math.sin(a0 + (a1 - a0) * i / 6))
            for i in range(7)
        ]
        inner = [
            QPointF(160 * math.cos(a1 - (a1 - a0) * i / 6), 160 * math.sin(a1 - (a1 - a0) * i / 6))
            for i in range(7)
        ]
        scene.addPolygon(QPolygonF(outer + inner), pen, QBrush(QColor("#ffffff")))
        label = scene.addSimpleText(f"{k + 1} Step")
        label.setPos(240 * math.cos((a0 + a1) / 2) - 30, 240 * math.sin((a0 + a1) / 2) - 10)


def main(path: str) -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    n = 0
    for title, count in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for i in range(count):
            action = QAction(f"{title.strip('&')} action {i + 1}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+Shift+F{n % 12 + 1}"))
            action.triggered.connect(lambda checked=False: None)
            menu.addAction(action)
            n += 1
    tools = QToolBar("Main toolbar")
    for text in ("New note", "Undo", "Redo", "Delete"):
        tools.addAction(text)
    for _ in range(2):
        combo = QComboBox()
        combo.addItems(["one", "two", "three"])
        tools.addWidget(combo)
    window.addToolBar(tools)
    window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
    front = None
    for name in ("Ideas", "Voting", "People", "Sceptics"):
        dock = QDockWidget(name, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if front is None:
            ideas = QListWidget()
            ideas.addItems(
                [f"An example idea from another service, number {i + 1}" for i in range(26)]
            )
            dock.setWidget(ideas)
            front = dock
        else:
            window.tabifyDockWidget(front, dock)
    front.raise_()
    for text in ("Opened – every change is saved as you work", "33 notes", "Zoom 30 %"):
        window.statusBar().addWidget(QLabel(text))

    scene = QGraphicsScene(-1600, -1100, 3200, 2200)  # CoStar's canvas
    star(scene)
    pen = QPen(QColor("#333333"), 1.5)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT x, y, width, height, colour, text FROM notes").fetchall()
    for i, (x, y, w, h, _colour, text) in enumerate(rows):
        card = QGraphicsRectItem(-w / 2, -h / 2, w, h)
        card.setBrush(QBrush(QColor(COLOURS[i % len(COLOURS)])))
        card.setPen(pen)
        card.setPos(x, y)
        words = QGraphicsSimpleTextItem(text, card)
        words.setPos(-w / 2 + 10, -h / 2 + 10)
        scene.addItem(card)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    window.setCentralWidget(view)
    hook = ExitAfterFirstPaint(window)
    window.installEventFilter(hook)
    window.show()
    view.fitInView(QRectF(-1400, -1084, 2800, 2168), Qt.AspectRatioMode.KeepAspectRatio)  # its star
    sys.exit(app.exec())


if __name__ == "__main__":
    main(sys.argv[1])
