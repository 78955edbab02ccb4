"""What the spec keeps of Qt and of the system, decided without running a build."""

import pytest

import bundle_rules as rules

LINUX_PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize("name", ["libqxcb.so", "libqwayland.so", "libqoffscreen.so"])
def test_linux_keeps_desktop_and_headless_platforms(name):
    assert rules.keep_entry(f"{LINUX_PLUGINS}/platforms/{name}", "linux")


@pytest.mark.parametrize("name", ["libqvnc.so", "libqeglfs.so", "libqlinuxfb.so",
                                  "libqminimal.so", "libqvkkhrdisplay.so"])
def test_linux_drops_embedded_platforms(name):
    assert not rules.keep_entry(f"{LINUX_PLUGINS}/platforms/{name}", "linux")


@pytest.mark.parametrize("path", [
    "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
    "printsupport/libcupsprintersupport.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platformthemes/libqxdgdesktopportal.so", "wayland-shell-integration/libxdg-shell.so",
])
def test_plugins_the_app_loads_are_kept(path):
    assert rules.keep_entry(f"{LINUX_PLUGINS}/{path}", "linux")


@pytest.mark.parametrize("path", [
    "platforminputcontexts/libqtvirtualkeyboardplugin.so", "imageformats/libqpdf.so",
    "imageformats/libqwebp.so", "sqldrivers/libqsqlite.so", "tls/libqopensslbackend.so",
    "qmltooling/libqmldbg_server.so", "networkinformation/libqnetworkmanager.so",
    "wayland-shell-integration/libivi-shell.so", "egldeviceintegrations/libqeglfs-kms.so",
])
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


@pytest.mark.parametrize("lib", ["libX11.so.6", "libxcb.so.1", "libfontconfig.so.1",
                                 "libglib-2.0.so.0", "libstdc++.so.6", "libcups.so.2",
                                 "libdbus-1.so.3", "libgtk-3.so.0"])
def test_system_libraries_are_left_to_the_system_on_linux(lib):
    assert not rules.keep_entry(lib, "linux")
    assert rules.keep_entry(lib, "win32")  # the rule is for Linux only


@pytest.mark.parametrize("path", ["libpython3.11.so.1.0", "libsqlite3.so.0", "libffi.so.8",
                                  "libcrypto.so.3", "PySide6/Qt/lib/libQt6Core.so.6",
                                  "PySide6/Qt/lib/libicudata.so.73",
                                  "pillow.libs/libxcb-9065bb12.so.1.1.0"])
def test_python_qt_and_vendored_libraries_stay(path):
    assert rules.keep_entry(path, "linux")


def test_unused_qt_libraries_are_dropped_wherever_they_sit():
    for path in ("PySide6/Qt/lib/libQt6Network.so.6", "libQt6Network.so.6",
                 "PySide6/Qt6Network.dll", "libQt6EglFSDeviceIntegration.so.6"):
        assert not rules.keep_entry(path, "linux")


def test_filter_toc_keeps_order_and_tuples():
    toc = [("a.py", "/src/a.py", "DATA"),
           ("PySide6/Qt/translations/qt_de.qm", "/x", "DATA"),
           ("b.so", "/src/b.so", "BINARY")]
    assert rules.filter_toc(toc, "linux") == [toc[0], toc[2]]


def test_every_qt_module_we_use_is_kept_and_none_is_excluded():
    excluded = {m.removeprefix("PySide6.") for m in rules.EXCLUDED_MODULES}
    assert set(rules.QT_MODULES) == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}
    assert not excluded & set(rules.QT_MODULES)
