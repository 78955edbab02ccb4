"""``costar hand-out`` and ``costar merge``: breakout tables from the command line, for an
organiser preparing sticks, or a facilitator who prefers a terminal (docs/tables.md).

costar hand-out HOST.costar --tables N|NAME,NAME…|groups -o FOLDER [--force]
costar merge HOST.costar TABLE.costar… [--dry-run] [--conflicts default|here|theirs]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from costar_desktop.core.merge import BOTH, HERE, THEIRS, Conflict


class TablesError(Exception):
    """A problem to report on stderr in plain words, with exit status 1."""


def add_parsers(sub: Any) -> None:
    """The two subcommands, on the ``costar`` tool parser's subparsers."""
    out = sub.add_parser(
        "hand-out", help="write one workshop file per breakout table (for USB sticks)"
    )
    out.add_argument("host", type=Path, help="the workshop on the shared screen (.costar)")
    out.add_argument(
        "--tables",
        required=True,
        help="how many tables (e.g. 4), their names separated by commas "
        "(e.g. 'Carers,Young people,Staff'), or 'groups' for the workshop's table groups",
    )
    out.add_argument("-o", "--output", type=Path, required=True, help="the folder to write to")
    out.add_argument(
        "--force", action="store_true", help="replace tables' files already in the folder"
    )
    merge = sub.add_parser(
        "merge", help="bring tables' files back into the workshop (three-way merge)"
    )
    merge.add_argument("host", type=Path, help="the workshop the tables were handed out from")
    merge.add_argument("tables", nargs="+", type=Path, help="tables' .costar files")
    merge.add_argument(
        "--dry-run", action="store_true", help="show what would change, and change nothing"
    )
    merge.add_argument(
        "--conflicts",
        choices=("default", "here", "theirs"),
        default="default",
        help="how to settle conflicts: 'default' keeps both texts of a note and every "
        "edited row; 'here' keeps the workshop's value; 'theirs' takes the table's",
    )


def _names(spec: str, host: Any) -> list[str]:
    from costar_desktop.storage.breakout import default_table_names

    spec = spec.strip()
    if spec.isdigit():
        return default_table_names(int(spec))
    if spec.casefold() == "groups":
        names = [p.name for p in host.participants() if p.is_group and p.name.strip()]
        if not names:
            raise TablesError("This workshop has no table groups; give a number or names.")
        return names
    return [n for n in (part.strip() for part in spec.split(","))]


def cmd_hand_out(args: argparse.Namespace) -> int:
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.storage.breakout import hand_out

    with WorkshopFile.open(args.host) as host:
        try:
            names = _names(args.tables, host)
            folder = args.output
            folder.mkdir(parents=True, exist_ok=True)
            done = hand_out(host, names, folder, overwrite=args.force)
        except ValueError as exc:
            raise TablesError(str(exc)) from None
        except OSError as exc:
            raise TablesError(f"Could not write to {args.output}: {exc.strerror or exc}.") from None
    for name, path in zip(names, done.files, strict=True):
        print(f"{name}: {path}")
    print(
        f"Handed out to {len(done.files)} tables. Bring their files back with "
        f"'costar merge {args.host} FILE…'.",
        file=sys.stderr,
    )
    return 0


def _choices(conflicts: list[Conflict], policy: str) -> dict[str, str]:
    if policy == "default":
        return {}
    wanted = HERE if policy == "here" else THEIRS
    return {c.id: wanted for c in conflicts if wanted in c.choices}


def _shown(value: Any) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, tuple):
        value = value[0] if len(value) == 3 and isinstance(value[0], str) else value
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def cmd_merge(args: argparse.Namespace) -> int:
    from costar_desktop.core.merge_words import summary_sentence
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.storage.backups import BackupStore
    from costar_desktop.storage.breakout import plan_bring_back, read_table_files

    with WorkshopFile.open(args.host) as host:
        tables, refused = read_table_files(host, args.tables)
        for refusal in refused:
            print(f"Refused: {refusal.message}", file=sys.stderr)
        if refused:
            raise TablesError("Nothing was merged. Leave out the refused files, or fix them.")
        first = plan_bring_back(host, tables)
        choices = _choices(first.plan.conflicts, args.conflicts)
        bring = plan_bring_back(host, tables, choices) if choices else first
        for table, summary in zip(bring.tables, bring.summaries, strict=True):
            print(summary_sentence(table.record.name, summary))
            if table.inbox:
                print(
                    f"  {table.inbox} phones' notes are still waiting in its inbox; they "
                    "stay on that laptop."
                )
        for c in bring.plan.conflicts:
            answer = choices.get(c.id, c.default)
            what = c.field or ("deleted here" if c.deleted == "here" else "deleted there")
            print(
                f"  Conflict ({c.table_name}, {c.table} {c.key[:8]}, {what}): here "
                f"“{_shown(c.here)}”, {c.table_name} “{_shown(c.theirs)}” → "
                + {HERE: "kept here", THEIRS: f"took {c.table_name}'s", BOTH: "kept both"}[answer]
            )
        for result in bring.plan.tables:
            if result.missing:
                print(
                    f"  {len(result.missing)} rows are missing from {result.name}'s file "
                    "with no record of a deletion; they were kept."
                )
        for words in bring.plan.repairs:
            print(f"  {words}.")
        for name, given, allowed in bring.plan.over_budget:
            print(
                f"  {name or 'A voter'} now has {given} dots, {given - allowed} over the "
                f"{allowed} allowed. No dot was taken away."
            )
        if args.dry_run:
            print("Dry run: nothing was changed.", file=sys.stderr)
            return 0
        backup = BackupStore().backup_file(host, "before-merge")
        host.apply_row_changes(bring.changes)
    where = f" A backup was taken first: {backup.path}" if backup is not None else ""
    files = "1 table's file" if len(tables) == 1 else f"{len(tables)} tables' files"
    print(f"Merged {files} into {args.host}.{where}", file=sys.stderr)
    return 0
