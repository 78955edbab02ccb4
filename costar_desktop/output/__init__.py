"""What leaves the app, decided once for ``costar export``/``costar report`` and the window.

    from costar_desktop import output
    data, repairs = output.read_file(path)                 # the command line
    data = output.file_data(document.store)                # the window: the same read
    output.write_pdf(data, output.PdfOptions("report", anonymise=True), target)
    exports.write_export(output.outgoing(data, anonymise=True), "json", target)

Both paths read what the workshop *file* holds (never the window's cache or its items),
replace names here when asked, name PDFs by one rule and carry open actions over by one
rule, so the same file and options give the same PDF or export either way. The GUI keeps
its dialogs, threads and messages; the command line its arguments and stderr.

No Qt here (tests/test_layers.py checks it); reportlab is imported only when a PDF is built,
and ``output.exports`` (json, csv) only when an export is written.
This package sits above core, storage and report, and below cli and ui.
"""

from __future__ import annotations

from costar_desktop.output.carry import carried_over, open_actions_from
from costar_desktop.output.naming import pdf_name, with_pdf_suffix
from costar_desktop.output.prepare import PdfOptions, file_data, outgoing, read_file, write_pdf

__all__ = [
    "PdfOptions",
    "carried_over",
    "file_data",
    "open_actions_from",
    "outgoing",
    "pdf_name",
    "read_file",
    "with_pdf_suffix",
    "write_pdf",
]
