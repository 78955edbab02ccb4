"""Own programmes and programme files (output/programmes.py): written all or nothing and
readable back, every unreadable file skipped with its reason, a hostile file refused before
anything is written (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from costar_desktop.core.programme import (
    MAX_FILE_BYTES,
    Block,
    Programme,
    ProgrammeRefused,
    read_programme,
    shipped_programmes,
)
from costar_desktop.output.programmes import (
    delete_own,
    import_programme,
    read_own,
    safe_name,
    save_own,
    write_programme_file,
)
from costar_desktop.paths import resource


def plan() -> Programme:
    return Programme(
        name="Our day",
        blocks=[Block("Welcome", 15), Block("Map", 60, method="silent_writing")],
        day_start=9 * 60,
    )


def test_safe_names_are_file_names():
    assert safe_name('Day 1: "Map" / Focus?') == "Day 1 Map Focus"
    assert safe_name("...") == "Programme"
    assert safe_name("../../etc") == "etc"
    assert len(safe_name("x" * 500)) <= 60


def test_saved_own_programmes_read_back_and_saving_again_replaces(tmp_path):
    folder = tmp_path / "programmes"
    path = save_own(plan(), "Tuesday group", folder)
    assert path == folder / "Tuesday group.json"
    again = save_own(plan(), "Tuesday group", folder)
    assert again == path
    own = read_own(folder)
    assert [p.name for _path, p in own.found] == ["Tuesday group"]
    got = own.found[0][1]
    assert [(b.title, b.minutes, b.method) for b in got.blocks] == [
        ("Welcome", 15, ""),
        ("Map", 60, "silent_writing"),
    ]
    assert got.day_start == 9 * 60
    assert own.skipped == []


def test_an_empty_agenda_or_name_is_not_saved(tmp_path):
    with pytest.raises(ProgrammeRefused):
        save_own(Programme("x", []), "x", tmp_path)
    with pytest.raises(ProgrammeRefused):
        save_own(plan(), "   ", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unreadable_files_are_skipped_with_their_reason(tmp_path):
    folder = tmp_path / "programmes"
    save_own(plan(), "Good", folder)
    (folder / "broken.json").write_text("{", "utf-8")
    (folder / "huge.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
    (folder / "folder.json").mkdir()
    (folder / "notes.txt").write_text("not a programme", "utf-8")
    own = read_own(folder)
    assert [p.name for _path, p in own.found] == ["Good"]
    skipped = dict(own.skipped)
    assert set(skipped) == {"broken.json", "huge.json", "folder.json"}
    assert "not a programme file" in skipped["broken.json"]
    assert "far too large" in skipped["huge.json"]
    assert read_own(tmp_path / "missing").found == []


@pytest.mark.parametrize(
    "data, words",
    [
        ({"format": "something else"}, "not a CoStar Desktop programme"),
        ({"format": "costar-programme", "version": 99}, "newer version"),
        (
            {"format": "costar-programme", "version": 1, "name": "x", "blocks": []},
            "no blocks",
        ),
        (
            {
                "format": "costar-programme",
                "version": 1,
                "name": "x",
                "blocks": [{"title": "t", "minutes": 10, "method": "rm -rf"}],
            },
            "method",
        ),
    ],
)
def test_a_hostile_file_is_refused_and_nothing_is_written(tmp_path, data, words):
    source = tmp_path / "from outside.json"
    source.write_text(json.dumps(data), "utf-8")
    folder = tmp_path / "programmes"
    with pytest.raises(ProgrammeRefused, match=words):
        import_programme(source, folder)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_an_imported_file_is_copied_under_its_name_and_a_taken_name_gets_a_number(tmp_path):
    folder = tmp_path / "programmes"
    source = tmp_path / "colleague.json"
    write_programme_file(plan(), source)
    _p, first = import_programme(source, folder)
    _p, second = import_programme(source, folder)
    assert (first.name, second.name) == ("Our day.json", "Our day (2).json")
    assert read_programme(second).name == "Our day"


def test_every_shipped_programme_can_be_written_and_read_back(tmp_path):
    for n, shipped in enumerate(shipped_programmes(resource("programmes"))):
        out = write_programme_file(shipped, tmp_path / f"{n}.json")
        back = read_programme(out)
        assert [b.title for b in back.blocks] == [b.title for b in shipped.blocks]
        assert (back.name, back.day_start) == (shipped.name, shipped.day_start)


def test_only_own_programmes_can_be_deleted(tmp_path):
    folder = tmp_path / "programmes"
    path = save_own(plan(), "Mine", folder)
    outside = tmp_path / "outside.json"
    write_programme_file(plan(), outside)
    with pytest.raises(ValueError):
        delete_own(outside, folder)
    assert outside.exists()
    delete_own(path, folder)
    assert not Path(path).exists()
