"""What the spec keeps of Qt and of the system, decided without running a build."""

from pathlib import Path

import bundle_rules as rules
import pytest

from costar_desktop.ui.steps.panels import PANEL_CLASSES

LINUX_PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize("name", ["libqxcb.so", "libqwayland.so", "libqoffscreen.so"])
def test_linux_keeps_desktop_and_headless_platforms(name):
    assert rules.keep_entry(f"{LINUX_PLUGINS}/platforms/{name}", "linux")


@pytest.mark.parametrize(
    "name",
    ["libqvnc.so", "libqeglfs.so", "libqlinuxfb.so", "libqminimal.so", "libqvkkhrdisplay.so"],
)
def test_linux_drops_embedded_platforms(name):
    assert not rules.keep_entry(f"{LINUX_PLUGINS}/platforms/{name}", "linux")


@pytest.mark.parametrize(
    "path",
    [
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
        "wayland-shell-integration/libxdg-shell.so",
    ],
)
def test_plugins_the_app_loads_are_kept(path):
    assert rules.keep_entry(f"{LINUX_PLUGINS}/{path}", "linux")


@pytest.mark.parametrize(
    "path",
    [
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "imageformats/libqpdf.so",
        "imageformats/libqwebp.so",
        "sqldrivers/libqsqlite.so",
        "tls/libqopensslbackend.so",
        "qmltooling/libqmldbg_server.so",
        "networkinformation/libqnetworkmanager.so",
        "wayland-shell-integration/libivi-shell.so",
        "egldeviceintegrations/libqeglfs-kms.so",
    ],
)
def test_unused_plugins_are_dropped(path):
    assert not rules.keep_entry(f"{LINUX_PLUGINS}/{path}", "linux")


def test_qt_translations_are_dropped():
    assert not rules.keep_entry("PySide6/Qt/translations/qtbase_de.qm", "linux")
    assert not rules.keep_entry("PySide6/translations/qtbase_fr.qm", "win32")


def test_windows_and_macos_keep_their_own_platform_and_style():
    assert rules.keep_entry("PySide6/plugins/platforms/qwindows.dll", "win32")
    assert rules.keep_entry("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32")
    assert not rules.keep_entry("PySide6/plugins/platforms/qxcb.dll", "win32")
    assert rules.keep_entry("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin")


@pytest.mark.parametrize(
    "lib",
    [
        "libX11.so.6",
        "libxcb.so.1",
        "libfontconfig.so.1",
        "libglib-2.0.so.0",
        "libstdc++.so.6",
        "libcups.so.2",
        "libdbus-1.so.3",
        "libgtk-3.so.0",
    ],
)
def test_system_libraries_are_left_to_the_system_on_linux(lib):
    assert not rules.keep_entry(lib, "linux")
    assert rules.keep_entry(lib, "win32")  # the rule is for Linux only


@pytest.mark.parametrize(
    "path",
    [
        "libpython3.11.so.1.0",
        "libsqlite3.so.0",
        "libffi.so.8",
        "libcrypto.so.3",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "pillow.libs/libxcb-9065bb12.so.1.1.0",
    ],
)
def test_python_qt_and_vendored_libraries_stay(path):
    assert rules.keep_entry(path, "linux")


def test_unused_qt_libraries_are_dropped_wherever_they_sit():
    for path in (
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "libQt6EglFSDeviceIntegration.so.6",
    ):
        assert not rules.keep_entry(path, "linux")


def test_qt_network_is_kept_for_the_room_but_not_its_tls_plugins():
    """The room dialog lists the laptop's addresses with QNetworkInterface (issue 31)."""
    assert rules.keep_entry("PySide6/Qt/lib/libQt6Network.so.6", "linux")
    assert rules.keep_entry("PySide6/Qt6Network.dll", "win32")
    assert not rules.keep_entry("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux")
    assert not rules.keep_entry(
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "linux"
    )


def test_filter_toc_keeps_order_and_tuples():
    toc = [
        ("a.py", "/src/a.py", "DATA"),
        ("PySide6/Qt/translations/qt_de.qm", "/x", "DATA"),
        ("b.so", "/src/b.so", "BINARY"),
    ]
    assert rules.filter_toc(toc, "linux") == [toc[0], toc[2]]


def test_every_qt_module_we_use_is_kept_and_none_is_excluded():
    excluded = {m.removeprefix("PySide6.") for m in rules.EXCLUDED_MODULES}
    assert set(rules.QT_MODULES) == {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtPrintSupport",
        "QtNetwork",
    }
    assert not excluded & set(rules.QT_MODULES)


def test_the_windows_bundle_keeps_one_cpp_runtime_the_newest_at_the_top():
    """CPython 3.12.9 brings VCRUNTIME140 14.42, shiboken6 and PySide6 14.44: a PC without
    Microsoft's redistributable must get one runtime, and not the older one first."""
    versions = {
        "py/VCRUNTIME140.dll": (14, 42, 34226, 3),
        "py/VCRUNTIME140_1.dll": (14, 42, 34226, 3),
        "shib/VCRUNTIME140.dll": (14, 44, 35211, 0),
        "shib/MSVCP140.dll": (14, 44, 35211, 0),
        "qt/MSVCP140.dll": (14, 44, 35211, 0),
        "qt/MSVCP140_2.dll": (14, 44, 35211, 0),
        "qt/VCRUNTIME140_1.dll": (14, 44, 35211, 0),
        "qt/Qt6Core.dll": (6, 11, 3, 0),
    }
    toc = [
        ("VCRUNTIME140.dll", "py/VCRUNTIME140.dll", "BINARY"),
        ("VCRUNTIME140_1.dll", "py/VCRUNTIME140_1.dll", "BINARY"),
        ("shiboken6\\VCRUNTIME140.dll", "shib/VCRUNTIME140.dll", "BINARY"),
        ("shiboken6\\MSVCP140.dll", "shib/MSVCP140.dll", "BINARY"),
        ("PySide6\\MSVCP140.dll", "qt/MSVCP140.dll", "BINARY"),
        ("PySide6\\MSVCP140_2.dll", "qt/MSVCP140_2.dll", "BINARY"),
        ("PySide6\\VCRUNTIME140_1.dll", "qt/VCRUNTIME140_1.dll", "BINARY"),
        ("PySide6\\Qt6Core.dll", "qt/Qt6Core.dll", "BINARY"),
    ]
    kept = rules.newest_cpp_runtime(toc, versions.__getitem__)
    runtime = {dest: src for dest, src, _ in kept if dest.lower() in rules.CPP_RUNTIME}
    assert runtime == {
        "MSVCP140.dll": "shib/MSVCP140.dll",
        "MSVCP140_2.dll": "qt/MSVCP140_2.dll",
        "VCRUNTIME140.dll": "shib/VCRUNTIME140.dll",
        "VCRUNTIME140_1.dll": "qt/VCRUNTIME140_1.dll",
    }
    assert ("PySide6\\Qt6Core.dll", "qt/Qt6Core.dll", "BINARY") in kept
    assert len(kept) == 5  # Qt6Core and one copy of each of the four runtime DLLs
    spec = (Path(rules.__file__).parent / "costar.spec").read_text(encoding="utf-8")
    assert "bundle_rules.newest_cpp_runtime(a.binaries, bundle_rules.dll_version)" in spec


def test_every_module_of_the_app_is_listed_for_the_bundle():
    root = Path(__file__).resolve().parents[2]
    names = rules.package_modules(root)
    # every step panel's module is carried by the bundle
    for cls in PANEL_CLASSES:
        assert cls.__module__ in names
    assert "costar_desktop" in names and "costar_desktop.ui.steps" in names
    assert not any("__pycache__" in name or name.endswith("__init__") for name in names)
    assert len(names) == len(set(names))
