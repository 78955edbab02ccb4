"""Files that are not ours, or are too new or broken, are refused and left byte-identical."""

import os
import sqlite3

import pytest

from costar_desktop.storage import (
    SCHEMA_VERSION,
    FileDamaged,
    ForeignFile,
    NewerVersion,
    NotAWorkshopFile,
    StorageError,
    WorkshopFile,
)


def _assert_refused(path, error, words):
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as info:
        WorkshopFile.open(path)
    assert words in info.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    return info.value.message


def test_random_bytes(tmp_path):
    path = tmp_path / "random.costar"
    path.write_bytes(os.urandom(4096))
    _assert_refused(path, NotAWorkshopFile, "not a CoStar workshop file")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.costar"
    path.write_bytes(b"")
    _assert_refused(path, NotAWorkshopFile, "empty")


def test_text_file(tmp_path):
    path = tmp_path / "notes.costar"
    path.write_text("just some notes\n")
    _assert_refused(path, NotAWorkshopFile, "not a CoStar workshop file")


def test_another_applications_sqlite_file(tmp_path):
    path = tmp_path / "other.costar"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (a)")
    conn.execute("INSERT INTO things VALUES (1)")
    conn.commit()
    conn.close()
    _assert_refused(path, ForeignFile, "another program")


def test_a_file_from_a_newer_version(demo_file):
    conn = sqlite3.connect(demo_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    message = _assert_refused(demo_file, NewerVersion, "newer version of CoStar Desktop")
    assert "update" in message.lower()


def test_a_truncated_file(demo_file):
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    _assert_refused(demo_file, FileDamaged, "damaged")


def test_a_file_with_zeroed_pages(demo_file):
    data = bytearray(demo_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 3 * page] = bytes(2 * page)
    demo_file.write_bytes(bytes(data))
    _assert_refused(demo_file, StorageError, "damaged")


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(NotAWorkshopFile, match="no file"):
        WorkshopFile.open(tmp_path / "nothing.costar")
    with pytest.raises(NotAWorkshopFile, match="folder"):
        WorkshopFile.open(tmp_path)
