"""The project's own wheel carries resources/ and works when installed from it (issue 25).

The wheel is built once for the module, offline, with the build backend that ``.[test]``
puts in the virtualenv (``pip wheel --no-build-isolation``), and installed with ``pip
install --target`` into a temporary folder. That folder is put first on PYTHONPATH of this
virtualenv's Python (which has the dependencies: Qt, reportlab, …), run from a folder
outside the repository, so the installed copy is what is imported, not the source checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from costar_desktop import __version__, paths

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DIST_INFO = f"costar_desktop-{__version__}.dist-info"
#: What a user needs at run time; the translators' sources (*.ts) stay in the source tree.
NOT_SHIPPED = (".ts",)
#: The wheel is the package plus resources/: 5.5 MB (12 MB unpacked, nearly all fonts, the
#: CJK one the largest). The bound catches build junk or a stray big file slipping in.
MAX_WHEEL_BYTES = 8 * 1024 * 1024


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    )
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            str(ROOT),
            "-w",
            str(out),
        ]
    )
    (built,) = out.glob("costar_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    """Install the wheel into a folder; how to run that copy of the app."""
    base = tmp_path_factory.mktemp("installed")
    site = base / "site"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            "--target",
            str(site),
            str(wheel),
        ]
    )
    workdir = base / "elsewhere"  # not the repository: `python -m` puts the cwd on sys.path
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        PYTHONPATH=str(site),
        QT_QPA_PLATFORM="offscreen",
        COSTAR_DATA_DIR=str(base / "data"),
        XDG_CONFIG_HOME=str(base / "config"),
    )
    return {"site": site, "cwd": workdir, "env": env}


def _python(installed, *args) -> subprocess.CompletedProcess:
    return _run([sys.executable, *args], cwd=installed["cwd"], env=installed["env"])


def _shipped_resources() -> list[str]:
    return sorted(
        p.relative_to(RESOURCES).as_posix()
        for p in RESOURCES.rglob("*")
        if p.is_file() and p.suffix not in NOT_SHIPPED
    )


def test_the_wheel_holds_the_package_and_its_resources_and_nothing_else(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
    assert {name.split("/")[0] for name in names} == {"costar_desktop", DIST_INFO}
    in_wheel = sorted(
        n.removeprefix("costar_desktop/resources/")
        for n in names
        if n.startswith("costar_desktop/resources/")
    )
    assert in_wheel == _shipped_resources()
    for wanted in (
        "icons/costar.svg",
        "fonts/NotoSans-Regular.ttf",
        "fonts/OFL.txt",
        "translations/costar_de.qm",
        "pictures/co-design.svg",
    ):
        assert wanted in in_wheel
    sources = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "costar_desktop").rglob("*.py")
    )
    assert sources and set(sources) <= set(names)
    junk = [
        n
        for n in names
        if "__pycache__" in n
        or n.endswith((".pyc", ".ts"))
        or n.startswith(("tests/", "packaging/", "docs/", "build/", "resources/"))
    ]
    assert junk == []
    assert wheel.stat().st_size < MAX_WHEEL_BYTES, f"{wheel.stat().st_size / 2**20:.1f} MB"


def test_the_installed_package_finds_its_resources(installed):
    probe = (
        "import json, costar_desktop; from costar_desktop import paths; print(json.dumps("
        "{'package': costar_desktop.__file__, 'resources': str(paths.resources_dir()),"
        " 'frozen': paths.is_frozen()}))"
    )
    found = json.loads(_python(installed, "-c", probe).stdout)
    package = installed["site"] / "costar_desktop"
    assert Path(found["package"]) == package / "__init__.py"  # not the source checkout
    assert Path(found["resources"]) == package / "resources"
    assert found["frozen"] is False
    for parts in (
        ("icons", "costar.svg"),
        ("fonts", "NotoSans-Regular.ttf"),
        ("translations", "costar_de.qm"),
        ("pictures", "co-design.svg"),
    ):
        assert package.joinpath("resources", *parts).is_file(), parts


def test_the_installed_package_passes_its_self_test(installed):
    out = _python(installed, "-m", "costar_desktop", "--self-test").stdout
    lines = out.splitlines()
    checks = [line for line in lines if line.startswith(("ok", "FAIL"))]
    assert [line for line in checks if not line.startswith("ok")] == [], out
    assert len(checks) >= 10, out
    assert lines[-1] == "self-test passed", out
    (resources,) = [line for line in checks if line.startswith("ok    resources:")]
    assert str(installed["site"] / "costar_desktop" / "resources") in resources, out


def test_the_installed_app_loads_its_german_translation(installed):
    probe = (
        "from PySide6.QtCore import QLocale; from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]); from costar_desktop.ui import i18n;"
        "print(i18n.translations_dir()); print(sorted(p.name for p in "
        "i18n.translations_dir().glob('*.qm')))"
    )
    folder, names = _python(installed, "-c", probe).stdout.splitlines()
    assert Path(folder) == installed["site"] / "costar_desktop" / "resources" / "translations"
    assert "costar_de.qm" in names


# --- which resources/ paths.resources_dir() picks, without building anything -----------


def _pretend_package_at(monkeypatch, package: Path) -> None:
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))


def test_an_installed_package_uses_the_resources_inside_it(monkeypatch, tmp_path):
    package = tmp_path / "site-packages" / "costar_desktop"
    (package / "resources" / "icons").mkdir(parents=True)
    _pretend_package_at(monkeypatch, package)
    assert paths.resources_dir() == package / "resources"
    assert paths.resource("icons", "costar.svg") == package / "resources" / "icons" / "costar.svg"


def test_a_source_checkout_uses_the_top_level_resources(monkeypatch, tmp_path):
    package = tmp_path / "checkout" / "costar_desktop"
    package.mkdir(parents=True)
    (tmp_path / "checkout" / "resources").mkdir()
    _pretend_package_at(monkeypatch, package)
    assert paths.resources_dir() == tmp_path / "checkout" / "resources"


def test_a_frozen_bundle_uses_its_own_resources_even_beside_a_package_folder(monkeypatch, tmp_path):
    bundle = tmp_path / "_internal"
    (bundle / "costar_desktop" / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(bundle / "costar_desktop" / "paths.pyc"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == bundle / "resources"


def test_an_editable_install_points_at_the_checkout_and_copies_no_resources(tmp_path):
    """`make run` / `pip install -e .`: the checkout's resources/ are used as they are edited."""
    from hatchling.builders.wheel import WheelBuilder

    (built,) = WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["editable"])
    with zipfile.ZipFile(built) as archive:
        names = archive.namelist()
        pth = [n for n in names if n.endswith(".pth")]
        assert [n for n in names if not n.startswith(DIST_INFO)] == pth
        (where,) = {archive.read(n).decode().strip() for n in pth}
    assert Path(where) == ROOT
