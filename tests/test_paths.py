"""One function finds resources/, from a source checkout and inside a frozen bundle."""

import sys

from costar_desktop import paths


def test_from_source_resources_sit_beside_the_package():
    assert paths.resources_dir() == paths.Path(paths.__file__).resolve().parent.parent / "resources"
    assert paths.resource("icons", "costar.svg").is_file()


def test_frozen_resources_are_inside_the_bundle(monkeypatch, tmp_path):
    bundle = tmp_path / "costar-desktop" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.is_frozen()
    assert paths.resources_dir() == bundle / "resources"
    assert paths.resource("fonts", "x.ttf") == bundle / "resources" / "fonts" / "x.ttf"


def test_frozen_without_meipass_falls_back_to_the_executable_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "costar"))
    assert paths.resources_dir() == tmp_path / "resources"
