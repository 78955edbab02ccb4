"""The command line, run as a user would: a separate process, no display."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from costar_desktop import __version__


def costar(*args, cwd=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "costar_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def test_version():
    out = costar("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout


def test_demo_then_export_json(tmp_path):
    path = tmp_path / "demo.costar"
    out = costar("demo", path)
    assert out.returncode == 0, out.stderr
    out = costar("export", path, "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["workshop"]["title"]
    assert len(doc["notes"]) >= 24
    assert {n["co"] for n in doc["notes"]} >= {"commission", "design", "deliver", "assess"}
    for n in doc["notes"]:
        assert {"id", "text", "co", "step", "author", "colour", "x", "y"} <= set(n)


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "demo.costar"
    assert costar("demo", path).returncode == 0
    before = path.read_bytes()
    out = costar("demo", path)
    assert out.returncode == 1 and "--force" in out.stderr
    assert path.read_bytes() == before


def test_export_md_and_csv_to_files(tmp_path):
    path = tmp_path / "demo.costar"
    costar("demo", path)
    md = tmp_path / "out.md"
    assert costar("export", path, "--format", "md", "-o", md).returncode == 0
    assert md.read_text(encoding="utf-8").startswith("# ")
    folder = tmp_path / "tables"
    assert costar("export", path, "--format", "csv", "-o", folder).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "actions.csv",
        "market_items.csv",
        "notes.csv",
        "participants.csv",
        "people.csv",
        "votes.csv",
        "workshop.csv",
    ]


def test_csv_without_a_folder_is_a_plain_error(tmp_path):
    path = tmp_path / "demo.costar"
    costar("demo", path)
    out = costar("export", path, "--format", "csv")
    assert out.returncode == 1
    assert "give a folder with -o" in out.stderr


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"hello, I am a text file", "not a CoStar workshop file"),
    ],
)
def test_export_of_a_bad_file_goes_to_stderr_with_a_non_zero_status(tmp_path, content, words):
    path = tmp_path / "bad.costar"
    path.write_bytes(content)
    out = costar("export", path, "--format", "json")
    assert out.returncode == 1
    assert words in out.stderr
    assert out.stdout == ""
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == content


def test_export_of_a_foreign_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    out = costar("export", path, "--format", "json")
    assert out.returncode == 1 and "another program" in out.stderr


def test_unknown_format_is_a_usage_error(tmp_path):
    out = costar("export", tmp_path / "x.costar", "--format", "pdf")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr


def test_export_anonymised(tmp_path):
    path = tmp_path / "demo.costar"
    costar("demo", path)
    plain = costar("export", path, "--format", "json")
    out = costar("export", path, "--format", "json", "--anonymise")
    assert out.returncode == 0, out.stderr
    names = [p["name"] for p in json.loads(plain.stdout)["participants"]]
    assert names and all(name in plain.stdout for name in names)
    assert not any(name in out.stdout for name in names)
    doc = json.loads(out.stdout)
    assert {n["author"] for n in doc["notes"]} >= {"Service user group 1", "Carer group 1"}


def test_report_can_anonymise_names(tmp_path):
    from pypdf import PdfReader

    from costar_desktop.core.demo import demo_workshop

    path = tmp_path / "demo.costar"
    assert costar("demo", path).returncode == 0
    names = [p.name for p in demo_workshop().participants]
    plain, hidden = tmp_path / "plain.pdf", tmp_path / "hidden.pdf"
    assert costar("report", path, "--kind", "report", "-o", plain).returncode == 0
    assert costar("report", path, "--kind", "report", "--anonymise", "-o", hidden).returncode == 0
    text = lambda p: " ".join(" ".join(pg.extract_text().split()) for pg in PdfReader(str(p)).pages)
    assert any(n in text(plain) for n in names)
    hidden_text = text(hidden)
    assert not any(n in hidden_text for n in names)
    assert "Service user 1" in hidden_text
