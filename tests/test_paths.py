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


# --- the data folder: COSTAR_DATA_DIR, a portable costar-data folder, or the usual place ---


def _frozen_at(monkeypatch, executable):
    """Pretend to be the frozen app whose executable is ``executable``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv("COSTAR_DATA_DIR", raising=False)
    monkeypatch.delenv("APPIMAGE", raising=False)
    monkeypatch.delenv("APPDIR", raising=False)


def test_costar_data_dir_holds_the_data_and_the_settings_file(monkeypatch, tmp_path):
    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path / "data"))
    assert paths.chosen_data_dir() == tmp_path / "data"
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.settings_file() == tmp_path / "data" / "settings.ini"
    assert paths.sample_workshop_path().parent == tmp_path / "data"


def test_a_costar_data_folder_beside_the_frozen_app_makes_it_portable(monkeypatch, tmp_path):
    stick = tmp_path / "USB stick" / "costar-desktop"
    (stick / "costar-data").mkdir(parents=True)
    _frozen_at(monkeypatch, stick / "costar.exe")
    assert paths.portable_data_dir() == stick / "costar-data"
    assert paths.user_data_dir() == stick / "costar-data"
    assert paths.settings_file() == stick / "costar-data" / "settings.ini"


def test_costar_data_dir_wins_over_a_portable_folder(monkeypatch, tmp_path):
    (tmp_path / "app" / "costar-data").mkdir(parents=True)
    _frozen_at(monkeypatch, tmp_path / "app" / "costar")
    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path / "chosen"))
    assert paths.user_data_dir() == tmp_path / "chosen"
    assert paths.settings_file() == tmp_path / "chosen" / "settings.ini"


def test_without_a_costar_data_folder_the_usual_places_are_kept(monkeypatch, tmp_path):
    """No folder (or a file of that name) beside the app: nothing changes for existing users,
    whose settings stay where they always were."""
    (tmp_path / "app").mkdir()
    _frozen_at(monkeypatch, tmp_path / "app" / "costar")
    assert paths.chosen_data_dir() is None
    assert paths.settings_file() is None
    (tmp_path / "app" / "costar-data").write_text("not a folder")
    assert paths.chosen_data_dir() is None
    assert paths.settings_file() is None


def test_from_source_a_costar_data_folder_beside_python_is_ignored(monkeypatch, tmp_path):
    (tmp_path / "bin" / "costar-data").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.delenv("COSTAR_DATA_DIR")
    assert paths.portable_data_dir() is None
    assert paths.settings_file() is None


def test_a_macos_app_looks_beside_its_bundle(monkeypatch, tmp_path):
    bundle = tmp_path / "CoStar Desktop.app"
    (bundle / "Contents" / "MacOS").mkdir(parents=True)
    (tmp_path / "costar-data").mkdir()
    _frozen_at(monkeypatch, bundle / "Contents" / "MacOS" / "costar")
    assert paths.portable_data_dir() == tmp_path / "costar-data"


def test_an_appimage_looks_beside_the_image_not_inside_its_mount(monkeypatch, tmp_path):
    mount = tmp_path / "mnt" / ".mount_costarXYZ"
    (mount / "usr" / "lib" / "costar-desktop" / "costar-data").mkdir(parents=True)
    (tmp_path / "stick" / "costar-data").mkdir(parents=True)
    _frozen_at(monkeypatch, mount / "usr" / "lib" / "costar-desktop" / "costar")
    monkeypatch.setenv("APPDIR", str(mount))
    monkeypatch.setenv("APPIMAGE", str(tmp_path / "stick" / "CoStar_Desktop.AppImage"))
    assert paths.portable_data_dir() == tmp_path / "stick" / "costar-data"
