"""``costar --self-test``: prove that this installation works, with no display and no network.

It walks the same paths a workshop does, in a temporary folder that is removed afterwards:
a new workshop file, notes added, moved and deleted through the document and its undo
commands, the canvas painted into an image, the file read back, a JSON export and each
kind of PDF. One line per check (``ok`` or ``FAIL``); the exit status is 0 only when
every check passed. It runs the same from a source checkout and inside the frozen app, so
an installer build can be checked on a machine without a screen
(``QT_QPA_PLATFORM=offscreen`` is used unless another platform is asked for).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from costar_desktop import APP_NAME, __version__
from costar_desktop.paths import is_frozen, resource

if TYPE_CHECKING:
    import io

    from PySide6.QtWidgets import QApplication

    from costar_desktop.core.model import Note, WorkshopData
    from costar_desktop.ui.model.document import WorkshopDocument

#: The Qt platform plugins a bundle must carry on each system (offscreen for this test).
REQUIRED_PLATFORMS = {
    "linux": ("xcb", "wayland", "offscreen"),
    "win32": ("windows", "offscreen"),
    "darwin": ("cocoa", "offscreen"),
}


class CheckFailed(Exception):
    """A check found something wrong; the message says what, in plain words."""


class SelfTest:
    """The checks, in order; each returns a short detail line or raises."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.document: WorkshopDocument | None = None
        self.path = workdir / "self-test.costar"
        self.note_ids: list[str] = []
        self.data: WorkshopData | None = (
            None  # the sample workshop as storage returns it, for exports and PDFs
        )

    # --- set-up -------------------------------------------------------------------

    def check_resources(self) -> str:
        from costar_desktop.ui.icon import ICON_FILE, app_icon

        icon = resource(*ICON_FILE)
        if not icon.is_file():
            raise CheckFailed(f"the app icon is missing from {icon.parent}")
        pixmap = app_icon().pixmap(48, 48)
        if pixmap.isNull() or pixmap.toImage().pixelColor(24, 24).alpha() == 0:
            raise CheckFailed("the app icon could not be drawn (Qt's SVG plugins missing?)")
        return f"found in {icon.parent.parent}; icon drawn"

    def check_qt_platforms(self) -> str:
        from PySide6.QtCore import QLibraryInfo

        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        key = "linux" if sys.platform.startswith("linux") else sys.platform
        names = sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []
        missing = [
            want
            for want in REQUIRED_PLATFORMS.get(key, ())
            if not any(want in name for name in names)
        ]
        if missing:
            raise CheckFailed(f"no {', '.join(missing)} plugin in {folder}")
        return ", ".join(REQUIRED_PLATFORMS.get(key, ())) + " present"

    def check_panels(self) -> str:
        """Make every step panel: each is made only when its dock is first shown, so a
        bundle that lacks what one needs starts fine and fails at the first click."""
        try:
            from costar_desktop.ui.steps import panels
        except ImportError as exc:
            raise CheckFailed(f"a step panel is not in this installation ({exc})") from exc
        made = []
        for cls in panels.PANEL_CLASSES:
            try:
                panel = cls()
            except Exception as exc:  # noqa: BLE001 - any failure is the check's answer
                raise CheckFailed(f"the {cls.__name__} panel cannot be made ({exc})") from exc
            made.append(cls.__name__)
            panel.deleteLater()
        return f"{len(made)} made"

    def check_room_window(self) -> str:
        """The room's dialog lists the laptop's addresses (QtNetwork) and its card draws a
        QR code (segno). Both load only when the room is first opened, so a bundle that
        lacks them starts fine and fails when the facilitator opens the room."""
        try:
            from costar_desktop.ui.room.network import system_addresses
            from costar_desktop.ui.room.qr import qr_image
        except ImportError as exc:
            raise CheckFailed(f"the room's dialog is not in this installation ({exc})") from exc
        addresses = system_addresses(sys.platform)
        image = qr_image("http://192.168.1.20:8080/#code=123456", 200)
        if image.isNull() or image.width() != 200:
            raise CheckFailed("the room's QR code could not be drawn")
        return f"{len(addresses)} network address(es) listed, a QR code drawn"

    # --- the document layer -------------------------------------------------------

    def check_create(self) -> str:
        from costar_desktop.core.model import Workshop
        from costar_desktop.storage import WorkshopFile
        from costar_desktop.ui.model.document import WorkshopDocument

        store = WorkshopFile.create(self.path, workshop=Workshop(title="Self-test workshop"))
        self.document = WorkshopDocument(store)
        return f"{self.path.name} created and open"

    def _doc(self) -> WorkshopDocument:
        if self.document is None:
            raise CheckFailed("no open workshop (an earlier check failed)")
        return self.document

    def _sample(self) -> WorkshopData:
        if self.data is None:
            raise CheckFailed("no sample workshop (an earlier check failed)")
        return self.data

    def _stored_notes(self) -> dict[str, Note]:
        return {n.id: n for n in self._doc().store.notes()}

    def check_add(self) -> str:
        from costar_desktop.core.model import Note
        from costar_desktop.ui.model.commands import AddNotesCommand

        notes = [
            Note(text=f"Self-test note {i + 1}", x=-1400.0 + 220 * i, y=-900.0) for i in range(3)
        ]
        doc = self._doc()
        doc.undo_stack.push(AddNotesCommand(doc, notes))
        self.note_ids = [n.id for n in notes]
        stored = self._stored_notes()
        if sorted(stored) != sorted(self.note_ids):
            raise CheckFailed(f"expected 3 notes in the file, found {len(stored)}")
        return "3 notes written to the file"

    def check_move(self) -> str:
        from costar_desktop.core.model import Co
        from costar_desktop.core.star import point_at
        from costar_desktop.ui.model.commands import MoveNotesCommand

        doc = self._doc()
        x, y = point_at(doc.geometry.co_centre_bearing(Co.DESIGN), 600.0)
        doc.undo_stack.push(MoveNotesCommand(doc, {self.note_ids[0]: (x, y)}))
        note = self._stored_notes()[self.note_ids[0]]
        if (round(note.x), round(note.y)) != (round(x), round(y)) or note.co is not Co.DESIGN:
            raise CheckFailed(f"note stored at ({note.x:.0f}, {note.y:.0f}) in {note.co}")
        return "moved into Co-design; its Co followed"

    def check_delete_and_undo(self) -> str:
        from costar_desktop.ui.model.commands import DeleteNotesCommand

        doc = self._doc()
        stack = doc.undo_stack
        stack.push(DeleteNotesCommand(doc, [self.note_ids[2]]))
        after_delete = len(self._stored_notes())
        stack.undo()
        after_undo = len(self._stored_notes())
        stack.redo()
        after_redo = len(self._stored_notes())
        if (after_delete, after_undo, after_redo) != (2, 3, 2):
            raise CheckFailed(
                f"notes after delete/undo/redo: {after_delete}/{after_undo}/{after_redo}"
            )
        return "deleted, undone and redone (2/3/2 notes)"

    def check_render(self) -> str:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter

        from costar_desktop.ui.canvas.note_item import NoteItem
        from costar_desktop.ui.canvas.scene import CanvasScene
        from costar_desktop.ui.canvas.view import CanvasView

        scene = CanvasScene()
        scene.set_document(self._doc())
        view = CanvasView(scene)
        try:
            view.resize(900, 600)
            view.fit_star()
            shot = view.grab()
            image = QImage(800, 550, QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            scene.render(painter, QRectF(image.rect()), scene.sceneRect())
            painter.end()
            colours = {image.pixel(x, y) for x in range(0, 800, 8) for y in range(0, 550, 8)}
            out = self.workdir / "canvas.png"
            image.save(str(out))
            notes_shown = sum(isinstance(item, NoteItem) for item in scene.items())
            if shot.isNull() or shot.width() < 100:
                raise CheckFailed("the view could not be grabbed")
            if len(colours) < 6 or notes_shown != 2:
                raise CheckFailed(
                    f"blank or wrong picture ({len(colours)} colours, {notes_shown} notes drawn)"
                )
        finally:
            scene.set_document(None)
            view.deleteLater()
        return f"{notes_shown} notes drawn, {out.stat().st_size // 1024} KB PNG"

    def check_reopen(self) -> str:
        from costar_desktop.storage import WorkshopFile

        doc = self._doc()
        expected = {nid: (round(n.x), round(n.y)) for nid, n in doc.notes.items()}
        doc.close()
        self.document = None
        data = WorkshopFile.read(self.path)
        found = {n.id: (round(n.x), round(n.y)) for n in data.notes}
        if found != expected or data.workshop.title != "Self-test workshop":
            raise CheckFailed("the file read back differs from what was on screen")
        return f"{len(found)} notes read back as shown"

    # --- exports ------------------------------------------------------------------

    def check_sample(self) -> str:
        from costar_desktop.core.demo import demo_workshop
        from costar_desktop.core.programme import shipped_programmes
        from costar_desktop.paths import resource
        from costar_desktop.storage import WorkshopFile

        sample = self.workdir / "sample.costar"
        WorkshopFile.create(sample, data=demo_workshop()).close()
        # The one-day programme in this copy only, so the programme's PDFs have an agenda.
        with WorkshopFile.open(sample) as store:
            store.write_programme(shipped_programmes(resource("programmes"))[1])
        self.data = WorkshopFile.read(sample)
        return (
            f"{len(self.data.notes)} notes, {len(self.data.actions)} actions, "
            f"{len(self.data.programme.blocks)} agenda blocks written and read back"
        )

    def check_json(self) -> str:
        from costar_desktop.output.exports import write_export

        out = self.workdir / "sample.json"
        data = self._sample()
        write_export(data, "json", out)
        parsed = json.loads(out.read_text(encoding="utf-8"))
        if len(parsed.get("notes", ())) != len(data.notes):
            raise CheckFailed("the export does not hold every note")
        return f"{out.stat().st_size // 1024} KB, {len(parsed['notes'])} notes"

    def check_tables(self) -> str:
        """Hand the sample out to two tables, change one table's file, bring both back."""
        from costar_desktop.core.model import Note
        from costar_desktop.storage import WorkshopFile
        from costar_desktop.storage.breakout import (
            hand_out,
            plan_bring_back,
            read_table_files,
        )

        self._sample()
        sticks = self.workdir / "sticks"
        sticks.mkdir(exist_ok=True)
        with WorkshopFile.open(self.workdir / "sample.costar") as host:
            files = hand_out(host, ["Table 1", "Table 2"], sticks).files
            with WorkshopFile.open(files[0]) as table:
                table.add_notes([Note(text="Written at table 1", x=300.0, y=-300.0)])
            tables, refused = read_table_files(host, files)
            if refused:
                raise CheckFailed(refused[0].message)
            host.apply_row_changes(plan_bring_back(host, tables).changes)
            if sum(n.text == "Written at table 1" for n in host.notes()) != 1:
                raise CheckFailed("the table's note did not come back once")
            again = plan_bring_back(host, read_table_files(host, files)[0])
            if not again.changes.empty:
                raise CheckFailed("bringing the same files back again would change the workshop")
        return "handed out to 2 tables; a table's note came back once"

    def pdf_checks(self) -> list[tuple[str, Callable[[], str]]]:
        """One check per kind of PDF, or one failing check if the report module is absent."""
        try:
            from costar_desktop.report import KINDS, build_pdf
        except ImportError as exc:
            reason = f"report module not available ({exc})"

            def unavailable() -> str:
                raise CheckFailed(reason)

            return [("PDF", unavailable)]
        checks = [(f"PDF {kind}", self._pdf_check(build_pdf, kind)) for kind in KINDS]
        return checks + [("print pages", lambda: self.check_print_pages(KINDS[0]))]

    def _pdf_check(self, build_pdf: Callable[..., object], kind: str) -> Callable[[], str]:
        def check() -> str:
            if self.data is None:
                raise CheckFailed("no sample workshop to print (an earlier check failed)")
            out = self.workdir / f"{kind}.pdf"
            build_pdf(self.data, kind, out)
            blob = out.read_bytes() if out.exists() else b""
            if not blob.startswith(b"%PDF-") or b"%%EOF" not in blob[-1024:]:
                raise CheckFailed(f"{out.name} is not a complete PDF ({len(blob)} bytes)")
            if kind in ("run-sheet", "agenda"):
                return f"{len(blob) // 1024} KB, " + self._programme_text(out, kind)
            return f"{len(blob) // 1024} KB"

        return check

    def _programme_text(self, pdf: Path, kind: str) -> str:
        """A programme's PDF must say each block's title and planned start (the text PDFium,
        the engine printing uses, reads from it); the agenda handout no facilitator's notes."""
        import pypdfium2 as pdfium

        from costar_desktop.core.programme import clock, schedule

        document = pdfium.PdfDocument(str(pdf))
        try:
            text = "".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()
        flat = "".join(text.split())
        assert self.data is not None
        programme = self.data.programme
        times = schedule(programme.day_start, programme.blocks)
        for block, (start, _end) in zip(programme.blocks, times, strict=True):
            if "".join(block.title.split()) not in flat or clock(start) not in flat:
                raise CheckFailed(f"{pdf.name} does not say “{block.title}” at {clock(start)}")
        notes = [b.notes for b in programme.blocks if b.notes.strip()]
        if kind == "agenda" and any("".join(n.split()) in flat for n in notes):
            raise CheckFailed(f"{pdf.name} shows the facilitator's notes to participants")
        if kind == "run-sheet" and not all("".join(n.split()) in flat for n in notes):
            raise CheckFailed(f"{pdf.name} leaves out notes for the facilitator")
        return f"{len(programme.blocks)} blocks with their times"

    def check_print_pages(self, kind: str) -> str:
        """Printing sends PDF pages as pictures drawn by PDFium: draw page 1 of one PDF."""
        pdf = self.workdir / f"{kind}.pdf"
        if not pdf.is_file():
            raise CheckFailed(f"no {pdf.name} to draw (an earlier check failed)")
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        try:
            pages = len(document)
            page = document[0]
            image = page.render(scale=100 / 72).to_pil()
            page.close()
        finally:
            document.close()
        if image.width < 500 or image.height < 500:
            raise CheckFailed(f"page 1 drawn at only {image.width}×{image.height} px")
        return f"page 1 of {pages} of {pdf.name} drawn at 100 dpi ({image.width}×{image.height} px)"

    def check_room(self) -> str:
        """The room's web server (issue 31) starts on 127.0.0.1, takes a phone and a note
        once, and stops: aiohttp and its compiled parts are in the bundle and work. Only
        the loopback address is used; nothing goes out."""
        import concurrent.futures
        import json
        import urllib.error
        import urllib.request

        from costar_desktop.room.server import PhoneNote, RoomServer

        received: list[str] = []

        def on_note(note: PhoneNote) -> concurrent.futures.Future[None]:
            received.append(note.text)
            done: concurrent.futures.Future[None] = concurrent.futures.Future()
            done.set_result(None)
            return done

        server = RoomServer(on_note, host="127.0.0.1", port=0)
        server.start()
        port = server.port
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def post(route: str, body: dict[str, object]) -> tuple[int, dict[str, object]]:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}{route}",
                data=json.dumps(body).encode("utf-8"),
                headers={"Content-Type": "application/json"},
            )
            try:
                with opener.open(request, timeout=10) as response:
                    return response.status, json.loads(response.read())
            except urllib.error.HTTPError as exc:
                return exc.code, json.loads(exc.read())

        try:
            status, _ = post("/join", {"code": "not the code"})
            if status < 400:
                raise CheckFailed(f"a wrong join code was let in ({status})")
            status, joined = post("/join", {"code": server.registry.join_code})
            token = joined.get("token")
            if status != 200 or not isinstance(token, str):
                raise CheckFailed(f"joining with the code failed ({status} {joined})")
            note: dict[str, object] = {
                "token": token,
                "key": "self-test-1",
                "text": "Self-test from a phone",
            }
            first, second = post("/notes", note), post("/notes", note)
        finally:
            stopped = server.stop()
        if received != ["Self-test from a phone"]:
            raise CheckFailed(f"the app was handed {received!r}")
        if [first[1].get("status"), second[1].get("status")] != ["received", "already received"]:
            raise CheckFailed(f"the phone was told {first} then {second}")
        if not stopped:
            raise CheckFailed("the server did not stop in time")
        return f"a phone joined on 127.0.0.1:{port} and one note was received once"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("resources", self.check_resources),
            ("Qt platforms", self.check_qt_platforms),
            ("step panels", self.check_panels),
            ("create workshop", self.check_create),
            ("add notes", self.check_add),
            ("move note", self.check_move),
            ("delete and undo", self.check_delete_and_undo),
            ("render canvas", self.check_render),
            ("read back", self.check_reopen),
            ("sample workshop", self.check_sample),
            ("export JSON", self.check_json),
            ("room server", self.check_room),
            ("room dialog", self.check_room_window),
            ("breakout tables", self.check_tables),
            *self.pdf_checks(),
        ]

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None


def _application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return cast(QApplication, QApplication.instance()) or QApplication(
        [sys.argv[0] if sys.argv else "costar"]
    )


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each to ``out``; 0 if all passed, else 1.

    A windowed Windows exe has no standard output: there the lines also go to
    ``self-test.txt`` in the user's data folder, so that someone can read them."""
    out = out if out is not None else sys.stdout
    if out is sys.stdout and out is not None and not out.isatty():
        # A pipe is read by a program (CI, the Wine build) that expects UTF-8, whatever the
        # system's own code page is (a frozen app ignores PYTHONIOENCODING).
        try:
            cast("io.TextIOWrapper", out).reconfigure(encoding="utf-8")
        except (AttributeError, ValueError, OSError):
            pass
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        if out is not None:
            print(line, file=out, flush=True)

    try:
        return _run_checks(say)
    finally:
        if out is None:
            _keep_report(lines)


def _keep_report(lines: list[str]) -> None:
    from costar_desktop.paths import user_data_dir

    try:
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "self-test.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass  # the exit code still says whether every check passed


def _run_checks(say: Callable[[str], None]) -> int:
    where = (
        f"{'frozen' if is_frozen() else 'from source'}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}"
    )
    try:
        app = _application()
    except ImportError as exc:  # typically a system library Qt needs is not installed
        say(f"{APP_NAME} {__version__} self-test ({where})")
        say(f"FAIL  Qt: could not start ({exc}); see the system packages in the README")
        say("self-test FAILED: Qt could not start")
        return 1
    from PySide6 import __version__ as pyside_version

    say(f"{APP_NAME} {__version__} self-test ({where}, Qt {pyside_version}, {app.platformName()})")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="costar-self-test-") as tmp:
        test = SelfTest(Path(tmp))
        try:
            for name, check in test.checks():
                started = time.perf_counter()
                try:
                    detail, ok = check(), True
                except Exception as exc:  # noqa: BLE001 - every failure becomes a line
                    message = (
                        str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                    )
                    detail, ok = message, False
                ms = (time.perf_counter() - started) * 1000
                failed += not ok
                say(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail} ({ms:.0f} ms)")
        finally:
            test.close()
    say("self-test passed" if not failed else f"self-test FAILED: {failed} check(s) failed")
    return 0 if not failed else 1
