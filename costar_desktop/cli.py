"""The ``costar`` command: no arguments or a file opens the GUI; subcommands run headless.

    costar [FILE.costar]                 open the GUI (on FILE, or the last workshop)
    costar --sample                      open the GUI on the sample workshop
    costar --version
    costar demo OUT.costar [--force]     write the sample workshop
    costar export FILE --format json|csv|md [-o OUT] [--anonymise]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from costar_desktop import APP_NAME, __version__

SUBCOMMANDS = ("demo", "export")


class CliError(Exception):
    """A problem to report on stderr in plain words, with exit status 1."""


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="costar",
        description=f"{APP_NAME}: run co-production workshops on the Co-Production Star.",
        epilog="Subcommands (run headless): demo, export. Try 'costar export --help'.",
    )
    p.add_argument("file", nargs="?", type=Path, help="a .costar workshop file to open")
    p.add_argument("--sample", action="store_true",
                   help="open the sample workshop (created in your data folder on first use)")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p


def _tool_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="costar")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write a realistic sample workshop file")
    demo.add_argument("out", type=Path, help="where to write the .costar file")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    exp = sub.add_parser("export", help="export everything in a workshop file")
    exp.add_argument("file", type=Path, help="the .costar workshop file")
    exp.add_argument("--format", required=True, choices=("json", "csv", "md"))
    exp.add_argument("-o", "--output", type=Path,
                     help="output file (json, md; default: standard output) or folder (csv)")
    exp.add_argument("--anonymise", "--anonymize", action="store_true",
                     help="replace people's names with their kind and a number "
                          "(e.g. 'Service user 3'), notes' authors included")
    return p


def _cmd_demo(args: argparse.Namespace) -> int:
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.storage import WorkshopFile

    if args.out.exists() and not args.force:
        raise CliError(f"{args.out} already exists. Use --force to replace it.")
    data = demo_workshop()
    WorkshopFile.create(args.out, data=data, overwrite=args.force).close()
    print(f"Wrote the sample workshop to {args.out} ({len(data.notes)} notes).")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from costar_desktop.core.export import write_export
    from costar_desktop.storage import WorkshopFile

    if args.format == "csv" and args.output is None:
        raise CliError("CSV export writes one file per table: give a folder with -o.")
    data = WorkshopFile.read(args.file)
    if args.anonymise:
        from costar_desktop.core.anonymise import anonymise

        data = anonymise(data)
    try:
        written = write_export(data, args.format, args.output)
    except OSError as exc:
        raise CliError(f"Could not write the export: {exc.strerror or exc}.") from None
    for path in written:
        print(f"Wrote {path}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from costar_desktop.storage import StorageError

    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _tool_parser().parse_args(argv)
            return {"demo": _cmd_demo, "export": _cmd_export}[args.command](args)
        args = _gui_parser().parse_args(argv)
        from costar_desktop.ui.app import run_gui

        return run_gui(args.file, sample=args.sample)
    except StorageError as exc:
        print(f"costar: {exc.message}", file=sys.stderr)
        return 1
    except CliError as exc:
        print(f"costar: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
