"""`costar demo --notes N`: large generated workshops, the same for the same seed."""

import json
import os
import subprocess
import sys


def costar(*args):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "costar_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _content(path):
    """The export without timestamps (they say when the file was written)."""
    out = costar("export", path, "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("created", "updated")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(doc)


def test_generated_workshop_has_the_counts_asked_for_and_repeats_with_its_seed(tmp_path):
    a, b, c = tmp_path / "a.costar", tmp_path / "b.costar", tmp_path / "c.costar"
    out = costar("demo", a, "--notes", 300, "--actions", 40)
    assert out.returncode == 0, out.stderr
    assert "300 notes, 40 actions" in out.stdout
    assert costar("demo", b, "--notes", 300, "--actions", 40).returncode == 0
    assert costar("demo", c, "--notes", 300, "--actions", 40, "--seed", 7).returncode == 0
    first, second, other = _content(a), _content(b), _content(c)
    assert len(first["notes"]) == 300 and len(first["actions"]) == 40
    # Each file is a workshop of its own (its id is new); everything else repeats.
    assert first["workshop"].pop("id") != second["workshop"].pop("id")
    assert first == second
    assert first["notes"] != other["notes"]
    assert {n["co"] for n in first["notes"]} >= {"commission", "design", "deliver", "assess", None}


def test_actions_without_notes_is_a_plain_error(tmp_path):
    out = costar("demo", tmp_path / "x.costar", "--actions", 3)
    assert out.returncode == 1
    assert "--notes" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.costar").exists()


def test_negative_counts_are_refused(tmp_path):
    out = costar("demo", tmp_path / "x.costar", "--notes", -5)
    assert out.returncode != 0 and "0 or more" in out.stderr


def test_two_sample_files_are_two_workshops_with_the_same_notes(tmp_path):
    a, b = tmp_path / "a.costar", tmp_path / "b.costar"
    assert costar("demo", a).returncode == 0
    assert costar("demo", b).returncode == 0
    first, second = _content(a), _content(b)
    assert first["workshop"].pop("id") != second["workshop"].pop("id")
    assert first == second
