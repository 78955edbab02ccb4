"""The ``costar`` command: no arguments or a file opens the GUI; subcommands run headless.

costar [FILE.costar]                 open the GUI (on FILE, or the last workshop)
costar --sample                      open the GUI on the sample workshop
costar --version
costar --self-test                   check this installation headless (one line per check)
costar demo OUT.costar [--force]     write the sample workshop
costar export FILE --format json|csv|md [-o OUT] [--anonymise]
costar report FILE... --kind action-plan|report|templates|run-sheet|agenda|outline
              [--paper a4|letter] [--easy-read] [--group-by owner|date] -o OUT.pdf|FOLDER
costar demo OUT.costar --notes N [--actions M] [--seed S]   a large generated workshop
costar hand-out HOST.costar --tables N|NAME,NAME…|groups -o FOLDER [--force]
costar merge HOST.costar TABLE.costar… [--dry-run] [--conflicts default|here|theirs]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from costar_desktop import APP_NAME, __version__

SUBCOMMANDS = ("demo", "export", "report", "hand-out", "merge")
# The same names as costar_desktop.report (kept here so --help never imports reportlab).
REPORT_KINDS = ("action-plan", "report", "templates", "run-sheet", "agenda", "outline")


class CliError(Exception):
    """A problem to report on stderr in plain words, with exit status 1."""


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="costar",
        description=f"{APP_NAME}: run co-production workshops on the Co-Production Star.",
        epilog="Subcommands (run headless): demo, export, report, hand-out, merge. "
        "Try 'costar report --help'.",
    )
    p.add_argument("file", nargs="?", type=Path, help="a .costar workshop file to open")
    p.add_argument(
        "--sample",
        action="store_true",
        help="open the sample workshop (created in your data folder on first use)",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works, without a display, and exit",
    )
    return p


def _tool_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="costar")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write a realistic sample workshop file")
    demo.add_argument("out", type=Path, help="where to write the .costar file")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.add_argument(
        "--notes",
        type=_count,
        metavar="N",
        help="instead of the sample, generate N notes all over the star "
        "(for speed tests; the same seed always gives the same file)",
    )
    demo.add_argument(
        "--actions",
        type=_count,
        metavar="M",
        help="with --notes: generate M actions instead of the sample's",
    )
    demo.add_argument("--seed", type=int, help="with --notes: the seed (default: the sample's)")
    exp = sub.add_parser("export", help="export everything in a workshop file")
    exp.add_argument("file", type=Path, help="the .costar workshop file")
    exp.add_argument("--format", required=True, choices=("json", "csv", "md"))
    exp.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output file (json, md; default: standard output) or folder (csv)",
    )
    exp.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help="replace people's names with their kind and a number "
        "(e.g. 'Service user 3'), notes' authors included",
    )
    rep = sub.add_parser(
        "report",
        help="print an action plan, a workshop report, blank templates, the programme or the "
        "outline as PDF",
        description="Kinds: action-plan (the agreed actions), report (the whole workshop), "
        "templates (blank cards and worksheets), run-sheet (the agenda with times, methods, "
        "materials and notes, for the facilitator), agenda (the day's times and titles, a "
        "handout for participants; with --easy-read one block a line with pictures), "
        "outline (every note as a nested list: each Co, then each step, then groups and "
        "notes, with authors, dots when revealed, impact and shortlist; --easy-read for "
        "large type).",
    )
    rep.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help=".costar workshop files (none needed for templates)",
    )
    rep.add_argument("--kind", required=True, choices=REPORT_KINDS)
    rep.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)"
    )
    rep.add_argument("--easy-read", action="store_true", help="large type and plain words")
    rep.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help="replace participants' names with their kind and a number",
    )
    rep.add_argument(
        "--group-by",
        choices=("owner", "date"),
        default="owner",
        help="how the action plan is ordered (default owner)",
    )
    rep.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="the PDF to write, or a folder for one PDF per workshop file",
    )
    from costar_desktop import cli_tables

    cli_tables.add_parsers(sub)
    return p


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _cmd_demo(args: argparse.Namespace) -> int:
    from costar_desktop.core.demo import DEMO_SEED, demo_workshop, large_workshop
    from costar_desktop.storage import WorkshopFile, fileio

    fileio.refuse_unless_regular(args.out, missing_ok=True)  # not even with --force
    if args.out.exists() and not args.force:
        raise CliError(f"{args.out} already exists. Use --force to replace it.")
    if args.notes is None and (args.actions is not None or args.seed is not None):
        raise CliError("--actions and --seed go with --notes (a generated workshop).")
    if args.notes is None:
        data, what = demo_workshop(), "the sample workshop"
    else:
        seed = DEMO_SEED if args.seed is None else args.seed
        data = large_workshop(args.notes, seed=seed, action_count=args.actions)
        what = f"a generated workshop (seed {seed})"
    WorkshopFile.create(args.out, data=data, overwrite=args.force).close()
    print(f"Wrote {what} to {args.out} ({len(data.notes)} notes, {len(data.actions)} actions).")
    return 0


def _read(path: Path):
    """Everything in a workshop file, for export and report; each value that had to be
    repaired on the way (the file itself is never changed) is said on stderr."""
    from costar_desktop import output

    data, repairs = output.read_file(path)
    for repair in repairs:
        print(f"costar: {path.name}: {repair}", file=sys.stderr)
    if repairs:
        print(
            f"costar: {path.name} was not changed; opening it in CoStar Desktop offers a "
            "repaired copy.",
            file=sys.stderr,
        )
    return data


def _cmd_export(args: argparse.Namespace) -> int:
    from costar_desktop import output
    from costar_desktop.output.exports import write_export

    if args.format == "csv" and args.output is None:
        raise CliError("CSV export writes one file per table: give a folder with -o.")
    if args.format == "csv" and args.output.exists() and not args.output.is_dir():
        raise CliError(
            f"{args.output} is not a folder; CSV export writes one file per table into a folder."
        )
    if args.format != "csv" and args.output is not None:
        _refuse_special(args.output)  # before reading anything
    data = output.outgoing(_read(args.file), anonymise=args.anonymise)
    try:
        written = write_export(data, args.format, args.output)
    except OSError as exc:
        raise CliError(f"Could not write the export: {exc.strerror or exc}.") from None
    for path in written:
        print(f"Wrote {path}", file=sys.stderr)
    return 0


def _refuse_special(*paths: Path | None) -> None:
    """Refuse at once a given path that is a pipe, device, socket or folder (it would hang
    a read, or be replaced by a file); missing files are left to the command's own message."""
    from costar_desktop.storage import fileio

    for path in paths:
        if path is not None:
            fileio.refuse_unless_regular(path, missing_ok=True)


def _report_targets(args: argparse.Namespace) -> list[tuple[Path | None, Path]]:
    """(input file or None, output PDF) pairs; several inputs need a folder."""
    from costar_desktop.output import pdf_name

    files: list[Path] = list(args.files)
    out: Path = args.output
    to_folder = out.is_dir() or str(out).endswith(("/", "\\")) or len(files) > 1
    if not files:
        if args.kind != "templates":
            raise CliError(f"Give the workshop file to print the {args.kind} from.")
        if to_folder:
            return [(None, out / pdf_name(None, args.kind, args.easy_read))]
        return [(None, out)]
    if not to_folder:
        return [(files[0], out)]
    if out.exists() and not out.is_dir():
        raise CliError(f"{out} is a file; several workshops need a folder to write into.")
    names = [pdf_name(f.stem, args.kind, args.easy_read) for f in files]
    if len(set(names)) != len(names):
        raise CliError(
            "Two of the workshop files have the same name; print them into different folders."
        )
    return [(f, out / name) for f, name in zip(files, names, strict=True)]


def _cmd_report(args: argparse.Namespace) -> int:
    from costar_desktop.core.model import Workshop, WorkshopData

    targets = _report_targets(args)
    for source, target in targets:  # every input and output, before the first PDF is made
        _refuse_special(source, target)
    folder = targets[0][1].parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise CliError(
                f"Could not create the folder {folder}: {exc.strerror or exc}."
            ) from None
    from costar_desktop import output

    options = output.PdfOptions(
        kind=args.kind,
        paper=args.paper,
        easy_read=args.easy_read,
        group_by=args.group_by,
        anonymise=args.anonymise,
    )
    for source, target in targets:
        data = _read(source) if source is not None else WorkshopData(Workshop(title=""), [], [])
        try:
            output.write_pdf(data, options, target)
        except OSError as exc:
            raise CliError(f"Could not write {target}: {exc.strerror or exc}.") from None
        except ValueError as exc:
            raise CliError(str(exc)) from None
        print(f"Wrote {target}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from costar_desktop.storage import StorageError

    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _tool_parser().parse_args(argv)
            # Every subcommand can write (export with -o): first remove what an earlier
            # process that died part-way through a save left beside its files.
            from costar_desktop.storage.fileio import remove_leftover_temporaries

            remove_leftover_temporaries()
            from costar_desktop import cli_tables

            commands = {
                "demo": _cmd_demo,
                "export": _cmd_export,
                "report": _cmd_report,
                "hand-out": cli_tables.cmd_hand_out,
                "merge": cli_tables.cmd_merge,
            }
            try:
                return commands[args.command](args)
            except cli_tables.TablesError as exc:
                raise CliError(str(exc)) from None
        args = _gui_parser().parse_args(argv)
        if args.self_test:
            from costar_desktop.selftest import run_self_test

            return run_self_test()
        from costar_desktop.ui.shell.app import run_gui

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
