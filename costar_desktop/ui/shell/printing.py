"""File → Export PDF… and File → Print… (and Programme → Print the run sheet… / the agenda
handout…): the same PDFs as ``costar report``, off the UI thread.

The window makes one :class:`PrintController`, which runs these actions; the Programme
menu's two open the Print dialog with their kind chosen, and are greyed while the agenda
has no blocks (the dialog says so for those kinds too). What is printed,
with which options, and how the file is named are decided in ``costar_desktop.output``, as
for ``costar report``: a PDF is built from what the workshop's file holds (plain data), in a
worker thread, with a progress dialog that can cancel; the window keeps painting meanwhile.
Printing builds the same PDF and sends its pages to the printer as images rendered with
PDFium (pypdfium2), so what comes out of the printer is what the PDF shows (see
docs/printing.md for why).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
)

from costar_desktop import output
from costar_desktop.report import GROUP_BY, KIND_LABELS, KINDS, NO_BLOCKS, PAPERS, PROGRAMME_KINDS
from costar_desktop.storage.errors import StorageError
from costar_desktop.ui import settings
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.widgets import SteadyComboBox

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# The kinds' names come from report/ (no Qt there); listed here so that lupdate finds them.
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Action plan"),
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Workshop report"),
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Blank templates"),
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Run sheet (the day's plan, for the facilitator)"),
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Agenda handout (for participants)"),
    QT_TRANSLATE_NOOP("PrintOptionsDialog", "Outline (every note as a nested list)"),
    QT_TRANSLATE_NOOP(
        "PrintOptionsDialog",
        "The agenda has no blocks yet. Plan the day in the Agenda panel first.",
    ),
)
PAPER_LABELS = {
    "a4": QT_TRANSLATE_NOOP("PrintOptionsDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("PrintOptionsDialog", "US Letter"),
}
GROUP_LABELS = {
    "owner": QT_TRANSLATE_NOOP("PrintOptionsDialog", "Owner"),
    "date": QT_TRANSLATE_NOOP("PrintOptionsDialog", "Due date"),
}
#: Printing resolution: sharp text on paper without huge images in the print queue.
PRINT_DPI = 300


def saved_choices() -> dict:
    """The kind, paper, easy-read and grouping chosen last time (paper is the one that matters)."""
    s = settings.settings()
    kind, paper, group = (
        s.value("printing/kind", "action-plan"),
        s.value("printing/paper", "a4"),
        s.value("printing/group_by", "owner"),
    )
    easy = s.value("printing/easy_read", False)
    return {
        "kind": kind if kind in KINDS else "action-plan",
        "paper": paper if paper in PAPERS else "a4",
        "easy_read": easy in (True, "true", "1", 1),
        "group_by": group if group in GROUP_BY else "owner",
    }


def save_choices(choices: dict) -> None:
    s = settings.settings()
    for key, value in choices.items():
        s.setValue(f"printing/{key}", value)


class PrintOptionsDialog(QDialog):
    """What to print: the kind of PDF, the paper, easy read, and how to order the plan."""

    def __init__(
        self,
        parent=None,
        for_printer: bool = False,
        kind: str | None = None,
        has_agenda: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print") if for_printer else self.tr("Export PDF"))
        choices = saved_choices()
        if kind is not None:
            choices["kind"] = kind  # Programme → Print the run sheet… chose it already
        self.has_agenda = has_agenda
        self.kind = SteadyComboBox()
        for kind in KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.paper = SteadyComboBox()
        for paper in PAPERS:
            self.paper.addItem(self.tr(PAPER_LABELS[paper]), paper)
        self.easy_read = QCheckBox(self.tr("Easy read (large type, plain words)"))
        self.group_by = SteadyComboBox()
        for key in GROUP_BY:
            self.group_by.addItem(self.tr(GROUP_LABELS[key]), key)
        self.kind.setCurrentIndex(KINDS.index(choices["kind"]))
        self.paper.setCurrentIndex(PAPERS.index(choices["paper"]))
        self.easy_read.setChecked(choices["easy_read"])
        self.group_by.setCurrentIndex(GROUP_BY.index(choices["group_by"]))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow("", self.easy_read)
        form.addRow(self.tr("&Order actions by:"), self.group_by)
        self.note = QLabel(
            self.tr(
                "Blank templates need no workshop: the title and date are printed "
                "on them if the workshop has them."
            )
        )
        self.note.setWordWrap(True)
        self.empty = QLabel("ℹ " + self.tr(NO_BLOCKS))
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Print…") if for_printer else self.tr("Export…")
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget, name in (
            (self.kind, self.tr("What to print")),
            (self.paper, self.tr("Paper")),
            (self.group_by, self.tr("Order actions by")),
        ):
            widget.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        templates = kind == "templates"
        self.group_by.setEnabled(kind in ("action-plan", "report"))
        self.note.setVisible(templates)
        # A kind of the programme with no agenda: say so plainly, and nothing to print.
        empty = kind in PROGRAMME_KINDS and not self.has_agenda
        self.empty.setVisible(empty)
        self.ok.setEnabled(not empty)

    def choices(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "paper": self.paper.currentData(),
            "easy_read": self.easy_read.isChecked(),
            "group_by": self.group_by.currentData(),
        }

    def accept(self) -> None:
        save_choices(self.choices())
        super().accept()


class Cancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


def print_pdf_pages(pdf: bytes, printer: QPrinter, progress=None, cancelled=lambda: False) -> int:
    """Render each page of ``pdf`` with PDFium and paint it on ``printer``; returns pages printed.

    Safe in a worker thread (QPainter may paint on a QPrinter outside the GUI thread).
    Each page is turned to match its own orientation and fitted to the printer's paper.
    """
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        count = len(doc)
        for i in range(count):
            if cancelled():
                raise Cancelled()
            page = doc[i]
            width, height = page.get_size()
            orientation = (
                QPageLayout.Orientation.Landscape
                if width > height
                else QPageLayout.Orientation.Portrait
            )
            if i == 0:
                printer.setPageOrientation(orientation)
                if not painter.begin(printer):
                    raise OSError("The printer could not be started.")
            else:
                printer.setPageOrientation(orientation)
                printer.newPage()
            dpi = min(PRINT_DPI, max(printer.resolution(), 72))
            image = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            qimage = QImage(
                data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
            )
            area = painter.viewport()
            scale = min(area.width() / image.width, area.height() / image.height)
            w, h = int(image.width * scale), int(image.height * scale)
            painter.drawImage(
                QRect(
                    area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h
                ),
                qimage,
            )
            page.close()
            if progress is not None:
                progress((i + 1) / count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


class PdfJob(QObject):
    """Builds one PDF (and optionally prints it) in a worker thread."""

    #: Progress from 0.0 to 1.0.
    progressed = Signal(float)
    #: The job ended well; carries the output path (or None after printing).
    succeeded = Signal(object)
    #: The job failed; carries a plain message (empty when the user cancelled).
    failed = Signal(str)

    def __init__(
        self,
        data,
        options: output.PdfOptions,
        target: Path | None = None,
        printer: QPrinter | None = None,
    ):
        super().__init__()
        self.data = data
        self.options = options
        self.target = target
        self.printer = printer
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, value: float, start: float, span: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(start + span * value)

    def run(self) -> None:
        import io

        try:
            span = 0.5 if self.printer is not None else 1.0
            pages = io.BytesIO()  # printing: the PDF is made in memory, then its pages printed
            out: Path | BinaryIO = pages
            if self.printer is None:
                assert self.target is not None, "a PDF job writes to a file or to a printer"
                out = self.target
            output.write_pdf(
                self.data, self.options, out, progress=lambda v: self._progress(v, 0.0, span)
            )
            if self.printer is not None:
                print_pdf_pages(
                    pages.getvalue(),
                    self.printer,
                    lambda v: self._progress(v, 0.5, 0.5),
                    self._cancel.is_set,
                )
            self.succeeded.emit(self.target)
        except Cancelled:
            self.failed.emit("")
        except StorageError as exc:  # the place chosen is a pipe, a device, a folder…
            self.failed.emit(exc.message)
        except (OSError, ValueError) as exc:
            self.failed.emit(str(getattr(exc, "strerror", None) or exc))
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class PrintController(QObject):
    """The Export PDF and Print actions of one main window."""

    #: A job finished (True) or failed or was cancelled (False); for tests and the status bar.
    job_done = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker_thread: QThread | None = None
        self.job: PdfJob | None = None
        self.progress: QProgressDialog | None = None
        self.printer: QPrinter | None = None
        self.export_action = window.menu_actions.on("file.export_pdf", self.export_dialog)
        self.print_action = window.menu_actions.on("file.print", self.print_dialog)
        self.run_sheet_action = window.menu_actions.on(
            "programme.print_run_sheet", lambda: self.print_dialog("run-sheet")
        )
        self.agenda_action = window.menu_actions.on(
            "programme.print_agenda", lambda: self.print_dialog("agenda")
        )
        window.workshop_changed.connect(lambda _path: self._follow_document())
        window.installEventFilter(self)
        self.update_actions()

    def cancel(self) -> None:
        """Stop the running job at its next progress step."""
        if self.job is not None:
            self.job.cancel()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Close and self.busy:
            # Closing the window mid-export: stop the job and let its thread end first.
            self.cancel()
            self.worker_thread.quit()
            self.worker_thread.wait()
        return False

    @property
    def busy(self) -> bool:
        return self.worker_thread is not None

    def _follow_document(self) -> None:
        """A workshop was opened or closed: follow its agenda (the programme actions)."""
        document = self.window.document
        if document is not None:
            document.programme_changed.connect(self.update_actions)
        self.update_actions()

    def has_agenda(self) -> bool:
        """The open workshop's agenda has blocks (the programme's kinds can be printed)."""
        document = self.window.document
        return document is not None and bool(document.programme.blocks)

    def update_actions(self) -> None:
        enabled = self.window.document is not None and not self.busy
        self.export_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)
        agenda = enabled and self.has_agenda()
        self.run_sheet_action.setEnabled(agenda)
        self.agenda_action.setEnabled(agenda)

    def _data(self):
        """What to print: what the workshop's file holds, as ``costar report`` reads it."""
        return output.file_data(self.window.document.store)

    def _options(self, choices: dict) -> output.PdfOptions:
        """The dialog's choices, with names replaced when the user chose
        File → Export → Anonymise names."""
        return output.PdfOptions(**choices, anonymise=self.window.privacy.chosen())

    def export_dialog(self) -> None:
        if self.window.document is None or self.busy:
            return
        options = PrintOptionsDialog(self.window, has_agenda=self.has_agenda())
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        choices = options.choices()
        base = self.window.document.path
        proposal = base.with_name(output.pdf_name(base.stem, choices["kind"], choices["easy_read"]))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), str(proposal), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = output.with_pdf_suffix(Path(path))
        self._start(
            PdfJob(self._data(), self._options(choices), target=target), self.tr("Making the PDF…")
        )

    def print_dialog(self, kind: str | None = None) -> None:
        """File → Print… (``kind`` None: the kind chosen last), or the Programme menu's."""
        if self.window.document is None or self.busy:
            return
        if kind in PROGRAMME_KINDS and not self.has_agenda():
            no_blocks = QCoreApplication.translate("PrintOptionsDialog", NO_BLOCKS)
            self.window.statusBar().showMessage("ℹ " + no_blocks, 8000)
            return
        options = PrintOptionsDialog(
            self.window, for_printer=True, kind=kind, has_agenda=self.has_agenda()
        )
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        # Qt's printing module is loaded when someone first prints, not at start-up.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.printer = printer  # kept alive until the job ends
        self._start(
            PdfJob(self._data(), self._options(options.choices()), printer=printer),
            self.tr("Printing…"),
        )

    def _start(self, job: PdfJob, label: str) -> None:
        self.job = job
        self.worker_thread = QThread(self)
        job.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(job.run)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 100, self.window)
        self.progress.setWindowTitle(label.rstrip("…"))
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        # A plain callable runs at once in this thread; a slot of the job would wait for the
        # worker's event loop, which is busy building the PDF.
        self.progress.canceled.connect(self.cancel)
        self.update_actions()
        self.worker_thread.start()

    def _on_progress(self, value: float) -> None:
        if self.progress is not None:
            self.progress.setValue(round(value * 100))

    def _finish(self) -> None:
        thread, job = self.worker_thread, self.job
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if job is not None:
            job.deleteLater()
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.worker_thread = self.job = self.progress = self.printer = None
        self.update_actions()

    def _on_succeeded(self, target) -> None:
        self._finish()
        message = (
            self.tr("Saved the PDF to %1").replace("%1", str(target))
            if target
            else self.tr("Sent to the printer")
        )
        self.window.statusBar().showMessage(message, 8000)
        self.job_done.emit(True)

    def _on_failed(self, message: str) -> None:
        self._finish()
        if message:
            text = self.tr("The PDF could not be made: %1").replace("%1", message)
            self.window.report_error(self.tr("Printing failed"), text)
        else:
            self.window.statusBar().showMessage(self.tr("Cancelled"), 5000)
        self.job_done.emit(False)
