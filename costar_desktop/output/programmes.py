"""A facilitator's own programmes, and programme files handed to or from a colleague.

No Qt. Own programmes are the programme files in ``<data folder>/programmes/`` (see
:func:`own_folder`): every readable one is offered, an unreadable one is listed as skipped
with its reason and never stops the others. Files are written all or nothing through
storage's checked write (as exports are), and read through
:func:`~costar_desktop.core.programme.read_programme`, which treats every file as untrusted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from costar_desktop.core.programme import (
    MAX_TITLE_CHARS,
    Programme,
    ProgrammeRefused,
    parse_programme,
    read_programme,
    to_data,
)
from costar_desktop.storage.fileio import write_file_atomically

#: The ending of a programme file.
SUFFIX = ".json"
#: At most this many files of the folder are looked at (a folder is not a dump).
MAX_OWN_FILES = 500
_UNSAFE = set('\\/:*?"<>|\x00')
_NAME_CHARS = 60


def own_folder(data_dir: Path) -> Path:
    """Where own programmes live, inside the data folder (``paths.user_data_dir()``)."""
    return data_dir / "programmes"


@dataclass
class OwnProgrammes:
    """What the own-programmes folder holds: the readable ones by file, and the files
    skipped with the reason, in plain words."""

    found: list[tuple[Path, Programme]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def safe_name(name: str) -> str:
    """A file name (without its ending) from a programme's name: no characters that a
    file system refuses, no leading dots, never empty."""
    kept = "".join(" " if c in _UNSAFE or ord(c) < 32 else c for c in name)
    kept = " ".join(kept.split()).strip(". ")[:_NAME_CHARS].strip(". ")
    return kept or "Programme"


def programme_bytes(programme: Programme) -> bytes:
    """The programme as a programme file holds it (UTF-8 JSON, lines as this system ends
    them)."""
    import json

    text = json.dumps(to_data(programme), ensure_ascii=False, indent=2) + "\n"
    return text.replace("\n", os.linesep).encode("utf-8")


def write_programme_file(programme: Programme, target: Path) -> Path:
    """Write ``programme`` to ``target`` all or nothing. The programme is checked first
    with the same rules a reader applies (ProgrammeRefused), so a file this writes can
    always be read back."""
    checked = parse_programme(to_data(programme))
    return write_file_atomically(target, programme_bytes(checked))


def own_path(folder: Path, name: str) -> Path:
    """Where an own programme called ``name`` is saved."""
    return folder / f"{safe_name(name)}{SUFFIX}"


def save_own(programme: Programme, name: str, folder: Path) -> Path:
    """Save ``programme`` as an own programme called ``name`` (a file of that name is
    replaced: saving again under the same name updates it)."""
    name = " ".join(name.split())[:MAX_TITLE_CHARS]
    if not name:
        raise ProgrammeRefused("it needs a name")
    folder.mkdir(parents=True, exist_ok=True)
    return write_programme_file(replace(programme, name=name, running=None), own_path(folder, name))


def read_own(folder: Path) -> OwnProgrammes:
    """Every readable programme file in ``folder`` (sorted by name); the others skipped with
    their reason. A missing folder holds none."""
    result = OwnProgrammes()
    try:
        entries = sorted(
            (p for p in folder.iterdir() if p.name.lower().endswith(SUFFIX)),
            key=lambda p: p.name.lower(),
        )
    except OSError:
        return result
    for path in entries[:MAX_OWN_FILES]:
        if not path.is_file():
            result.skipped.append((path.name, "it is not a file"))
            continue
        try:
            result.found.append((path, read_programme(path)))
        except ProgrammeRefused as exc:
            result.skipped.append((path.name, str(exc)))
    return result


def import_programme(source: Path, folder: Path) -> tuple[Programme, Path]:
    """Check a programme file from outside and copy it into the own programmes (under its
    own name; a name already taken gets a number). ProgrammeRefused, and nothing written,
    if it cannot be used."""
    programme = read_programme(source)
    folder.mkdir(parents=True, exist_ok=True)
    target = own_path(folder, programme.name)
    n = 2
    while target.exists():
        target = folder / f"{safe_name(programme.name)} ({n}){SUFFIX}"
        n += 1
    return programme, write_programme_file(programme, target)


def delete_own(path: Path, folder: Path) -> None:
    """Delete an own programme's file (only a file inside ``folder``)."""
    if path.resolve().parent != folder.resolve():
        raise ValueError("only own programmes can be deleted")
    path.unlink(missing_ok=True)
